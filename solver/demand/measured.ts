// Measured hourly heat-demand profile import (MODEL §3.2): CSV text → MW per season hour, every problem reported.
import type { Checked, InputIssue } from '../issues';
import { showValue } from '../issues';
import type { Season } from '../time/season';
import { GJ_PER_MWH } from '../units';
import { HOURS_PER_YEAR, hourIndexOf, isValidDate } from '../weather/types';

/** Largest accepted text, in UTF-16 code units (= bytes for an ASCII CSV): 20 MB, ~800,000 rows. */
export const MAX_PROFILE_CHARS = 20 * 1024 * 1024;
/** Row-level issues listed before the rest are summarised as "and N more". */
export const MAX_PROFILE_ISSUES = 50;
/** Missing-hour ranges spelled out before the rest are counted. */
const MAX_GAP_RANGES = 5;
/** kW per MW. */
const KW_PER_MW = 1000;
/** Path of issues that concern the file as a whole rather than one line. */
const FILE_PATH = 'measured profile';

/** A recognised value-column unit and its factor to MW (heat per hour). */
interface ProfileUnit {
  name: string;
  toMw: number;
}

/** Unit tokens a value header may end with; energy per hour equals mean power over that hour. */
const UNITS = new Map<string, ProfileUnit>([
  ['mw', { name: 'MW', toMw: 1 }],
  ['mwh', { name: 'MWh/h', toMw: 1 }],
  ['kw', { name: 'kW', toMw: 1 / KW_PER_MW }],
  ['kwh', { name: 'kWh/h', toMw: 1 / KW_PER_MW }],
  ['gj', { name: 'GJ/h', toMw: 1 / GJ_PER_MWH }],
]);

/** 'YYYY-MM-DD HH:mm' or 'YYYY-MM-DDTHH:mm', optional ':00' seconds; local time, no zone. */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
/** A plain decimal number (no hex, no 'Infinity', no thousands separators). */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A parsed profile. */
export interface MeasuredProfile {
  /** Heat demand per season hour, MW. */
  demandMw: Float64Array;
  /** Data rows in the file (header and blank lines excluded). */
  rows: number;
  /** Unit of the value column as understood ('MW', 'MWh/h', 'kW', 'kWh/h', 'GJ/h'). */
  unit: string;
  /** Rows whose date-hour is outside the season (ignored). */
  outsideSeason: number;
  /** Feb 29 rows (dropped: the weather year has no leap day). */
  leapDayRows: number;
}

/**
 * Parses a measured hourly heat-demand CSV and maps it onto the season.
 *
 * Format: a header line, then one row per hour with two fields: a timestamp 'YYYY-MM-DD HH:mm' or
 * 'YYYY-MM-DDTHH:mm' (hour-beginning, local time; ':00' seconds allowed; minutes must be 00) and a
 * value whose header names its unit: 'mw' / 'heat_mw' / 'MW' / 'heat (MW)', 'mwh' (MWh in the hour
 * = MW), 'kw' or 'kwh' (÷1000), 'gj' (GJ in the hour ÷ 3.6 = MW). The columns may come in either order.
 * Separator ',' or ';' (taken from the header line); with ';' a decimal comma ('12,5') is accepted.
 * Fields may be double-quoted. BOM, CRLF and blank lines are tolerated.
 *
 * Mapping: D_s = v·f_unit (MW) for the season hour s with the row's month, day and hour; the year is
 * ignored, Feb 29 rows are dropped, rows outside the season are ignored and counted.
 *
 * Issues (all reported; the first {@link MAX_PROFILE_ISSUES} row issues, then "and N more"), each
 * naming the line and column: text over {@link MAX_PROFILE_CHARS}, empty file, no data rows, header
 * column count or unknown unit, row column count, unparsable or impossible timestamp, minutes not 00,
 * non-finite or negative value, duplicate hour (same month-day-hour, any year), and season hours with
 * no row (the first ranges spelled out).
 */
