// Technology #1: medium-deep geothermal production and reinjection well doublets (中深层地热采灌井).
import { defineTechnology } from './types';
import { buildGeothermalSource, geothermalSourceParams } from './shared/geothermal';
import { CAPEX_CURRENCY_YEAR, CAPEX_SOURCE, KW_PER_MW } from './shared/params';

export const geothermalWells = defineTechnology({
  id: 'geothermalWells',
  order: 1,
  label: { zh: '中深层地热采灌井', en: 'Geothermal well doublets' },
  colour: '#c0392b',
  archetype: 'converter',
  carriers: { consumes: ['electricity'], produces: ['heat'] },
  params: {
    doublets: {
      unit: '1',
      default: 6,
      min: 0,
      max: 100,
      integer: true,
      label: { zh: '采灌井对数', en: 'Doublets' },
      source: 'MODEL.md §11: calibrated to the 2023 ESG report (geothermal share ~70 %)',
      assumed: true,
      key: true,
    },
    doubletMw: {
      unit: 'MW',
      default: 2.6,
      min: 0,
      max: 30,
      label: { zh: '单对井供热能力', en: 'Heat per doublet' },
      source: 'MODEL.md §11: calibrated so season mode gives 60,166 MWh ± 5 %',
      assumed: true,
      key: true,
    },
    ...geothermalSourceParams({ pumpElecPerHeat: 0.025, vomCnyPerMwh: 2 }),
  },
  capacityParam: 'doublets',
  capacityUnit: 'MW',
  capacity: (p) => p.doublets * p.doubletMw,
  economics: {
    capexCnyPerCapacityUnit: 3500 * KW_PER_MW,
    lifetimeYears: 25,
    fomShareOfCapex: 0.02,
    currencyYear: CAPEX_CURRENCY_YEAR,
    source: CAPEX_SOURCE,
  },
  math: 'mustRun·Cap ≤ q_t ≤ Cap, Cap = doublets × MW per doublet; e_t = ρ_pump·q_t; geothermal heat = q_t',
  build(ctx, inst) {
    const p = inst.params;
    buildGeothermalSource(
      ctx,
      inst,
      {
        capacityMw: p.doublets * p.doubletMw,
        pumpElecPerHeat: p.pumpElecPerHeat,
        mustRun: p.mustRun,
        vomCnyPerMwh: p.vomCnyPerMwh,
      },
      'doublets',
    );
  },
  firm(p) {
    return { unitsMw: Array.from({ length: p.doublets }, () => p.doubletMw) };
  },
});
