// Headline KPI cards: cost, intensity, CO2, savings vs coal, geothermal share vs target, unserved heat.
import {
  ELECTRICITY_EQUIVALENT_KGCE_PER_KWH,
  ELECTRICITY_GENERATION_KGCE_PER_KWH,
  tceSavedAt,
} from '../../../solver/report/accounting';
import { formatKpi, type NumericKpi } from '../../../solver/results/labels';
import type { Kpis } from '../../../solver/results/types';
import { useApp } from '../../store';
import { getAt } from '../../store/paths';
import { selectShareTarget } from '../../store/selectors';
import { formatNumber, kpiLabel, kpiParts, useT } from '../i18n';
import { HEADLINE_KPIS, shareVsTarget } from './rows';

export function KpiValue({ k, value, big }: { k: NumericKpi; value: number; big?: boolean }) {
  const lang = useApp((s) => s.lang);
  const { num, unit } = kpiParts(k, value, lang);
  return (
    <span className={big ? 'kpi-value big' : 'kpi-value'} data-testid={`kpi-value-${k}`}>
      <span className="num">{num}</span>
      {unit ? ' ' : ''}
      {unit ? <span className="unit">{unit}</span> : null}
    </span>
  );
}

function ShareCard({ share }: { share: number }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const target = useApp(selectShareTarget);
  const verdict = target === null ? null : shareVsTarget(share, target);
  return (
    <div
      className={`kpi-card share-card${verdict && !verdict.met ? ' warn' : ''}`}
      data-testid="kpi-geothermalShare"
    >
      <div className="kpi-label">{kpiLabel('geothermalShare', lang)}</div>
      <KpiValue k="geothermalShare" value={share} big />
      <div className="meter" role="img" aria-label={`${formatNumber(share * 100, lang, 1)} %`}>
        <div className="meter-fill" style={{ width: `${Math.min(100, share * 100)}%` }} />
        {target !== null ? <div className="meter-target" style={{ left: `${target * 100}%` }} /> : null}
      </div>
      {target !== null && verdict ? (
        <div className="kpi-sub">
          {t('overview.target', { pct: `${formatNumber(target * 100, lang, 0)} %` })} ·{' '}
          <strong>{verdict.met ? t('overview.targetMet') : t('overview.targetMissed')}</strong>
        </div>
      ) : null}
    </div>
  );
}

/**
 * Standard coal saved under both electricity conventions, side by side (MODEL §9): the headline uses the
 * scenario's factor; restated = baseline − (island + import·(k′ − k_el)).
 */
function SavingConventions({ kpis }: { kpis: Kpis }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const raw = useApp((s) => getAt(s.scenario, ['factors', 'electricityKgcePerKwh']));
  const kel = typeof raw === 'number' ? raw : ELECTRICITY_EQUIVALENT_KGCE_PER_KWH;
  const at = (k: number) => formatKpi('tceSaved', tceSavedAt(kpis, kel, k), lang);
  return (
    <div className="kpi-sub" data-testid="tce-conventions">
      {t('overview.atEquivalent', { x: at(ELECTRICITY_EQUIVALENT_KGCE_PER_KWH) })}
      <br />
      {t('overview.atGeneration', { x: at(ELECTRICITY_GENERATION_KGCE_PER_KWH) })}
    </div>
  );
}

export function KpiCards({ kpis }: { kpis: Kpis }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const unserved = kpis.unservedHeatMWh > 0;
  return (
    <div className="kpi-grid">
      {HEADLINE_KPIS.map((k) => (
        <div className="kpi-card" key={k} data-testid={`kpi-${k}`}>
          <div className="kpi-label">{kpiLabel(k, lang)}</div>
          <KpiValue k={k} value={kpis[k]} big />
          {k === 'tceSaved' || k === 'co2AvoidedT' ? (
            <div className="kpi-sub">{t('overview.vsCoal')}</div>
          ) : null}
          {k === 'tceSaved' ? <SavingConventions kpis={kpis} /> : null}
        </div>
      ))}
      <ShareCard share={kpis.geothermalShare} />
      <div className={`kpi-card${unserved ? ' alarm' : ' ok'}`} data-testid="kpi-unservedHeatMWh">
        <div className="kpi-label">{kpiLabel('unservedHeatMWh', lang)}</div>
        <KpiValue k="unservedHeatMWh" value={kpis.unservedHeatMWh} big />
        <div className="kpi-sub">
          {unserved
            ? `${kpiLabel('unservedHours', lang)}: ${formatNumber(kpis.unservedHours, lang)}`
            : t('unserved.none')}
        </div>
      </div>
    </div>
  );
}
