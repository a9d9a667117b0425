// The overview: KPI cards, unserved-heat alarm, energy mix, cost breakdown and the per-period table.
import { useApp } from '../../store';
import { ModeBadge } from '../../ui/ModeBadge';
import { formatKpi, useT } from '../i18n';
import { CostBreakdown } from './CostBreakdown';
import { EnergyMix } from './EnergyMix';
import { KpiCards } from './KpiCards';
import { PeriodTable } from './PeriodTable';

export function Overview() {
  const t = useT();
  const result = useApp((s) => s.result);
  const lang = useApp((s) => s.lang);
  if (!result) return <p className="empty">{t('status.noResult')}</p>;
  const k = result.season;
  return (
    <div className="overview">
      {k.unservedHeatMWh > 0 ? (
        <div className="alarm-banner" role="alert" data-testid="unserved-banner">
          {t('unserved.banner', {
            mwh: formatKpi('unservedHeatMWh', k.unservedHeatMWh, lang),
            h: k.unservedHours,
          })}
        </div>
      ) : null}
      <div className="view-head">
        <h2>{t('overview.kpis')}</h2>
        <ModeBadge result={result} />
      </div>
      <KpiCards kpis={k} />
      <EnergyMix result={result} />
      <div className="two-col">
        <PeriodTable result={result} />
        <CostBreakdown kpis={k} />
      </div>
    </div>
  );
}
