// Carrier: natural gas bought per Nm³, burnt on site (scope 1), converted on its lower heating value.
import { GJ_PER_MWH, TCE_PER_MWH, mwhPerUnitOfLhv } from '../units';
import { defineCarrier } from './types';

export const naturalGas = defineCarrier({
  id: 'gas',
  order: 2,
  costKey: 'gasCny',
  label: { zh: '天然气', en: 'Natural gas' },
  scope: 1,
  quantityUnit: 'Nm³',
  capPolicy: 'gasMaxMwh',
  /** π_gas = price/(LHV/3600) CNY/MWh_LHV; EF_gas = kgCO₂/Nm³ /1000 /(LHV/3600); 3.6/29.3076 tce/MWh. */
  prices: (s) => {
    const mwhPerNm3 = mwhPerUnitOfLhv(s.prices.gasLhvMjPerNm3);
    return {
      cnyPerMwh: s.prices.gasCnyPerNm3 / mwhPerNm3,
      co2TPerMwh: s.factors.gasCo2KgPerNm3 / 1000 / mwhPerNm3,
      biogenicCo2TPerMwh: 0,
      tcePerMwh: TCE_PER_MWH,
      quantityPerMwh: 1 / mwhPerNm3,
    };
  },
  source: `CO₂ 2.162 kg/Nm³: China GHG accounting guidelines; LHV 35.6 MJ/Nm³ and price assumed (docs/model.md §3.3); ${GJ_PER_MWH} GJ/MWh`,
});
