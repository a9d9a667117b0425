// Tests of the EPW parser on the bundled Taiyuan TMYx file against figures read independently from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR, calendarOfHour, hourIndexOf, parseEpw } from '../../../solver/weather';
import type { WeatherYear } from '../../../solver/weather';

const EPW = new URL('../../../scenarios/weather/CHN_SX_Taiyuan.537720_TMYx.epw', import.meta.url);
const text = readFileSync(EPW, 'utf8');

function taiyuan(): WeatherYear {
  const r = parseEpw(text);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 5)));
  return r.value;
}

/** Mean of the 24 hourly temperatures of each day of the year. */
function dailyMeans(w: WeatherYear): number[] {
  return Array.from(
    { length: 365 },
    (_, d) => w.tOutC.slice(d * 24, d * 24 + 24).reduce((s, t) => s + t, 0) / 24,
  );
}

describe('parseEpw on Taiyuan TMYx', () => {
  const w = taiyuan();

  it('reads the location and keeps the attribution notice', () => {
    expect(w.location.latitudeDeg).toBeCloseTo(37.62, 2);
    expect(w.location.longitudeDeg).toBeCloseTo(112.58, 2);
    expect(w.location.timeZoneH).toBe(8);
    expect(w.location.elevationM).toBeCloseTo(784.9, 1);
    expect(w.source.kind).toBe('epw');
    expect(w.source.attribution).toContain('Copernicus Climate Change Service');
  });

  it('has 8760 finite hours in every series', () => {
    for (const s of [w.tOutC, w.ghiWm2, w.dniWm2, w.dhiWm2, w.wind10Ms]) {
      expect(s).toHaveLength(HOURS_PER_YEAR);
      expect(s.every(Number.isFinite)).toBe(true);
    }
  });

  it('places the first row (EPW hour 1 = clock 00:00–01:00) at index 0', () => {
    expect(w.tOutC[0]).toBe(-7.3);
    expect(w.wind10Ms[0]).toBe(1.3);
    expect(w.tOutC[HOURS_PER_YEAR - 1]).toBe(-16.1);
  });

  it('gives annual GHI ≈ 1,639 kWh/m² (±1 %)', () => {
    const kwh = w.ghiWm2.reduce((s, g) => s + g, 0) / 1000;
    expect(kwh).toBeGreaterThan(1639 * 0.99);
    expect(kwh).toBeLessThan(1639 * 1.01);
  });

  it('gives heating-season (11-01 → 03-31) HDD18 ≈ 2,704 K·d (±1 %)', () => {
    const means = dailyMeans(w);
    let hdd = 0;
    means.forEach((t, d) => {
      const { month } = calendarOfHour(d * 24);
      if (month >= 11 || month <= 3) hdd += Math.max(0, 18 - t);
    });
    expect(hdd).toBeGreaterThan(2704 * 0.99);
    expect(hdd).toBeLessThan(2704 * 1.01);
  });

  it('finds the coldest hour, −18.0 °C on 01-03 EPW hour 12 = clock 11:00–12:00 = index 59', () => {
    const min = Math.min(...w.tOutC);
    expect(min).toBe(-18);
    const at = w.tOutC.indexOf(min);
    expect(at).toBe(hourIndexOf(1, 3, 11));
    expect(at).toBe(59);
    expect(w.tOutC.filter((t) => t === min)).toHaveLength(1);
  });

  it('gives the heating-season monthly means (±0.1 K)', () => {
    const expected: Record<number, number> = { 11: 4.1, 12: -3.3, 1: -5.1, 2: -0.5, 3: 5.4 };
    for (const [month, mean] of Object.entries(expected)) {
      const hours = [...w.tOutC].filter((_, i) => calendarOfHour(i).month === Number(month));
      const measured = hours.reduce((s, t) => s + t, 0) / hours.length;
      expect(Math.abs(measured - mean), `month ${month}: ${measured}`).toBeLessThanOrEqual(0.1);
    }
  });

  it('places rows by month/day/hour, not by position', () => {
    const lines = text.split('\r\n');
    const shuffled = [
      ...lines.slice(0, 8),
      ...lines
        .slice(8)
        .filter((l) => l !== '')
        .reverse(),
    ].join('\n');
    const r = parseEpw(shuffled);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.tOutC).toEqual(w.tOutC);
  });
});
