// Time-of-use electricity tariffs (MODEL §3.3): band definitions, validation and hourly price series.
import type { InputIssue } from '../issues';
import { showValue } from '../issues';
import { HOURS_PER_DAY } from '../weather/types';

/** The four TOU bands, most expensive first. */
export type TouBand = 'sharp' | 'peak' | 'flat' | 'valley';

/**
 * A time-of-use tariff. Band hours are hour-beginning clock hours 0..23 (hour 18 covers 18:00–19:00);
 * an hour in no band is flat. Sharp hours are a subset of the peak hours and are sharp only in
 * `sharpMonths`, peak in the other months.
 * Prices (CNY/MWh): π_flat = flat; π_peak = flat·m_peak; π_valley = flat·m_valley;
 * π_sharp = flat·m_peak·m_sharpOverPeak.
 */
export interface TouSpec {
  /** Flat-band price π_flat, CNY/MWh. */
  flatCnyPerMwh: number;
  /** Price multipliers: peak and valley relative to flat; sharp relative to peak. */
  multipliers: { peak: number; valley: number; sharpOverPeak: number };
  /** Hour-beginning clock hours 0..23 of each band; flat = every other hour. */
  bands: { peak: number[]; valley: number[]; sharp: number[] };
  /** Calendar months 1..12 in which the sharp hours apply. */
  sharpMonths: number[];
}

/**
 * Shanxi TOU, 晋发改商品发〔2021〕479号 (MODEL §3.3): peak ×1.6, valley ×0.45, sharp 1.2×peak.
 * Peak 08–11 and 17–23 (hours 8–10, 17–22); valley 00–07 and 11–13 (hours 0–6, 11–12); sharp
 * 18–20 (hours 18–19) in December and January; flat otherwise (hours 7, 13–16, 23).
 * Flat price 550 CNY/MWh is *assumed* (Shanxi agency-purchase level, MODEL §3.3).
 */
export const SHANXI_TOU_2021: TouSpec = {
  flatCnyPerMwh: 550,
  multipliers: { peak: 1.6, valley: 0.45, sharpOverPeak: 1.2 },
  bands: {
    peak: [8, 9, 10, 17, 18, 19, 20, 21, 22],
    valley: [0, 1, 2, 3, 4, 5, 6, 11, 12],
    sharp: [18, 19],
  },
  sharpMonths: [12, 1],
};

/**
 * Gansu TOU, 甘发改价格〔2024〕424号 (MODEL §11): peak 06–08 and 18–23 (hours 6–7, 18–22); valley
 * 10–16 (hours 10–15); flat otherwise (hours 0–5, 8–9, 16–17, 23); no sharp band.
 * Flat price 500 CNY/MWh is *assumed* (MODEL §11). The multipliers are *assumed* equal to Shanxi's
 * (peak ×1.6, valley ×0.45): the document's own float ratios could not be verified from a primary
 * source here, so the Shanxi ratios of MODEL §3.3 are used and shown as editable defaults.
 */
export const GANSU_TOU_2024: TouSpec = {
  flatCnyPerMwh: 500,
  multipliers: { peak: 1.6, valley: 0.45, sharpOverPeak: 1.2 },
  bands: {
    peak: [6, 7, 18, 19, 20, 21, 22],
    valley: [10, 11, 12, 13, 14, 15],
    sharp: [],
  },
  sharpMonths: [],
};

/** Months of the year, 1-based. */
const MONTHS_PER_YEAR = 12;

/**
 * Validates a TOU spec and returns every issue found (empty when valid): hours must be integers
 * 0..23 and appear once per band; no hour may be both peak and valley; every sharp hour must also be
 * a peak hour; sharp months integers 1..12; multipliers finite and > 0; flat price finite and ≥ 0.
 */
