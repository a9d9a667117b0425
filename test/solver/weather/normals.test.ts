// Tests of the monthly-normals synthesiser: preserved means and totals, diurnal shape, validation.
import { describe, expect, it } from 'vitest';
import {
  DAYS_IN_MONTH,
  HOURS_PER_YEAR,
  MONTH_START_DAY,
  extraterrestrialNormalWm2,
  hourIndexOf,
  solarPosition,
  synthesizeFromNormals,
} from '../../../solver/weather';
import type { MonthlyNormals, WeatherYear } from '../../../solver/weather';

/**
 * Lanzhou South Station (MODEL §11): Nov–Mar temperatures and GHI, range 13 K, wind 0.5 m/s are the
 * model's CMA approximations; Apr–Oct are *assumed* round values for Lanzhou, only to fill the year.
 */
const LANZHOU: MonthlyNormals = {
  name: 'Lanzhou South Station (monthly normals)',
  location: {
    name: 'Lanzhou New Area',
    latitudeDeg: 36.06,
    longitudeDeg: 103.88,
    timeZoneH: 8,
    elevationM: 1900,
  },
  tMeanC: [-5.0, -0.9, 5.5, 12.2, 17.2, 20.9, 22.8, 21.3, 16.5, 10.2, 2.5, -3.9],
  dailyRangeK: Array.from({ length: 12 }, () => 13),
  ghiKwhM2Day: [2.4, 3.0, 3.9, 4.9, 5.6, 5.8, 5.6, 5.1, 4.1, 3.3, 2.6, 2.2],
  windMs: Array.from({ length: 12 }, () => 0.5),
};

function synth(n: MonthlyNormals): WeatherYear {
  const r = synthesizeFromNormals(n);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function monthSlice(s: Float64Array, m: number): Float64Array {
  const start = (MONTH_START_DAY[m] ?? 0) * 24;
  return s.slice(start, start + (DAYS_IN_MONTH[m] ?? 0) * 24);
}

const sum = (a: Float64Array): number => a.reduce((s, x) => s + x, 0);

describe('synthesizeFromNormals', () => {
  const w = synth(LANZHOU);

  it('preserves every monthly mean temperature (±0.1 K)', () => {
    LANZHOU.tMeanC.forEach((t, m) => {
      const hours = monthSlice(w.tOutC, m);
      expect(Math.abs(sum(hours) / hours.length - t), `month ${m + 1}`).toBeLessThan(0.1);
    });
  });

  it('puts each day’s minimum at 06:00 and maximum at 15:00', () => {
    for (let d = 0; d < 365; d += 1) {
      const day = [...w.tOutC.slice(d * 24, d * 24 + 24)];
      expect(day.indexOf(Math.min(...day)), `day ${d}`).toBe(6);
      expect(day.indexOf(Math.max(...day)), `day ${d}`).toBe(15);
    }
    const jan15 = w.tOutC.slice(14 * 24, 15 * 24);
    expect((jan15[15] ?? 0) - (jan15[6] ?? 0)).toBeCloseTo(13, 0); // the daily range, to within day-to-day drift
  });

  it('preserves every monthly GHI total (±1 %)', () => {
    LANZHOU.ghiKwhM2Day.forEach((h, m) => {
      const kwhPerDay = sum(monthSlice(w.ghiWm2, m)) / 1000 / (DAYS_IN_MONTH[m] ?? 1);
      expect(Math.abs(kwhPerDay / h - 1), `month ${m + 1}`).toBeLessThan(0.01);
    });
  });

  it('gives plausible, self-consistent hourly Lanzhou values', () => {
    expect(w.source).toEqual({ kind: 'normals', name: LANZHOU.name });
    for (const s of [w.tOutC, w.ghiWm2, w.dniWm2, w.dhiWm2, w.wind10Ms])
      expect(s).toHaveLength(HOURS_PER_YEAR);
    for (let i = 0; i < HOURS_PER_YEAR; i += 1) {
      const { cosZenith } = solarPosition(w.location, i);
      const g = w.ghiWm2[i] ?? NaN;
      const d = w.dhiWm2[i] ?? NaN;
      const b = w.dniWm2[i] ?? NaN;
      expect(g).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(g + 1e-9);
      expect(b).toBeLessThanOrEqual(extraterrestrialNormalWm2(Math.floor(i / 24)));
      if (cosZenith <= 0) expect(g).toBe(0);
      else expect(b * cosZenith + d).toBeCloseTo(g, 6);
    }
    const janNoon = w.ghiWm2[hourIndexOf(1, 15, 13)] ?? 0; // solar noon ≈ 13:10 Beijing time at 103.9° E
    expect(janNoon).toBeGreaterThan(300);
    expect(janNoon).toBeLessThan(700);
    expect(w.ghiWm2[hourIndexOf(1, 15, 3)]).toBe(0);
    const jan = monthSlice(w.tOutC, 0);
    expect(Math.min(...jan)).toBeGreaterThan(-5 - 6.5 - 2);
    expect(Math.max(...jan)).toBeLessThan(-5 + 6.5 + 2);
    expect(sum(w.ghiWm2) / 1000).toBeGreaterThan(1300);
    expect(sum(w.ghiWm2) / 1000).toBeLessThan(1700);
    expect(w.wind10Ms.every((v) => v === 0.5)).toBe(true);
  });

  it('is deterministic', () => {
    const again = synth(LANZHOU);
    expect(again.tOutC).toEqual(w.tOutC);
    expect(again.dniWm2).toEqual(w.dniWm2);
  });

  it('names the field and month of invalid input', () => {
    const r = synthesizeFromNormals({
      ...LANZHOU,
      tMeanC: LANZHOU.tMeanC.slice(0, 11),
      ghiKwhM2Day: LANZHOU.ghiKwhM2Day.map((v, m) => (m === 2 ? NaN : v)),
      windMs: LANZHOU.windMs.map((v, m) => (m === 6 ? -1 : v)),
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(['tMeanC', 'ghiKwhM2Day[2]', 'windMs[6]']);
    expect(r.issues[0]?.message).toContain('found 11 values');
    expect(r.issues[1]?.message).toContain('Mar');
    expect(r.issues[2]?.message).toContain('Jul');
  });

  it('rejects a bad location and more GHI than the sky can deliver', () => {
    const loc = synthesizeFromNormals({ ...LANZHOU, location: { ...LANZHOU.location, latitudeDeg: 120 } });
    expect(loc.ok ? [] : loc.issues.map((i) => i.path)).toEqual(['location.latitudeDeg']);
    const ghi = synthesizeFromNormals({
      ...LANZHOU,
      ghiKwhM2Day: LANZHOU.ghiKwhM2Day.map((v, m) => (m === 11 ? 9 : v)),
    });
    expect(ghi.ok ? [] : ghi.issues.map((i) => i.path)).toEqual(['ghiKwhM2Day[11]']);
  });
});
