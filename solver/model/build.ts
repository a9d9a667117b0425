// Builds the dispatch LP: balances, grid, slacks, every technology instance, and the policy rows (MODEL §4–§7).
import { LinearModel } from '../lp/linear-model';
import { BuildContext, type InstanceHandle, type PriceData } from './build-context';
import type { ModelSteps } from './steps';
import type { PreparedInstance } from './prepare';
import type { Scenario } from '../scenario';
import { RENEWABLE_TAG } from '../catalog/shared/variable-supply';
import { rowName } from '../lp/names';
import { GJ_PER_MWH } from '../units';

/** MJ per MWh. */
const MJ_PER_MWH = GJ_PER_MWH * 1000;

/** The built LP and what is needed to read its solution. */
export interface DispatchModel {
  readonly lp: LinearModel;
  readonly ctx: BuildContext;
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

/** Converts the scenario's prices and factors to solver units (per MWh). */
export function priceData(s: Scenario): PriceData {
  const gasMwhPerNm3 = s.prices.gasLhvMjPerNm3 / MJ_PER_MWH;
  return {
    gasCnyPerMwh: s.prices.gasCnyPerNm3 / gasMwhPerNm3,
    exportCnyPerMwh: s.prices.exportEnabled ? s.prices.exportCnyPerMwh : null,
    importLimitMw: s.prices.importLimitMw,
    carbonCnyPerT: s.prices.carbonCnyPerT,
    gridCo2TPerMwh: s.factors.gridCo2TPerMwh,
    gasCo2TPerMwh: s.factors.gasCo2KgPerNm3 / 1000 / gasMwhPerNm3,
    coalCnyPerTce: s.prices.coalCnyPerTce,
    coalCo2TPerTce: s.factors.coalCo2TPerTce,
    vollCnyPerMwh: s.prices.vollCnyPerMwh,
    dumpCnyPerMwh: s.prices.dumpCnyPerMwh,
  };
}

/**
 * The dispatch LP (MODEL §4, §6). Per step t with weight w_t:
 *
 *   heat:        Σ_k q_k,t + dis_t − ch_t + u_t − dump_t = D_t
 *   electricity: imp_t + Σ_g p_g,t + bdis_t − bch_t − Σ_k e_k,t − exp_t = 0
 *   export cap:  exp_t − Σ_g p_g,t ≤ 0          (only local PV/wind output is exported)
 *   0 ≤ imp_t ≤ I_max,  u_t ≥ 0,  dump_t ≥ 0
 *
 *   min Σ_t w_t·[(π_el,t + π_CO2·EF_grid)·imp_t − π_exp·exp_t + (π_gas + π_CO2·EF_gas)·G_t
 *                + (π_coal + π_CO2·EF_coal)·C_t + Σ_k VOM_k·q_k,t + VOLL·u_t + π_dump·dump_t]
 *
 * G_t gas (MWh_LHV) of boilers and absorption units; C_t coal (tce) of baseline coal boilers; technology rows come from each catalog entry.
 * Policies (MODEL §7), season totals:
 *   geothermal share: Σ w·geo − s_min·Σ w·Σ_k q_k ≥ 0;   CO2: Σ w·(EF_grid·imp + EF_gas·G + EF_coal·C) ≤ CO2_max;
 *   gas: Σ w·G ≤ G_max.
 */
export function buildDispatchModel(
  s: Scenario,
  steps: ModelSteps,
  prepared: readonly PreparedInstance[],
): DispatchModel {
  const lp = new LinearModel();
  const prices = priceData(s);
  const ctx = new BuildContext(lp, steps.data, prices);
  const { n, weight, priceElCnyPerMwh } = steps.data;

  const gridImport = ctx.addStepColumns(null, {
    family: 'grid_import',
    role: 'gridImport',
    upper: prices.importLimitMw,
    flows: { electricity: 1 },
  });
  for (let t = 0; t < n; t++) {
    lp.addCost(
      gridImport[t]!,
      weight[t]! * (priceElCnyPerMwh[t]! + prices.carbonCnyPerT * prices.gridCo2TPerMwh),
    );
  }
  let gridExport: Int32Array | null = null;
  if (prices.exportCnyPerMwh !== null) {
    const exportPrice = prices.exportCnyPerMwh;
    gridExport = ctx.addStepColumns(null, {
      family: 'grid_export',
      role: 'gridExport',
      upper: Infinity,
      flows: { electricity: -1 },
    });
    for (let t = 0; t < n; t++) lp.addCost(gridExport[t]!, -weight[t]! * exportPrice);
  }
  const unserved = ctx.addStepColumns(null, {
    family: 'unserved_heat',
    role: 'unserved',
    upper: Infinity,
    flows: { heat: 1 },
  });
  const dump = ctx.addStepColumns(null, {
    family: 'heat_dump',
    role: 'dump',
    upper: Infinity,
    flows: { heat: -1 },
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

  const policyRows = addPolicyRows(ctx, s, gridImport);
  return { lp, ctx, instances, prepared, policyRows, columns: { gridImport, gridExport, unserved, dump } };
}

function addPolicyRows(ctx: BuildContext, s: Scenario, gridImport: Int32Array): Record<string, number> {
  const rows: Record<string, number> = {};
  const c = ctx.columns;
  const w = ctx.steps.weight;
  const pol = s.policies;
  if (pol.minGeothermalShare.enabled) {
    const share = pol.minGeothermalShare.value;
    const terms: [number, number][] = [];
    for (let col = 0; col < c.role.length; col++) {
      if (c.role[col] !== 'production' || c.heat[col]! <= 0) continue;
      const coef = w[c.step[col]!]! * (c.geothermal[col]! - share * c.heat[col]!);
      if (coef !== 0) terms.push([col, coef]);
    }
    rows['minGeothermalShare'] = ctx.addRow('policy_geothermal_share', 0, Infinity, terms);
  }
  const gasTerms = (factor: number): [number, number][] => {
    const terms: [number, number][] = [];
    for (let col = 0; col < c.gas.length; col++) {
      if (c.gas[col]! > 0) terms.push([col, w[c.step[col]!]! * c.gas[col]! * factor]);
    }
    return terms;
  };
  if (pol.co2CapT.enabled) {
    const terms = gasTerms(ctx.prices.gasCo2TPerMwh);
    for (let col = 0; col < c.coal.length; col++) {
      if (c.coal[col]! > 0) terms.push([col, w[c.step[col]!]! * c.coal[col]! * ctx.prices.coalCo2TPerTce]);
    }
    gridImport.forEach((col, t) => terms.push([col, w[t]! * ctx.prices.gridCo2TPerMwh]));
    rows['co2CapT'] = ctx.addRow('policy_co2_cap', -Infinity, pol.co2CapT.value, terms);
  }
  if (pol.gasMaxMwh.enabled)
    rows['gasMaxMwh'] = ctx.addRow('policy_gas_max', -Infinity, pol.gasMaxMwh.value, gasTerms(1));
  return rows;
}
