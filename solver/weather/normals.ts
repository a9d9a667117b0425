// Deterministic hourly weather year synthesised from monthly climate normals (sites without an EPW).
import type { Checked, InputIssue } from '../issues';
import { showValue } from '../issues';
import { erbsDiffuseFraction, extraterrestrialNormalWm2, solarPosition } from './solar';
import {
  DAYS_IN_MONTH,
  DAYS_PER_YEAR,
  HOURS_PER_DAY,
  HOURS_PER_YEAR,
  MONTH_NAMES,
  MONTH_START_DAY,
  calendarOfHour,
} from './types';
import type { WeatherLocation, WeatherYear } from './types';

/** Monthly climate normals of a site; every array has 12 values, January first. */
export interface MonthlyNormals {
  location: WeatherLocation;
  /** Shown as `source.name` of the synthesised year. */
  name: string;
  /** Monthly mean air temperature, °C. */
  tMeanC: readonly number[];
  /** Mean daily temperature range (daily max − daily min), K. */
  dailyRangeK: readonly number[];
  /** Monthly mean daily global horizontal irradiation, kWh/m²·d. */
  ghiKwhM2Day: readonly number[];
  /** Monthly mean wind speed at 10 m, m/s. */
  windMs: readonly number[];
  /** Notice to carry into `source.attribution` (e.g. the normals' publisher). */
  attribution?: string;
}

/** Clock hour of the daily temperature minimum, h (MODEL §3.1). */
export const T_MIN_HOUR = 6;
/** Clock hour of the daily temperature maximum, h (MODEL §3.1). */
export const T_MAX_HOUR = 15;
/**
 * Highest accepted monthly mean clearness index K̄_T = H̄/H̄_o: monthly means above ≈ 0.75 are not
 * observed even at clear high-altitude sites (Duffie & Beckman §2.11), so 0.85 flags a unit mistake.
 */
export const MAX_MONTHLY_CLEARNESS = 0.85;
/** Mean-preserving correction of the daily-mean curve: stop below this error, K, or after this many rounds. */
const MEAN_TOLERANCE_K = 1e-6;
const MAX_MEAN_ROUNDS = 200;
const WH_PER_KWH = 1000;

type ArrayField = 'tMeanC' | 'dailyRangeK' | 'ghiKwhM2Day' | 'windMs';
/** Plausible ranges of each normal (wider than any climate on Earth, narrow enough to catch unit slips). */
const RANGES: Record<ArrayField, { min: number; max: number; unit: string }> = {
  tMeanC: { min: -70, max: 50, unit: '°C' },
  dailyRangeK: { min: 0, max: 40, unit: 'K' },
  ghiKwhM2Day: { min: 0, max: 12, unit: 'kWh/m²·d' },
  windMs: { min: 0, max: 40, unit: 'm/s' },
};

/**
 * Synthesises a deterministic 8760-hour {@link WeatherYear} from monthly normals (MODEL §3.1).
 *
 * Temperature. Daily means T̄_d follow a periodic cubic Hermite curve (Bessel slopes) through knots at
 * mid-month; the knot values are corrected iteratively, y ← y + (T̄_m − mean_m(T)), until every
 * calendar month's mean of the HOURLY output equals its normal (to 1e-6 K). Each day d has
 * T_min,d = T̄_d − R_m/2 at 06:00 and T_max,d = T̄_d + R_m/2 at 15:00 (R_m the month's daily range),
 * joined by half-cosines: rising T = T_min,d + (T_max,d − T_min,d)·(1 − cos(π(h − 6)/9))/2 for
 * 6 ≤ h ≤ 15, falling from T_max,d to T_min,d+1 over the 15 h to the next 06:00. Hour-beginning
 * hour h takes the curve's value at h:00, so each day's minimum is its 06 hour and maximum its 15 hour.
 *
 * Solar. With G_o,i the extraterrestrial horizontal irradiance at the middle of hour i (W/m²) and
 * H̄_o,m = Σ_{i∈m} G_o,i·1 h the month's extraterrestrial irradiation, the monthly clearness index is
 * K̄_T,m = H̄_m·N_m / H̄_o,m (H̄_m the normal in Wh/m²·d, N_m days) and GHI_i = K̄_T,m·G_o,i: each day's
 * total follows the extraterrestrial one and its hours are shaped by G_o, so monthly totals are exact.
 * DHI_i = F_Erbs(K̄_T,m)·GHI_i, DNI_i = min(G_on, (GHI_i − DHI_i)/cos θz) (0 when cos θz ≤ 0).
 *
 * Wind: the monthly normal, constant through the month. No randomness: same input, same year.
 */
