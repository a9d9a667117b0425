// Tests of the heating season: dates, wrap-around across New Year and the season → weather-hour map.
import { describe, expect, it } from 'vitest';
import { buildSeason, parseMonthDay, seasonDayOf, seasonSeries } from '../../../solver/time/season';
import type { Season, SeasonSpec } from '../../../solver/time/season';

function season(spec: SeasonSpec): Season {
  const built = buildSeason(spec);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return built.value;
}

function issuePaths(spec: SeasonSpec): string[] {
  const built = buildSeason(spec);
  return built.ok ? [] : built.issues.map((i) => i.path);
}

describe('buildSeason', () => {
  it('builds the Taiyuan season 11-01 → 03-31 across New Year', () => {
    const s = season({ start: '11-01', end: '03-31' });
    expect(s.days).toBe(151); // 30 + 31 + 31 + 28 + 31
    expect(s.hours).toBe(3624); // 151·24
    expect(s.weatherHour[0]).toBe(7296); // Nov 1 is day 304 (0-based): 304·24
    expect(s.weatherHour[1464]).toBe(0); // after Nov + Dec = 61 days = 1464 h comes Jan 1 00:00
    expect(s.weatherHour[1463]).toBe(8759); // Dec 31 23:00
    expect(s.weatherHour[3623]).toBe(2159); // Mar 31 23:00: (31 + 28 + 30)·24 + 23
    expect(s.dates[0]).toBe('11-01');
    expect(s.dates[60]).toBe('12-31');
    expect(s.dates[61]).toBe('01-01');
    expect(s.dates[150]).toBe('03-31');
    expect(s.month[0]).toBe(11);
    expect(s.month[1464]).toBe(1);
    expect(s.month[3623]).toBe(3);
    expect(s.hourOfDay[25]).toBe(1);
    expect(s.dayOfSeason[25]).toBe(1);
    expect(s.dayOfSeason[3623]).toBe(150);
    expect(s.weatherDay[61]).toBe(0);
  });

  it('builds a non-wrapping whole year and a one-day season', () => {
    const year = season({ start: '01-01', end: '12-31' });
    expect(year.days).toBe(365);
    expect(Array.from(year.weatherHour.slice(0, 3))).toEqual([0, 1, 2]);
    expect(year.weatherHour[8759]).toBe(8759);
    const one = season({ start: '03-05', end: '03-05' });
    expect(one.days).toBe(1);
    expect(one.hours).toBe(24);
    expect(one.weatherHour[0]).toBe((31 + 28 + 4) * 24);
  });

  it('rejects bad dates with the field path', () => {
    expect(issuePaths({ start: '02-30', end: '03-31' })).toEqual(['season.start']);
    expect(issuePaths({ start: '13-01', end: '03-31' })).toEqual(['season.start']);
    expect(issuePaths({ start: '1-1', end: '03-31' })).toEqual(['season.start']);
    expect(issuePaths({ start: '11-01', end: '02-29' })).toEqual(['season.end']);
    expect(issuePaths({ start: '11/01', end: '00-10' })).toEqual(['season.start', 'season.end']);
  });

  it('rejects a wrap-around season covering the whole year', () => {
    const built = buildSeason({ start: '11-01', end: '10-31' });
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(built.issues[0]?.path).toBe('season.end');
      expect(built.issues[0]?.message).toContain('01-01 → 12-31');
    }
  });

  it('uses a caller path prefix', () => {
    const built = buildSeason({ start: '11-31', end: '03-31' }, 'scenario.season');
    expect(built.ok ? [] : built.issues.map((i) => i.path)).toEqual(['scenario.season.start']);
  });
});

describe('season helpers', () => {
  const s = season({ start: '11-01', end: '03-31' });

  it('parses MM-DD strictly', () => {
    expect(parseMonthDay('02-28', 'x')).toEqual({ ok: true, value: { month: 2, day: 28 } });
    expect(parseMonthDay('2-28', 'x').ok).toBe(false);
    expect(parseMonthDay(228, 'x').ok).toBe(false);
  });

  it('finds season days of dates, wrapping across New Year', () => {
    expect(seasonDayOf(s, { month: 11, day: 1 })).toBe(0);
    expect(seasonDayOf(s, { month: 1, day: 1 })).toBe(61);
    expect(seasonDayOf(s, { month: 3, day: 31 })).toBe(150);
    expect(seasonDayOf(s, { month: 4, day: 1 })).toBe(-1);
    expect(seasonDayOf(s, { month: 10, day: 31 })).toBe(-1);
  });

  it('picks season values out of a weather-year series', () => {
    const year = new Float64Array(8760).map((_, i) => i);
    const out = seasonSeries(s, year);
    expect(out.length).toBe(3624);
    expect(out[0]).toBe(7296);
    expect(out[1464]).toBe(0);
    expect(() => seasonSeries(s, new Float64Array(10))).toThrow(RangeError);
  });
});
