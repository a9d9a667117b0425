// Technology #4: shallow ground-source heat pumps with a seasonal ground-extraction limit (浅层地源热泵).
import { defineTechnology } from './types';
import {
  CAPEX_CURRENCY_YEAR,
  CAPEX_SOURCE,
  KW_PER_MW,
  MODEL_DEFAULT,
  capacityMwParam,
  copParam,
  vomParam,
} from './shared/params';

export const shallowGroundHeatPump = defineTechnology({
  id: 'shallowGroundHeatPump',
  order: 4,
  label: { zh: '浅层地源热泵', en: 'Ground-source heat pump' },
  colour: '#27ae60',
  archetype: 'converter',
  carriers: { consumes: ['electricity'], produces: ['heat'] },
  params: {
    capacityMw: capacityMwParam(4, 200),
    cop: copParam(4.3),
    groundMaxMwh: {
      unit: 'MWh',
      default: 5000,
      min: 0,
      max: 1e7,
      label: { zh: '季节取热上限', en: 'Seasonal ground extraction limit' },
      description: { zh: '保持地温平衡', en: 'Keeps the ground in thermal balance' },
      source: MODEL_DEFAULT,
      assumed: true,
      key: true,
    },
    vomCnyPerMwh: vomParam(2),
  },
  capacityParam: 'capacityMw',
  capacityUnit: 'MW',
  economics: {
    capexCnyPerCapacityUnit: 3000 * KW_PER_MW,
    lifetimeYears: 20,
    fomShareOfCapex: 0.02,
    currencyYear: CAPEX_CURRENCY_YEAR,
    source: CAPEX_SOURCE,
  },
  math: 'q_t ≤ Cap; e_t = q_t/COP; Σ_t w_t·q_t·(1 − 1/COP) ≤ G_max',
  /**
   * Per step 0 ≤ q_t ≤ Cap, e_t = q_t/COP; one season row
   *
   *   Σ_t w_t·q_t·(1 − 1/COP) ≤ G_max   (MWh of heat taken from the ground)
   *
   * w_t step weight (h), so the limit is a season total in both modes.
   */
  build(ctx, inst) {
    const p = inst.params;
    const cols = ctx.addStepColumns(inst, {
      family: 'heat_out',
      role: 'production',
      upper: p.capacityMw,
      capacity: 'capacityMw',
      flows: { heat: 1, electricity: -1 / p.cop },
      vomCnyPerMwh: p.vomCnyPerMwh,
    });
    const share = 1 - 1 / p.cop;
    const terms = Array.from(cols, (col, t) => [col, ctx.steps.weight[t]! * share] as const);
    ctx.addRow(`ground_extraction__${inst.id}`, -Infinity, p.groundMaxMwh, terms);
  },
  firm(p) {
    return { unitsMw: [p.capacityMw] };
  },
});