export function synthesizeFromNormals(n: MonthlyNormals): Checked<WeatherYear> {
  const issues = validateNormals(n);
  if (issues.length > 0) return { ok: false, issues };
  const loc = n.location;

  const g0 = new Float64Array(HOURS_PER_YEAR);
  const cosZ = new Float64Array(HOURS_PER_YEAR);
  const h0Month = new Array<number>(12).fill(0);
  for (let i = 0; i < HOURS_PER_YEAR; i += 1) {
    const c = solarPosition(loc, i).cosZenith;
    cosZ[i] = c;
    g0[i] = extraterrestrialNormalWm2(Math.floor(i / HOURS_PER_DAY)) * Math.max(0, c);
    const m = calendarOfHour(i).month - 1;
    h0Month[m] = (h0Month[m] ?? 0) + (g0[i] ?? 0);
  }
  const kt = n.ghiKwhM2Day.map((h, m) => {
    const h0 = h0Month[m] ?? 0;
    return h0 > 0 ? (h * WH_PER_KWH * (DAYS_IN_MONTH[m] ?? 0)) / h0 : 0;
  });
  for (const [m, k] of kt.entries()) {
    const h0 = h0Month[m] ?? 0;
    if ((h0 === 0 && (n.ghiKwhM2Day[m] ?? 0) > 0) || k > MAX_MONTHLY_CLEARNESS) {
      issues.push({
        path: `ghiKwhM2Day[${m}]`,
        message: `${MONTH_NAMES[m]} daily GHI ${n.ghiKwhM2Day[m]} kWh/m²·d exceeds ${MAX_MONTHLY_CLEARNESS} of the extraterrestrial ${(h0 / WH_PER_KWH / (DAYS_IN_MONTH[m] ?? 1)).toFixed(2)} kWh/m²·d at this latitude`,
        value: showValue(n.ghiKwhM2Day[m]),
      });
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const ghi = new Float64Array(HOURS_PER_YEAR);
  const dhi = new Float64Array(HOURS_PER_YEAR);
  const dni = new Float64Array(HOURS_PER_YEAR);
  const wind = new Float64Array(HOURS_PER_YEAR);
  for (let i = 0; i < HOURS_PER_YEAR; i += 1) {
    const m = calendarOfHour(i).month - 1;
    const k = kt[m] ?? 0;
    const g = k * (g0[i] ?? 0);
    const d = erbsDiffuseFraction(k) * g;
    const c = cosZ[i] ?? 0;
    ghi[i] = g;
    dhi[i] = d;
    dni[i] = c > 0 ? Math.min(extraterrestrialNormalWm2(Math.floor(i / HOURS_PER_DAY)), (g - d) / c) : 0;
    wind[i] = n.windMs[m] ?? 0;
  }
  return {
    ok: true,
    value: {
      source: { kind: 'normals', name: n.name, ...(n.attribution ? { attribution: n.attribution } : {}) },
      location: { ...loc },
      tOutC: meanPreservingTemperature(n.tMeanC, n.dailyRangeK),
      ghiWm2: ghi,
      dniWm2: dni,
      dhiWm2: dhi,
      wind10Ms: wind,
    },
  };
}

/** Checks every normal and the location; returns all issues (empty when valid). */
export function validateNormals(n: MonthlyNormals): InputIssue[] {
  const issues: InputIssue[] = [];
  if (typeof n.name !== 'string' || n.name.trim() === '') {
    issues.push({ path: 'name', message: 'name must be a non-empty text', value: showValue(n.name) });
  }
  // Normals may come from untrusted JSON: do not assume the location object exists.
  const loc: Partial<WeatherLocation> | undefined = n.location;
  const locRanges = [
    ['latitudeDeg', -90, 90],
    ['longitudeDeg', -180, 180],
    ['timeZoneH', -12, 14],
    ['elevationM', -1000, 9000],
  ] as const;
  for (const [key, min, max] of locRanges) {
    const v: unknown = loc?.[key];
    if (typeof v !== 'number' || !(v >= min && v <= max)) {
      issues.push({
        path: `location.${key}`,
        message: `${key} must be a number in ${min}..${max}`,
        value: showValue(v),
      });
    }
  }
  for (const field of Object.keys(RANGES) as ArrayField[]) {
    const values: unknown = n[field];
    const { min, max, unit } = RANGES[field];
    if (!Array.isArray(values) || values.length !== 12) {
      const count = Array.isArray(values) ? `${values.length} values` : 'no list';
      issues.push({ path: field, message: `${field} needs 12 monthly values (Jan..Dec), found ${count}` });
      continue;
    }
    values.forEach((v: unknown, m) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
        issues.push({
          path: `${field}[${m}]`,
          message: `${MONTH_NAMES[m]} ${field} must be a number in ${min}..${max} ${unit}`,
          value: showValue(v),
        });
      }
    });
  }
  return issues;
}

