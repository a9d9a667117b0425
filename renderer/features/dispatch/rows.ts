// Chart rows of the dispatch view, derived from a DispatchResult by pure functions (unit-tested).
import { CATALOG, technologyColour } from '../../../solver/catalog';
import type { DispatchResult } from '../../../solver/results/types';
import { rowMax, rowStarts, rowValue, xLabel, type Aggregation, type StepWindow } from './range';

/** A chart row: x label, first step, then one number per series key. */
export type Row = { x: string; t: number } & Record<string, number | string>;

/** What a series is, for legend, colour and tooltip; `label` is a technology id or a fixed key. */
export interface SeriesDef {
  readonly key: string;
  /** Technology id (label from the catalog), or a named quantity translated by the UI. */
  readonly label: { readonly tech: string } | { readonly ui: FixedSeries };
  readonly colour: string;
  /** Annotation shown after the label (storage charge/discharge of heat or electricity). */
  readonly note?: 'charge' | 'discharge' | 'chargeEl' | 'dischargeEl';
}

export type FixedSeries = 'demand' | 'unserved' | 'dump' | 'import' | 'export';

export interface ChartData {
  readonly rows: Row[];
  readonly series: readonly SeriesDef[];
}

/** Colours of quantities that are not technologies (unserved is loud on purpose). */
export const FIXED_COLOURS: Readonly<Record<FixedSeries, string>> = {
  demand: '#111827',
  unserved: '#e11d48',
  dump: '#9ca3af',
  import: '#64748b',
  export: '#0f766e',
};

const ORDER = new Map(CATALOG.map((t, i) => [t.id, i]));
const colourOf = technologyColour;

/** Sums series of instances per technology type, in catalog order. */
export function byType(
  result: DispatchResult,
  series: Readonly<Record<string, Float64Array>>,
): { type: string; values: Float64Array }[] {
  const typeOf = new Map(result.instances.map((i) => [i.id, i.type]));
  const out = new Map<string, Float64Array>();
  for (const [id, s] of Object.entries(series)) {
    const type = typeOf.get(id) ?? id;
    const acc = out.get(type) ?? new Float64Array(s.length);
    for (let t = 0; t < s.length; t++) acc[t]! += s[t]!;
    out.set(type, acc);
  }
  return [...out.entries()]
    .sort((a, b) => (ORDER.get(a[0]) ?? 99) - (ORDER.get(b[0]) ?? 99))
    .map(([type, values]) => ({ type, values }));
}

/** Charge and discharge series of the stores of one carrier, per technology type (MW, ≥ 0). */
function storageFlows(result: DispatchResult, carrier: 'heat' | 'electricity') {
  const stores = Object.entries(result.hourly!.storage).filter(([, s]) => s.carrier === carrier);
  return {
    discharge: byType(result, Object.fromEntries(stores.map(([id, s]) => [id, s.dischargeMw]))),
    charge: byType(result, Object.fromEntries(stores.map(([id, s]) => [id, s.chargeMw]))),
  };
}

function anyPositive(s: Float64Array, win: StepWindow): boolean {
  for (let t = win.start; t < win.end; t++) if (s[t]! > 1e-6) return true;
  return false;
}

/** Builds rows from named columns (key → series) over a window. */
function shape(
  result: DispatchResult,
  win: StepWindow,
  agg: Aggregation,
  cols: [string, ArrayLike<number>][],
): Row[] {
  return rowStarts(win, agg).map((t) => {
    const row: Row = { x: xLabel(result, t, agg), t };
    for (const [key, s] of cols) row[key] = rowValue(s, t, agg, win.end);
    return row;
  });
}

/**
 * Heat balance rows: output of each technology (stacked, catalog order), heat storage discharge above
 * and charge below zero (two series, so no series changes sign: sign-stacking then draws clean areas),
 * unserved heat when present, dumped heat as negative, and demand (a line).
 */
export function heatChart(result: DispatchResult, win: StepWindow, agg: Aggregation): ChartData {
  const h = result.hourly!;
  const series: SeriesDef[] = [];
  const cols: [string, ArrayLike<number>][] = [];
  for (const { type, values } of byType(result, h.heatMw)) {
    series.push({ key: type, label: { tech: type }, colour: colourOf(type) });
    cols.push([type, values]);
  }
  const heatStores = storageFlows(result, 'heat');
  for (const { type, values } of heatStores.discharge) {
    series.push({ key: `dis_${type}`, label: { tech: type }, colour: colourOf(type), note: 'discharge' });
    cols.push([`dis_${type}`, values]);
  }
  if (anyPositive(h.unservedMw, win)) {
    series.push({ key: 'unserved', label: { ui: 'unserved' }, colour: FIXED_COLOURS.unserved });
    cols.push(['unserved', h.unservedMw]);
  }
  for (const { type, values } of heatStores.charge) {
    series.push({ key: `ch_${type}`, label: { tech: type }, colour: colourOf(type), note: 'charge' });
    cols.push([`ch_${type}`, values.map((v) => -v)]);
  }
  if (anyPositive(h.dumpMw, win)) {
    series.push({ key: 'dump', label: { ui: 'dump' }, colour: FIXED_COLOURS.dump });
    cols.push(['dump', h.dumpMw.map((v) => -v)]);
  }
  cols.push(['demand', h.demandMw]);
  return { rows: shape(result, win, agg, cols), series };
}

