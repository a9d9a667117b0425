// Baseline technology: a conventional coal-fired heating boiler (燃煤锅炉), for the coal baseline scenario only.
import { defineTechnology } from './types';
import { CAPEX_CURRENCY_YEAR, KW_PER_MW, capacityMwParam, efficiencyParam } from './shared/params';

export const coalBoiler = defineTechnology({
  id: 'coalBoiler',
  order: 14,
  label: { zh: '燃煤锅炉（基准）', en: 'Coal boiler (baseline)' },
  colour: '#3d3d3d',
  archetype: 'converter',
  carriers: { consumes: ['coal'], produces: ['heat'] },
  params: {
    capacityMw: capacityMwParam(
      58,
      1000,
      'sized to cover the coldest-hour load of Energy Island No. 1',
      true,
    ),
    efficiency: efficiencyParam(
      0.7,
      { zh: '锅炉热效率', en: 'Boiler efficiency' },
      'MODEL.md §3.3 coal baseline (JGJ 26 convention)',
    ),
    vomCnyPerMwh: {
      unit: 'CNY/MWh',
      default: 8,
      min: 0,
      max: 1000,
      label: { zh: '可变运维成本', en: 'Variable O&M' },
      description: { zh: '含除尘脱硫耗材与灰渣处理', en: 'Flue-gas treatment consumables and ash handling' },
      source: 'assumed',
      assumed: true,
    },
  },
  capacityParam: 'capacityMw',
  capacityUnit: 'MW',
  economics: {
    capexCnyPerCapacityUnit: 400 * KW_PER_MW,
    lifetimeYears: 20,
    fomShareOfCapex: 0.03,
    currencyYear: CAPEX_CURRENCY_YEAR,
    source: 'assumed (not in MODEL.md §8: the coal boiler is a baseline, not a candidate)',
  },
  math: 'q_t ≤ Cap; coal_t = q_t/η_cb MWh of coal (priced and counted per tce by the coal carrier)',
  /** Per step 0 ≤ q_t ≤ Cap, coal_t = q_t/η_cb MWh of coal energy; solver/carriers/coal.ts converts to tce. */
  build(ctx, inst) {
    const p = inst.params;
    ctx.addStepColumns(inst, {
      family: 'heat_out',
      role: 'production',
      upper: p.capacityMw,
      capacity: 'capacityMw',
      flows: { heat: 1, coal: 1 / p.efficiency },
      vomCnyPerMwh: p.vomCnyPerMwh,
    });
  },
  firm(p) {
    return { unitsMw: [p.capacityMw] };
  },
});
