// Sizing mode end to end: plan → LP/MILP → capacities and shadow prices → the sized plant dispatched in full.
import type { Scenario } from '../scenario';
import type { WeatherYear } from '../weather';
import type { BackendName, CompiledLp, SolveOutcome, SolveStatus } from '../lp/linear-model';
import type { Mode } from '../model/steps';
import type { DispatchResult } from '../results/types';
import { InputError } from '../issues';
import { runDispatch, solveLp } from '../run';
import type { HighsSession } from '../backends/highs';
import { solveMipWithHighs, type MipProgress } from '../backends/highs-mip';
import { extractHourly } from '../results/extract';
import { computeKpis } from '../results/kpis';
import { heatedArea } from '../run';
import { buildSizingModel, reducedCost, relaxIntegers, type SizingModel } from './model';
import { sizingPlan, withCapacities, type SizedItem } from './plan';

export interface SizingOptions {
  readonly mode?: Mode;
  readonly typicalDaysPerPeriod?: number;
  /** Keep every capacity at the scenario's value (a consistency check). */
  readonly fixed?: boolean;
  readonly timeLimitSec?: number;
  /** Backend of a continuous sizing LP (a MILP always uses HiGHS). */
  readonly backend?: BackendName;
  readonly highs?: HighsSession;
  readonly measuredDemandMw?: Float64Array;
  readonly onProgress?: (p: MipProgress) => void;
  readonly shouldStop?: () => boolean;
}

/** One sized capacity, in the technology's capacity unit (a store's power in MW). */
export interface SizedCapacity {
  readonly value: number;
  readonly unit: string;
  /** Whole units (doublets, boilers), for integer capacities. */
  readonly units?: number;
  readonly lower: number;
  readonly upper: number;
  /** Value of one more unit of capacity, CNY per unit per year (−dual of its bounds); null without duals. */
  readonly shadowPriceCnyPerUnitYear: number | null;
  readonly current: number;
}

export interface SizingResult {
  readonly status: SolveStatus;
  readonly statusText: string;
  readonly mode: Mode;
  /** Sizing objective: season operating objective (with penalties) + annual capital and fixed O&M − credit. */
  readonly objectiveCny: number;
  /** The operating cost (MODEL §9) of the sizing LP's own dispatch. */
  readonly sizingLpOperatingCostCny: number;
  readonly capacities: Readonly<Record<string, SizedCapacity>>;
  readonly mip: {
    readonly gap: number | null;
    readonly nodes: number | null;
    readonly incumbentOnly: boolean;
  } | null;
  /** The scenario with the sized capacities (what "apply to scenario" writes). */
  readonly sizedScenario: Scenario | null;
  /** The sized plant dispatched in full, economics included; null unless a solution exists. */
  readonly dispatch: DispatchResult | null;
  readonly lpSize: { readonly columns: number; readonly rows: number; readonly integers: number };
  readonly timingsMs: {
    readonly build: number;
    readonly solve: number;
    readonly dispatch: number;
    readonly total: number;
  };
}

const clock = (globalThis as { performance?: { now(): number } }).performance;
const now = (): number => (clock ? clock.now() : Date.now());

/** The LP with every integer column fixed at its value and integrality dropped. */
function fixedIntegerLp(m: SizingModel, x: Float64Array): CompiledLp {
  const colLower = m.compiled.colLower.slice();
  const colUpper = m.compiled.colUpper.slice();
  for (const c of m.columns) {
    if (!c.item.integer) continue;
    const n = Math.round(x[c.col]!);
    colLower[c.col] = n;
    colUpper[c.col] = n;
  }
  return relaxIntegers(m.compiled, { colLower, colUpper });
}

async function solveSizing(
  m: SizingModel,
  opts: SizingOptions,
  timeLimitSec: number,
  mipRelGap: number,
): Promise<{
  outcome: SolveOutcome;
  duals: { lp: CompiledLp; rowDual: Float64Array } | null;
  mip: SizingResult['mip'];
}> {
  const integer = (m.compiled.integerColumns?.length ?? 0) > 0;
  if (!integer) {
    const outcome = await solveLp(m.compiled, opts.backend ?? 'highs', { timeLimitSec, highs: opts.highs });
    return {
      outcome,
      duals: outcome.rowDual ? { lp: m.compiled, rowDual: outcome.rowDual } : null,
      mip: null,
    };
  }
  const mip = await solveMipWithHighs(m.compiled, {
    timeLimitSec,
    mipRelGap,
    onProgress: opts.onProgress,
    shouldStop: opts.shouldStop,
  });
  const info = { gap: mip.mipGap, nodes: mip.mipNodes, incumbentOnly: mip.incumbentOnly };
  if (mip.x.length === 0) return { outcome: mip, duals: null, mip: info };
  const fixedLp = fixedIntegerLp(m, mip.x);
  const lp = await solveLp(fixedLp, 'highs', { timeLimitSec, highs: opts.highs });
  const duals = lp.status === 'optimal' && lp.rowDual ? { lp: fixedLp, rowDual: lp.rowDual } : null;
  return { outcome: mip, duals, mip: info };
}