/**
 * Electricity balance rows, sources above zero (grid import, PV and wind used, battery discharge) and
 * uses below zero (each consumer technology, battery charge, export), so each column nets to zero.
 */
export function electricityChart(result: DispatchResult, win: StepWindow, agg: Aggregation): ChartData {
  const h = result.hourly!;
  const series: SeriesDef[] = [{ key: 'import', label: { ui: 'import' }, colour: FIXED_COLOURS.import }];
  const cols: [string, ArrayLike<number>][] = [['import', h.gridImportMw]];
  for (const { type, values } of byType(result, h.renewableMw)) {
    series.push({ key: `gen_${type}`, label: { tech: type }, colour: colourOf(type) });
    cols.push([`gen_${type}`, values]);
  }
  const { discharge: dis, charge: ch } = storageFlows(result, 'electricity');
  for (const { type, values } of dis) {
    series.push({ key: `dis_${type}`, label: { tech: type }, colour: colourOf(type), note: 'dischargeEl' });
    cols.push([`dis_${type}`, values]);
  }
  for (const { type, values } of byType(result, h.electricityUseMw)) {
    series.push({ key: `use_${type}`, label: { tech: type }, colour: colourOf(type) });
    cols.push([`use_${type}`, values.map((v) => -v)]);
  }
  for (const { type, values } of ch) {
    series.push({ key: `ch_${type}`, label: { tech: type }, colour: colourOf(type), note: 'chargeEl' });
    cols.push([`ch_${type}`, values.map((v) => -v)]);
  }
  series.push({ key: 'export', label: { ui: 'export' }, colour: FIXED_COLOURS.export });
  cols.push(['export', h.gridExportMw.map((v) => -v)]);
  return { rows: shape(result, win, agg, cols), series };
}

/** Storage level of each storage instance in % of its energy capacity (tooltip keys `<id>_mwh`). */
export function storageChart(result: DispatchResult, win: StepWindow, agg: Aggregation): ChartData {
  const h = result.hourly!;
  const series: SeriesDef[] = [];
  const cols: [string, ArrayLike<number>][] = [];
  for (const inst of result.instances) {
    const s = h.storage[inst.id];
    if (!s) continue;
    const cap = inst.capacity > 0 ? inst.capacity : 1;
    series.push({ key: inst.id, label: { tech: inst.type }, colour: colourOf(inst.type) });
    cols.push([inst.id, s.levelMwh.map((v) => (100 * v) / cap)]);
    cols.push([`${inst.id}_mwh`, s.levelMwh]);
  }
  return { rows: shape(result, win, agg, cols), series };
}

/** Marginal heat cost rows: the step value, or the day's mean and maximum (CNY/MWh); null without duals. */
export function marginalRows(result: DispatchResult, win: StepWindow, agg: Aggregation): Row[] | null {
  const m = result.hourly?.marginalHeatCostCnyPerMwh;
  if (!m) return null;
  return rowStarts(win, agg).map((t) => ({
    x: xLabel(result, t, agg),
    t,
    mean: rowValue(m, t, agg, win.end),
    max: rowMax(m, t, agg, win.end),
  }));
}

/** Most points drawn in a duration curve (enough for a smooth line, light for SVG). */
export const DURATION_POINTS = 400;

/**
 * Duration curve of the marginal heat cost over a window: values sorted high to low against the
 * cumulative hours (weighted, so typical days count their member days) at or above each value.
 */
export function durationCurve(
  result: DispatchResult,
  win: StepWindow,
): { hours: number; value: number }[] | null {
  const h = result.hourly;
  const m = h?.marginalHeatCostCnyPerMwh;
  if (!h || !m) return null;
  const steps: { v: number; w: number }[] = [];
  for (let t = win.start; t < win.end; t++) steps.push({ v: m[t]!, w: h.weight[t]! });
  steps.sort((a, b) => b.v - a.v);
  const total = steps.reduce((acc, s) => acc + s.w, 0);
  const every = Math.max(1, Math.ceil(steps.length / DURATION_POINTS));
  const out: { hours: number; value: number }[] = [];
  let hours = 0;
  steps.forEach((s, i) => {
    hours += s.w;
    if (i % every === 0 || i === steps.length - 1) out.push({ hours, value: s.v });
  });
  if (out.length && out[out.length - 1]!.hours !== total)
    out.push({ hours: total, value: steps[steps.length - 1]!.v });
  return out;
}
