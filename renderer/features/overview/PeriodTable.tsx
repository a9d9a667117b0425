// Per-period summary table: each KPI for the season and each period (early, deep, late cold).
import type { DispatchResult } from '../../../solver/results/types';
import { useApp } from '../../store';
import { formatKpi, kpiLabel, useT } from '../i18n';
import { periodTable } from './rows';

export function PeriodTable({ result }: { result: DispatchResult }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const rows = periodTable(result);
  return (
    <figure className="card">
      <figcaption>{t('overview.periods')}</figcaption>
      <table className="data-table" data-testid="period-table">
        <thead>
          <tr>
            <th scope="col">{t('overview.kpi')}</th>
            <th scope="col" className="num-cell">
              {t('overview.season')}
            </th>
            {result.periods.map((p) => (
              <th scope="col" key={p.id} className="num-cell">
                {p.label[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.key === 'unservedHeatMWh' && r.season > 0 ? 'alarm-row' : undefined}>
              <th scope="row">{kpiLabel(r.key, lang)}</th>
              <td className="num-cell strong">{formatKpi(r.key, r.season, lang)}</td>
              {r.periods.map((v, i) => (
                <td key={i} className="num-cell">
                  {formatKpi(r.key, v, lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
