// Operating cost by category (each bought carrier, O&M, carbon, minus export revenue), as bars with values.
import { costLabel } from '../../../solver/results/labels';
import type { Kpis } from '../../../solver/results/types';
import { useApp } from '../../store';
import { formatKpi, formatNumber, kpiLabel, useT } from '../i18n';
import { costBreakdown } from './rows';

export function CostBreakdown({ kpis }: { kpis: Kpis }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const slices = costBreakdown(kpis);
  const max = Math.max(1, ...slices.map((s) => Math.abs(s.cny)));
  return (
    <figure className="card">
      <figcaption>{t('overview.costBreakdown')}</figcaption>
      <ul className="hbars">
        {slices.map((s) => (
          <li key={s.key}>
            <span className="hbar-label">{costLabel(s.key, lang)}</span>
            <span className="hbar-track">
              <span
                className={`hbar${s.cny < 0 ? ' neg' : ''}`}
                style={{ width: `${(100 * Math.abs(s.cny)) / max}%` }}
              />
            </span>
            <span className="hbar-value">
              {s.cny < 0 ? '−' : ''}
              {formatNumber(Math.abs(s.cny), lang)} CNY
            </span>
          </li>
        ))}
        <li className="hbar-total">
          <span className="hbar-label">{kpiLabel('operatingCostCny', lang)}</span>
          <span />
          <span className="hbar-value" data-testid="cost-total">
            {formatKpi('operatingCostCny', kpis.operatingCostCny, lang)}
          </span>
        </li>
      </ul>
    </figure>
  );
}
