// The heating season: 'MM-DD' date parsing and the map from season hours to weather-year hours.
import type { InputIssue, Checked } from '../issues';
import { showValue } from '../issues';
import {
  DAYS_IN_MONTH,
  DAYS_PER_YEAR,
  HOURS_PER_DAY,
  HOURS_PER_YEAR,
  calendarOfHour,
  dayOfYearOf,
} from '../weather/types';

/** Exactly two digits, a hyphen, two digits ('11-01'); '1-1' and '11/01' are rejected. */
const MONTH_DAY_PATTERN = /^(\d{2})-(\d{2})$/;

/** Inclusive heating-season dates, each 'MM-DD'. The season may cross New Year (11-01 → 03-31). */
export interface SeasonSpec {
  start: string;
  end: string;
}

/**
 * The modelled season, hour by hour in chronological season order. A season that crosses New Year
 * takes the end of the weather year (e.g. Nov–Dec) followed by its beginning (Jan–Mar): the weather
 * year is a typical year, so "the same winter" is the wrap-around of one year.
 */
export interface Season {
  /** Number of season days (151 for 11-01 → 03-31). */
  days: number;
  /** Number of season hours, days·24 (3624). */
  hours: number;
  /** Season hour s → hour index in the weather year (0 = Jan 1 00:00). */
  weatherHour: Int32Array;
  /** Season hour s → season day 0..days−1. */
  dayOfSeason: Int32Array;
  /** Season day d → zero-based day of the weather year (0 = Jan 1). */
  weatherDay: Int32Array;
  /** Season day d → its date 'MM-DD'. */
  dates: string[];
  /** Season hour s → calendar month 1..12. */
  month: Int32Array;
  /** Season hour s → hour-beginning clock hour 0..23. */
  hourOfDay: Int32Array;
}

/** A parsed 'MM-DD' date of the (non-leap) weather year. */
export interface MonthDay {
  month: number;
  day: number;
}

/**
 * Parses a strict 'MM-DD' date of a non-leap year. Returns an issue at `path` for a wrong shape
 * ('1-1'), a month outside 1..12 or a day the month does not have ('02-30', '02-29': the weather
 * year has no leap day).
 */
export function parseMonthDay(
  text: unknown,
  path: string,
): { ok: true; value: MonthDay } | { ok: false; issue: InputIssue } {
  if (typeof text !== 'string') {
    return {
      ok: false,
      issue: { path, message: 'must be a date written MM-DD, e.g. 11-01', value: showValue(text) },
    };
  }
  const match = MONTH_DAY_PATTERN.exec(text);
  if (!match) {
    return {
      ok: false,
      issue: {
        path,
        message: `"${text}" is not a date written MM-DD with two digits each, e.g. 11-01`,
        value: showValue(text),
      },
    };
  }
  const month = Number(match[1]);
  const day = Number(match[2]);
  const monthDays = DAYS_IN_MONTH[month - 1];
  if (monthDays === undefined) {
    return { ok: false, issue: { path, message: `"${text}": month ${month} is not in 1..12`, value: text } };
  }
  if (day < 1 || day > monthDays) {
    const leap = month === 2 && day === 29 ? ' (the weather year is a typical non-leap year)' : '';
    return {
      ok: false,
      issue: { path, message: `"${text}": month ${month} has days 1..${monthDays}${leap}`, value: text },
    };
  }
  return { ok: true, value: { month, day } };
}

/** 'MM-DD' of a zero-based day of the weather year. */
export function formatDayOfYear(dayOfYear: number): string {
  const { month, day } = calendarOfHour(dayOfYear * HOURS_PER_DAY);
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Builds the season from inclusive start and end dates. If end falls before start in the calendar,
 * the season wraps around New Year. days = (doy_end − doy_start) mod 365 + 1; start = end gives a
 * one-day season. A wrap-around season covering all 365 days (start = end + 1 day, e.g. 11-01 →
 * 10-31) is rejected: it puts a break in the middle of the year; write 01-01 → 12-31 for a whole year.
 * Issues name `${path}.start` / `${path}.end`.
 */
export function buildSeason(spec: SeasonSpec, path = 'season'): Checked<Season> {
  const issues: InputIssue[] = [];
  const start = parseMonthDay(spec.start, `${path}.start`);
  const end = parseMonthDay(spec.end, `${path}.end`);
  if (!start.ok) issues.push(start.issue);
  if (!end.ok) issues.push(end.issue);
  if (!start.ok || !end.ok) return { ok: false, issues };

  const first = dayOfYearOf(start.value.month, start.value.day);
  const last = dayOfYearOf(end.value.month, end.value.day);
  const days = ((((last - first) % DAYS_PER_YEAR) + DAYS_PER_YEAR) % DAYS_PER_YEAR) + 1;
  if (days === DAYS_PER_YEAR && first !== 0) {
    return {
      ok: false,
      issues: [
        {
          path: `${path}.end`,
          message:
            `${spec.start} → ${spec.end} wraps around New Year and covers all 365 days; ` +
            'a whole-year season must be written 01-01 → 12-31',
          value: spec.end,
        },
      ],
    };
  }

  const hours = days * HOURS_PER_DAY;
  const weatherHour = new Int32Array(hours);
  const dayOfSeason = new Int32Array(hours);
  const weatherDay = new Int32Array(days);
  const month = new Int32Array(hours);
  const hourOfDay = new Int32Array(hours);
  const dates: string[] = [];
  for (let d = 0; d < days; d++) {
    const doy = (first + d) % DAYS_PER_YEAR;
    weatherDay[d] = doy;
    const calendar = calendarOfHour(doy * HOURS_PER_DAY);
    dates.push(formatDayOfYear(doy));
    for (let h = 0; h < HOURS_PER_DAY; h++) {
      const s = d * HOURS_PER_DAY + h;
      weatherHour[s] = doy * HOURS_PER_DAY + h;
      dayOfSeason[s] = d;
      month[s] = calendar.month;
      hourOfDay[s] = h;
    }
  }
  return { ok: true, value: { days, hours, weatherHour, dayOfSeason, weatherDay, dates, month, hourOfDay } };
}

/** Season day index of a date 'MM-DD', or −1 when the date is not in the season. */
export function seasonDayOf(season: Season, date: MonthDay): number {
  const doy = dayOfYearOf(date.month, date.day);
  const first = season.weatherDay[0] ?? 0;
  const offset = (((doy - first) % DAYS_PER_YEAR) + DAYS_PER_YEAR) % DAYS_PER_YEAR;
  return offset < season.days ? offset : -1;
}

/**
 * Picks the season-hour values out of a weather-year series: out[s] = series[weatherHour[s]].
 * Throws when the series is not one weather year long (a programming error, not user input).
 */
export function seasonSeries(season: Season, series: Float64Array): Float64Array {
  if (series.length !== HOURS_PER_YEAR) {
    throw new RangeError(`weather series has ${series.length} values, expected ${HOURS_PER_YEAR}`);
  }
  const out = new Float64Array(season.hours);
  for (let s = 0; s < season.hours; s++) out[s] = series[season.weatherHour[s]!]!;
  return out;
}
