// Public surface of the weather module: EPW parser, normals synthesiser, solar geometry and calendar.
export {
  HOURS_PER_YEAR,
  HOURS_PER_DAY,
  DAYS_PER_YEAR,
  DAYS_IN_MONTH,
  MONTH_NAMES,
  MONTH_START_DAY,
  calendarOfHour,
  hourIndexOf,
  dayOfYearOf,
  isValidDate,
} from './types';
export type { WeatherYear, WeatherLocation, HourCalendar } from './types';
export { parseEpw, MAX_EPW_CHARS, EPW_HEADER_LINES, EPW_FIELDS, MAX_INTERPOLATED_RUN } from './epw';
export {
  synthesizeFromNormals,
  validateNormals,
  T_MIN_HOUR,
  T_MAX_HOUR,
  MAX_MONTHLY_CLEARNESS,
} from './normals';
export type { MonthlyNormals } from './normals';
export {
  solarPosition,
  extraterrestrialNormalWm2,
  extraterrestrialHorizontalWm2,
  erbsDiffuseFraction,
  incidenceCosine,
  tiltedIrradiance,
  planeOfArray,
  SOLAR_CONSTANT_WM2,
  COS_ZENITH_FLOOR,
  DEFAULT_ALBEDO,
} from './solar';
export type { PlaneSpec, SolarLocation, SolarPosition, TranspositionInput } from './solar';