export function parseMeasuredProfile(text: string, season: Season): Checked<MeasuredProfile> {
  if (text.length > MAX_PROFILE_CHARS) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    return fail(`the file has ${mb} MB; at most ${MAX_PROFILE_CHARS / (1024 * 1024)} MB is accepted`);
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  const headerLine = lines[headerIndex];
  if (headerLine === undefined) return fail('the file is empty: expected a header line and one row per hour');

  const separator = headerLine.includes(';') ? ';' : ',';
  const header = splitFields(headerLine, separator).map((h) => h.trim());
  const headerAt = `line ${headerIndex + 1}`;
  if (header.length !== 2) {
    return failAt(
      headerAt,
      `the header has ${header.length} columns, expected 2: timestamp and a value named by its unit (e.g. timestamp,heat_mw)`,
      headerLine,
    );
  }
  const units = header.map(unitOfHeader);
  const valueCol = units[1] !== undefined ? 1 : units[0] !== undefined ? 0 : -1;
  const unit = units[valueCol];
  if (unit === undefined) {
    return failAt(
      `${headerAt}, column 2`,
      `unknown unit header "${header[1]}": name the unit, e.g. heat_mw, mwh, kw or gj`,
      header[1],
    );
  }
  const timeCol = 1 - valueCol;
  const valueName = header[valueCol] ?? '';
  const timeName = header[timeCol] ?? '';

  const seasonHourOf = new Int32Array(HOURS_PER_YEAR).fill(-1);
  for (let s = 0; s < season.hours; s++) seasonHourOf[season.weatherHour[s]!] = s;
  const lineOfHour = new Int32Array(season.hours); // 0 = no row yet
  const demandMw = new Float64Array(season.hours);
  const rowIssues: InputIssue[] = [];
  let moreIssues = 0;
  const report = (issue: InputIssue): void => {
    if (rowIssues.length < MAX_PROFILE_ISSUES) rowIssues.push(issue);
    else moreIssues++;
  };
  let rows = 0;
  let outsideSeason = 0;
  let leapDayRows = 0;

  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    rows++;
    const lineNo = i + 1;
    const fields = splitFields(line, separator);
    if (fields.length !== 2) {
      report({
        path: `line ${lineNo}`,
        message: `has ${fields.length} fields separated by "${separator}", expected 2`,
        value: showValue(line),
      });
      continue;
    }
    const stamp = parseTimestamp(fields[timeCol]!.trim());
    if (stamp.kind === 'leap') {
      leapDayRows++;
      continue;
    }
    let seasonHour = -1;
    if (stamp.kind === 'error') {
      report({
        path: `line ${lineNo}, column ${timeCol + 1} (${timeName})`,
        message: stamp.message,
        value: showValue(fields[timeCol]),
      });
    } else {
      seasonHour = seasonHourOf[hourIndexOf(stamp.month, stamp.day, stamp.hour)]!;
      if (seasonHour < 0) {
        outsideSeason++;
        continue;
      }
    }
    const raw = fields[valueCol]!.trim();
    const value = parseDecimal(separator === ';' ? raw.replace(/^([+-]?\d+),(\d+)$/, '$1.$2') : raw);
    const valueAt = `line ${lineNo}, column ${valueCol + 1} (${valueName})`;
    if (!Number.isFinite(value)) {
      report({ path: valueAt, message: `"${raw}" is not a finite number`, value: showValue(raw) });
    } else if (value < 0) {
      report({ path: valueAt, message: `heat demand ${raw} is negative`, value });
    }
    if (seasonHour < 0) continue;
    const earlier = lineOfHour[seasonHour]!;
    if (earlier > 0) {
      report({
        path: `line ${lineNo}, column ${timeCol + 1} (${timeName})`,
        message: `hour ${hourLabel(season, seasonHour)} already given on line ${earlier} (the year is ignored)`,
        value: showValue(fields[timeCol]),
      });
      continue;
    }
    lineOfHour[seasonHour] = lineNo;
    demandMw[seasonHour] = value * unit.toMw;
  }

  const issues = rowIssues;
  if (moreIssues > 0) issues.push({ path: FILE_PATH, message: `and ${moreIssues} more line issues` });
  if (rows === 0) {
    issues.push({ path: FILE_PATH, message: 'the file has a header but no data rows' });
  } else {
    const gaps = missingRanges(lineOfHour);
    if (gaps.length > 0) {
      const missing = gaps.reduce((sum, [a, b]) => sum + b - a + 1, 0);
      const shown = gaps.slice(0, MAX_GAP_RANGES).map(([a, b]) => rangeLabel(season, a, b));
      const rest = gaps.length > MAX_GAP_RANGES ? `; and ${gaps.length - MAX_GAP_RANGES} more ranges` : '';
      issues.push({
        path: FILE_PATH,
        message: `${missing} of the season's ${season.hours} hours have no row: ${shown.join('; ')}${rest}`,
        value: missing,
      });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { demandMw, rows, unit: unit.name, outsideSeason, leapDayRows } };
}

