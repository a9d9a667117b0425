// Parameter specs several technologies share (VOM, COP, efficiencies), written once with their sources.
import type { ParamSpec } from '../types';

/** Source note for defaults listed in MODEL.md §5. */
export const MODEL_DEFAULT = 'MODEL.md §5 defaults for Energy Island No. 1';

/** Variable O&M in CNY per MWh of output. */
export function vomParam(value: number, source = MODEL_DEFAULT): ParamSpec {
  return {
    unit: 'CNY/MWh',
    default: value,
    min: 0,
    max: 1000,
    label: { zh: '可变运维成本', en: 'Variable O&M' },
    source,
  };
}

/** A heat capacity in MW_th. */
export function capacityMwParam(
  value: number,
  max: number,
  source = MODEL_DEFAULT,
  assumed = false,
): ParamSpec {
  return {
    unit: 'MW',
    default: value,
    min: 0,
    max,
    label: { zh: '装机容量', en: 'Capacity' },
    source,
    assumed,
    key: true,
  };
}

/** A constant coefficient of performance (heat out / driving energy in). */
export function copParam(value: number, min = 1, max = 10, source = MODEL_DEFAULT): ParamSpec {
  return {
    unit: '1',
    default: value,
    min,
    max,
    label: { zh: '性能系数 COP', en: 'COP' },
    source,
    key: true,
  };
}

/** An efficiency in (0, 1]. */
export function efficiencyParam(
  value: number,
  label: { zh: string; en: string },
  source = MODEL_DEFAULT,
): ParamSpec {
  return { unit: '1', default: value, min: 0.01, max: 1, label, source };
}

/** Collector or panel tilt from horizontal, south-facing. */
export function tiltParam(value: number, source = MODEL_DEFAULT): ParamSpec {
  return { unit: 'deg', default: value, min: 0, max: 90, label: { zh: '倾角', en: 'Tilt' }, source };
}

/** CAPEX source note (MODEL.md §8: mid of 2023–2025 China ranges, assumed). */
export const CAPEX_SOURCE = 'MODEL.md §8 (assumed, mid of 2023–2025 China ranges); lifetime and FOM assumed';

/** kW → MW for CAPEX quoted per kW. */
export const KW_PER_MW = 1000;

/** Currency year of the MODEL §8 CAPEX defaults (mid of 2023–2025 China ranges). */
export const CAPEX_CURRENCY_YEAR = 2024;
