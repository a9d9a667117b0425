// Overview rows: headline KPI cards, heat mix (season and per period), cost breakdown, period table.
import { CATALOG, technologyColour } from '../../../solver/catalog';
import { COST_CATEGORIES, fuelKpis, kpiValue } from '../../../solver/results/labels';
import type { KpiKey, NumericKpi } from '../../../solver/results/labels';
import { costContribution } from '../../../solver/results/sign';
import type { DispatchResult, Kpis } from '../../../solver/results/types';

/** KPI cards of the overview, in reading order (geothermal share and unserved heat have their own cards). */
export const HEADLINE_KPIS: readonly NumericKpi[] = [
  'operatingCostCny',
  'costCnyPerGJ',
  'costCnyPerM2',
  'co2T',
  'co2IntensityKgPerGJ',
  'tceSaved',
  'co2AvoidedT',
];

/** Rows of the per-period table. */
export const PERIOD_TABLE_KPIS: readonly KpiKey[] = [
  'hours',
  'demandMWh',
  'peakDemandMw',
  'heatDeliveredMWh',
  'geothermalShare',
  'operatingCostCny',
  'costCnyPerGJ',
  'co2T',
  'co2IntensityKgPerGJ',
  'gridImportMWh',
  ...fuelKpis(),
  'tceSaved',
  'co2AvoidedT',
  'unservedHeatMWh',
];

export interface MixSlice {
  readonly type: string;
  readonly mwh: number;
  /** 0..1 of heat produced. */
  readonly share: number;
  readonly colour: string;
}

const ORDER = new Map(CATALOG.map((t, i) => [t.id, i]));

/** Heat produced per technology with its share, catalog order, zero outputs left out. */
export function heatMix(k: Kpis): MixSlice[] {
  const total = Object.values(k.heatByTechnologyMWh).reduce((a, b) => a + b, 0);
  return Object.entries(k.heatByTechnologyMWh)
    .filter(([, mwh]) => mwh > 0)
    .sort((a, b) => (ORDER.get(a[0]) ?? 99) - (ORDER.get(b[0]) ?? 99))
    .map(([type, mwh]) => ({
      type,
      mwh,
      share: total > 0 ? mwh / total : 0,
      colour: technologyColour(type),
    }));
}

/** Key of the season column in per-period rows (period ids are LP-safe ids, so this cannot clash). */
export const SEASON_KEY = '(season)';

/** One row per period then the season (`x` = period id or SEASON_KEY), one share (%) per technology. */
export function mixByPeriod(result: DispatchResult): {
  rows: ({ x: string } & Record<string, number | string>)[];
  types: string[];
} {
  const cols: { x: string; k: Kpis }[] = [
    ...result.periods.map((p) => ({ x: p.id, k: p as Kpis })),
    { x: SEASON_KEY, k: result.season },
  ];
  const types = heatMix(result.season).map((m) => m.type);
  const rows = cols.map(({ x, k }) => {
    const row: { x: string } & Record<string, number | string> = { x };
    for (const t of types) row[t] = 0;
    for (const m of heatMix(k)) row[m.type] = 100 * m.share;
    return row;
  });
  return { rows, types };
}

export interface CostSlice {
  /** A cost category key (COST_CATEGORIES). */
  readonly key: string;
  /** Contribution to the operating cost, CNY (export revenue negative). */
  readonly cny: number;
}

/** Operating cost by category; zero categories left out, export revenue as a negative contribution. */
export function costBreakdown(k: Kpis): CostSlice[] {
  return COST_CATEGORIES.map(({ key }) => ({ key, cny: costContribution(key, k.costs[key] ?? 0) })).filter(
    (c) => Math.abs(c.cny) >= 0.5,
  );
}

/** Per-period table: one row per KPI with season and period values. */
export function periodTable(result: DispatchResult): { key: KpiKey; season: number; periods: number[] }[] {
  return PERIOD_TABLE_KPIS.map((key) => ({
    key,
    season: kpiValue(result.season, key),
    periods: result.periods.map((p) => kpiValue(p, key)),
  }));
}

/** Geothermal share against its target: the gap in percentage points and whether it is met. */
export function shareVsTarget(share: number, target: number): { met: boolean; gapPts: number } {
  const gapPts = 100 * (share - target);
  // Shares are shown with one decimal: 69.96 % shows as 70.0 % and counts as met.
  return { met: Math.round(gapPts * 10) >= 0, gapPts };
}
