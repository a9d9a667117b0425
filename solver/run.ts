// The engine's entry point: scenario + weather → prepared series → LP → solve → results with invariants.
import type { Scenario } from './scenario';
import type { WeatherYear } from './weather';
import type { BackendName, CompiledLp, SolveOutcome } from './lp/linear-model';
import { prepareSeason, type PreparedSeason } from './model/prepare';
import { representativeSteps, seasonSteps, type Mode, type ModelSteps } from './model/steps';
import { buildDispatchModel, type DispatchModel } from './model/build';
import { designCheck } from './model/design-check';
import { extractHourly } from './results/extract';
import { computeKpis, emptyKpis, type KpiContext } from './results/kpis';
import { checkInvariants } from './results/checks';
import { policyStates } from './results/policies';
import type { DispatchResult } from './results/types';
import { capacityOf } from './catalog';
import { HighsSession } from './backends/highs';
import { plantEconomics } from './economics';
import { solveWithJsLp } from './backends/jslp';

/** Phases reported to a progress bar. */
export type RunPhase = 'prepare' | 'build' | 'solve' | 'extract';

export interface RunOptions {
  /** Defaults to the scenario's solver settings. */
  readonly mode?: Mode;
  readonly backend?: BackendName;
  readonly typicalDaysPerPeriod?: number;
  readonly timeLimitSec?: number;
  /** A kept HiGHS session: re-solves of the same structure start from the previous basis. */
  readonly highs?: HighsSession;
  /** Measured demand per season hour when the scenario's demand is a measured profile. */
  readonly measuredDemandMw?: Float64Array;
  /** Leave out the hourly series (smaller results, e.g. for comparisons). Default true. */
  readonly includeHourly?: boolean;
  readonly onProgress?: (phase: RunPhase) => void;
}

/** A built, not yet solved, model: for --export-lp and --export-inputs, and the first half of a run. */
export interface BuiltModel {
  readonly prepared: PreparedSeason;
  readonly steps: ModelSteps;
  readonly model: DispatchModel;
  readonly compiled: CompiledLp;
  readonly prepareMs: number;
  readonly buildMs: number;
}

/** High-resolution clock where the runtime has one (Node, browsers, workers); the solver's lib has no DOM types. */
const clock = (globalThis as { performance?: { now(): number } }).performance;
export const now = (): number => (clock ? clock.now() : Date.now());

/** Prepares the season series and builds the LP for the chosen mode. */
export function buildModel(s: Scenario, weather: WeatherYear, opts: RunOptions = {}): BuiltModel {
  const t0 = now();
  opts.onProgress?.('prepare');
  const prepared = prepareSeason(s, weather, opts.measuredDemandMw);
  const mode = opts.mode ?? s.solver.mode;
  const steps =
    mode === 'season'
      ? seasonSteps(prepared)
      : representativeSteps(prepared, opts.typicalDaysPerPeriod ?? s.solver.typicalDaysPerPeriod);
  const t1 = now();
  opts.onProgress?.('build');
  const model = buildDispatchModel(s, steps, prepared.instances);
  const compiled = model.lp.compile();
  return { prepared, steps, model, compiled, prepareMs: t1 - t0, buildMs: now() - t1 };
}

/** Solves a compiled LP with the chosen backend. */
export async function solveLp(lp: CompiledLp, backend: BackendName, opts: RunOptions): Promise<SolveOutcome> {
  const timeLimitSec = opts.timeLimitSec;
  if (backend === 'jslp') return solveWithJsLp(lp, { timeLimitSec });
  if (opts.highs) {
    await opts.highs.ready();
    return opts.highs.solve(lp, { timeLimitSec });
  }
  const session = await HighsSession.create();
  try {
    await session.ready();
    return session.solve(lp, { timeLimitSec });
  } finally {
    session.dispose();
  }
}

