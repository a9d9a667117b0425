// Technology #8: flat-plate solar thermal collectors (太阳能光热集热).
import { defineTechnology } from './types';
import { CAPEX_CURRENCY_YEAR, MODEL_DEFAULT, tiltParam } from './shared/params';

/** Watts per megawatt. */
const W_PER_MW = 1e6;
const KEYMARK = 'Solar Keymark flat plate (MODEL.md §5)';

/**
 * Collector output per step, MW_th:
 *
 *   q_max,t = A·max(0, η0·G_t − a1·ΔT_t − a2·ΔT_t²)/10⁶,   ΔT_t = T_m − T_out,t
 *
 * A aperture area (m²); G_t plane-of-array irradiance (W/m²); η0 optical efficiency (–); a1 (W/m²K),
 * a2 (W/m²K²) heat-loss coefficients; T_m mean fluid temperature (°C).
 */
export function collectorOutputMw(
  areaM2: number,
  g: number,
  tOutC: number,
  p: { eta0: number; a1: number; a2: number; meanFluidC: number },
): number {
  const dT = p.meanFluidC - tOutC;
  return (areaM2 * Math.max(0, p.eta0 * g - p.a1 * dT - p.a2 * dT * dT)) / W_PER_MW;
}

export const solarThermal = defineTechnology({
  id: 'solarThermal',
  order: 8,
  label: { zh: '太阳能光热集热', en: 'Solar thermal collectors' },
  colour: '#f1c40f',
  archetype: 'converter',
  carriers: { consumes: [], produces: ['heat'] },
  params: {
    areaM2: {
      unit: 'm^2',
      default: 2000,
      min: 0,
      max: 1e6,
      label: { zh: '集热面积', en: 'Collector area' },
      source: MODEL_DEFAULT,
      key: true,
    },
    eta0: {
      unit: '1',
      default: 0.739,
      min: 0,
      max: 1,
      label: { zh: '光学效率 η0', en: 'Optical efficiency η0' },
      source: KEYMARK,
    },
    a1: {
      unit: 'W/(m^2 K)',
      default: 3.51,
      min: 0,
      max: 20,
      label: { zh: '热损系数 a1', en: 'Loss coefficient a1' },
      source: KEYMARK,
    },
    a2: {
      unit: 'W/(m^2 K^2)',
      default: 0.017,
      min: 0,
      max: 1,
      label: { zh: '热损系数 a2', en: 'Loss coefficient a2' },
      source: KEYMARK,
    },
    meanFluidC: {
      unit: 'degC',
      default: 50,
      min: 10,
      max: 120,
      label: { zh: '平均流体温度', en: 'Mean fluid temperature' },
      source: MODEL_DEFAULT,
    },
    tiltDeg: tiltParam(45),
  },
  capacityParam: 'areaM2',
  capacityUnit: 'm²',
  economics: {
    capexCnyPerCapacityUnit: 1000,
    lifetimeYears: 20,
    fomShareOfCapex: 0.01,
    currencyYear: CAPEX_CURRENCY_YEAR,
    source: 'MODEL.md §8 (assumed): 1000 CNY/m²; lifetime and FOM assumed',
  },
  math: 'q_t ≤ A·max(0, η0·G_t − a1·ΔT − a2·ΔT²)/10⁶, ΔT = T_m − T_out,t',
  series(p, env) {
    const g = env.poa(p.tiltDeg);
    const availMw = new Float64Array(env.hours);
    for (let h = 0; h < env.hours; h++) availMw[h] = collectorOutputMw(p.areaM2, g[h]!, env.tOutC[h]!, p);
    return { availMw };
  },
  build(ctx, inst) {
    const avail = inst.series.availMw!;
    ctx.addStepColumns(inst, {
      family: 'heat_out',
      role: 'production',
      upper: (t) => avail[t]!,
      capacity: 'areaM2',
      flows: { heat: 1 },
    });
  },
});