/** Hourly temperature whose calendar-month means equal `tMeanC` (see {@link synthesizeFromNormals}). */
function meanPreservingTemperature(tMeanC: readonly number[], rangeK: readonly number[]): Float64Array {
  const knots = [...tMeanC];
  let hourly = diurnal(dailyCurve(knots), rangeK);
  for (let round = 0; round < MAX_MEAN_ROUNDS; round += 1) {
    const errors = monthlyMeans(hourly).map((mean, m) => (tMeanC[m] ?? 0) - mean);
    if (Math.max(...errors.map(Math.abs)) < MEAN_TOLERANCE_K) break;
    errors.forEach((e, m) => (knots[m] = (knots[m] ?? 0) + e));
    hourly = diurnal(dailyCurve(knots), rangeK);
  }
  return hourly;
}

/**
 * Daily means T̄_d (d = 0..364, evaluated at day centre d + ½) on the periodic cubic Hermite curve
 * through (x_m, y_m), x_m the mid-month day. Slopes are Bessel's (of the parabola through three knots):
 *   s_m = (Δ_{m−1} h_m + Δ_m h_{m−1}) / (h_{m−1} + h_m),  Δ_m = (y_{m+1} − y_m)/h_m,  h_m = x_{m+1} − x_m.
 */
function dailyCurve(y: readonly number[]): Float64Array {
  const x = DAYS_IN_MONTH.map((days, m) => (MONTH_START_DAY[m] ?? 0) + days / 2);
  const at = (k: number): { x: number; y: number } => {
    const m = ((k % 12) + 12) % 12;
    const wrap = Math.floor(k / 12) * DAYS_PER_YEAR;
    return { x: (x[m] ?? 0) + wrap, y: y[m] ?? 0 };
  };
  const slope = (k: number): number => {
    const [p, c, q] = [at(k - 1), at(k), at(k + 1)];
    const h0 = c.x - p.x;
    const h1 = q.x - c.x;
    return (((c.y - p.y) / h0) * h1 + ((q.y - c.y) / h1) * h0) / (h0 + h1);
  };
  const out = new Float64Array(DAYS_PER_YEAR);
  let k = -1; // segment [at(k), at(k+1)] containing the day centre
  for (let d = 0; d < DAYS_PER_YEAR; d += 1) {
    const t = d + 0.5;
    while (at(k + 1).x <= t) k += 1;
    const a = at(k);
    const b = at(k + 1);
    const h = b.x - a.x;
    const s = (t - a.x) / h;
    const h00 = 2 * s ** 3 - 3 * s ** 2 + 1;
    const h10 = s ** 3 - 2 * s ** 2 + s;
    const h01 = -2 * s ** 3 + 3 * s ** 2;
    const h11 = s ** 3 - s ** 2;
    out[d] = h00 * a.y + h10 * h * slope(k) + h01 * b.y + h11 * h * slope(k + 1);
  }
  return out;
}

/** Expands daily means into hours with the piecewise half-cosine day (minimum 06:00, maximum 15:00). */
function diurnal(daily: Float64Array, rangeK: readonly number[]): Float64Array {
  const out = new Float64Array(HOURS_PER_YEAR);
  const dayOf = (d: number): number => (d + DAYS_PER_YEAR) % DAYS_PER_YEAR;
  const dayRange = Array.from(
    { length: DAYS_PER_YEAR },
    (_, d) => rangeK[calendarOfHour(d * HOURS_PER_DAY).month - 1] ?? 0,
  );
  const rangeOf = (d: number): number => dayRange[dayOf(d)] ?? 0;
  const tMin = (d: number): number => (daily[dayOf(d)] ?? 0) - rangeOf(d) / 2;
  const tMax = (d: number): number => (daily[dayOf(d)] ?? 0) + rangeOf(d) / 2;
  const ease = (from: number, to: number, f: number): number =>
    from + ((to - from) * (1 - Math.cos(Math.PI * f))) / 2;
  const rise = T_MAX_HOUR - T_MIN_HOUR;
  const fall = HOURS_PER_DAY - rise;
  for (let d = 0; d < DAYS_PER_YEAR; d += 1) {
    for (let h = 0; h < HOURS_PER_DAY; h += 1) {
      let v: number;
      if (h < T_MIN_HOUR) v = ease(tMax(d - 1), tMin(d), (h + HOURS_PER_DAY - T_MAX_HOUR) / fall);
      else if (h <= T_MAX_HOUR) v = ease(tMin(d), tMax(d), (h - T_MIN_HOUR) / rise);
      else v = ease(tMax(d), tMin(d + 1), (h - T_MAX_HOUR) / fall);
      out[d * HOURS_PER_DAY + h] = v;
    }
  }
  return out;
}

/** Calendar-month means of an hourly series, January first. */
function monthlyMeans(series: Float64Array): number[] {
  return DAYS_IN_MONTH.map((days, m) => {
    const start = (MONTH_START_DAY[m] ?? 0) * HOURS_PER_DAY;
    let sum = 0;
    for (let i = start; i < start + days * HOURS_PER_DAY; i += 1) sum += series[i] ?? 0;
    return sum / (days * HOURS_PER_DAY);
  });
}
