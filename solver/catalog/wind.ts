// Technology #10: small wind turbine demonstration (风力发电).
import { defineTechnology } from './types';
import { buildVariableSupply } from './shared/variable-supply';
import { CAPEX_CURRENCY_YEAR, MODEL_DEFAULT } from './shared/params';

/** Reference height of EPW wind speed, m. */
const ANEMOMETER_HEIGHT_M = 10;

/**
 * Normalised power curve (MODEL §5): 0 below cut-in v_ci, (v³ − v_ci³)/(v_r³ − v_ci³) up to rated v_r,
 * 1 up to cut-out v_co, 0 from cut-out. v hub-height wind speed (m/s).
 */
export function windPowerCurve(v: number, cutIn: number, rated: number, cutOut: number): number {
  if (v < cutIn || v >= cutOut) return 0;
  if (v >= rated) return 1;
  return (v ** 3 - cutIn ** 3) / (rated ** 3 - cutIn ** 3);
}

export const wind = defineTechnology({
  id: 'wind',
  order: 10,
  label: { zh: '风力发电', en: 'Wind power' },
  colour: '#95a5a6',
  archetype: 'variableSupply',
  carriers: { consumes: [], produces: ['electricity'] },
  params: {
    capacityMw: {
      unit: 'MW',
      default: 0.2,
      min: 0,
      max: 500,
      label: { zh: '装机容量', en: 'Capacity' },
      source: 'MODEL.md §5: 0.2 MW demonstration',
      key: true,
    },
    hubHeightM: {
      unit: 'm',
      default: 30,
      min: 10,
      max: 200,
      label: { zh: '轮毂高度', en: 'Hub height' },
      source: MODEL_DEFAULT,
    },
    shearExponent: {
      unit: '1',
      default: 0.143,
      min: 0,
      max: 0.6,
      label: { zh: '风切变指数', en: 'Shear exponent' },
      source: 'MODEL.md §5 (1/7 power law)',
    },
    cutInMs: {
      unit: 'm/s',
      default: 3,
      min: 0,
      max: 10,
      label: { zh: '切入风速', en: 'Cut-in speed' },
      source: MODEL_DEFAULT,
    },
    ratedMs: {
      unit: 'm/s',
      default: 12,
      min: 4,
      max: 30,
      label: { zh: '额定风速', en: 'Rated speed' },
      source: MODEL_DEFAULT,
    },
    cutOutMs: {
      unit: 'm/s',
      default: 25,
      min: 10,
      max: 40,
      label: { zh: '切出风速', en: 'Cut-out speed' },
      source: MODEL_DEFAULT,
    },
  },
  capacityParam: 'capacityMw',
  capacityUnit: 'MW',
  economics: {
    capexCnyPerCapacityUnit: 10000 * 1000,
    lifetimeYears: 20,
    fomShareOfCapex: 0.02,
    currencyYear: CAPEX_CURRENCY_YEAR,
    source: 'MODEL.md §8 (assumed): 10000 CNY/kW; lifetime and FOM assumed',
  },
  math: 'p_t ≤ Cap·curve(v_hub,t), v_hub = v10·(h/10)^α',
  check(p) {
    return p.cutInMs < p.ratedMs && p.ratedMs < p.cutOutMs
      ? []
      : [
          {
            param: 'ratedMs',
            message: `needs cut-in ${p.cutInMs} < rated ${p.ratedMs} < cut-out ${p.cutOutMs} m/s`,
          },
        ];
  },
  /** p_max,t = Cap·curve(v10,t·(h/10)^α), h hub height (m), α shear exponent (–). */
  series(p, env) {
    const scale = (p.hubHeightM / ANEMOMETER_HEIGHT_M) ** p.shearExponent;
    const availMw = new Float64Array(env.hours);
    for (let h = 0; h < env.hours; h++) {
      availMw[h] = p.capacityMw * windPowerCurve(env.wind10Ms[h]! * scale, p.cutInMs, p.ratedMs, p.cutOutMs);
    }
    return { availMw };
  },
  build(ctx, inst) {
    buildVariableSupply(ctx, inst, 'capacityMw');
  },
});
