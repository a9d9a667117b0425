// Operating periods (初寒期 / 严寒期 / 末寒期): validation that they tile the season, and day/hour → period maps.
import type { Checked, InputIssue } from '../issues';
import { showValue } from '../issues';
import type { Season } from './season';
import { HOURS_PER_DAY } from '../weather/types';
import { parseMonthDay, seasonDayOf } from './season';

/** A period id must be usable inside LP names: a lower-case letter, then lower-case letters or digits. */
export const PERIOD_ID_PATTERN = /^[a-z][a-z0-9]*$/;

/** One operating regime (MODEL §2): an LP-safe id, zh/en labels and inclusive 'MM-DD' dates. */
export interface PeriodSpec {
  id: string;
  label: { zh: string; en: string };
  start: string;
  end: string;
}

/**
 * Default periods of the Taiyuan season 11-01 → 03-31 (MODEL §2, the ESG report's terms):
 * early 11-01 → 11-30 (30 d), deep 12-01 → 02-15 (77 d), late 02-16 → 03-31 (44 d).
 */
export const DEFAULT_PERIODS: PeriodSpec[] = [
  { id: 'early', label: { zh: '初寒期', en: 'Early cold' }, start: '11-01', end: '11-30' },
  { id: 'deep', label: { zh: '严寒期', en: 'Deep cold' }, start: '12-01', end: '02-15' },
  { id: 'late', label: { zh: '末寒期', en: 'Late cold' }, start: '02-16', end: '03-31' },
];

/** Periods mapped onto a season. */
export interface PeriodAssignment {
  /** Season day → index into the period list. */
  periodOfDay: Int32Array;
  /** Season hour → index into the period list. */
  periodOfHour: Int32Array;
  /** Days in each period, in list order. */
  daysPerPeriod: number[];
}

/** A period's inclusive range in season-day indices. */
interface DayRange {
  index: number;
  first: number;
  last: number;
}

/**
 * Checks that the periods tile the season exactly once (every season day in exactly one period) and
 * maps days and hours to period indices (list order; the list need not be chronological). Reports
 * all of: an empty list, bad or duplicate ids, empty labels, bad dates, dates outside the season, an
 * end before its start (in season order), overlaps (naming both periods and the dates) and gaps
 * (naming the periods on either side and the uncovered dates). Paths are `${path}[i].start` etc.
 */
