// Carrier: coal bought per tonne of standard coal, burnt in the baseline coal boilers (scope 1).
import { TCE_PER_MWH } from '../units';
import { defineCarrier } from './types';

export const coal = defineCarrier({
  id: 'coal',
  order: 3,
  costKey: 'coalCny',
  label: { zh: '燃煤', en: 'Coal' },
  scope: 1,
  quantityUnit: 'tce',
  /** Per MWh of coal energy: π_coal·(3.6/29.3076) CNY, EF_coal·(3.6/29.3076) tCO₂, 3.6/29.3076 tce. */
  prices: (s) => ({
    cnyPerMwh: s.prices.coalCnyPerTce * TCE_PER_MWH,
    co2TPerMwh: s.factors.coalCo2TPerTce * TCE_PER_MWH,
    biogenicCo2TPerMwh: 0,
    tcePerMwh: TCE_PER_MWH,
    quantityPerMwh: TCE_PER_MWH,
  }),
  source:
    'JGJ 26 (coal-fired boiler efficiency 0.70); 2.66 tCO₂/tce, China GHG accounting guidelines; 29.3076 GJ/tce, GB/T 2589-2020; price assumed (docs/model.md §3.3)',
});
