// Tests of solar geometry, the Erbs split and plane-of-array transposition (isotropic and HDKR).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COS_ZENITH_FLOOR,
  erbsDiffuseFraction,
  extraterrestrialNormalWm2,
  hourIndexOf,
  parseEpw,
  planeOfArray,
  solarPosition,
  tiltedIrradiance,
} from '../../../solver/weather';
import type { WeatherYear } from '../../../solver/weather';

const EPW = new URL('../../../scenarios/weather/CHN_SX_Taiyuan.537720_TMYx.epw', import.meta.url);
const parsed = parseEpw(readFileSync(EPW, 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 5)));
const taiyuan: WeatherYear = parsed.value;
const sum = (a: Float64Array): number => a.reduce((s, x) => s + x, 0);

describe('solarPosition', () => {
  const onMeridian = { latitudeDeg: 37.62, longitudeDeg: 120, timeZoneH: 8 }; // clock = mean solar time

  it('puts the equinox noon sun at zenith ≈ latitude, due south', () => {
    // Mar 20: declination ≈ 0°, equation of time ≈ −7.5 min, so solar noon ≈ 12:07 clock.
    const p = solarPosition(onMeridian, hourIndexOf(3, 20, 12), 7);
    expect(Math.abs(p.zenithDeg - 37.62)).toBeLessThan(1);
    expect(Math.abs(p.azimuthDeg)).toBeLessThan(2);
  });

  it('puts the solstice noon sun at zenith ≈ latitude − 23.44°', () => {
    const p = solarPosition(onMeridian, hourIndexOf(6, 21, 12), 2);
    expect(Math.abs(p.zenithDeg - (37.62 - 23.44))).toBeLessThan(1);
  });

  it('applies the longitude offset: Taiyuan (112.58° E, UTC+8) has noon ≈ 12:30 clock', () => {
    const noon = solarPosition(taiyuan.location, hourIndexOf(9, 1, 12), 30); // EoT ≈ 0 on Sep 1
    expect(Math.abs(noon.hourAngleDeg)).toBeLessThan(1.5);
    expect(solarPosition(taiyuan.location, hourIndexOf(9, 1, 12), 0).hourAngleDeg).toBeCloseTo(-7.5, 0);
  });

  it('has the sun below the horizon at local midnight, east in the morning, west in the afternoon', () => {
    expect(solarPosition(taiyuan.location, hourIndexOf(6, 21, 0), 30).cosZenith).toBeLessThan(0);
    expect(solarPosition(taiyuan.location, hourIndexOf(12, 21, 23), 30).cosZenith).toBeLessThan(0);
    expect(solarPosition(taiyuan.location, hourIndexOf(6, 21, 8)).azimuthDeg).toBeLessThan(-60);
    expect(solarPosition(taiyuan.location, hourIndexOf(6, 21, 17)).azimuthDeg).toBeGreaterThan(60);
  });
});

describe('extraterrestrial irradiance and Erbs', () => {
  it('follows the orbit: about 1412 W/m² at perihelion, 1322 W/m² at aphelion', () => {
    expect(extraterrestrialNormalWm2(0)).toBeCloseTo(1412, 0);
    expect(extraterrestrialNormalWm2(183)).toBeCloseTo(1322, 0);
  });

  it('gives the Erbs diffuse fraction on each branch', () => {
    expect(erbsDiffuseFraction(0)).toBe(1);
    expect(erbsDiffuseFraction(0.2)).toBeCloseTo(0.982, 3);
    expect(erbsDiffuseFraction(0.5)).toBeCloseTo(0.9511 - 0.0802 + 1.097 - 2.07975 + 0.771, 3);
    expect(erbsDiffuseFraction(0.9)).toBe(0.165);
    expect(erbsDiffuseFraction(0.22)).toBeCloseTo(erbsDiffuseFraction(0.2201), 2); // continuous at the break
  });
});

