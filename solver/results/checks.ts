// Invariants checked on every solved result: balances at every step, recomputed cost = objective (MODEL §9).
import { carrierPriceAt, type PriceData } from '../model/build-context';
import { CARRIERS, HEAT_BUS } from '../carriers';
import { exportCost } from './sign';
import type { HourlySeries, InvariantReport } from './types';

/** Largest balance residual accepted, MW (MODEL §9). */
export const BALANCE_TOLERANCE_MW = 1e-6;
/** Largest relative gap between recomputed cost and the LP objective (MODEL §9). */
export const OBJECTIVE_TOLERANCE = 1e-6;

/**
 * Checks, from the hourly series alone (not from the LP):
 *   heat:  Σ_k q_k,t + Σ_s (dis − ch)_s,t + u_t − dump_t − D_t = 0
 *   elec:  imp_t + Σ_g p_g,t + Σ_b (dis − ch)_b,t − Σ_k e_k,t − exp_t = 0
 *   cost:  Σ_t w_t·[Σ_c (π_c,t + π_CO2·EF_c)·F_c,t − π_exp·exp_t + VOM_t + VOLL·u_t
 *          + π_dump·(dump_t + rejected_t)] = objective      (c over the bought carriers, F_c,t its MWh)
 * and that no flow or level is negative. Tolerances scale with the size of the terms.
 */
export function checkInvariants(h: HourlySeries, prices: PriceData, objective: number): InvariantReport {
  const problems: string[] = [];
  let maxHeat = 0;
  let maxElec = 0;
  let cost = 0;
  let scale = 0;
  const carriers = CARRIERS.map((c) => ({
    price: prices.carriers[c.id]!,
    carbon: prices.carbonCnyPerT * prices.carriers[c.id]!.co2TPerMwh,
    mw: h.carrierMw[c.id]!,
  }));
  for (let t = 0; t < h.n; t++) {
    let heat = h.unservedMw[t]! - h.dumpMw[t]! - h.demandMw[t]!;
    let elec = h.gridImportMw[t]! - h.gridExportMw[t]!;
    let magnitude = h.demandMw[t]!;
    for (const s of Object.values(h.heatMw)) heat += s[t]!;
    for (const s of Object.values(h.renewableMw)) elec += s[t]!;
    for (const s of Object.values(h.electricityUseMw)) {
      elec -= s[t]!;
      magnitude = Math.max(magnitude, s[t]!);
    }
    for (const s of Object.values(h.storage)) {
      const net = s.dischargeMw[t]! - s.chargeMw[t]!;
      if (s.carrier === HEAT_BUS.id) heat += net;
      else elec += net;
      if (s.levelMwh[t]! < -BALANCE_TOLERANCE_MW) problems.push(`negative storage level at step ${t}`);
    }
    const tol = BALANCE_TOLERANCE_MW * Math.max(1, magnitude);
    if (Math.abs(heat) > tol)
      problems.push(`heat balance off by ${heat.toExponential(2)} MW at step ${t} (${h.label[t]})`);
    if (Math.abs(elec) > tol)
      problems.push(`electricity balance off by ${elec.toExponential(2)} MW at step ${t} (${h.label[t]})`);
    maxHeat = Math.max(maxHeat, Math.abs(heat));
    maxElec = Math.max(maxElec, Math.abs(elec));
    const w = h.weight[t]!;
    let terms = exportCost(prices.exportCnyPerMwh ?? 0) * h.gridExportMw[t]!;
    for (const c of carriers) terms += (carrierPriceAt(c.price, t) + c.carbon) * c.mw[t]!;
    terms +=
      h.vomCnyPerH[t]! +
      prices.vollCnyPerMwh * h.unservedMw[t]! +
      prices.dumpCnyPerMwh * (h.dumpMw[t]! + h.rejectedHeatMw[t]!);
    cost += w * terms;
    scale += w * Math.abs(terms);
    for (const [name, s] of [
      ['import', h.gridImportMw],
      ['export', h.gridExportMw],
      ['unserved', h.unservedMw],
      ['dump', h.dumpMw],
    ] as const) {
      if (s[t]! < -BALANCE_TOLERANCE_MW) problems.push(`negative ${name} at step ${t}`);
    }
  }
  const relative = Math.abs(cost - objective) / Math.max(1, Math.abs(objective), scale * 1e-3);
  if (relative > OBJECTIVE_TOLERANCE) {
    problems.push(
      `recomputed cost ${cost.toFixed(2)} CNY differs from the objective ${objective.toFixed(2)} CNY`,
    );
  }
  return {
    ok: problems.length === 0,
    maxHeatImbalanceMw: maxHeat,
    maxElecImbalanceMw: maxElec,
    objectiveRecomputedCny: cost,
    objectiveRelativeError: relative,
    problems: problems.slice(0, 20),
  };
}
