// Chart data of the report: energy mix, heat per period, the season day by day, coldest days, marginal cost.
import { formatKpi } from '../results/labels';
import type { DispatchResult, HourlySeries } from '../results/types';
import {
  formatNumber,
  kpiLabel,
  STORAGE_COLOUR_FALLBACK,
  techColour,
  techLabel,
  techOrder,
  UNSERVED_COLOUR,
} from './format';
import { tr } from './strings';
import type {
  Band,
  HBarChart,
  LineChart,
  ReportLang,
  Series,
  StackedAreaChart,
  StackedBarChart,
} from './types';

const HOURS_PER_DAY = 24;
const DEMAND_COLOUR = '#111111';
const TEMPERATURE_COLOUR = '#2980b9';
/** Most points a duration curve keeps (the SVG stays small). */
const MAX_CURVE_POINTS = 400;

/** Technology types that produced heat this season, in catalog order. */
function heatTypes(r: DispatchResult): string[] {
  return Object.entries(r.season.heatByTechnologyMWh)
    .filter(([, v]) => v > 0)
    .map(([type]) => type)
    .sort((a, b) => techOrder(a) - techOrder(b));
}

/** Heat per technology (instances summed), per step, MW. */
function heatByType(r: DispatchResult, h: HourlySeries): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const type of heatTypes(r)) out.set(type, new Float64Array(h.n));
  for (const inst of r.instances) {
    const q = h.heatMw[inst.id];
    const acc = out.get(inst.type);
    if (!q || !acc) continue;
    for (let t = 0; t < h.n; t++) acc[t]! += q[t]!;
  }
  return out;
}

/** Stack series per step: technologies, heat-storage discharge, unserved heat (red, never hidden). */
function stackSeries(
  r: DispatchResult,
  h: HourlySeries,
  lang: ReportLang,
): { key: string; label: string; colour: string; v: Float64Array }[] {
  const out = [...heatByType(r, h)].map(([type, v]) => ({
    key: type,
    label: techLabel(type, lang),
    colour: techColour(type),
    v,
  }));
  for (const inst of r.instances) {
    const st = h.storage[inst.id];
    if (!st || st.carrier !== 'heat' || !st.dischargeMw.some((x) => x > 0)) continue;
    out.push({
      key: inst.id,
      label: techLabel(inst.type, lang),
      colour: techColour(inst.type) || STORAGE_COLOUR_FALLBACK,
      v: st.dischargeMw,
    });
  }
  if (h.unservedMw.some((x) => x > 0)) {
    out.push({
      key: 'unserved',
      label: kpiLabel('unservedHeatMWh', lang),
      colour: UNSERVED_COLOUR,
      v: h.unservedMw,
    });
  }
  return out;
}

/** Horizontal bars: heat per technology over the season, with MWh and share. */
export function mixChart(r: DispatchResult, lang: ReportLang): HBarChart {
  const produced = r.season.heatProducedMWh;
  const items = heatTypes(r)
    .map((type) => {
      const v = r.season.heatByTechnologyMWh[type] ?? 0;
      const share = produced > 0 ? v / produced : 0;
      return {
        label: techLabel(type, lang),
        value: v,
        colour: techColour(type),
        text: `${formatNumber(v, 0, lang)} MWh · ${formatNumber(share * 100, 1, lang)} %`,
      };
    })
    .sort((a, b) => b.value - a.value);
  return { kind: 'hbar', id: 'mix', title: tr(lang, 'mixChart'), unit: 'MWh', items };
}

/** Stacked bars of heat per technology for each period, the geothermal share above each bar. */
export function periodChart(r: DispatchResult, lang: ReportLang): StackedBarChart {
  return {
    kind: 'stackedBar',
    id: 'periods',
    title: tr(lang, 'periodChart'),
    unit: 'MWh',
    categories: r.periods.map((p) => p.label[lang]),
    series: heatTypes(r).map((type) => ({
      key: type,
      label: techLabel(type, lang),
      colour: techColour(type),
      values: r.periods.map((p) => p.heatByTechnologyMWh[type] ?? 0),
    })),
    annotations: r.periods.map(
      (p) => `${kpiLabel('geothermalShare', lang)} ${formatKpi('geothermalShare', p.geothermalShare, lang)}`,
    ),
  };
}

/** Mean of `v` over steps [start, start + len). */
function mean(v: ArrayLike<number>, start: number, len: number): number {
  let s = 0;
  for (let t = start; t < start + len; t++) s += v[t]!;
  return s / len;
}

/** Period bands over an x axis whose x indexes blocks of `size` steps. */
function bands(r: DispatchResult, h: HourlySeries, size: number, lang: ReportLang): Band[] {
  const out: Band[] = [];
  const blocks = Math.floor(h.n / size);
  for (let b = 0; b < blocks; b++) {
    const p = h.period[b * size]!;
    const last = out[out.length - 1];
    const label = r.periods[p]?.label[lang] ?? String(p);
    if (last && last.label === label && last.to === b) out[out.length - 1] = { ...last, to: b + 1 };
    else out.push({ from: b, to: b + 1, label });
  }
  return out;
}

