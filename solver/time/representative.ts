// Representative mode (MODEL §2): typical days per period by outdoor temperature, and series averaging.
import type { InputIssue } from '../issues';
import { showValue } from '../issues';
import type { Season } from './season';
import { HOURS_PER_DAY } from '../weather/types';

/** Default number of typical days per period (MODEL §2: k = 3 lands within ~3 % of season cost). */
export const DEFAULT_TYPICAL_DAYS_PER_PERIOD = 3;

/** One typical day: the season days it stands for. */
export interface TypicalDayGroup {
  /** Index into the period list. */
  period: number;
  /** Season day indices of the member days, in chronological (season) order. */
  members: number[];
  /** Step weight w_t of each of its 24 steps = members.length (days it stands for). */
  weight: number;
}

/** The typical days of a season, ordered by period, then coldest group first. */
export interface TypicalDayGrouping {
  groups: TypicalDayGroup[];
}

/** Validates k, the number of typical days per period: an integer ≥ 1. */
export function validateTypicalDays(k: number, path: string): InputIssue[] {
  if (Number.isInteger(k) && k >= 1) return [];
  return [
    { path, message: `${String(k)} typical days per period: must be an integer ≥ 1`, value: showValue(k) },
  ];
}

/**
 * Groups each period's days into k typical days. Per period: sort the days ascending by their daily
 * mean outdoor temperature T̄_d = (1/24)·Σ_h T_out,(d,h) (°C; ties by date, earlier first), cut the
 * sorted list into k consecutive groups of near-equal size, with the n mod k extra days going to the
 * coldest groups (77 days, k = 3 → 26, 26, 25; 44 → 15, 15, 14). If k exceeds a period's day count n,
 * that period gets n one-day groups. Periods are those present in `periodOfDay` (indices 0..P−1; a
 * period index with no days gets no group). Throws RangeError for k not an integer ≥ 1 or arrays
 * whose lengths do not match the season (callers validate user input with {@link validateTypicalDays}).
 */
export function groupTypicalDays(
  season: Season,
  periodOfDay: Int32Array,
  tOutSeason: Float64Array,
  k: number,
): TypicalDayGrouping {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k = ${k}: must be an integer ≥ 1`);
  if (periodOfDay.length !== season.days) {
    throw new RangeError(`periodOfDay has ${periodOfDay.length} days, the season ${season.days}`);
  }
  if (tOutSeason.length !== season.hours) {
    throw new RangeError(`tOutSeason has ${tOutSeason.length} hours, the season ${season.hours}`);
  }
  const dailyMean = new Float64Array(season.days);
  for (let s = 0; s < season.hours; s++) dailyMean[season.dayOfSeason[s]!]! += tOutSeason[s]! / HOURS_PER_DAY;

  let periodCount = 0;
  for (const p of periodOfDay) {
    if (p < 0) throw new RangeError(`periodOfDay contains ${p}`);
    periodCount = Math.max(periodCount, p + 1);
  }
  const groups: TypicalDayGroup[] = [];
  for (let period = 0; period < periodCount; period++) {
    const days: number[] = [];
    periodOfDay.forEach((p, d) => {
      if (p === period) days.push(d);
    });
    days.sort((a, b) => dailyMean[a]! - dailyMean[b]! || a - b);
    const n = days.length;
    const groupCount = Math.min(k, n);
    const base = Math.floor(n / groupCount);
    const extra = n % groupCount;
    let next = 0;
    for (let g = 0; g < groupCount; g++) {
      const size = base + (g < extra ? 1 : 0);
      const members = days.slice(next, next + size).sort((a, b) => a - b);
      next += size;
      groups.push({ period, members, weight: size });
    }
  }
  return { groups };
}

/**
 * Typical-day series: the hour-of-day mean of the member days of a per-season-hour series,
 * x̂_(g,h) = (1/|M_g|)·Σ_{d∈M_g} x_(d,h), in the series' own unit; output index g·24 + h.
 * Throws RangeError when a member day lies beyond the series.
 */
export function aggregateSeries(series: Float64Array, grouping: TypicalDayGrouping): Float64Array {
  const out = new Float64Array(grouping.groups.length * HOURS_PER_DAY);
  grouping.groups.forEach((group, g) => {
    for (const day of group.members) {
      if ((day + 1) * HOURS_PER_DAY > series.length) {
        throw new RangeError(`member day ${day} lies beyond a series of ${series.length} hours`);
      }
      for (let h = 0; h < HOURS_PER_DAY; h++) {
        out[g * HOURS_PER_DAY + h]! += series[day * HOURS_PER_DAY + h]!;
      }
    }
    const n = group.members.length;
    for (let h = 0; h < HOURS_PER_DAY; h++) out[g * HOURS_PER_DAY + h]! /= n;
  });
  return out;
}

/** Step weights w_t (days each step stands for, MODEL §1) of the typical-day steps, length groups·24. */
export function typicalStepWeights(grouping: TypicalDayGrouping): Float64Array {
  const w = new Float64Array(grouping.groups.length * HOURS_PER_DAY);
  grouping.groups.forEach((group, g) => w.fill(group.weight, g * HOURS_PER_DAY, (g + 1) * HOURS_PER_DAY));
  return w;
}

/** Period index of each typical-day step, length groups·24. */
export function typicalStepPeriods(grouping: TypicalDayGrouping): Int32Array {
  const p = new Int32Array(grouping.groups.length * HOURS_PER_DAY);
  grouping.groups.forEach((group, g) => p.fill(group.period, g * HOURS_PER_DAY, (g + 1) * HOURS_PER_DAY));
  return p;
}
