// Technology #11: phase-change heat storage (相变储热).
import { defineTechnology } from './types';
import { CAPEX_CURRENCY_YEAR } from './shared/params';
import { buildStorage, checkStorage, storageParams } from './shared/storage';

export const phaseChangeStorage = defineTechnology({
  id: 'phaseChangeStorage',
  order: 11,
  label: { zh: '相变储热', en: 'Phase-change heat storage' },
  colour: '#9b59b6',
  archetype: 'storage',
  carriers: { consumes: ['heat'], produces: ['heat'] },
  params: storageParams({
    energyMwh: 40,
    chargeMw: 8,
    dischargeMw: 8,
    etaCharge: 0.95,
    etaDischarge: 0.95,
    lossPerHour: 0.0004,
    socMin: 0,
    socMax: 1,
  }),
  capacityParam: 'energyMwh',
  capacityUnit: 'MWh',
  economics: {
    capexCnyPerCapacityUnit: 600 * 1000,
    lifetimeYears: 20,
    fomShareOfCapex: 0.01,
    currencyYear: CAPEX_CURRENCY_YEAR,
    power: {
      param: 'dischargeMw',
      capexCnyPerUnit: 200 * 1000,
      follows: ['chargeMw'],
      source: 'MODEL.md §8 Conventions (assumed): 200 CNY/kW of discharge power',
    },
    source: 'MODEL.md §8 (assumed): 600 CNY/kWh; lifetime and FOM assumed',
  },
  math: 's_t = (1 − λ)·s_t−1 + η_ch·ch_t − dis_t/η_dis; 0 ≤ s_t ≤ E; ch_t ≤ P_ch; dis_t ≤ P_dis; cyclic',
  check(p) {
    return checkStorage(p);
  },
  build(ctx, inst) {
    buildStorage(ctx, inst, 'heat');
  },
});