export function assignPeriods(
  season: Season,
  periods: PeriodSpec[],
  path = 'periods',
): Checked<PeriodAssignment> {
  const issues: InputIssue[] = [];
  if (periods.length === 0) {
    return { ok: false, issues: [{ path, message: 'at least one period is needed to cover the season' }] };
  }
  const seenIds = new Map<string, number>();
  const ranges: DayRange[] = [];
  periods.forEach((period, index) => {
    const at = `${path}[${index}]`;
    if (!PERIOD_ID_PATTERN.test(period.id)) {
      issues.push({
        path: `${at}.id`,
        message: `"${period.id}" is not a period id: use a lower-case letter followed by lower-case letters or digits`,
        value: showValue(period.id),
      });
    }
    const earlier = seenIds.get(period.id);
    if (earlier !== undefined) {
      issues.push({
        path: `${at}.id`,
        message: `id "${period.id}" is already used by ${path}[${earlier}]`,
        value: showValue(period.id),
      });
    } else {
      seenIds.set(period.id, index);
    }
    for (const lang of ['zh', 'en'] as const) {
      if (period.label[lang].trim() === '') {
        issues.push({ path: `${at}.label.${lang}`, message: 'the label must not be empty', value: '' });
      }
    }
    const first = dayInSeason(season, period.start, `${at}.start`, issues);
    const last = dayInSeason(season, period.end, `${at}.end`, issues);
    if (first === undefined || last === undefined) return;
    if (last < first) {
      issues.push({
        path: `${at}.end`,
        message: `period "${period.id}" ends (${period.end}) before it starts (${period.start}) in season order`,
        value: period.end,
      });
      return;
    }
    ranges.push({ index, first, last });
  });

  const name = (i: number): string => `"${periods[i]?.id ?? i}"`;
  // Overlaps: ranges are contiguous, so each pair overlaps on at most one contiguous run of days.
  for (let a = 0; a < ranges.length; a++) {
    for (let b = a + 1; b < ranges.length; b++) {
      const ra = ranges[a]!;
      const rb = ranges[b]!;
      const from = Math.max(ra.first, rb.first);
      const to = Math.min(ra.last, rb.last);
      if (from > to) continue;
      // Blame the period whose start lies inside the other one.
      const blamed = rb.first >= ra.first ? rb : ra;
      const other = blamed === rb ? ra : rb;
      issues.push({
        path: `${path}[${blamed.index}].start`,
        message:
          `periods ${name(other.index)} and ${name(blamed.index)} overlap on ${dateRange(season, from, to)}: ` +
          'each day must belong to exactly one period',
        value: showValue(periods[blamed.index]?.start),
      });
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  // Gaps: with valid, non-overlapping ranges, walk the season in order.
  const periodOfDay = new Int32Array(season.days).fill(-1);
  for (const r of ranges) periodOfDay.fill(r.index, r.first, r.last + 1);
  for (let d = 0; d < season.days; d++) {
    if (periodOfDay[d] !== -1) continue;
    let e = d;
    while (e + 1 < season.days && periodOfDay[e + 1] === -1) e++;
    const before = d > 0 ? periodOfDay[d - 1]! : -1;
    const after = e + 1 < season.days ? periodOfDay[e + 1]! : -1;
    const dates = dateRange(season, d, e);
    let message: string;
    let where: string;
    if (before >= 0 && after >= 0) {
      message = `${dates} is in no period: gap between ${name(before)} (ends ${periods[before]!.end}) and ${name(after)} (starts ${periods[after]!.start})`;
      where = `${path}[${after}].start`;
    } else if (after >= 0) {
      message = `${dates} is in no period: the season starts ${season.dates[0]} but the first period ${name(after)} starts ${periods[after]!.start}`;
      where = `${path}[${after}].start`;
    } else if (before >= 0) {
      message = `${dates} is in no period: the season ends ${season.dates[season.days - 1]} but the last period ${name(before)} ends ${periods[before]!.end}`;
      where = `${path}[${before}].end`;
    } else {
      message = `${dates} is in no period`;
      where = path;
    }
    issues.push({ path: where, message });
    d = e;
  }
  if (issues.length > 0) return { ok: false, issues };

  const periodOfHour = new Int32Array(season.hours);
  for (let s = 0; s < season.hours; s++) periodOfHour[s] = periodOfDay[season.dayOfSeason[s]!]!;
  const daysPerPeriod = periods.map(() => 0);
  for (const p of periodOfDay) daysPerPeriod[p] = (daysPerPeriod[p] ?? 0) + 1;
  return { ok: true, value: { periodOfDay, periodOfHour, daysPerPeriod } };
}

/** Season-day index of a period date, or undefined after pushing an issue (bad date, outside the season). */
function dayInSeason(season: Season, text: string, path: string, issues: InputIssue[]): number | undefined {
  const parsed = parseMonthDay(text, path);
  if (!parsed.ok) {
    issues.push(parsed.issue);
    return undefined;
  }
  const day = seasonDayOf(season, parsed.value);
  if (day < 0) {
    issues.push({
      path,
      message: `${text} is outside the season ${season.dates[0]} → ${season.dates[season.days - 1]}`,
      value: text,
    });
    return undefined;
  }
  return day;
}

/** 'MM-DD' or 'MM-DD … MM-DD (n days)' for an inclusive range of season days. */
function dateRange(season: Season, from: number, to: number): string {
  const a = season.dates[from] ?? String(from);
  if (from === to) return a;
  return `${a} … ${season.dates[to] ?? String(to)} (${to - from + 1} days)`;
}

/** Hours of each period: daysPerPeriod·24 (season mode weights w_t = 1). */
export function hoursPerPeriod(assignment: PeriodAssignment): number[] {
  return assignment.daysPerPeriod.map((d) => d * HOURS_PER_DAY);
}
