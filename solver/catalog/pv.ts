// Technology #9: photovoltaics (太阳能光伏), electricity for the plant's own pumps and heat pumps.
import { defineTechnology } from './types';
import { CAPEX_CURRENCY_YEAR, MODEL_DEFAULT, tiltParam } from './shared/params';
import { buildVariableSupply } from './shared/variable-supply';

/** Standard test condition irradiance, W/m². */
const STC_IRRADIANCE_WM2 = 1000;

export const pv = defineTechnology({
  id: 'pv',
  order: 9,
  label: { zh: '太阳能光伏', en: 'Photovoltaics' },
  colour: '#f39c12',
  archetype: 'variableSupply',
  carriers: { consumes: [], produces: ['electricity'] },
  params: {
    capacityMwp: {
      unit: 'MW',
      default: 0.15,
      min: 0,
      max: 500,
      label: { zh: '装机容量 (MWp)', en: 'Capacity (MWp)' },
      source: 'MODEL.md §5 (ESG 2023: 214.56 MWh PV)',
      key: true,
    },
    performanceRatio: {
      unit: '1',
      default: 0.8,
      min: 0.1,
      max: 1,
      label: { zh: '系统效率 PR', en: 'Performance ratio' },
      source: MODEL_DEFAULT,
    },
    tiltDeg: tiltParam(35),
  },
  capacityParam: 'capacityMwp',
  capacityUnit: 'MWp',
  economics: {
    capexCnyPerCapacityUnit: 3200 * 1000,
    lifetimeYears: 25,
    fomShareOfCapex: 0.01,
    currencyYear: CAPEX_CURRENCY_YEAR,
    source: 'MODEL.md §8 (assumed): 3200 CNY/kWp; lifetime and FOM assumed',
  },
  math: 'p_t ≤ Cap_p·G_poa,t/1000·PR; curtailed_t = available_t − p_t',
  /** p_max,t = Cap_p·G_poa,t/1000·PR (MW_e), G_poa plane-of-array irradiance (W/m²), PR performance ratio. */
  series(p, env) {
    const g = env.poa(p.tiltDeg);
    const availMw = new Float64Array(env.hours);
    for (let h = 0; h < env.hours; h++)
      availMw[h] = (p.capacityMwp * g[h]! * p.performanceRatio) / STC_IRRADIANCE_WM2;
    return { availMw };
  },
  build(ctx, inst) {
    buildVariableSupply(ctx, inst, 'capacityMwp');
  },
});
