// Tiny hand-computable LinearModels (with their hand solutions) shared by backend, writer and model tests.
import { LinearModel, type SolveStatus } from '../../solver/lp/linear-model';

/** A fixture: a fresh model per call, the expected status and, where unique, the hand solution. */
export interface LpFixture {
  readonly name: string;
  build(): LinearModel;
  readonly status: SolveStatus;
  /** Objective including the offset (when optimal). */
  readonly objective?: number;
  /** Column values by name, when the optimum is unique. */
  readonly x?: Readonly<Record<string, number>>;
  /** Row duals ∂objective/∂row bound by row name, when unique. */
  readonly rowDual?: Readonly<Record<string, number>>;
}

const step = (t: number): string => `t${String(t).padStart(4, '0')}`;

/**
 * (1) Three-step heat balance, demand D = 5, 8, 12 MW; heat pump ≤ 6 MW at 10 CNY/MWh, gas boiler ≤ 20 MW at 30.
 * Hand: hp = min(D, 6) = 5, 6, 6; gas = D − hp = 0, 2, 6; objective = 10·17 + 30·8 = 170 + 240 = 410.
 * Duals: t0 the pump is marginal (5 < 6): 10; t1, t2 the boiler is marginal: 30, 30.
 */
export const heatBalance: LpFixture = {
  name: 'heat balance, 3 steps',
  build() {
    const m = new LinearModel();
    const demand = [5, 8, 12];
    const hp = demand.map((_, t) => m.addColumn(`heat_out__hp__${step(t)}`, 0, 6, 10));
    const gas = demand.map((_, t) => m.addColumn(`heat_out__gas__${step(t)}`, 0, 20, 30));
    demand.forEach((d, t) =>
      m.addRow(`heat_balance__${step(t)}`, d, d, [
        [hp[t]!, 1],
        [gas[t]!, 1],
      ]),
    );
    return m;
  },
  status: 'optimal',
  objective: 410,
  x: {
    heat_out__hp__t0000: 5, heat_out__hp__t0001: 6, heat_out__hp__t0002: 6,
    heat_out__gas__t0000: 0, heat_out__gas__t0001: 2, heat_out__gas__t0002: 6,
  }, // prettier-ignore
  rowDual: { heat_balance__t0000: 10, heat_balance__t0001: 30, heat_balance__t0002: 30 },
};

/**
 * (2) Storage chain, 3 steps, demand 4 MW each; boiler ≤ 12 MW at 1, 5, 3 CNY/MWh; lossless tank 0..6 MWh,
 * charging costs 0.1/MWh, empty at the end (soc_t2 fixed 0); offset 100.
 * Hand: charge 6 at t0 (1.1 < 3 < 5), discharge 4 at t1 and 2 at t2; boiler = 10, 0, 2;
 * objective = 1·10 + 0.1·6 + 3·2 + 100 = 116.6.
 */
export const storageChain: LpFixture = {
  name: 'storage chain, 3 steps',
  build() {
    const m = new LinearModel();
    const price = [1, 5, 3];
    const boiler = price.map((p, t) => m.addColumn(`heat_out__boiler__${step(t)}`, 0, 12, p));
    const charge = price.map((_, t) => m.addColumn(`charge__tank__${step(t)}`, 0, 10, 0.1));
    const discharge = price.map((_, t) => m.addColumn(`discharge__tank__${step(t)}`, 0, 10, 0));
    const soc = price.map((_, t) => m.addColumn(`soc__tank__${step(t)}`, 0, t === 2 ? 0 : 6, 0));
    for (let t = 0; t < 3; t++) {
      m.addRow(`heat_balance__${step(t)}`, 4, 4, [
        [boiler[t]!, 1],
        [discharge[t]!, 1],
        [charge[t]!, -1],
      ]);
      const terms: [number, number][] = [
        [soc[t]!, 1],
        [charge[t]!, -1],
        [discharge[t]!, 1],
      ];
      if (t > 0) terms.push([soc[t - 1]!, -1]);
      m.addRow(`soc_balance__tank__${step(t)}`, 0, 0, terms);
    }
    m.offset = 100;
    return m;
  },
  status: 'optimal',
  objective: 116.6,
  x: {
    heat_out__boiler__t0000: 10, heat_out__boiler__t0001: 0, heat_out__boiler__t0002: 2,
    charge__tank__t0000: 6, charge__tank__t0001: 0, charge__tank__t0002: 0,
    discharge__tank__t0000: 0, discharge__tank__t0001: 4, discharge__tank__t0002: 2,
    soc__tank__t0000: 6, soc__tank__t0001: 2, soc__tank__t0002: 0,
  }, // prettier-ignore
};

