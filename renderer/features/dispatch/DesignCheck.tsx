// Design check table: peak load vs firm capacity at the design and the coldest hour, and with N−1.
import type { DesignCheck as Check } from '../../../solver/results/types';
import { useApp } from '../../store';
import { formatNumber, techLabel, useT } from '../i18n';
import { designRows, type MarginTone } from './design';

function Margin({ mw, tone }: { mw: number; tone: MarginTone }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const tag =
    tone === 'short' ? t('dispatch.shortfall') : tone === 'tight' ? t('dispatch.tightMargin') : null;
  return (
    <span className={`margin margin-${tone}`}>
      {mw >= 0 ? '+' : '−'}
      {formatNumber(Math.abs(mw), lang, 1)} MW{tag ? ` · ${tag}` : ''}
    </span>
  );
}

export function DesignCheck({ check }: { check: Check }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const rows = designRows(check);
  return (
    <table className="data-table design-table" data-testid="design-check">
      <thead>
        <tr>
          <th scope="col">{t('dispatch.point')}</th>
          <th scope="col" className="num-cell">
            {t('dispatch.tOut')}
          </th>
          <th scope="col" className="num-cell">
            {t('dispatch.peakLoad')}
          </th>
          <th scope="col" className="num-cell">
            {t('dispatch.firm')}
          </th>
          <th scope="col">{t('dispatch.margin')}</th>
          <th scope="col">{t('dispatch.unitOut')}</th>
          <th scope="col">{t('dispatch.nMinus1')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const unitType = check.points
            .find((p) => p.kind === r.kind)
            ?.byInstance.find((i) => i.id === r.unitOut)?.type;
          return (
            <tr key={r.kind}>
              <th scope="row">
                {r.kind === 'design'
                  ? t('dispatch.designHour')
                  : t('dispatch.coldestHour', { when: r.when ?? '' })}
              </th>
              <td className="num-cell">{formatNumber(r.tOutC, lang, 1)} °C</td>
              <td className="num-cell">{formatNumber(r.peakMw, lang, 1)} MW</td>
              <td className="num-cell">{formatNumber(r.firmMw, lang, 1)} MW</td>
              <td>
                <Margin mw={r.marginMw} tone={r.tone} />
              </td>
              <td>
                {r.unitOut
                  ? `${unitType ? techLabel(unitType, lang) : ''} ${r.unitOut} (${formatNumber(r.unitMw ?? 0, lang, 1)} MW)`
                  : t('common.none')}
              </td>
              <td>
                {r.n1MarginMw !== null && r.n1Tone ? (
                  <Margin mw={r.n1MarginMw} tone={r.n1Tone} />
                ) : (
                  t('common.none')
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
