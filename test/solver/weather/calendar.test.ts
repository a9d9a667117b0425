// Tests of the weather-year calendar: hour index ↔ month/day/hour-of-day of a non-leap year.
import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR, calendarOfHour, dayOfYearOf, hourIndexOf } from '../../../solver/weather';

describe('weather calendar', () => {
  it('round-trips every hour of the year', () => {
    for (let i = 0; i < HOURS_PER_YEAR; i += 1) {
      const c = calendarOfHour(i);
      expect(hourIndexOf(c.month, c.day, c.hourOfDay)).toBe(i);
      expect(c.dayOfYear).toBe(Math.floor(i / 24));
    }
  });

  it('knows the landmarks of a non-leap year', () => {
    expect(calendarOfHour(0)).toEqual({ month: 1, day: 1, hourOfDay: 0, dayOfYear: 0 });
    expect(calendarOfHour(59)).toEqual({ month: 1, day: 3, hourOfDay: 11, dayOfYear: 2 });
    expect(calendarOfHour(8759)).toEqual({ month: 12, day: 31, hourOfDay: 23, dayOfYear: 364 });
    expect(hourIndexOf(3, 1, 0)).toBe(59 * 24); // Jan 31 + Feb 28 days precede March
    expect(dayOfYearOf(11, 1)).toBe(304);
  });

  it('rejects dates and hours outside the year', () => {
    expect(() => hourIndexOf(2, 29, 0)).toThrow(RangeError);
    expect(() => hourIndexOf(4, 31, 0)).toThrow(RangeError);
    expect(() => hourIndexOf(1, 1, 24)).toThrow(RangeError);
    expect(() => calendarOfHour(HOURS_PER_YEAR)).toThrow(RangeError);
    expect(() => calendarOfHour(-1)).toThrow(RangeError);
    expect(() => calendarOfHour(1.5)).toThrow(RangeError);
  });
});