/** Runs one scenario end to end. Never hides unserved heat; invariants are checked on every optimal result. */
export async function runDispatch(
  s: Scenario,
  weather: WeatherYear,
  opts: RunOptions = {},
): Promise<DispatchResult> {
  const start = now();
  return solveBuilt(s, weather, buildModel(s, weather, opts), opts, start);
}

/** Solves an already built model and assembles the results (timings counted from `start`). */
export async function solveBuilt(
  s: Scenario,
  weather: WeatherYear,
  built: BuiltModel,
  opts: RunOptions,
  start: number,
): Promise<DispatchResult> {
  const backend = opts.backend ?? s.solver.backend;
  opts.onProgress?.('solve');
  const outcome = await solveLp(built.compiled, backend, {
    ...opts,
    timeLimitSec: opts.timeLimitSec ?? s.solver.timeLimitSec,
  });
  const t2 = now();
  opts.onProgress?.('extract');
  const result = assembleResult(s, weather, built, outcome, opts.includeHourly ?? true);
  const extractMs = now() - t2;
  return {
    ...result,
    timings: {
      prepareMs: built.prepareMs,
      buildMs: built.buildMs,
      solveMs: outcome.solveMs,
      extractMs,
      totalMs: now() - start,
    },
  };
}

function assembleResult(
  s: Scenario,
  weather: WeatherYear,
  built: BuiltModel,
  outcome: SolveOutcome,
  includeHourly: boolean,
): Omit<DispatchResult, 'timings'> {
  const { prepared, steps, model, compiled } = built;
  const instances = prepared.instances.map((p) => ({
    id: p.id,
    type: p.type,
    label: p.label,
    capacity: capacityOf(p.def, p.params),
    capacityUnit: p.def.capacityUnit,
  }));
  const measuredPeak = s.demand.kind === 'measured' ? Math.max(...prepared.demandMw) : null;
  const base = {
    scenarioName: s.name,
    mode: steps.mode,
    backend: outcome.backend,
    status: outcome.status,
    statusText: outcome.statusText,
    objectiveCny: outcome.objective,
    warmStart: outcome.warmStart,
    iterations: outcome.iterations,
    designCheck: designCheck(s, weather, prepared.instances, measuredPeak),
    instances,
    lpSize: { columns: compiled.numCols, rows: compiled.numRows, nonzeros: compiled.matrix.values.length },
    weatherAttribution: weather.source.attribution,
  };
  if (outcome.status !== 'optimal') {
    const empty = emptyKpis();
    return { ...base, season: empty, periods: [], hourly: null, policies: [], invariants: null };
  }
  const hourly = extractHourly(model, steps, outcome.x, outcome.rowDual);
  const prices = model.prices;
  const ctx: KpiContext = {
    scenario: s,
    prices,
    typeOf: Object.fromEntries(prepared.instances.map((p) => [p.id, p.type])),
    storageEnergyMwh: Object.fromEntries(
      prepared.instances
        .filter((p) => p.def.archetype === 'storage')
        .map((p) => [p.id, p.params['energyMwh'] ?? 0]),
    ),
    areaM2: heatedArea(s),
  };
  const season = computeKpis(hourly, ctx, () => true);
  const periods = s.periods.map((p, i) => ({
    ...computeKpis(hourly, ctx, (t) => hourly.period[t] === i),
    id: p.id,
    label: p.label,
    days: prepared.periods.daysPerPeriod[i] ?? 0,
  }));
  return {
    ...base,
    season,
    periods,
    economics: plantEconomics(s, weather, prepared, model, outcome.x, season, periods, ctx.areaM2),
    hourly: includeHourly ? hourly : null,
    policies: policyStates(s, model, outcome, season),
    invariants: checkInvariants(hourly, prices, outcome.objective),
  };
}

/** Heated floor area, m² (for CNY/m²). */
export function heatedArea(s: Scenario): number {
  return s.demand.kind === 'degreeHour' ? s.demand.blocks.reduce((a, b) => a + b.areaM2, 0) : s.demand.areaM2;
}