/**
 * The season at a glance. Season mode: daily means of each technology's output (stacked), demand and
 * outdoor temperature, the periods shaded. Representative mode: the typical days hour by hour.
 */
export function overviewChart(r: DispatchResult, lang: ReportLang): StackedAreaChart | null {
  const h = r.hourly;
  if (!h || h.n === 0) return null;
  const daily = r.mode === 'season';
  const size = daily ? HOURS_PER_DAY : 1;
  const blocks = Math.floor(h.n / size);
  const agg = (v: ArrayLike<number>) => Array.from({ length: blocks }, (_, b) => mean(v, b * size, size));
  const xLabels = Array.from({ length: blocks }, (_, b) =>
    daily
      ? (h.label[b * size] ?? '').slice(0, 5)
      : `${Math.floor(b / HOURS_PER_DAY) + 1}/${b % HOURS_PER_DAY}`,
  );
  const series: Series[] = stackSeries(r, h, lang).map((s) => ({
    key: s.key,
    label: s.label,
    colour: s.colour,
    values: agg(s.v),
  }));
  return {
    kind: 'stackedArea',
    id: 'overview',
    title: tr(lang, daily ? 'overviewChart' : 'overviewChartRep'),
    unit: 'MW',
    xLabels,
    series,
    line: { key: 'demand', label: tr(lang, 'demand'), colour: DEMAND_COLOUR, values: agg(h.demandMw) },
    line2: {
      key: 'tOut',
      label: tr(lang, 'outdoor'),
      colour: TEMPERATURE_COLOUR,
      values: agg(h.tOutC),
      unit: '°C',
    },
    bands: bands(r, h, HOURS_PER_DAY, lang).map((b) =>
      daily ? b : { ...b, from: b.from * HOURS_PER_DAY, to: b.to * HOURS_PER_DAY },
    ),
  };
}

/** For each period, the hour-by-hour dispatch of its coldest (typical) day. */
export function coldestDayCharts(r: DispatchResult, lang: ReportLang): StackedAreaChart[] {
  const h = r.hourly;
  if (!h) return [];
  const days = Math.floor(h.n / HOURS_PER_DAY);
  const stack = stackSeries(r, h, lang);
  const out: StackedAreaChart[] = [];
  r.periods.forEach((p, i) => {
    let best = -1;
    let bestT = Infinity;
    for (let d = 0; d < days; d++) {
      if (h.period[d * HOURS_PER_DAY] !== i) continue;
      const t = mean(h.tOutC, d * HOURS_PER_DAY, HOURS_PER_DAY);
      if (t < bestT) [best, bestT] = [d, t];
    }
    if (best < 0) return;
    const s0 = best * HOURS_PER_DAY;
    const slice = (v: ArrayLike<number>) => Array.from({ length: HOURS_PER_DAY }, (_, k) => v[s0 + k]!);
    const t = formatNumber(bestT, 1, lang);
    const title =
      r.mode === 'season'
        ? tr(lang, 'coldestChart', { period: p.label[lang], day: (h.label[s0] ?? '').slice(0, 5), t })
        : tr(lang, 'coldestChartRep', { period: p.label[lang], w: formatNumber(h.weight[s0]!, 0, lang), t });
    out.push({
      kind: 'stackedArea',
      id: `coldest-${p.id}`,
      title,
      unit: 'MW',
      xLabels: Array.from({ length: HOURS_PER_DAY }, (_, k) => `${String(k).padStart(2, '0')}:00`),
      series: stack
        .map((s) => ({ key: s.key, label: s.label, colour: s.colour, values: slice(s.v) }))
        .filter((s) => s.values.some((v) => v > 1e-9)),
      line: { key: 'demand', label: tr(lang, 'demand'), colour: DEMAND_COLOUR, values: slice(h.demandMw) },
      small: true,
    });
  });
  return out;
}

/** Marginal heat cost sorted from high to low, each step repeated by its weight (hours), thinned. */
export function marginalDurationChart(r: DispatchResult, lang: ReportLang): LineChart | null {
  const h = r.hourly;
  const m = h?.marginalHeatCostCnyPerMwh;
  if (!h || !m) return null;
  const values: number[] = [];
  for (let t = 0; t < h.n; t++) for (let k = 0; k < Math.round(h.weight[t]!); k++) values.push(m[t]!);
  values.sort((a, b) => b - a);
  const step = Math.max(1, Math.ceil(values.length / MAX_CURVE_POINTS));
  const thinned = values.filter((_, i) => i % step === 0 || i === values.length - 1);
  return {
    kind: 'line',
    id: 'marginalDuration',
    title: tr(lang, 'marginalChart'),
    unit: 'CNY/MWh',
    xLabel: `${formatNumber(values.length, 0, lang)} ${tr(lang, 'hoursSorted')}`,
    series: [{ key: 'marginal', label: tr(lang, 'marginalTitle'), colour: '#c0392b', values: thinned }],
  };
}
