// Branded physical units used across the solver, and the one place user unit strings are parsed.
import { all, create } from 'mathjs';

/** Heat or electric power, MW. */
export type MW = number;
/** Energy, MWh. */
export type MWh = number;
/** Money, CNY. */
export type Cny = number;
/** Price, CNY per MWh. */
export type CnyPerMwh = number;
/** Temperature, °C. */
export type Celsius = number;

/** 1 MWh = 3.6 GJ. */
export const GJ_PER_MWH = 3.6;
/** 1 tce = 29.3076 GJ (GB/T 2589-2020). */
export const GJ_PER_TCE = 29.3076;
/** 1 MWh = 3600 MJ. */
export const MJ_PER_MWH = GJ_PER_MWH * 1000;
/** Standard coal equivalent of 1 MWh of any energy: 3.6/29.3076 tce (GB/T 2589). */
export const TCE_PER_MWH = GJ_PER_MWH / GJ_PER_TCE;
/** kgce/kWh equals tce/MWh. */
export const KGCE_PER_KWH_TO_TCE_PER_MWH = 1;

/** MWh per unit of a fuel (Nm³, kg …) from its lower heating value in MJ per unit: LHV/3600. */
export function mwhPerUnitOfLhv(lhvMjPerUnit: number): number {
  return lhvMjPerUnit / MJ_PER_MWH;
}
/** Zero of the Celsius scale in kelvin. */
export const KELVIN_OFFSET = 273.15;

/** Longest unit string accepted from a user (defence against pathological parser input). */
export const MAX_UNIT_TEXT = 64;

const math = create(all!, {});
// Money and normal cubic metres are not SI units: declare them as base units of their own.
math.createUnit('CNY', { aliases: ['yuan', 'RMB'] });
math.createUnit('Nm3', { aliases: ['Nm³'] });
math.createUnit('tce');
math.createUnit('tCO2');

/** Only digits, letters, spaces and the few operators a unit needs: no function calls, no assignment. */
const SAFE_UNIT_TEXT = /^[0-9A-Za-z .,+\-eE/*^()²³°%μ]+$/;

export type QuantityResult = { ok: true; value: number } | { ok: false; reason: string };

/**
 * Parses a quantity typed by a user ("45 W/m^2", "3.5 CNY/Nm^3") and converts it to `target`
 * ("W/m^2", "CNY/Nm3"). Uses mathjs `unit()` (a unit parser), never `evaluate()`; rejects text longer
 * than {@link MAX_UNIT_TEXT}, characters outside a small allow-list, and a dimension that does not match.
 */
export function parseQuantity(text: string, target: string): QuantityResult {
  if (text.length > MAX_UNIT_TEXT) return { ok: false, reason: `longer than ${MAX_UNIT_TEXT} characters` };
  const normalised = text
    .trim()
    .replace(/Nm\^?3|Nm³/g, 'Nm3')
    .replace(/²/g, '^2')
    .replace(/³/g, '^3');
  if (!SAFE_UNIT_TEXT.test(normalised))
    return { ok: false, reason: 'contains characters a unit cannot have' };
  const targetNorm = target.replace(/Nm\^?3|Nm³/g, 'Nm3');
  try {
    const parsed = math.unit(normalised);
    const wanted = math.unit(targetNorm);
    if (!parsed.equalBase(wanted)) {
      return { ok: false, reason: `has the dimension of "${parsed.formatUnits()}", expected "${target}"` };
    }
    const value = parsed.toNumber(targetNorm);
    if (!Number.isFinite(value)) return { ok: false, reason: 'is not a finite number' };
    return { ok: true, value };
  } catch (error) {
    return { ok: false, reason: `is not a quantity with a unit (${(error as Error).message})` };
  }
}
