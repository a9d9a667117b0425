// Parser of EnergyPlus (EPW) weather files into a checked 8760-hour WeatherYear.
import type { Checked, InputIssue } from '../issues';
import { showValue } from '../issues';
import { HOURS_PER_DAY, HOURS_PER_YEAR, calendarOfHour, hourIndexOf, isValidDate } from './types';
import type { WeatherLocation, WeatherYear } from './types';

/** Largest accepted file, characters (a real EPW is ~1.6 MB; anything far larger is not one). */
export const MAX_EPW_CHARS = 20 * 1024 * 1024;
/** Header lines before the first data row (EnergyPlus Auxiliary Programs, "Weather Data Format"). */
export const EPW_HEADER_LINES = 8;
/** Fields per data row (ibid.). */
export const EPW_FIELDS = 35;
/** Longest run of consecutive missing hours that is interpolated (MODEL §3.1). */
export const MAX_INTERPOLATED_RUN = 6;
/** At most this many issues are listed, then one "and N more". */
const MAX_ISSUES = 50;
/** Notice required by ERA5-derived files such as the Climate.OneBuilding.org TMYx set. */
const ERA5_ATTRIBUTION = 'Contains modified Copernicus Climate Change Service information';

type SeriesKey = 'tOutC' | 'ghiWm2' | 'dniWm2' | 'dhiWm2' | 'wind10Ms';

/**
 * The five fields read from each row, as 0-BASED positions in the comma-split row.
 *
 * The EPW definition (EnergyPlus "Auxiliary Programs", Weather Data Format) lists N1 year, N2 month,
 * N3 day, N4 hour, N5 minute, then A1 data-source flags, then N6 dry bulb … N13 global horizontal,
 * N14 direct normal, N15 diffuse horizontal, … N20 wind direction, N21 wind speed. Because the one
 * alphanumeric field A1 sits at position 6, the N-number of every later field equals its 0-based
 * position: MODEL §3.1's "dry-bulb (6), GHI (13), DNI (14), DHI (15), wind (21)" are 0-based (1-based:
 * 7, 14, 15, 16, 22). Checked on the Taiyuan file, first row `1973,1,1,1,30,<flags>,-7.30,-14.00,55,
 * 92310,0,0,182,0,0,0,0,0,0,0,303,1.30,…`: [6] = −7.30 °C dry bulb, [7] = −14.00 dew point,
 * [12] = 182 infrared, [13..15] = 0 at night, [20] = 303° wind direction, [21] = 1.30 m/s wind speed.
 * Missing codes and ranges are the EPW definition's (missing when ≥ the code, as EnergyPlus reads them).
 */
const FIELDS: readonly {
  key: SeriesKey;
  index: number;
  label: string;
  missing: number;
  min: number;
  max: number;
}[] = [
  { key: 'tOutC', index: 6, label: 'dry-bulb', missing: 99.9, min: -70, max: 70 },
  { key: 'ghiWm2', index: 13, label: 'global horizontal radiation', missing: 9999, min: 0, max: 1500 },
  { key: 'dniWm2', index: 14, label: 'direct normal radiation', missing: 9999, min: 0, max: 1500 },
  { key: 'dhiWm2', index: 15, label: 'diffuse horizontal radiation', missing: 9999, min: 0, max: 1500 },
  { key: 'wind10Ms', index: 21, label: 'wind speed', missing: 999, min: 0, max: 40 },
];
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;

/** Collects issues, keeping the first {@link MAX_ISSUES} and counting the rest. */
class IssueList {
  readonly kept: InputIssue[] = [];
  private dropped = 0;
  get count(): number {
    return this.kept.length + this.dropped;
  }
  add(path: string, message: string, value?: unknown): void {
    if (this.kept.length >= MAX_ISSUES) this.dropped += 1;
    else this.kept.push(value === undefined ? { path, message } : { path, message, value: showValue(value) });
  }
  done(): InputIssue[] {
    if (this.dropped === 0) return this.kept;
    return [...this.kept, { path: 'file', message: `and ${this.dropped} more issues` }];
  }
}

/**
 * Parses an EPW file into a {@link WeatherYear}, reporting ALL problems found (at most 50 listed).
 *
 * - Rows are placed by their month/day/hour, not their position. EPW hour h (1..24) labels the hour
 *   ENDING at h, so it covers clock hour [h−1, h): index = dayOfYear·24 + (h − 1). Feb 29 rows are
 *   dropped (8784 → 8760). A duplicate or absent hour is an issue.
 * - Missing values (dry bulb 99.9, radiation 9999, wind 999) are filled by linear interpolation across
 *   runs of at most 6 consecutive hours (runs touching Jan 1 00:00 or Dec 31 24:00 take the nearest
 *   valid value); a longer run rejects the file. Non-numeric text is an error, never "missing".
 * - Issue paths name the 1-based LINE of the file and the field: "line 1234, field dry-bulb".
 * @param name shown as `source.name`; defaults to the LOCATION line's site name.
 */
