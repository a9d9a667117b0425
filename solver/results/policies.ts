// Policy constraints (MODEL §7): achieved value, whether each binds, and its shadow price.
import type { Scenario } from '../scenario';
import type { DispatchModel } from '../model/build';
import type { SolveOutcome } from '../lp/linear-model';
import type { Kpis, PolicyState } from './types';
import { CARRIERS } from '../carriers';

/** Relative slack below which a limit counts as binding. */
const BINDING_TOLERANCE = 1e-6;
/** Percentage points per unit share. */
const PP_PER_UNIT = 100;

/**
 * States of the enabled policies. Shadow prices are the cost of tightening each limit by one unit
 * (positive when binding): for the share row Σ w·geo − s·Σ w·q ≥ 0 with dual λ, raising s by one
 * percentage point moves the row's bound by H_prod/100, so the price is λ·H_prod/100 CNY per pp;
 * for the caps (≤ rows) it is −λ CNY per tCO2 or per MWh of gas.
 */
export function policyStates(
  s: Scenario,
  model: DispatchModel,
  outcome: SolveOutcome,
  season: Kpis,
): PolicyState[] {
  const out: PolicyState[] = [];
  const dual = (id: string) => {
    const row = model.policyRows[id];
    return row === undefined || !outcome.rowDual ? null : outcome.rowDual[row]!;
  };
  const binds = (achieved: number, limit: number, d: number | null) =>
    Math.abs(achieved - limit) <= BINDING_TOLERANCE * Math.max(1, Math.abs(limit)) ||
    (d !== null && Math.abs(d) > 1e-9);
  const p = s.policies;
  const caps: { id: 'co2CapT' | 'gasMaxMwh'; achieved: number; unit: string; priceUnit: string }[] = [
    { id: 'co2CapT', achieved: season.co2T, unit: 'tCO2', priceUnit: 'CNY/tCO2' },
  ];
  for (const c of CARRIERS) {
    if (c.capPolicy) {
      caps.push({ id: c.capPolicy, achieved: season.carriers[c.id]!.mwh, unit: 'MWh', priceUnit: 'CNY/MWh' });
    }
  }
  if (p.minGeothermalShare.enabled) {
    const d = dual('minGeothermalShare');
    out.push({
      id: 'minGeothermalShare',
      limit: p.minGeothermalShare.value,
      unit: 'share',
      achieved: season.geothermalShare,
      binding: binds(season.geothermalShare, p.minGeothermalShare.value, d),
      shadowPrice: d === null ? null : (d * season.heatProducedMWh) / PP_PER_UNIT,
      shadowPriceUnit: 'CNY/pp',
    });
  }
  for (const cap of caps) {
    if (!p[cap.id].enabled) continue;
    const d = dual(cap.id);
    out.push({
      id: cap.id,
      limit: p[cap.id].value,
      unit: cap.unit,
      achieved: cap.achieved,
      binding: binds(cap.achieved, p[cap.id].value, d),
      shadowPrice: d === null ? null : -d,
      shadowPriceUnit: cap.priceUnit,
    });
  }
  return out;
}
