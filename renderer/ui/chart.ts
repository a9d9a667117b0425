// Shared chart styling: axis font, grid colour, tick formatters (recharts props, no data shaping here).
import type { Lang } from '../../electron/shared/ipc-contract';
import { formatCompact, formatNumber } from '../features/i18n/format';

/*
 * Every chart is keyed by the UI language: recharts keeps a mounted axis's tick formatter, so a language
 * switch remounts the chart to re-run it (万/k, period names, typical-day labels).
 */
export const AXIS_TICK = { fontSize: 12, fill: '#374151' } as const;
export const GRID_STROKE = '#e5e7eb';
export const CHART_MARGIN = { top: 8, right: 16, bottom: 4, left: 8 } as const;

/** Tick formatter for MW / CNY axes: compact from ten thousand, decimals only where a tick has them. */
export function axisNumber(lang: Lang) {
  return (v: number) => {
    if (Math.abs(v) >= 10_000) return formatCompact(v, lang);
    const digits = Number.isInteger(v) ? 0 : Number.isInteger(v * 10) ? 1 : 2;
    return formatNumber(v, lang, digits);
  };
}

/** x ticks of a time chart: every midnight (or typical-day start) when the rows are hourly and span days. */
export function dayTicks(rows: readonly { x: string }[]): string[] | undefined {
  if (rows.length <= 48 || !rows.some((r) => r.x.endsWith(' 01:00'))) return undefined;
  return rows.filter((r) => r.x.endsWith(' 00:00')).map((r) => r.x);
}

/** A 'nice' tick step (1, 2 or 5 × 10^k) that cuts [0, span] into about `count` parts. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
}

/** Ticks at multiples of a nice step covering [min, max] (min ≤ 0 ≤ max not required). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const step = niceStep(max - Math.min(0, min), count);
  const out: number[] = [];
  for (let v = Math.floor(Math.min(0, min) / step) * step; v < max + step - 1e-9; v += step)
    out.push(Number(v.toPrecision(12)));
  return out;
}
