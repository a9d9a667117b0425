// Builds the dispatch LP: balances, grid, slacks, every technology instance, and the policy rows (MODEL §4–§7).
import { LinearModel } from '../lp/linear-model';
import {
  BuildContext,
  FLOW_ATTRIBUTES,
  type InstanceHandle,
  type PriceData,
  type StepData,
} from './build-context';
import { CARRIERS, ELECTRICITY_BUS, GRID_CARRIER, HEAT_BUS } from '../carriers';
import { exportCost } from '../results/sign';
import type { ModelSteps } from './steps';
import type { PreparedInstance } from './prepare';
import type { Scenario } from '../scenario';
import { RENEWABLE_TAG } from '../catalog/shared/variable-supply';
import { rowName } from '../lp/names';

/** The built LP and what is needed to read its solution. */
export interface DispatchModel {
  readonly lp: LinearModel;
  readonly ctx: BuildContext;
  /** The prices the LP was built with (the KPIs and the cost invariant use the same). */
  readonly prices: PriceData;
  readonly instances: readonly InstanceHandle[];
  readonly prepared: readonly PreparedInstance[];
  /** Policy rows that exist (enabled), by name. */
  readonly policyRows: Readonly<Record<string, number>>;
  readonly columns: {
    readonly gridImport: Int32Array;
    readonly gridExport: Int32Array | null;
    readonly unserved: Int32Array;
    readonly dump: Int32Array;
  };
}

/** Converts the scenario's prices and factors to solver units (per MWh), once per built model. */
export function priceData(s: Scenario, steps: StepData): PriceData {
  return {
    carriers: Object.fromEntries(CARRIERS.map((c) => [c.id, c.prices(s, steps)])),
    exportCnyPerMwh: s.prices.exportEnabled ? s.prices.exportCnyPerMwh : null,
    importLimitMw: s.prices.importLimitMw,
    carbonCnyPerT: s.prices.carbonCnyPerT,
    vollCnyPerMwh: s.prices.vollCnyPerMwh,
    dumpCnyPerMwh: s.prices.dumpCnyPerMwh,
  };
}

/**
 * The dispatch LP (MODEL §4, §6). Per step t with weight w_t, one balance per bus (solver/carriers/buses.ts):
 *
 *   heat:        Σ_k q_k,t + dis_t − ch_t + u_t − dump_t = D_t
 *   electricity: imp_t + Σ_g p_g,t + bdis_t − bch_t − Σ_k e_k,t − exp_t = 0
 *   export cap:  exp_t − Σ_g p_g,t ≤ 0          (only local PV/wind output is exported)
 *   0 ≤ imp_t ≤ I_max,  u_t ≥ 0,  dump_t ≥ 0
 *
 *   min Σ_t w_t·[Σ_c (π_c,t + π_CO2·EF_c)·F_c,t − π_exp·exp_t + Σ_k VOM_k·q_k,t + VOLL·u_t + π_dump·dump_t]
 *
 * F_c,t MWh of bought carrier c (solver/carriers: grid electricity F = imp_t at the TOU price, natural gas,
 * coal, biomass … burnt by the technologies that name them in their flows); technology rows come from each
 * catalog entry. Policies (MODEL §7), season totals:
 *   geothermal share: Σ w·geo − s_min·Σ w·Σ_k q_k ≥ 0;   CO2: Σ w·Σ_c EF_c·F_c ≤ CO2_max;
 *   carrier cap (a carrier's capPolicy, gas): Σ w·F_c ≤ F_max.
 */
