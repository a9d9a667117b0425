// Technology #5: low-temperature cascade air-source heat pumps (空气源热泵，低温复叠).
import { defineTechnology } from './types';
import {
  CAPEX_CURRENCY_YEAR,
  CAPEX_SOURCE,
  KW_PER_MW,
  MODEL_DEFAULT,
  capacityMwParam,
  vomParam,
} from './shared/params';
import { KELVIN_OFFSET } from '../units';

/** Condenser approach: the condenser runs 5 K above the supply temperature (MODEL §5). */
const CONDENSER_APPROACH_K = 5;
/** Evaporator approach: the evaporator runs 8 K below the outdoor air (MODEL §5). */
const EVAPORATOR_APPROACH_K = 8;
/** COP clamp (MODEL §5). */
const COP_MIN = 1;
const COP_MAX = 6;

/**
 * COP(T_out) = η_C·(T_sup + 5 + 273.15)/((T_sup + 5) − (T_out − 8)), clamped to [1, 6].
 * η_C Carnot efficiency (–), T_sup supply temperature (°C), T_out outdoor dry-bulb (°C). A lift ≤ 0
 * (outdoor warmer than the condenser) gives the upper clamp.
 */
export function ashpCop(tOutC: number, etaCarnot: number, supplyC: number): number {
  const condenser = supplyC + CONDENSER_APPROACH_K;
  const lift = condenser - (tOutC - EVAPORATOR_APPROACH_K);
  if (lift <= 0) return COP_MAX;
  return Math.min(COP_MAX, Math.max(COP_MIN, (etaCarnot * (condenser + KELVIN_OFFSET)) / lift));
}

/** f_cap(T_out) = clamp(0.85 + 0.01·T_out, 0.5, 1), and 0 below T_min (MODEL §5). */
export function ashpCapacityFactor(tOutC: number, minOutdoorC: number): number {
  if (tOutC < minOutdoorC) return 0;
  return Math.min(1, Math.max(0.5, 0.85 + 0.01 * tOutC));
}

export const airSourceHeatPump = defineTechnology({
  id: 'airSourceHeatPump',
  order: 5,
  label: { zh: '空气源热泵（低温复叠）', en: 'Air-source heat pump (cascade)' },
  colour: '#3498db',
  archetype: 'converter',
  carriers: { consumes: ['electricity'], produces: ['heat'] },
  params: {
    capacityMw: capacityMwParam(8, 200),
    etaCarnot: {
      unit: '1',
      default: 0.45,
      min: 0.05,
      max: 0.9,
      label: { zh: '卡诺效率', en: 'Carnot efficiency' },
      source: MODEL_DEFAULT,
      assumed: true,
    },
    supplyC: {
      unit: 'degC',
      default: 45,
      min: 20,
      max: 90,
      label: { zh: '供水温度', en: 'Supply temperature' },
      source: MODEL_DEFAULT,
    },
    minOutdoorC: {
      unit: 'degC',
      default: -30,
      min: -60,
      max: 10,
      label: { zh: '最低运行温度', en: 'Minimum outdoor temperature' },
      source: MODEL_DEFAULT,
      key: true,
    },
    vomCnyPerMwh: vomParam(2),
  },
  capacityParam: 'capacityMw',
  capacityUnit: 'MW',
  economics: {
    capexCnyPerCapacityUnit: 2000 * KW_PER_MW,
    lifetimeYears: 20,
    fomShareOfCapex: 0.02,
    currencyYear: CAPEX_CURRENCY_YEAR,
    source: CAPEX_SOURCE,
  },
  math: 'q_t ≤ Cap·f_cap(T_out,t); e_t = q_t/COP(T_out,t); q_t = 0 below T_min',
  series(p, env) {
    const availMw = new Float64Array(env.hours);
    const elecPerHeat = new Float64Array(env.hours);
    for (let h = 0; h < env.hours; h++) {
      const t = env.tOutC[h]!;
      availMw[h] = p.capacityMw * ashpCapacityFactor(t, p.minOutdoorC);
      elecPerHeat[h] = 1 / ashpCop(t, p.etaCarnot, p.supplyC);
    }
    return { availMw, elecPerHeat };
  },
  build(ctx, inst) {
    const { availMw, elecPerHeat } = inst.series;
    ctx.addStepColumns(inst, {
      family: 'heat_out',
      role: 'production',
      upper: (t) => availMw![t]!,
      capacity: 'capacityMw',
      flows: (t) => ({ heat: 1, electricity: -elecPerHeat![t]! }),
      vomCnyPerMwh: inst.params.vomCnyPerMwh,
    });
  },
  firm(p, tOutC) {
    return { unitsMw: [p.capacityMw * ashpCapacityFactor(tOutC, p.minOutdoorC)] };
  },
});