/** Unit of a value header: the whole header, its part after the last '_', or the text in () / []. */
function unitOfHeader(header: string): ProfileUnit | undefined {
  let token = header.trim().toLowerCase();
  const bracketed = /[([]\s*([a-z/]+)\s*[)\]]$/.exec(token);
  if (bracketed) token = bracketed[1]!;
  else token = token.slice(token.lastIndexOf('_') + 1);
  return UNITS.get(token.replace(/\/h$/, ''));
}

type Stamp =
  | { kind: 'hour'; month: number; day: number; hour: number }
  | { kind: 'leap' }
  | { kind: 'error'; message: string };

/** Parses a local hour-beginning timestamp; Feb 29 of a leap year is reported as 'leap'. */
function parseTimestamp(text: string): Stamp {
  const m = TIMESTAMP.exec(text);
  if (!m)
    return {
      kind: 'error',
      message: `"${text}" is not a timestamp 'YYYY-MM-DD HH:mm' (local time, no zone)`,
    };
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => Number(x ?? '0')) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month === 2 && day === 29 && leapYear) return { kind: 'leap' };
  if (!isValidDate(month, day)) return { kind: 'error', message: `"${text}": ${year} has no such date` };
  if (hour > 23)
    return { kind: 'error', message: `"${text}": hour ${hour} is outside 00..23 (hour-beginning)` };
  if (minute !== 0 || second !== 0) {
    return {
      kind: 'error',
      message: `"${text}": rows must be on the hour (minutes 00), one per hour-beginning clock hour`,
    };
  }
  return { kind: 'hour', month, day, hour };
}

/** A strict decimal number, or NaN. */
function parseDecimal(text: string): number {
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

/** Splits one CSV line, honouring double-quoted fields with "" as an escaped quote. */
function splitFields(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** Inclusive ranges [first, last] of season hours with no row. */
function missingRanges(lineOfHour: Int32Array): [number, number][] {
  const ranges: [number, number][] = [];
  for (let s = 0; s < lineOfHour.length; s++) {
    if (lineOfHour[s] !== 0) continue;
    let e = s;
    while (e + 1 < lineOfHour.length && lineOfHour[e + 1] === 0) e++;
    ranges.push([s, e]);
    s = e;
  }
  return ranges;
}

/** 'MM-DD HH:00' of a season hour. */
function hourLabel(season: Season, s: number): string {
  const date = season.dates[season.dayOfSeason[s]!] ?? '?';
  return `${date} ${String(season.hourOfDay[s]).padStart(2, '0')}:00`;
}

function rangeLabel(season: Season, first: number, last: number): string {
  if (first === last) return hourLabel(season, first);
  return `${hourLabel(season, first)} … ${hourLabel(season, last)} (${last - first + 1} h)`;
}

function fail(message: string): Checked<MeasuredProfile> {
  return { ok: false, issues: [{ path: FILE_PATH, message }] };
}

function failAt(path: string, message: string, value: string | undefined): Checked<MeasuredProfile> {
  return { ok: false, issues: [{ path, message, value: showValue(value) }] };
}
