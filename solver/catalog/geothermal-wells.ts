// Technology #1: medium-deep geothermal production and reinjection well doublets (中深層地熱採灌井).
import { defineTechnology } from './types';
import { buildGeothermalSource } from './shared/geothermal';
import { CAPEX_SOURCE, KW_PER_MW, MODEL_DEFAULT, vomParam } from './shared/params';

export const geothermalWells = defineTechnology({
  id: 'geothermalWells',
  order: 1,
  label: { zh: '中深層地熱採灌井', en: 'Geothermal well doublets' },
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
      label: { zh: '採灌井對數', en: 'Doublets' },
      source: 'MODEL.md §11: calibrated to the 2023 ESG report (geothermal share ~70 %)',
      assumed: true,
      key: true,
    },
    doubletMw: {
      unit: 'MW',
      default: 2.6,
      min: 0,
      max: 30,
      label: { zh: '單對井供熱能力', en: 'Heat per doublet' },
      source: 'MODEL.md §11: calibrated so season mode gives 60,166 MWh ± 5 %',
      assumed: true,
      key: true,
    },
    pumpElecPerHeat: {
      unit: '1',
      default: 0.025,
      min: 0,
      max: 0.5,
      label: { zh: '潛水泵耗電率', en: 'Pump electricity per heat' },
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
    vomCnyPerMwh: vomParam(2),
  },
  capacityParam: 'doublets',
  capacityUnit: 'MW',
  capacity: (p) => p.doublets * p.doubletMw,
  economics: {
    capexCnyPerCapacityUnit: 3500 * KW_PER_MW,
    lifetimeYears: 25,
    fomShareOfCapex: 0.02,
    source: CAPEX_SOURCE,
  },
  math: 'mustRun·Cap ≤ q_t ≤ Cap, Cap = doublets × MW per doublet; e_t = ρ_pump·q_t; geothermal heat = q_t',
  build(ctx, inst) {
    const p = inst.params;
    buildGeothermalSource(ctx, inst, {
      capacityMw: p.doublets * p.doubletMw,
      pumpElecPerHeat: p.pumpElecPerHeat,
      mustRun: p.mustRun,
      vomCnyPerMwh: p.vomCnyPerMwh,
    });
  },
  firm(p) {
    return { unitsMw: Array.from({ length: p.doublets }, () => p.doubletMw) };
  },
});