export function parseEpw(text: string, name?: string): Checked<WeatherYear> {
  if (text.length > MAX_EPW_CHARS) {
    return fail('file', `file is ${text.length} characters, larger than the ${MAX_EPW_CHARS} allowed`);
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
  if (lines.length === 0) return fail('file', 'file is empty');

  const issues = new IssueList();
  let headerCount = 0;
  while (
    headerCount < lines.length &&
    !INTEGER.test((lines[headerCount] ?? '').split(',')[0]?.trim() ?? '')
  ) {
    headerCount += 1;
  }
  if (headerCount !== EPW_HEADER_LINES) {
    issues.add(
      'header',
      `expected ${EPW_HEADER_LINES} header lines before the first data row, found ${headerCount}`,
    );
  }
  const headers = lines.slice(0, headerCount);
  const location = parseLocation(headers, issues);

  const empty = (): Float64Array => new Float64Array(HOURS_PER_YEAR).fill(NaN); // NaN = no value yet
  const values: Record<SeriesKey, Float64Array> = {
    tOutC: empty(),
    ghiWm2: empty(),
    dniWm2: empty(),
    dhiWm2: empty(),
    wind10Ms: empty(),
  };
  const lineOf = new Int32Array(HOURS_PER_YEAR); // 1-based file line of each placed hour, 0 = none
  let dataRows = 0;
  for (let li = headerCount; li < lines.length; li += 1) {
    const lineNo = li + 1;
    dataRows += 1;
    const cells = (lines[li] ?? '').split(',');
    const month = parseInteger(cells[1]);
    const day = parseInteger(cells[2]);
    const hour = parseInteger(cells[3]);
    const countIssue = `expected ${EPW_FIELDS} comma-separated fields, found ${cells.length}`;
    if (month === 2 && day === 29) continue; // leap day: dropped so the year has 8760 hours
    if (month === null || day === null || !isValidDate(month, day)) {
      if (cells.length !== EPW_FIELDS) issues.add(`line ${lineNo}`, countIssue);
      else issues.add(`line ${lineNo}, field month/day`, 'is not a valid date', `${cells[1]}/${cells[2]}`);
      continue;
    }
    if (hour === null || hour < 1 || hour > HOURS_PER_DAY) {
      if (cells.length !== EPW_FIELDS) issues.add(`line ${lineNo}`, countIssue);
      else issues.add(`line ${lineNo}, field hour`, 'must be an integer 1..24 (hour ending)', cells[3]);
      continue;
    }
    const index = hourIndexOf(month, day, hour - 1);
    const first = lineOf[index] ?? 0;
    if (first !== 0) {
      issues.add(
        `line ${lineNo}, field hour`,
        `duplicates ${stamp(month, day, hour)} already given on line ${first}`,
      );
      continue;
    }
    lineOf[index] = lineNo; // placed even when rejected below, so no follow-on "no row for this hour"
    if (cells.length !== EPW_FIELDS) {
      issues.add(`line ${lineNo}`, countIssue);
      for (const f of FIELDS) values[f.key][index] = 0;
      continue;
    }
    for (const f of FIELDS) {
      const raw = (cells[f.index] ?? '').trim();
      const path = `line ${lineNo}, field ${f.label}`;
      if (!NUMBER.test(raw)) {
        issues.add(path, 'is not a number', raw);
        values[f.key][index] = 0; // rejected anyway; NaN is kept for "missing" alone
        continue;
      }
      const v = Number(raw);
      if (v >= f.missing) continue; // missing code: stays NaN, interpolated below
      if (v < f.min || v > f.max) issues.add(path, `${v} is outside ${f.min}..${f.max}`, v);
      values[f.key][index] = v;
    }
  }
  if (dataRows !== HOURS_PER_YEAR && dataRows !== HOURS_PER_YEAR + HOURS_PER_DAY) {
    issues.add('file', `expected 8760 or 8784 data rows, found ${dataRows}`);
  }
  let absentHours = 0;
  for (let i = 0; i < HOURS_PER_YEAR; i += 1) {
    if ((lineOf[i] ?? 0) !== 0) continue;
    absentHours += 1;
    const { month, day, hourOfDay } = calendarOfHour(i);
    issues.add(stamp(month, day, hourOfDay + 1), `no data row for this hour (weather-hour index ${i})`);
  }
  // Absent rows are already reported; only a complete year is checked for over-long missing runs.
  if (absentHours === 0) {
    for (const f of FIELDS) fillGaps(values[f.key], lineOf, f.label, issues);
  }
  if (issues.count > 0 || location === null) return { ok: false, issues: issues.done() };
  const attribution = headers.some((h) => h.includes('ERA5')) ? ERA5_ATTRIBUTION : undefined;
  return {
    ok: true,
    value: {
      source: { kind: 'epw', name: name ?? location.name, ...(attribution ? { attribution } : {}) },
      location,
      ...values,
    },
  };
}

/**
 * Reads the LOCATION header: `LOCATION,city,state,country,source,WMO,latitude,longitude,timezone,elevation`.
 * Adds issues and returns null when it is absent or its numbers are unusable.
 */
function parseLocation(headers: readonly string[], issues: IssueList): WeatherLocation | null {
  const li = headers.findIndex((h) => /^LOCATION\s*,/i.test(h));
  if (li < 0) {
    issues.add('header', 'no LOCATION line among the header lines');
    return null;
  }
  const cells = (headers[li] ?? '').split(',').map((c) => c.trim());
  const specs = [
    { at: 6, label: 'latitude', min: -90, max: 90 },
    { at: 7, label: 'longitude', min: -180, max: 180 },
    { at: 8, label: 'time zone', min: -12, max: 14 },
    { at: 9, label: 'elevation', min: -1000, max: 9999.9 },
  ];
  const nums: number[] = [];
  for (const s of specs) {
    const raw = cells[s.at] ?? '';
    const v = NUMBER.test(raw) ? Number(raw) : NaN;
    if (!(v >= s.min && v <= s.max)) {
      issues.add(
        `line ${li + 1}, field ${s.label}`,
        `LOCATION ${s.label} must be a number in ${s.min}..${s.max}`,
        raw,
      );
    }
    nums.push(v);
  }
  const [latitudeDeg = NaN, longitudeDeg = NaN, timeZoneH = NaN, elevationM = NaN] = nums;
  if (![latitudeDeg, longitudeDeg, timeZoneH, elevationM].every(Number.isFinite)) return null;
  const siteName =
    cells
      .slice(1, 4)
      .filter((c) => c !== '' && c !== '-')
      .join(', ') || 'unnamed site';
  return { name: siteName, latitudeDeg, longitudeDeg, timeZoneH, elevationM };
}

/**
 * Fills NaN runs in place by linear interpolation between the valid neighbours, x_k = x_a + (x_b − x_a)·
 * (k − a)/(b − a); a run at either end of the year copies the nearest valid value. A run longer than
 * {@link MAX_INTERPOLATED_RUN} hours is an issue naming the line of its first missing row.
 */
function fillGaps(series: Float64Array, lineOf: Int32Array, label: string, issues: IssueList): void {
  let i = 0;
  while (i < series.length) {
    if (!Number.isNaN(series[i] ?? 0)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < series.length && Number.isNaN(series[i] ?? 0)) i += 1;
    const end = i; // exclusive
    const run = end - start;
    if (run > MAX_INTERPOLATED_RUN) {
      issues.add(
        `line ${lineOf[start] ?? 0}, field ${label}`,
        `${run} consecutive missing hours (lines ${lineOf[start] ?? 0}–${lineOf[end - 1] ?? 0}); at most ${MAX_INTERPOLATED_RUN} are interpolated`,
      );
      continue;
    }
    const before = start > 0 ? series[start - 1] : undefined;
    const after = end < series.length ? series[end] : undefined;
    for (let k = start; k < end; k += 1) {
      if (before !== undefined && after !== undefined) {
        series[k] = before + ((after - before) * (k - start + 1)) / (run + 1);
      } else {
        series[k] = before ?? after ?? NaN;
      }
    }
  }
}

function parseInteger(cell: string | undefined): number | null {
  const raw = (cell ?? '').trim();
  return INTEGER.test(raw) ? Number(raw) : null;
}

/** "01-03 hour 12": a date and its EPW hour label (hour ending). */
function stamp(month: number, day: number, hour: number): string {
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} hour ${hour}`;
}

function fail(path: string, message: string): Checked<WeatherYear> {
  return { ok: false, issues: [{ path, message }] };
}
