// Compare rows: scenario columns, bars per metric, heat mix per scenario, and the table of deltas.
import { fuelKpis, kpiValue, type KpiKey } from '../../../solver/results/labels';
import type { DispatchResult, Kpis, PeriodKpis } from '../../../solver/results/types';
import { heatMix } from '../overview/rows';

/** One compared scenario with its result. */
export interface CompareColumn {
  readonly key: string;
  readonly name: string;
  readonly result: DispatchResult;
}

/** KPIs of the delta table, in order. */
export const DELTA_KPIS: readonly KpiKey[] = [
  'operatingCostCny',
  'costCnyPerGJ',
  'costCnyPerM2',
  'co2T',
  'co2IntensityKgPerGJ',
  'islandTce',
  'tceSaved',
  'co2AvoidedT',
  'geothermalShare',
  'gridImportMWh',
  ...fuelKpis(),
  'heatDeliveredMWh',
  'unservedHeatMWh',
];

/** KPIs where more is better (a rise is shown green); for the others a rise is shown red. */
export const HIGHER_IS_BETTER: ReadonlySet<KpiKey> = new Set<KpiKey>([
  'tceSaved',
  'co2AvoidedT',
  'geothermalShare',
  'heatDeliveredMWh',
]);

/** Whether a difference is an improvement, a deterioration, or neither. */
export function deltaTone(key: KpiKey, delta: number | null): 'better' | 'worse' | 'same' {
  if (delta === null || Math.abs(delta) < 1e-9) return 'same';
  return delta > 0 === HIGHER_IS_BETTER.has(key) ? 'better' : 'worse';
}

/** A compared period: a period id every compared result has, or null for the season. */
export type ComparePeriod = string | null;

/**
 * The periods every compared result has, matched by id in the first column's order. Results with other
 * periods are compared on the season only: a period's figures are never set beside another period's.
 */
export function sharedPeriods(cols: readonly CompareColumn[]): readonly PeriodKpis[] {
  const [first, ...rest] = cols;
  if (!first) return [];
  return first.result.periods.filter((p) => rest.every((c) => c.result.periods.some((q) => q.id === p.id)));
}

/** KPIs of a column for a period id (one of {@link sharedPeriods}) or the season (null). */
export function kpisOf(result: DispatchResult, period: ComparePeriod): Kpis {
  if (period === null) return result.season;
  const p = result.periods.find((q) => q.id === period);
  if (!p) throw new Error(`${result.scenarioName} has no period "${period}"`);
  return p;
}

/** Bar rows of metrics: one row per scenario. */
export function metricRows(
  cols: readonly CompareColumn[],
  metrics: readonly KpiKey[],
  period: ComparePeriod,
): ({ name: string; key: string } & Record<string, number | string>)[] {
  return cols.map((c) => {
    const k = kpisOf(c.result, period);
    const row: { name: string; key: string } & Record<string, number | string> = { name: c.name, key: c.key };
    for (const m of metrics) row[m] = kpiValue(k, m);
    return row;
  });
}

/** Heat mix per scenario (% of heat produced per technology) and the union of technologies. */
export function mixRows(
  cols: readonly CompareColumn[],
  period: ComparePeriod,
): { rows: ({ name: string } & Record<string, number | string>)[]; types: string[] } {
  const types: string[] = [];
  const rows = cols.map((c) => {
    const row: { name: string } & Record<string, number | string> = { name: c.name };
    for (const m of heatMix(kpisOf(c.result, period))) {
      row[m.type] = 100 * m.share;
      if (!types.includes(m.type)) types.push(m.type);
    }
    return row;
  });
  for (const row of rows) for (const t of types) row[t] ??= 0;
  return { rows, types };
}

export interface DeltaCell {
  readonly value: number;
  /** value − reference (null for the reference itself). */
  readonly delta: number | null;
  /** Relative change, or null when the reference is zero. */
  readonly deltaPct: number | null;
}

/** One row per KPI with each column's value and its difference from the reference column. */
export function deltaRows(
  cols: readonly CompareColumn[],
  refKey: string,
  period: ComparePeriod,
  keys: readonly KpiKey[] = DELTA_KPIS,
): { key: KpiKey; cells: DeltaCell[] }[] {
  const ref = cols.find((c) => c.key === refKey) ?? cols[0];
  if (!ref) return [];
  const refK = kpisOf(ref.result, period);
  return keys.map((key) => ({
    key,
    cells: cols.map((c) => {
      const value = kpiValue(kpisOf(c.result, period), key);
      if (c.key === ref.key) return { value, delta: null, deltaPct: null };
      const refValue = kpiValue(refK, key);
      const delta = value - refValue;
      return { value, delta, deltaPct: refValue !== 0 ? delta / Math.abs(refValue) : null };
    }),
  }));
}
