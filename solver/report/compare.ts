// Side-by-side KPIs of 2–N scenarios (comparison workbook, baselines in the proposal) and their bar charts.
import { formatKpi, kpiValue, type KpiKey, type NumericKpi } from '../results/labels';
import type { DispatchResult } from '../results/types';
import { kpiCell, kpiLabel, kpiUnit } from './format';
import { ALL_KPIS } from './tables';
import { tr } from './strings';
import type { HBarChart, ReportLang, Row, Table } from './types';

/** One scenario of a comparison: its display name and result. */
export interface ComparedScenario {
  readonly name: string;
  readonly result: DispatchResult;
}

/** Colours of the compared scenarios' bars (first = the subject). */
const SCENARIO_COLOURS = ['#c0392b', '#7f8c8d', '#2c3e50', '#16a085', '#8e44ad', '#d35400'];

/** KPIs shown when a proposal compares its scenario with baselines. */
export const BASELINE_KPIS: readonly NumericKpi[] = [
  'heatDeliveredMWh',
  'operatingCostCny',
  'costCnyPerGJ',
  'co2T',
  'islandTce',
  'geothermalShare',
  'unservedHeatMWh',
];

/**
 * KPI rows × scenario columns, then one Δ column per further scenario (value − first scenario's value,
 * in the KPI's unit; shares in percentage points shown as %).
 */
export function comparisonTable(
  items: readonly ComparedScenario[],
  lang: ReportLang,
  keys: readonly KpiKey[] = ALL_KPIS,
  withDelta = true,
): Table {
  const [first, ...others] = items;
  const rest = withDelta ? others : [];
  const rows: Row[] = keys.map((key) => {
    const warn = key === 'unservedHeatMWh' && items.some((i) => i.result.season.unservedHeatMWh > 0);
    return {
      cells: [
        kpiLabel(key, lang),
        kpiUnit(key),
        ...items.map((i) => kpiCell(key, kpiValue(i.result.season, key))),
        ...rest.map((i) =>
          kpiCell(key, kpiValue(i.result.season, key) - (first ? kpiValue(first.result.season, key) : 0)),
        ),
      ],
      ...(warn ? { tone: 'warn' as const } : {}),
    };
  });
  const mode = (r: DispatchResult) =>
    tr(lang, r.mode === 'season' ? 'modeShortSeason' : 'modeShortRepresentative');
  /** Modes are named per column only when they differ; otherwise once, in the note. */
  const mixedModes = new Set(items.map((i) => i.result.mode)).size > 1;
  return {
    id: 'compare',
    title: tr(lang, 'compareTitle'),
    columns: [
      { label: tr(lang, 'kpi'), unit: '' },
      { label: tr(lang, 'unit'), unit: '' },
      ...items.map((i) => ({ label: mixedModes ? `${i.name} (${mode(i.result)})` : i.name, unit: '' })),
      ...rest.map((i) => ({ label: `Δ ${i.name}`, unit: '' })),
    ],
    rows,
    note: [
      mixedModes || !first ? '' : `${tr(lang, 'mode')}: ${mode(first.result)}.`,
      rest.length ? tr(lang, 'deltaNote', { name: first?.name ?? '' }) : '',
      tr(lang, 'baselineNote'),
    ]
      .filter(Boolean)
      .join(' '),
  };
}

/** Horizontal bars of one KPI across the compared scenarios. */
export function comparisonChart(
  items: readonly ComparedScenario[],
  key: KpiKey,
  title: string,
  lang: ReportLang,
  half = false,
): HBarChart {
  return {
    kind: 'hbar',
    half,
    id: `compare-${key}`,
    title,
    unit: kpiUnit(key),
    items: items.map((i, k) => ({
      label: i.name,
      value: kpiValue(i.result.season, key),
      colour: SCENARIO_COLOURS[k % SCENARIO_COLOURS.length]!,
      text: formatKpi(key, kpiValue(i.result.season, key), lang),
    })),
  };
}
