// Tests of operating periods: the defaults, gaps, overlaps and other invalid period lists.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PERIODS, assignPeriods, hoursPerPeriod } from '../../../solver/time/periods';
import type { PeriodSpec } from '../../../solver/time/periods';
import { buildSeason } from '../../../solver/time/season';
import type { Season } from '../../../solver/time/season';

function taiyuan(): Season {
  const built = buildSeason({ start: '11-01', end: '03-31' });
  if (!built.ok) throw new Error('season');
  return built.value;
}

function withDates(changes: Partial<Record<number, Partial<PeriodSpec>>>): PeriodSpec[] {
  return DEFAULT_PERIODS.map((p, i) => ({ ...p, ...changes[i] }));
}

function issues(periods: PeriodSpec[]) {
  const result = assignPeriods(taiyuan(), periods);
  return result.ok ? [] : result.issues;
}

describe('assignPeriods', () => {
  it('gives the default periods 30, 77 and 44 days', () => {
    const result = assignPeriods(taiyuan(), DEFAULT_PERIODS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.daysPerPeriod).toEqual([30, 77, 44]);
    expect(hoursPerPeriod(result.value)).toEqual([720, 1848, 1056]);
    expect(result.value.periodOfDay[29]).toBe(0); // 11-30
    expect(result.value.periodOfDay[30]).toBe(1); // 12-01
    expect(result.value.periodOfDay[106]).toBe(1); // 02-15: 30 + 31 + 31 + 14
    expect(result.value.periodOfDay[107]).toBe(2); // 02-16
    expect(result.value.periodOfHour[30 * 24 - 1]).toBe(0);
    expect(result.value.periodOfHour[30 * 24]).toBe(1);
    expect(result.value.periodOfHour[3623]).toBe(2);
  });

  it('reports a gap naming both periods and the date', () => {
    const found = issues(withDates({ 1: { start: '12-02' } }));
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toBe('periods[1].start');
    expect(found[0]?.message).toContain('12-01');
    expect(found[0]?.message).toContain('"early"');
    expect(found[0]?.message).toContain('"deep"');
  });

  it('reports an overlap naming both periods and the dates', () => {
    const found = issues(withDates({ 1: { start: '11-28' } }));
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toBe('periods[1].start');
    expect(found[0]?.message).toContain('"early"');
    expect(found[0]?.message).toContain('"deep"');
    expect(found[0]?.message).toContain('11-28 … 11-30 (3 days)');
  });

  it('reports gaps at the season start and end', () => {
    const found = issues(withDates({ 0: { start: '11-03' }, 2: { end: '03-30' } }));
    expect(found.map((i) => i.path)).toEqual(['periods[0].start', 'periods[2].end']);
    expect(found[0]?.message).toContain('11-01 … 11-02 (2 days)');
    expect(found[1]?.message).toContain('03-31');
  });

  it('accepts a renamed, re-dated set in any list order', () => {
    const periods: PeriodSpec[] = [
      { id: 'cold2', label: { zh: '后段', en: 'Second half' }, start: '12-16', end: '03-31' },
      { id: 'cold1', label: { zh: '前段', en: 'First half' }, start: '11-01', end: '12-15' },
    ];
    const result = assignPeriods(taiyuan(), periods);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.daysPerPeriod).toEqual([106, 45]);
    expect(result.value.periodOfDay[0]).toBe(1);
    expect(result.value.periodOfDay[150]).toBe(0);
  });

  it('rejects an empty list, bad and duplicate ids, empty labels', () => {
    expect(issues([]).map((i) => i.path)).toEqual(['periods']);
    const found = issues(withDates({ 1: { id: 'early' }, 2: { id: 'Late', label: { zh: '', en: 'Late' } } }));
    expect(found.map((i) => i.path)).toEqual(['periods[1].id', 'periods[2].id', 'periods[2].label.zh']);
    expect(found[0]?.message).toContain('periods[0]');
  });

  it('rejects dates outside the season, bad dates and an end before the start', () => {
    const found = issues(
      withDates({ 0: { start: '10-25' }, 1: { end: '02-30' }, 2: { start: '03-31', end: '02-16' } }),
    );
    expect(found.map((i) => i.path)).toEqual(['periods[0].start', 'periods[1].end', 'periods[2].end']);
    expect(found[0]?.message).toContain('outside the season');
  });
});
