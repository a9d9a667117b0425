// Technology #12: electrochemical battery on the plant's electricity bus (电化学储能).
import { defineTechnology } from './types';
import { CAPEX_CURRENCY_YEAR } from './shared/params';
import { buildStorage, checkStorage, storageParams } from './shared/storage';

export const battery = defineTechnology({
  id: 'battery',
  order: 12,
  label: { zh: '电化学储能', en: 'Battery' },
  colour: '#34495e',
  archetype: 'storage',
  carriers: { consumes: ['electricity'], produces: ['electricity'] },
  params: storageParams({
    energyMwh: 2,
    chargeMw: 1,
    dischargeMw: 1,
    etaCharge: 0.94,
    etaDischarge: 0.94,
    lossPerHour: 0,
    socMin: 0.1,
    socMax: 0.9,
  }),
  capacityParam: 'energyMwh',
  capacityUnit: 'MWh',
  economics: {
    capexCnyPerCapacityUnit: 1000 * 1000,
    lifetimeYears: 12,
    fomShareOfCapex: 0.02,
    currencyYear: CAPEX_CURRENCY_YEAR,
    power: {
      param: 'dischargeMw',
      capexCnyPerUnit: 300 * 1000,
      follows: ['chargeMw'],
      source: 'MODEL.md §8 Conventions (assumed): 300 CNY/kW of discharge power; energy per nameplate kWh',
    },
    source: 'MODEL.md §8 (assumed): 1000 CNY/kWh; lifetime and FOM assumed',
  },
  math: 's_t = (1 − λ)·s_t−1 + η_ch·bch_t − bdis_t/η_dis; 10 % E ≤ s_t ≤ 90 % E; cyclic',
  check(p) {
    return checkStorage(p);
  },
  build(ctx, inst) {
    buildStorage(ctx, inst, 'electricity');
  },
});
