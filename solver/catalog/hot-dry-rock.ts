// Technology #3: deep hot dry rock pilot (深層乾熱巖), modelled like the well doublets.
import { defineTechnology } from './types';
import { buildGeothermalSource } from './shared/geothermal';
import { CAPEX_SOURCE, KW_PER_MW, MODEL_DEFAULT, capacityMwParam, vomParam } from './shared/params';

export const hotDryRock = defineTechnology({
  id: 'hotDryRock',
  order: 3,
  label: { zh: '深層乾熱巖', en: 'Hot dry rock' },
  colour: '#8e2c1f',
  archetype: 'converter',
  carriers: { consumes: ['electricity'], produces: ['heat'] },
  params: {
    capacityMw: capacityMwParam(1.5, 100, 'MODEL.md §5: 1.5 MW pilot'),
    pumpElecPerHeat: {
      unit: '1',
      default: 0.06,
      min: 0,
      max: 0.5,
      label: { zh: '循環泵耗電率', en: 'Pump electricity per heat' },
      description: { zh: 'MW電/MW熱', en: 'MW_e per MW_th' },
      source: MODEL_DEFAULT,
    },
    mustRun: {
      unit: '1',
      default: 0,
      min: 0,
      max: 1,
      label: { zh: '最低負荷率', en: 'Must-run share' },
      source: MODEL_DEFAULT,
    },
    vomCnyPerMwh: vomParam(10),
  },
  capacityParam: 'capacityMw',
  capacityUnit: 'MW',
  economics: {
    capexCnyPerCapacityUnit: 6000 * KW_PER_MW,
    lifetimeYears: 25,
    fomShareOfCapex: 0.02,
    source: CAPEX_SOURCE,
  },
  math: 'mustRun·Cap ≤ q_t ≤ Cap; e_t = ρ_pump·q_t; geothermal heat = q_t',
  build(ctx, inst) {
    buildGeothermalSource(ctx, inst, inst.params);
  },
  firm(p) {
    return { unitsMw: [p.capacityMw] };
  },
});