describe('planeOfArray on Taiyuan', () => {
  it('equals GHI on a horizontal plane under both models', () => {
    for (const model of ['isotropic', 'hdkr'] as const) {
      const poa = planeOfArray(taiyuan, { tiltDeg: 0, azimuthDeg: 0, model });
      for (let i = 0; i < poa.length; i += 1) expect(poa[i]).toBeCloseTo(taiyuan.ghiWm2[i] ?? NaN, 9);
    }
  });

  it('gives a 35° south plane 10–20 % more than horizontal, HDKR a little above isotropic', () => {
    const ghi = sum(taiyuan.ghiWm2);
    const iso = sum(planeOfArray(taiyuan, { tiltDeg: 35, azimuthDeg: 0 }));
    const hdkr = sum(planeOfArray(taiyuan, { tiltDeg: 35, azimuthDeg: 0, model: 'hdkr' }));
    expect(iso / ghi).toBeGreaterThan(1.1);
    expect(iso / ghi).toBeLessThan(1.2);
    expect(hdkr / iso).toBeGreaterThan(1.005);
    expect(hdkr / iso).toBeLessThan(1.1);
  });

  it('is finite and ≥ 0 everywhere, and a north wall gets less than the roof', () => {
    const planes = [
      { tiltDeg: 90, azimuthDeg: 180 },
      { tiltDeg: 60, azimuthDeg: -90, model: 'hdkr' as const },
      { tiltDeg: 35, azimuthDeg: 0, albedo: 0.7 },
      { tiltDeg: 180, azimuthDeg: 0 },
    ];
    for (const plane of planes) {
      const poa = planeOfArray(taiyuan, plane);
      expect(poa.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
    }
    expect(sum(planeOfArray(taiyuan, { tiltDeg: 90, azimuthDeg: 180 }))).toBeLessThan(
      0.5 * sum(taiyuan.ghiWm2),
    );
  });

  it('rejects impossible planes', () => {
    expect(() => planeOfArray(taiyuan, { tiltDeg: Number.NaN, azimuthDeg: 0 })).toThrow(RangeError);
    expect(() => planeOfArray(taiyuan, { tiltDeg: 30, azimuthDeg: 200 })).toThrow(RangeError);
    expect(() => planeOfArray(taiyuan, { tiltDeg: 30, azimuthDeg: 0, albedo: 1.5 })).toThrow(RangeError);
  });
});

describe('tiltedIrradiance', () => {
  const hour = { ghi: 100, dhi: 40, cosIncidence: 0.9, gOn: 1400 };

  it('treats a grazing sun as isotropic diffuse instead of blowing up R_b', () => {
    const low = { ...hour, cosZenith: COS_ZENITH_FLOOR / 10 };
    const iso = tiltedIrradiance(low, 90, 0.2, 'isotropic');
    expect(iso).toBeCloseTo(100 * 0.5 + 100 * 0.2 * 0.5, 9);
    expect(tiltedIrradiance(low, 90, 0.2, 'hdkr')).toBeCloseTo(iso, 9);
  });

  it('computes the isotropic sum by hand', () => {
    // cos θz = 0.5, β = 60°: R_b = 0.9/0.5 = 1.8; 60·1.8 + 40·0.75 + 100·0.2·0.25 = 108 + 30 + 5.
    expect(tiltedIrradiance({ ...hour, cosZenith: 0.5 }, 60, 0.2, 'isotropic')).toBeCloseTo(143, 9);
  });

  it('computes the HDKR sum by hand', () => {
    // A_i = 60/(1400·0.5) = 0.0857, f = √0.6, sin³30° = 0.125
    const ai = 60 / 700;
    const expected = (60 + 40 * ai) * 1.8 + 40 * (1 - ai) * 0.75 * (1 + Math.sqrt(0.6) * 0.125) + 5;
    expect(tiltedIrradiance({ ...hour, cosZenith: 0.5 }, 60, 0.2, 'hdkr')).toBeCloseTo(expected, 9);
  });
});
