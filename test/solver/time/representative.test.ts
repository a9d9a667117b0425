// Tests of representative typical days: group sizes, temperature order, ties and series averaging.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PERIODS, assignPeriods } from '../../../solver/time/periods';
import type { PeriodSpec } from '../../../solver/time/periods';
import {
  aggregateSeries,
  groupTypicalDays,
  typicalStepPeriods,
  typicalStepWeights,
  validateTypicalDays,
} from '../../../solver/time/representative';
import { buildSeason } from '../../../solver/time/season';
import type { Season, SeasonSpec } from '../../../solver/time/season';

function setup(spec: SeasonSpec, periods: PeriodSpec[]): { season: Season; periodOfDay: Int32Array } {
  const built = buildSeason(spec);
  if (!built.ok) throw new Error('season');
  const assigned = assignPeriods(built.value, periods);
  if (!assigned.ok) throw new Error(JSON.stringify(assigned.issues));
  return { season: built.value, periodOfDay: assigned.value.periodOfDay };
}

/** Hourly temperatures whose daily mean is dailyMean(d) (a ±3 K diurnal swing that averages to zero). */
function temperatures(season: Season, dailyMean: (d: number) => number): Float64Array {
  return new Float64Array(season.hours).map(
    (_, s) => dailyMean(Math.floor(s / 24)) + 3 * Math.sin((2 * Math.PI * (s % 24)) / 24),
  );
}

function dayMeans(season: Season, t: Float64Array): number[] {
  return Array.from(
    { length: season.days },
    (_, d) => t.slice(d * 24, d * 24 + 24).reduce((a, b) => a + b, 0) / 24,
  );
}

describe('groupTypicalDays', () => {
  const { season, periodOfDay } = setup({ start: '11-01', end: '03-31' }, DEFAULT_PERIODS);
  // Deterministic scrambled daily means so the temperature order differs from the date order.
  const tOut = temperatures(season, (d) => 10 * Math.sin(d * 1.7) - d / 20);
  const grouping = groupTypicalDays(season, periodOfDay, tOut, 3);

  it('cuts 30, 77 and 44 days into 10/10/10, 26/26/25 and 15/15/14', () => {
    expect(grouping.groups.map((g) => g.period)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(grouping.groups.map((g) => g.weight)).toEqual([10, 10, 10, 26, 26, 25, 15, 15, 14]);
    expect(grouping.groups.every((g) => g.weight === g.members.length)).toBe(true);
    expect(grouping.groups.reduce((sum, g) => sum + g.weight, 0)).toBe(151);
  });

  it('partitions the season days, each into a group of its own period', () => {
    const all = grouping.groups.flatMap((g) => g.members).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 151 }, (_, d) => d));
    for (const g of grouping.groups) for (const d of g.members) expect(periodOfDay[d]).toBe(g.period);
  });

  it('orders groups by temperature, coldest first, within each period', () => {
    const means = dayMeans(season, tOut);
    for (let i = 0; i + 1 < grouping.groups.length; i++) {
      const a = grouping.groups[i]!;
      const b = grouping.groups[i + 1]!;
      if (a.period !== b.period) continue;
      const warmestOfA = Math.max(...a.members.map((d) => means[d]!));
      const coldestOfB = Math.min(...b.members.map((d) => means[d]!));
      expect(warmestOfA).toBeLessThanOrEqual(coldestOfB);
    }
  });

  it('breaks temperature ties by date and caps k at the days of a period', () => {
    const small = setup({ start: '11-01', end: '11-05' }, [
      { id: 'a', label: { zh: '甲', en: 'A' }, start: '11-01', end: '11-04' },
      { id: 'b', label: { zh: '乙', en: 'B' }, start: '11-05', end: '11-05' },
    ]);
    // Daily means 5, −3, −3, 0 | 1: sorted −3 (day 1), −3 (day 2), 0 (day 3), 5 (day 0).
    const means = [5, -3, -3, 0, 1];
    const t = temperatures(small.season, (d) => means[d]!);
    expect(groupTypicalDays(small.season, small.periodOfDay, t, 2).groups).toEqual([
      { period: 0, members: [1, 2], weight: 2 },
      { period: 0, members: [0, 3], weight: 2 },
      { period: 1, members: [4], weight: 1 },
    ]);
    const capped = groupTypicalDays(small.season, small.periodOfDay, t, 3);
    expect(capped.groups.map((g) => g.members)).toEqual([[1, 2], [3], [0], [4]]); // 4 days, k = 3 → 2, 1, 1
    const many = groupTypicalDays(small.season, small.periodOfDay, t, 9);
    expect(many.groups.map((g) => g.members)).toEqual([[1], [2], [3], [0], [4]]);
  });

  it('rejects k that is not a positive integer', () => {
    expect(() => groupTypicalDays(season, periodOfDay, tOut, 0)).toThrow(RangeError);
    expect(() => groupTypicalDays(season, periodOfDay, tOut, 1.5)).toThrow(RangeError);
    expect(validateTypicalDays(3, 'k')).toEqual([]);
    expect(validateTypicalDays(0, 'k').map((i) => i.path)).toEqual(['k']);
  });
});

describe('aggregateSeries', () => {
  const { season, periodOfDay } = setup({ start: '11-01', end: '03-31' }, DEFAULT_PERIODS);

  it('averages a series equal to its day index into the mean of member indices', () => {
    const grouping = groupTypicalDays(season, periodOfDay, new Float64Array(season.hours), 3);
    // Equal temperatures: groups follow the date order, so early's first group is days 0..9.
    expect(grouping.groups[0]?.members).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const dayIndex = new Float64Array(season.hours).map((_, s) => season.dayOfSeason[s]!);
    const typical = aggregateSeries(dayIndex, grouping);
    expect(typical.length).toBe(9 * 24);
    expect(typical[0]).toBeCloseTo(4.5, 12); // (0 + … + 9)/10
    expect(typical[23]).toBeCloseTo(4.5, 12);
    expect(typical[3 * 24 + 5]).toBeCloseTo(42.5, 12); // deep's first group: days 30..55 → (30 + 55)/2
    grouping.groups.forEach((g, i) => {
      const mean = g.members.reduce((a, b) => a + b, 0) / g.members.length;
      expect(typical[i * 24 + 11]).toBeCloseTo(mean, 12);
    });
  });

  it('keeps hour-of-day shape and weighted season totals', () => {
    const tOut = temperatures(season, (d) => Math.cos(d));
    const grouping = groupTypicalDays(season, periodOfDay, tOut, 3);
    const series = new Float64Array(season.hours).map((_, s) => (s % 24) + season.dayOfSeason[s]! * 0.5);
    const typical = aggregateSeries(series, grouping);
    const weights = typicalStepWeights(grouping);
    const weighted = typical.reduce((sum, x, t) => sum + x * weights[t]!, 0);
    const total = series.reduce((a, b) => a + b, 0);
    expect(weighted).toBeCloseTo(total, 6); // Σ_t w_t·x̂_t = Σ_s x_s: the hour-of-day mean preserves totals
    expect(weights.reduce((a, b) => a + b, 0)).toBe(3624);
    expect(Array.from(typicalStepPeriods(grouping).filter((_, t) => t % 24 === 0))).toEqual([
      0, 0, 0, 1, 1, 1, 2, 2, 2,
    ]);
    expect(() => aggregateSeries(new Float64Array(24), grouping)).toThrow(RangeError);
  });
});