export function validateTou(spec: TouSpec, path: string): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!Number.isFinite(spec.flatCnyPerMwh) || spec.flatCnyPerMwh < 0) {
    issues.push({
      path: `${path}.flatCnyPerMwh`,
      message: `flat price ${String(spec.flatCnyPerMwh)} CNY/MWh must be a finite number ≥ 0`,
      value: showValue(spec.flatCnyPerMwh),
    });
  }
  for (const key of ['peak', 'valley', 'sharpOverPeak'] as const) {
    const m = spec.multipliers[key];
    if (!Number.isFinite(m) || m <= 0) {
      issues.push({
        path: `${path}.multipliers.${key}`,
        message: `multiplier ${String(m)} must be a finite number > 0`,
        value: showValue(m),
      });
    }
  }
  const sets: Record<'peak' | 'valley' | 'sharp', Set<number>> = {
    peak: new Set(),
    valley: new Set(),
    sharp: new Set(),
  };
  for (const band of ['peak', 'valley', 'sharp'] as const) {
    spec.bands[band].forEach((hour, i) => {
      const at = `${path}.bands.${band}[${i}]`;
      if (!Number.isInteger(hour) || hour < 0 || hour >= HOURS_PER_DAY) {
        issues.push({
          path: at,
          message: `${String(hour)} is not an hour-beginning clock hour (an integer 0..23)`,
          value: showValue(hour),
        });
      } else if (sets[band].has(hour)) {
        issues.push({ path: at, message: `hour ${hour} is listed twice in the ${band} band`, value: hour });
      } else {
        sets[band].add(hour);
      }
    });
  }
  spec.bands.valley.forEach((hour, i) => {
    if (sets.peak.has(hour)) {
      issues.push({
        path: `${path}.bands.valley[${i}]`,
        message: `hour ${hour} is in both the peak and the valley band`,
        value: hour,
      });
    }
  });
  spec.bands.sharp.forEach((hour, i) => {
    if (sets.sharp.has(hour) && !sets.peak.has(hour)) {
      issues.push({
        path: `${path}.bands.sharp[${i}]`,
        message: `sharp hour ${hour} is not a peak hour: sharp hours must be a subset of the peak hours`,
        value: hour,
      });
    }
  });
  spec.sharpMonths.forEach((month, i) => {
    if (!Number.isInteger(month) || month < 1 || month > MONTHS_PER_YEAR) {
      issues.push({
        path: `${path}.sharpMonths[${i}]`,
        message: `${String(month)} is not a month (an integer 1..12)`,
        value: showValue(month),
      });
    }
  });
  return issues;
}

/**
 * Band of one hour: sharp if the hour is a sharp hour and the month a sharp month; else peak, valley
 * or flat by the band lists. Assumes a spec that passed {@link validateTou} (for an invalid one,
 * sharp wins over peak over valley).
 */
export function touBandOf(spec: TouSpec, month: number, hourOfDay: number): TouBand {
  if (spec.bands.sharp.includes(hourOfDay) && spec.sharpMonths.includes(month)) return 'sharp';
  if (spec.bands.peak.includes(hourOfDay)) return 'peak';
  if (spec.bands.valley.includes(hourOfDay)) return 'valley';
  return 'flat';
}

/**
 * Price of a band, CNY/MWh: π_flat·1 (flat), π_flat·m_peak (peak), π_flat·m_valley (valley),
 * π_flat·m_peak·m_sharpOverPeak (sharp), with π_flat the flat price in CNY/MWh.
 */
export function bandPrice(spec: TouSpec, band: TouBand): number {
  const { flatCnyPerMwh: flat, multipliers: m } = spec;
  switch (band) {
    case 'sharp':
      return flat * m.peak * m.sharpOverPeak;
    case 'peak':
      return flat * m.peak;
    case 'valley':
      return flat * m.valley;
    case 'flat':
      return flat;
  }
}

/**
 * Electricity import price π_el,t (CNY/MWh) per step from parallel per-step month (1..12) and
 * hour-beginning clock hour (0..23) arrays: π_el,t = bandPrice(touBandOf(month_t, hour_t)).
 * Shanxi check: Dec 18:00 → 550·1.6·1.2 = 1056; Nov 18:00 → 880; 03:00 → 247.5; 14:00 → 550.
 */
export function electricityPrice(spec: TouSpec, month: Int32Array, hourOfDay: Int32Array): Float64Array {
  if (month.length !== hourOfDay.length) {
    throw new RangeError(`month has ${month.length} steps but hourOfDay has ${hourOfDay.length}`);
  }
  const prices = new Float64Array(month.length);
  for (let t = 0; t < month.length; t++)
    prices[t] = bandPrice(spec, touBandOf(spec, month[t]!, hourOfDay[t]!));
  return prices;
}

/** Tariff presets by the scenario schema's preset id. */
export const TARIFF_PRESETS: Readonly<Record<'shanxi2021' | 'gansu2024', TouSpec>> = {
  shanxi2021: SHANXI_TOU_2021,
  gansu2024: GANSU_TOU_2024,
};

/**
 * The preset whose bands, multipliers and flat price a tariff matches, else 'custom'. The values decide, not
 * the `preset` field: an edited Shanxi tariff is custom (the editor's menu and the report's sources agree).
 */
export function matchingTariff(tariff: unknown): 'shanxi2021' | 'gansu2024' | 'custom' {
  for (const [id, spec] of Object.entries(TARIFF_PRESETS) as ['shanxi2021' | 'gansu2024', TouSpec][]) {
    const t = (tariff ?? {}) as Partial<TouSpec>;
    if (
      JSON.stringify([t.flatCnyPerMwh, t.multipliers, t.bands, t.sharpMonths]) ===
      JSON.stringify([spec.flatCnyPerMwh, spec.multipliers, spec.bands, spec.sharpMonths])
    )
      return id;
  }
  return 'custom';
}