export function buildDispatchModel(
  s: Scenario,
  steps: ModelSteps,
  prepared: readonly PreparedInstance[],
  /** Sizing mode: adds the capacity columns (BuildContext.addCapacityColumn) before any technology. */
  addCapacities?: (ctx: BuildContext) => void,
): DispatchModel {
  const lp = new LinearModel();
  const prices = priceData(s, steps.data);
  const ctx = new BuildContext(lp, steps.data, prices);
  addCapacities?.(ctx);
  const { n, weight } = steps.data;

  const gridImport = ctx.addStepColumns(null, {
    family: 'grid_import',
    role: 'gridImport',
    upper: prices.importLimitMw,
    flows: { [ELECTRICITY_BUS.id]: 1, [GRID_CARRIER.id]: 1 },
  });
  let gridExport: Int32Array | null = null;
  if (prices.exportCnyPerMwh !== null) {
    const exportPrice = prices.exportCnyPerMwh;
    gridExport = ctx.addStepColumns(null, {
      family: 'grid_export',
      role: 'gridExport',
      upper: Infinity,
      flows: { [ELECTRICITY_BUS.id]: -1 },
    });
    for (let t = 0; t < n; t++) lp.addCost(gridExport[t]!, weight[t]! * exportCost(exportPrice));
  }
  const unserved = ctx.addStepColumns(null, {
    family: 'unserved_heat',
    role: 'unserved',
    upper: Infinity,
    flows: { [HEAT_BUS.id]: 1 },
  });
  const dump = ctx.addStepColumns(null, {
    family: 'heat_dump',
    role: 'dump',
    upper: Infinity,
    flows: { [HEAT_BUS.id]: -1 },
  });
  for (let t = 0; t < n; t++) {
    lp.addCost(unserved[t]!, weight[t]! * prices.vollCnyPerMwh);
    lp.addCost(dump[t]!, weight[t]! * prices.dumpCnyPerMwh);
  }

  const instances: InstanceHandle[] = prepared.map((p, index) => ({
    id: p.id,
    type: p.type,
    index,
    params: p.params,
    series: steps.series[index]!,
  }));
  prepared.forEach((p, i) => p.def.build(ctx, instances[i]!));
  prepared.forEach((p, i) => p.def.link?.(ctx, instances[i]!));

  if (gridExport) {
    const renewables = ctx.taggedColumns(RENEWABLE_TAG);
    const byStep: [number, number][][] = Array.from({ length: n }, () => []);
    for (const r of renewables) byStep[r.step]!.push([r.col, -1]);
    for (let t = 0; t < n; t++)
      ctx.addRow(rowName('export_cap', t), -Infinity, 0, [[gridExport[t]!, 1], ...byStep[t]!]);
  }

  const policyRows = addPolicyRows(ctx, s);
  return {
    lp,
    ctx,
    prices,
    instances,
    prepared,
    policyRows,
    columns: { gridImport, gridExport, unserved, dump },
  };
}

/** Policy rows (MODEL §7) over the columns' flows; the CO₂ row sums every bought carrier's counted CO₂. */
function addPolicyRows(ctx: BuildContext, s: Scenario): Record<string, number> {
  const rows: Record<string, number> = {};
  const c = ctx.columns;
  const w = ctx.steps.weight;
  const pol = s.policies;
  const heat = HEAT_BUS.id;
  if (pol.minGeothermalShare.enabled) {
    const share = pol.minGeothermalShare.value;
    const terms: [number, number][] = [];
    for (let col = 0; col < c.role.length; col++) {
      const f = c.flows[col]!;
      const q = f[heat] ?? 0;
      if (c.role[col] !== 'production' || q <= 0) continue;
      const coef = w[c.step[col]!]! * ((f[FLOW_ATTRIBUTES.geothermal] ?? 0) - share * q);
      if (coef !== 0) terms.push([col, coef]);
    }
    rows['minGeothermalShare'] = ctx.addRow('policy_geothermal_share', 0, Infinity, terms);
  }
  /** Σ_t w_t·Σ_c factor_c·F_c,t over the columns that use the carriers in `factor`. */
  const carrierTerms = (factor: Readonly<Record<string, number>>): [number, number][] => {
    const terms: [number, number][] = [];
    for (let col = 0; col < c.role.length; col++) {
      const f = c.flows[col]!;
      let coef = 0;
      for (const [id, k] of Object.entries(factor)) coef += (f[id] ?? 0) * k;
      if (coef > 0) terms.push([col, w[c.step[col]!]! * coef]);
    }
    return terms;
  };
  if (pol.co2CapT.enabled) {
    const factors = Object.fromEntries(CARRIERS.map((k) => [k.id, ctx.prices.carriers[k.id]!.co2TPerMwh]));
    rows['co2CapT'] = ctx.addRow('policy_co2_cap', -Infinity, pol.co2CapT.value, carrierTerms(factors));
  }
  for (const carrier of CARRIERS) {
    const id = carrier.capPolicy;
    if (id === undefined || !pol[id].enabled) continue;
    rows[id] = ctx.addRow(capRowName(id), -Infinity, pol[id].value, carrierTerms({ [carrier.id]: 1 }));
  }
  return rows;
}

/** LP row name of a carrier cap policy ("gasMaxMwh" → "policy_gas_max"). */
function capRowName(policy: string): string {
  return `policy_${policy.replace(/MaxMwh$/, '')}_max`;
}