/**
 * (3) Ranged rows: min a + 3b − c, a ∈ [0, 3], b ≥ 0, c ∈ [0, 50], 4 ≤ a + b ≤ 10, 1 ≤ c − b ≤ 2.
 * Hand: c wants to grow, so c = b + 2 (upper side); objective = a + 2b − 2 with a + b ≥ 4 (lower side), a ≤ 3:
 * a = 3, b = 1, c = 3; objective = 3 + 3 − 3 = 3.
 */
export const rangedRows: LpFixture = {
  name: 'ranged rows',
  build() {
    const m = new LinearModel();
    const a = m.addColumn('flow_a', 0, 3, 1);
    const b = m.addColumn('flow_b', 0, Infinity, 3);
    const c = m.addColumn('flow_c', 0, 50, -1);
    m.addRow('band_sum', 4, 10, [
      [a, 1],
      [b, 1],
    ]);
    m.addRow('band_diff', 1, 2, [
      [c, 1],
      [b, -1],
    ]);
    return m;
  },
  status: 'optimal',
  objective: 3,
  x: { flow_a: 3, flow_b: 1, flow_c: 3 },
};

/**
 * (4) Bounds: min_load ∈ [2, 8] cost 3, net_flow free cost 1, export_lim ∈ (−inf, 4] cost −1,
 * adjust ∈ [−3, 5] cost 2, fixed_in = 1.5 cost 4, offset 0.5;
 * rows flow_floor: net_flow − min_load ≥ −10; export_cap: adjust + export_lim + fixed_in ≤ 1.5.
 * Hand: net_flow = min_load − 10, so 4·min_load − 10 → min_load = 2, net_flow = −8;
 * export_lim = −adjust (≤ 4), so −export_lim + 2·adjust = 3·adjust → adjust = −3, export_lim = 3;
 * objective = 6 − 8 − 3 − 6 + 6 + 0.5 = −4.5.
 */
export const boundsMix: LpFixture = {
  name: 'lower bound > 0, free, upper-only, negative and fixed columns',
  build() {
    const m = new LinearModel();
    const minLoad = m.addColumn('min_load', 2, 8, 3);
    const netFlow = m.addColumn('net_flow', -Infinity, Infinity, 1);
    const exportLim = m.addColumn('export_lim', -Infinity, 4, -1);
    const adjust = m.addColumn('adjust', -3, 5, 2);
    const fixedIn = m.addColumn('fixed_in', 1.5, 1.5, 4);
    m.addRow('flow_floor', -10, Infinity, [
      [netFlow, 1],
      [minLoad, -1],
    ]);
    m.addRow('export_cap', -Infinity, 1.5, [
      [adjust, 1],
      [exportLim, 1],
      [fixedIn, 1],
    ]);
    m.offset = 0.5;
    return m;
  },
  status: 'optimal',
  objective: -4.5,
  x: { min_load: 2, net_flow: -8, export_lim: 3, adjust: -3, fixed_in: 1.5 },
};

/** (5) Infeasible: x ∈ [0, 5], y ≥ 0, x + y ≤ 3 and x + y ≥ 5. */
export const infeasible: LpFixture = {
  name: 'infeasible',
  build() {
    const m = new LinearModel();
    const x = m.addColumn('x_in', 0, 5, 1);
    const y = m.addColumn('y_in', 0, Infinity, 1);
    m.addRow('sum_max', -Infinity, 3, [
      [x, 1],
      [y, 1],
    ]);
    m.addRow('sum_min', 5, Infinity, [
      [x, 1],
      [y, 1],
    ]);
    return m;
  },
  status: 'infeasible',
};

/** (6) Unbounded: min −x, x, y ≥ 0, x − y ≤ 2 (y lets x grow without limit). */
export const unbounded: LpFixture = {
  name: 'unbounded',
  build() {
    const m = new LinearModel();
    const x = m.addColumn('x_out', 0, Infinity, -1);
    const y = m.addColumn('y_out', 0, Infinity, 0);
    m.addRow('gap', -Infinity, 2, [
      [x, 1],
      [y, -1],
    ]);
    return m;
  },
  status: 'unbounded',
};

/**
 * (7) Two steps with every row and bound kind (the writers' golden fixture): hp ≤ 6 at 10 then 12 CNY/MWh,
 * gas ≥ 1 at 30, solar fixed 0.5 at t0, tank net output ≤ 2 (free below, floor −3 by a row) at 20,
 * demand 7 then 9, hp ramp ≤ 1, 3 ≤ hp_t0 + hp_t1 ≤ 11, offset 25.
 * Hand: store = 2 (20 < 30); hp_t0 = 7 − 0.5 − 1 = 5.5 (gas at its minimum); the band leaves hp_t1 ≤ 5.5;
 * gas_t1 = 9 − 2 − 5.5 = 1.5. Objective = 10·5.5 + 12·5.5 + 30·(1 + 1.5) + 20·2 + 25 = 55 + 66 + 75 + 40 + 25 = 261.
 */
