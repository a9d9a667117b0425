// Technology #13: condensing gas boilers with flue-gas heat recovery, the peaking backup (冷凝热回收燃气锅炉).
import { defineTechnology } from './types';
import {
  CAPEX_CURRENCY_YEAR,
  CAPEX_SOURCE,
  KW_PER_MW,
  capacityMwParam,
  efficiencyParam,
  vomParam,
} from './shared/params';

export const gasBoiler = defineTechnology({
  id: 'gasBoiler',
  order: 13,
  label: { zh: '冷凝热回收燃气锅炉（调峰备用）', en: 'Condensing gas boiler (peaking)' },
  colour: '#7f8c8d',
  archetype: 'converter',
  carriers: { consumes: ['gas'], produces: ['heat'] },
  params: {
    capacityMw: capacityMwParam(14, 500, 'MODEL.md §5: 2 × 14 MW'),
    efficiency: efficiencyParam(
      0.98,
      { zh: '热效率 (低位热值)', en: 'Efficiency (LHV)' },
      'MODEL.md §5: condensing recovery, LHV',
    ),
    vomCnyPerMwh: vomParam(3),
  },
  capacityParam: 'capacityMw',
  capacityUnit: 'MW',
  economics: {
    capexCnyPerCapacityUnit: 250 * KW_PER_MW,
    lifetimeYears: 20,
    fomShareOfCapex: 0.02,
    currencyYear: CAPEX_CURRENCY_YEAR,
    source: CAPEX_SOURCE,
  },
  math: 'q_t ≤ Cap; gas_t = q_t/η_b',
  /** Per step 0 ≤ q_t ≤ Cap, gas_t = q_t/η_b (MWh_LHV), η_b boiler efficiency on LHV. */
  build(ctx, inst) {
    const p = inst.params;
    ctx.addStepColumns(inst, {
      family: 'heat_out',
      role: 'production',
      upper: p.capacityMw,
      capacity: 'capacityMw',
      flows: { heat: 1, gas: 1 / p.efficiency },
      vomCnyPerMwh: p.vomCnyPerMwh,
    });
  },
  firm(p) {
    return { unitsMw: [p.capacityMw] };
  },
});
