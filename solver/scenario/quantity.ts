// Zod field builders for numbers that may be typed with a unit ("45 W/m^2"), parsed at the edge.
import { z } from 'zod';
import { parseQuantity } from '../units';

/** A unit string from the catalog as a person reads it. */
export function displayUnit(unit: string): string {
  return unit === '1' ? '' : unit.replace('degC', '°C').replace('m^2', 'm²');
}

/**
 * A finite number in canonical `unit` within [min, max], given either as a number or as text with a
 * unit that mathjs `unit()` parses and converts ("0.045 kW/m^2" → 45 for unit "W/m^2").
 */
export function quantity(unit: string, min: number, max: number, opts: { integer?: boolean } = {}) {
  const shown = displayUnit(unit);
  const range = `${min} … ${max}${shown ? ` ${shown}` : ''}`;
  let num = z
    .number({ error: `must be a finite number in ${range}` })
    .min(min, { error: `must be at least ${min}${shown ? ` ${shown}` : ''} (allowed ${range})` })
    .max(max, { error: `must be at most ${max}${shown ? ` ${shown}` : ''} (allowed ${range})` });
  if (opts.integer) num = num.int({ error: `must be a whole number in ${range}` });
  if (unit === '1' || unit === 'degC') {
    // Ratios and temperatures are plain numbers (mathjs offsets make °C conversions ambiguous).
    return num.meta({ unit });
  }
  return z
    .union([z.number({ error: `must be a number or a quantity like "1 ${unit}"` }), z.string().max(64)], {
      // NaN/Infinity fail both branches by type; without this zod reports a bare "Invalid input".
      error: `must be a finite number in ${range}, or a quantity like "1 ${unit}"`,
    })
    .transform((v, ctx) => {
      if (typeof v === 'number') return v;
      const parsed = parseQuantity(v, unit);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: `"${v}" ${parsed.reason}` });
        return z.NEVER;
      }
      return parsed.value;
    })
    .pipe(num)
    .meta({ unit });
}

/** 'MM-DD' date of a typical (non-leap) year. */
export const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, { error: 'must be a date "MM-DD" (e.g. "11-01")' });

/** LP-safe identifier: a letter, then letters, digits or underscores (≤ 40). */
export const lpId = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, {
  error: 'must start with a letter and use only A–Z, a–z, 0–9, _ (≤ 40)',
});

/** A switchable policy limit (MODEL §7). */
export function policy(unit: string, min: number, max: number, fallback: number) {
  return z.strictObject({
    enabled: z.boolean().default(false),
    value: quantity(unit, min, max).default(fallback),
  });
}
