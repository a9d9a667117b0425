// The hourly weather year every model input is derived from, and the calendar of its 8760 hours.

/** Hours in the non-leap typical year every weather series covers (leap days are dropped). */
export const HOURS_PER_YEAR = 8760;
/** Days in the non-leap typical year. */
export const DAYS_PER_YEAR = 365;
/** Hours per day. */
export const HOURS_PER_DAY = 24;

/** Days in each month of a non-leap year, January first. */
export const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** English three-letter month names, January first, for issue messages and labels. */
export const MONTH_NAMES: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** Day of year (0-based) on which each month starts, January first; a 13th entry closes the year. */
export const MONTH_START_DAY: readonly number[] = DAYS_IN_MONTH.reduce<number[]>(
  (starts, days) => {
    starts.push((starts[starts.length - 1] ?? 0) + days);
    return starts;
  },
  [0],
);

/** Where a weather year was measured or synthesised. */
export interface WeatherLocation {
  /** Human-readable site name ("Taiyuan, SX, CHN"). */
  name: string;
  /** Latitude, degrees, north positive. */
  latitudeDeg: number;
  /** Longitude, degrees, east positive. */
  longitudeDeg: number;
  /** Time zone of the clock the series are indexed by, hours from UTC (Beijing time = +8). */
  timeZoneH: number;
  /** Elevation above sea level, m. */
  elevationM: number;
}

/**
 * One typical (non-leap) year of hourly weather, as parsed from an EPW file or synthesised from
 * monthly normals. Every series has {@link HOURS_PER_YEAR} values.
 */
export interface WeatherYear {
  /** Where the data came from; `attribution` is a notice that must be shown wherever it is used. */
  source: { kind: 'epw' | 'normals'; name: string; attribution?: string };
  location: WeatherLocation;
  /** Hour-beginning clock index 0..8759: index i covers clock hour [i, i+1) of a 365-day year starting Jan 1 00:00. */
  tOutC: Float64Array;
  /** Global horizontal irradiance, W/m² (hourly mean = Wh/m² in that hour). */
  ghiWm2: Float64Array;
  /** Direct normal irradiance, W/m². */
  dniWm2: Float64Array;
  /** Diffuse horizontal irradiance, W/m². */
  dhiWm2: Float64Array;
  /** Wind speed at 10 m, m/s. */
  wind10Ms: Float64Array;
}

/** Calendar position of one weather hour. */
export interface HourCalendar {
  /** Month 1..12. */
  month: number;
  /** Day of month 1..31. */
  day: number;
  /** Hour-beginning clock hour 0..23. */
  hourOfDay: number;
  /** Day of year 0..364. */
  dayOfYear: number;
}

/** True when `month`/`day` is a date of a non-leap year (so Feb 29 is false). */
export function isValidDate(month: number, day: number): boolean {
  const days = DAYS_IN_MONTH[month - 1];
  return Number.isInteger(month) && Number.isInteger(day) && days !== undefined && day >= 1 && day <= days;
}

/**
 * Day of year 0..364 of a non-leap date.
 * @throws RangeError when the date does not exist in a non-leap year (a caller bug, not user input).
 */
export function dayOfYearOf(month: number, day: number): number {
  if (!isValidDate(month, day)) throw new RangeError(`${month}-${day} is not a date of a non-leap year`);
  return (MONTH_START_DAY[month - 1] ?? 0) + day - 1;
}

/**
 * Month 1..12, day 1..31, hour-of-day 0..23 and day of year 0..364 of a weather-hour index.
 * @throws RangeError when `i` is not an integer in 0..8759.
 */
export function calendarOfHour(i: number): HourCalendar {
  if (!Number.isInteger(i) || i < 0 || i >= HOURS_PER_YEAR) {
    throw new RangeError(`weather-hour index ${i} is outside 0..${HOURS_PER_YEAR - 1}`);
  }
  const dayOfYear = Math.floor(i / HOURS_PER_DAY);
  let month = 1;
  while (dayOfYear >= (MONTH_START_DAY[month] ?? DAYS_PER_YEAR)) month += 1;
  return {
    month,
    day: dayOfYear - (MONTH_START_DAY[month - 1] ?? 0) + 1,
    hourOfDay: i - dayOfYear * HOURS_PER_DAY,
    dayOfYear,
  };
}

/**
 * Weather-hour index of a non-leap date and hour-beginning clock hour 0..23:
 * i = dayOfYear·24 + hourOfDay.
 * @throws RangeError when the date does not exist or the hour is not an integer in 0..23.
 */
export function hourIndexOf(month: number, day: number, hourOfDay: number): number {
  if (!Number.isInteger(hourOfDay) || hourOfDay < 0 || hourOfDay >= HOURS_PER_DAY) {
    throw new RangeError(`hour of day ${hourOfDay} is outside 0..23`);
  }
  return dayOfYearOf(month, day) * HOURS_PER_DAY + hourOfDay;
}
