// Technology #3: deep hot dry rock pilot (深层干热岩), modelled like the well doublets.
import { defineTechnology } from './types';
import { buildGeothermalSource, geothermalSourceParams } from './shared/geothermal';
import { CAPEX_CURRENCY_YEAR, CAPEX_SOURCE, KW_PER_MW, capacityMwParam } from './shared/params';

export const hotDryRock = defineTechnology({
  id: 'hotDryRock',
  order: 3,
  label: { zh: '深层干热岩', en: 'Hot dry rock' },
  colour: '#8e2c1f',
  archetype: 'converter',
  carriers: { consumes: ['electricity'], produces: ['heat'] },
  params: {
    capacityMw: capacityMwParam(1.5, 100, 'MODEL.md §5: 1.5 MW pilot'),
    ...geothermalSourceParams({ pumpElecPerHeat: 0.06, vomCnyPerMwh: 10 }),
  },
  capacityParam: 'capacityMw',
  capacityUnit: 'MW',
  economics: {
    capexCnyPerCapacityUnit: 6000 * KW_PER_MW,
    lifetimeYears: 25,
    fomShareOfCapex: 0.02,
    currencyYear: CAPEX_CURRENCY_YEAR,
    source: CAPEX_SOURCE,
  },
  math: 'mustRun·Cap ≤ q_t ≤ Cap; e_t = ρ_pump·q_t; geothermal heat = q_t',
  build(ctx, inst) {
    buildGeothermalSource(ctx, inst, inst.params, 'capacityMw');
  },
  firm(p) {
    return { unitsMw: [p.capacityMw] };
  },
});
