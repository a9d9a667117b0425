// Which steps a dispatch chart shows (period, week) and how series are cut and averaged to rows.
import type { DispatchResult, HourlySeries } from '../../../solver/results/types';
import type { PeriodChoice } from '../../store/types';

/** Hours per day and per week of the season calendar. */
export const HOURS_PER_DAY = 24;
export const HOURS_PER_WEEK = 7 * HOURS_PER_DAY;

/** Half-open step interval [start, end). */
export interface StepWindow {
  readonly start: number;
  readonly end: number;
}

/** How steps become rows: one row per step, or the mean of each day's 24 steps. */
export type Aggregation = 'step' | 'daily';

/** Steps of a period (contiguous: periods are date ranges in step order), or of the whole season. */
export function periodWindow(hourly: HourlySeries, period: PeriodChoice): StepWindow {
  if (period === 'season') return { start: 0, end: hourly.n };
  let start = -1;
  let end = -1;
  for (let t = 0; t < hourly.n; t++) {
    if (hourly.period[t] !== period) continue;
    if (start < 0) start = t;
    end = t + 1;
  }
  return start < 0 ? { start: 0, end: 0 } : { start, end };
}

/** The week shown in the hourly view: starts at weekStart clamped into the window, 168 steps at most. */
export function weekWindow(win: StepWindow, weekStart: number): StepWindow {
  const start = Math.min(
    Math.max(win.start, weekStart - (weekStart % HOURS_PER_DAY)),
    Math.max(win.start, win.end - HOURS_PER_WEEK),
  );
  return { start, end: Math.min(win.end, start + HOURS_PER_WEEK) };
}

/** Week choices inside a window: start step and the 'MM-DD – MM-DD' dates of the week. */
export function weeksOf(hourly: HourlySeries, win: StepWindow): { start: number; label: string }[] {
  const out: { start: number; label: string }[] = [];
  for (let s = win.start; s < win.end; s += HOURS_PER_WEEK) {
    const last = Math.min(win.end, s + HOURS_PER_WEEK) - 1;
    out.push({ start: s, label: `${dateOf(hourly, s)} – ${dateOf(hourly, last)}` });
  }
  return out;
}

/** 'MM-DD' of a season-mode step. */
export function dateOf(hourly: HourlySeries, t: number): string {
  return (hourly.label[t] ?? '').slice(0, 5);
}

/** Language-neutral x label: 'MM-DD HH:00' / 'MM-DD' in season mode, 'D3 06:00' for typical days. */
export function xLabel(result: DispatchResult, t: number, agg: Aggregation): string {
  const h = result.hourly!;
  if (result.mode === 'representative') {
    return `D${Math.floor(t / HOURS_PER_DAY) + 1} ${String(t % HOURS_PER_DAY).padStart(2, '0')}:00`;
  }
  return agg === 'daily' ? dateOf(h, t) : (h.label[t] ?? String(t));
}

/** Row starts of a window: every step, or the first step of each day. */
export function rowStarts(win: StepWindow, agg: Aggregation): number[] {
  const step = agg === 'daily' ? HOURS_PER_DAY : 1;
  const out: number[] = [];
  for (let t = win.start; t < win.end; t += step) out.push(t);
  return out;
}

/** Value of a series for the row starting at t: the step value, or the day's mean. */
export function rowValue(series: ArrayLike<number>, t: number, agg: Aggregation, end: number): number {
  if (agg === 'step') return series[t] ?? 0;
  const last = Math.min(end, t + HOURS_PER_DAY);
  let acc = 0;
  for (let k = t; k < last; k++) acc += series[k] ?? 0;
  return last > t ? acc / (last - t) : 0;
}

/** The day's maximum (daily rows), or the step value. */
export function rowMax(series: ArrayLike<number>, t: number, agg: Aggregation, end: number): number {
  if (agg === 'step') return series[t] ?? 0;
  let m = -Infinity;
  for (let k = t; k < Math.min(end, t + HOURS_PER_DAY); k++) m = Math.max(m, series[k] ?? 0);
  return Number.isFinite(m) ? m : 0;
}