export const twoStep: LpFixture = {
  name: 'two steps, every row and bound kind',
  build() {
    const m = new LinearModel();
    const hp0 = m.addColumn('heat_out__hp__t0000', 0, 6, 10);
    const hp1 = m.addColumn('heat_out__hp__t0001', 0, 6, 12);
    const gas0 = m.addColumn('heat_out__gas__t0000', 1, Infinity, 30);
    const gas1 = m.addColumn('heat_out__gas__t0001', 1, Infinity, 30);
    const solar0 = m.addColumn('heat_out__solar__t0000', 0.5, 0.5, 0);
    const store1 = m.addColumn('store_net__tank__t0001', -Infinity, 2, 20);
    m.addRow('heat_balance__t0000', 7, 7, [
      [hp0, 1],
      [gas0, 1],
      [solar0, 1],
    ]);
    m.addRow('heat_balance__t0001', 9, 9, [
      [hp1, 1],
      [gas1, 1],
      [store1, 1],
    ]);
    m.addRow('ramp_up__hp__t0001', -Infinity, 1, [
      [hp1, 1],
      [hp0, -1],
    ]);
    m.addRow('store_floor__tank__t0001', -3, Infinity, [[store1, 1]]);
    m.addRow('hp_band__all', 3, 11, [
      [hp0, 1],
      [hp1, 1],
    ]);
    m.offset = 25;
    return m;
  },
  status: 'optimal',
  objective: 261,
  x: {
    heat_out__hp__t0000: 5.5, heat_out__hp__t0001: 5.5, heat_out__gas__t0000: 1, heat_out__gas__t0001: 1.5,
    heat_out__solar__t0000: 0.5, store_net__tank__t0001: 2,
  }, // prettier-ignore
};

/** Every fixture above, in order. */
export const LP_FIXTURES: readonly LpFixture[] = [
  heatBalance,
  storageChain,
  rangedRows,
  boundsMix,
  infeasible,
  unbounded,
  twoStep,
];

/** Knobs of {@link dispatchChain}: shifts that change costs or demands while keeping every name. */
export interface DispatchChainOptions {
  /** Added to the heat-pump price as shift·((t mod 3) − 1). */
  readonly priceShift?: number;
  /** Added to the demand of odd steps. */
  readonly demandShift?: number;
  /** Heat-pump capacity (MW). */
  readonly hpCapacity?: number;
  /** Charging efficiency per step (the coefficient of charge in the tank balance), default 0.95. */
  readonly chargeEfficiency?: (step: number) => number;
}

/**
 * A dispatch chain of `steps` steps with 5 columns (heat pump, gas, charge, discharge, tank level) and 2 rows
 * (heat balance, tank balance) per step: 2,000 columns at 400 steps. Always feasible (gas is uncapped).
 */
export function dispatchChain(steps: number, options: DispatchChainOptions = {}): LinearModel {
  const { priceShift = 0, demandShift = 0, hpCapacity = 9, chargeEfficiency = () => 0.95 } = options;
  const m = new LinearModel();
  let previousSoc = -1;
  for (let t = 0; t < steps; t++) {
    const s = step(t);
    const price = 10 + 8 * Math.sin(t / 7) + priceShift * ((t % 3) - 1);
    const demand = 10 + 4 * Math.cos(t / 5) + (t % 2 === 1 ? demandShift : 0);
    const hp = m.addColumn(`heat_out__hp__${s}`, 0, hpCapacity, price);
    const gas = m.addColumn(`heat_out__gas__${s}`, 0, Infinity, 30);
    const ch = m.addColumn(`charge__tank__${s}`, 0, 4, 0.1);
    const dis = m.addColumn(`discharge__tank__${s}`, 0, 4, 0);
    const soc = m.addColumn(`soc__tank__${s}`, 0, 20, 0);
    m.addRow(`heat_balance__${s}`, demand, demand, [
      [hp, 1],
      [gas, 1],
      [ch, -1],
      [dis, 1],
    ]);
    const terms: [number, number][] = [
      [soc, 1],
      [ch, -chargeEfficiency(t)],
      [dis, 1],
    ];
    if (previousSoc >= 0) terms.push([previousSoc, -1]);
    m.addRow(`soc_balance__tank__${s}`, 0, 0, terms);
    previousSoc = soc;
  }
  return m;
}