/** Parameter value of a sized item at column value n (whole units rounded). */
function paramValue(it: SizedItem, n: number): number {
  return (it.integer ? Math.round(n) : Math.max(0, n)) * it.paramPerUnit;
}

/**
 * Sizes the scenario's capacities (MODEL §8) and dispatches the sized plant in full. Bad sizing input is an
 * InputError naming each path; an infeasible model is reported as status 'infeasible', never hidden.
 */
export async function runSizing(
  s: Scenario,
  weather: WeatherYear,
  opts: SizingOptions = {},
): Promise<SizingResult> {
  const start = now();
  const planned = sizingPlan(s, { fixed: opts.fixed ?? false });
  if (!planned.ok) throw new InputError(planned.issues, 'sizing input is invalid');
  const mode = opts.mode ?? s.solver.mode;
  const m = buildSizingModel(s, weather, planned.value, {
    mode,
    typicalDaysPerPeriod: opts.typicalDaysPerPeriod,
    measuredDemandMw: opts.measuredDemandMw,
    fixed: opts.fixed ?? false,
  });
  const t1 = now();
  const timeLimitSec = opts.timeLimitSec ?? s.sizing.timeLimitSec;
  const { outcome, duals, mip } = await solveSizing(m, { ...opts, mode }, timeLimitSec, s.sizing.mipRelGap);
  const t2 = now();
  const lpSize = {
    columns: m.compiled.numCols,
    rows: m.compiled.numRows,
    integers: m.compiled.integerColumns?.length ?? 0,
  };
  const x = outcome.x;
  const capacities: Record<string, SizedCapacity> = {};
  let sizingLpOperatingCostCny = Number.NaN;
  let sizedScenario: Scenario | null = null;
  let dispatch: DispatchResult | null = null;
  if (x.length > 0) {
    for (const c of m.columns) {
      const it = c.item;
      const n = x[c.col]!;
      const dual = duals ? reducedCost(duals.lp, c.col, duals.rowDual) : null;
      capacities[it.item.key] = {
        value: (it.integer ? Math.round(n) : n) * it.unitSize,
        unit: it.item.unit,
        ...(it.integer ? { units: Math.round(n) } : {}),
        lower: it.lower,
        upper: it.upper,
        shadowPriceCnyPerUnitYear: dual === null ? null : -dual / it.unitSize,
        current: it.item.value,
      };
    }
    const hourly = extractHourly(m.model, m.steps, x, null);
    const kctx = {
      scenario: s,
      prices: m.model.ctx.prices,
      typeOf: Object.fromEntries(m.prepared.instances.map((p) => [p.id, p.type])),
      storageEnergyMwh: {},
      areaM2: heatedArea(s),
    };
    sizingLpOperatingCostCny = computeKpis(hourly, kctx, () => true).operatingCostCny;
    const byKey = new Map(m.columns.map((c) => [c.item.item.key, x[c.col]!]));
    sizedScenario = withCapacities(s, m.plan, (it) => paramValue(it, byKey.get(it.item.key) ?? 0));
    dispatch = await runDispatch(sizedScenario, weather, {
      mode,
      typicalDaysPerPeriod: opts.typicalDaysPerPeriod,
      measuredDemandMw: opts.measuredDemandMw,
      highs: opts.highs,
      includeHourly: true,
    });
  }
  const t3 = now();
  return {
    status: outcome.status,
    statusText: outcome.statusText,
    mode,
    objectiveCny: outcome.objective,
    sizingLpOperatingCostCny,
    capacities,
    mip,
    sizedScenario,
    dispatch,
    lpSize,
    timingsMs: { build: t1 - start, solve: t2 - t1, dispatch: t3 - t2, total: t3 - start },
  };
}
