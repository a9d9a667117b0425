// Tests of TOU tariffs: hand-checked Shanxi prices, band coverage of the day, and validation.
import { describe, expect, it } from 'vitest';
import { buildSeason } from '../../../solver/time/season';
import {
  GANSU_TOU_2024,
  SHANXI_TOU_2021,
  electricityPrice,
  touBandOf,
  validateTou,
} from '../../../solver/time/tariffs';
import type { TouBand, TouSpec } from '../../../solver/time/tariffs';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

function hoursIn(spec: TouSpec, month: number, band: TouBand): number[] {
  return HOURS.filter((h) => touBandOf(spec, month, h) === band);
}

describe('electricityPrice', () => {
  it('matches the hand-checked Shanxi prices', () => {
    const prices = electricityPrice(
      SHANXI_TOU_2021,
      Int32Array.of(12, 11, 11, 11),
      Int32Array.of(18, 18, 3, 14),
    );
    expect(prices[0]).toBeCloseTo(1056, 9); // Dec 18:00 sharp: 550·1.6·1.2
    expect(prices[1]).toBeCloseTo(880, 9); // Nov 18:00 peak: 550·1.6
    expect(prices[2]).toBeCloseTo(247.5, 9); // 03:00 valley: 550·0.45
    expect(prices[3]).toBeCloseTo(550, 9); // 14:00 flat
  });

  it('prices sharp hours only in the sharp months of a season', () => {
    const built = buildSeason({ start: '11-01', end: '03-31' });
    if (!built.ok) throw new Error('season');
    const prices = electricityPrice(SHANXI_TOU_2021, built.value.month, built.value.hourOfDay);
    const sharp = prices.filter((p) => Math.abs(p - 1056) < 1e-9).length;
    expect(sharp).toBe((31 + 31) * 2); // Dec + Jan, hours 18 and 19
  });

  it('rejects arrays of different lengths', () => {
    expect(() => electricityPrice(SHANXI_TOU_2021, Int32Array.of(1), Int32Array.of(1, 2))).toThrow(
      RangeError,
    );
  });
});

describe('touBandOf', () => {
  it('puts every Shanxi hour in exactly one band', () => {
    for (const month of [11, 12]) {
      const bands = (['sharp', 'peak', 'flat', 'valley'] as const).map((b) =>
        hoursIn(SHANXI_TOU_2021, month, b),
      );
      expect(bands.flat().sort((a, b) => a - b)).toEqual(HOURS);
    }
    expect(hoursIn(SHANXI_TOU_2021, 12, 'sharp')).toEqual([18, 19]);
    expect(hoursIn(SHANXI_TOU_2021, 12, 'peak')).toEqual([8, 9, 10, 17, 20, 21, 22]);
    expect(hoursIn(SHANXI_TOU_2021, 11, 'peak')).toEqual([8, 9, 10, 17, 18, 19, 20, 21, 22]);
    expect(hoursIn(SHANXI_TOU_2021, 11, 'valley')).toEqual([0, 1, 2, 3, 4, 5, 6, 11, 12]);
    expect(hoursIn(SHANXI_TOU_2021, 11, 'flat')).toEqual([7, 13, 14, 15, 16, 23]);
  });

  it('gives the Gansu bands and no sharp hours', () => {
    expect(hoursIn(GANSU_TOU_2024, 1, 'peak')).toEqual([6, 7, 18, 19, 20, 21, 22]);
    expect(hoursIn(GANSU_TOU_2024, 1, 'valley')).toEqual([10, 11, 12, 13, 14, 15]);
    expect(hoursIn(GANSU_TOU_2024, 1, 'flat')).toEqual([0, 1, 2, 3, 4, 5, 8, 9, 16, 17, 23]);
    expect(hoursIn(GANSU_TOU_2024, 12, 'sharp')).toEqual([]);
  });
});

describe('validateTou', () => {
  const edit = (change: (s: TouSpec) => void): string[] => {
    const spec = structuredClone(SHANXI_TOU_2021);
    change(spec);
    return validateTou(spec, 'tariff').map((i) => i.path);
  };

  it('accepts the bundled tariffs', () => {
    expect(validateTou(SHANXI_TOU_2021, 'tariff')).toEqual([]);
    expect(validateTou(GANSU_TOU_2024, 'tariff')).toEqual([]);
  });

  it('catches an hour 24 and a fractional hour', () => {
    expect(edit((s) => s.bands.peak.push(24))).toEqual(['tariff.bands.peak[9]']);
    expect(edit((s) => (s.bands.valley[0] = 0.5))).toEqual(['tariff.bands.valley[0]']);
  });

  it('catches a sharp hour that is not a peak hour', () => {
    expect(edit((s) => s.bands.sharp.push(12))).toEqual(['tariff.bands.sharp[2]']);
  });

  it('catches an hour in both peak and valley, and a repeated hour', () => {
    expect(edit((s) => s.bands.valley.push(8))).toEqual(['tariff.bands.valley[9]']);
    expect(edit((s) => s.bands.peak.push(8))).toEqual(['tariff.bands.peak[9]']);
  });

  it('catches bad multipliers, prices and months', () => {
    expect(
      edit((s) => {
        s.multipliers.peak = 0;
        s.multipliers.valley = Number.NaN;
        s.flatCnyPerMwh = -1;
        s.sharpMonths.push(13);
      }),
    ).toEqual([
      'tariff.flatCnyPerMwh',
      'tariff.multipliers.peak',
      'tariff.multipliers.valley',
      'tariff.sharpMonths[2]',
    ]);
  });
});
