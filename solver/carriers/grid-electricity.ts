// Carrier: electricity bought from the grid at the time-of-use tariff (scope 2 CO₂, GB/T 2589 standard coal).
import { KGCE_PER_KWH_TO_TCE_PER_MWH } from '../units';
import { defineCarrier } from './types';

export const gridElectricity = defineCarrier({
  id: 'grid',
  order: 1,
  costKey: 'electricityCny',
  label: { zh: '购电', en: 'Electricity' },
  scope: 2,
  quantityUnit: 'MWh',
  /** π_el,t the TOU tariff; EF_grid tCO₂/MWh; k_el kgce/kWh = tce/MWh. */
  prices: (s, steps) => ({
    cnyPerMwh: steps.priceElCnyPerMwh,
    co2TPerMwh: s.factors.gridCo2TPerMwh,
    biogenicCo2TPerMwh: 0,
    tcePerMwh: s.factors.electricityKgcePerKwh * KGCE_PER_KWH_TO_TCE_PER_MWH,
    quantityPerMwh: 1,
  }),
  source:
    'TOU tariff: 晋发改商品发〔2021〕479号; grid emission factor: MEE notice on power-grid CO₂ factors; electricity to standard coal: GB/T 2589-2020',
});
