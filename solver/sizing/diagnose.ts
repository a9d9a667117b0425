// Names the constraint that makes a sizing model infeasible: each optional one is dropped in turn.
import type { Scenario } from '../scenario';
import type { WeatherYear } from '../weather';
import type { Mode } from '../model/steps';
import { solveLp } from '../run';
import { buildSizingModel, relaxIntegers } from './model';
import { sizingPlan } from './plan';

/** The optional constraints of sizing mode, with how to switch each off and how to name it. */
const OPTIONAL: readonly {
  readonly name: (s: Scenario) => string;
  readonly on: (s: Scenario) => boolean;
  readonly off: (s: Scenario) => Scenario;
}[] = [
  {
    name: (s) => `sizing.designCheck (design check${s.sizing.nMinus1 ? ' with N−1' : ''})`,
    on: (s) => s.sizing.designCheck,
    off: (s) => ({ ...s, sizing: { ...s.sizing, designCheck: false } }),
  },
  {
    name: (s) => `sizing.capexBudgetCny (CAPEX budget ${s.sizing.capexBudgetCny.value} CNY)`,
    on: (s) => s.sizing.capexBudgetCny.enabled,
    off: (s) => ({
      ...s,
      sizing: { ...s.sizing, capexBudgetCny: { ...s.sizing.capexBudgetCny, enabled: false } },
    }),
  },
  {
    name: (s) => `policies.minGeothermalShare (${s.policies.minGeothermalShare.value * 100} %)`,
    on: (s) => s.policies.minGeothermalShare.enabled,
    off: (s) => ({
      ...s,
      policies: { ...s.policies, minGeothermalShare: { ...s.policies.minGeothermalShare, enabled: false } },
    }),
  },
  {
    name: (s) => `policies.co2CapT (${s.policies.co2CapT.value} tCO2)`,
    on: (s) => s.policies.co2CapT.enabled,
    off: (s) => ({ ...s, policies: { ...s.policies, co2CapT: { ...s.policies.co2CapT, enabled: false } } }),
  },
  {
    name: (s) => `policies.gasMaxMwh (${s.policies.gasMaxMwh.value} MWh)`,
    on: (s) => s.policies.gasMaxMwh.enabled,
    off: (s) => ({
      ...s,
      policies: { ...s.policies, gasMaxMwh: { ...s.policies.gasMaxMwh, enabled: false } },
    }),
  },
];

/**
 * The enabled optional constraints whose removal alone makes the sizing LP (integers relaxed) feasible, by
 * JSON path and value; empty when none does (the bounds themselves cannot meet the demand, or several
 * constraints conflict together).
 */
export async function infeasibleConstraints(
  s: Scenario,
  weather: WeatherYear,
  opts: { mode: Mode; measuredDemandMw?: Float64Array },
): Promise<string[]> {
  const culprits: string[] = [];
  for (const c of OPTIONAL) {
    if (!c.on(s)) continue;
    const relaxed = c.off(s);
    const plan = sizingPlan(relaxed);
    if (!plan.ok) continue;
    const m = buildSizingModel(relaxed, weather, plan.value, { ...opts, fixed: false });
    const outcome = await solveLp(relaxIntegers(m.compiled), 'highs', {});
    if (outcome.status === 'optimal') culprits.push(c.name(s));
  }
  return culprits;
}
