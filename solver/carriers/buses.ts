// The energy buses of the plant, each balanced at every step (MODEL §4): heat and electricity.
import { defineBus } from './types';

/** Σ_k q_k,t + dis_t − ch_t + u_t − dump_t = D_t. */
export const heatBus = defineBus({
  id: 'heat',
  label: { zh: '热力母线', en: 'Heat bus' },
  unit: 'MW_th',
  rowFamily: 'heat_balance',
  rhs: (steps, t) => steps.demandMw[t]!,
});

/** imp_t + Σ_g p_g,t + bdis_t − bch_t − Σ_k e_k,t − exp_t = 0. */
export const electricityBus = defineBus({
  id: 'electricity',
  label: { zh: '电力母线', en: 'Electricity bus' },
  unit: 'MW_e',
  rowFamily: 'elec_balance',
  rhs: () => 0,
});
