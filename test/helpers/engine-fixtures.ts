// Builders for engine tests: tiny hand-checkable dispatch models through the real builder, scenarios, both backends.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultParams, technologyById } from '../../solver/catalog';
import type { SeriesEnv, TechSeries } from '../../solver/catalog/types';
import { buildDispatchModel, type DispatchModel } from '../../solver/model/build';
import type { PreparedInstance } from '../../solver/model/prepare';
import type { ModelSteps } from '../../solver/model/steps';
import type { BackendName, CompiledLp, SolveOutcome } from '../../solver/lp/linear-model';
import { HighsSession } from '../../solver/backends/highs';
import { solveWithJsLp } from '../../solver/backends/jslp';
import { extractHourly } from '../../solver/results/extract';
import { computeKpis, type KpiContext } from '../../solver/results/kpis';
import { checkInvariants } from '../../solver/results/checks';
import { policyStates } from '../../solver/results/policies';
import type { HourlySeries, InvariantReport, Kpis, PolicyState } from '../../solver/results/types';
import { heatedArea } from '../../solver/run';
import { validateScenario, type Scenario } from '../../solver/scenario';

/** A scenario file as plain JSON (edited by tests before validation). */
export type JsonObject = Record<string, unknown>;

/** Bundled scenario file names without `.json`. */
export type BundledScenario =
  'energy-island-1' | 'baseline-coal' | 'baseline-gas' | 'baseline-ashp' | 'lanzhou-south-station';

/** Absolute path of a bundled scenario file. */
export function scenarioPath(name: BundledScenario): string {
  return fileURLToPath(new URL(`../../scenarios/${name}.json`, import.meta.url));
}

/** A fresh, mutable copy of a bundled scenario's JSON. */
export function rawScenario(name: BundledScenario = 'energy-island-1'): JsonObject {
  return JSON.parse(readFileSync(scenarioPath(name), 'utf8')) as JsonObject;
}

/** Validates `raw` and returns the scenario; throws with every issue when it is invalid. */
export function validScenario(raw: unknown): Scenario {
  const checked = validateScenario(raw);
  if (!checked.ok) throw new Error(`invalid test scenario: ${JSON.stringify(checked.issues)}`);
  return checked.value;
}

/** A nested object field of a JSON object (throws when it is missing: a broken fixture). */
export function obj(o: JsonObject, key: string): JsonObject {
  const v = o[key];
  if (v === null || typeof v !== 'object' || Array.isArray(v))
    throw new Error(`fixture: ${key} is not an object`);
  return v as JsonObject;
}

/** The technology instances of a raw scenario. */
export function techs(raw: JsonObject): JsonObject[] {
  return raw['technologies'] as JsonObject[];
}

/**
 * Energy Island No. 1 prices and factors with every policy off, edited by `edit` (on the raw JSON) and
 * validated: the scenario half of a micro-model (its technologies are ignored by {@link buildMicro}).
 */
export function microScenario(edit: (raw: JsonObject) => void = () => undefined): Scenario {
  const raw = rawScenario();
  edit(raw);
  return validScenario(raw);
}

/**
 * Energy Island No. 1 (or another bundled scenario) cut to `days` days of January from 01-01 — the coldest days
 * of the Taiyuan year, so the boilers run too — with one period covering them: every technology on the real
 * weather, small enough (24·days steps) to solve in well under a second.
 */
export function shortIslandRaw(days = 3, name: BundledScenario = 'energy-island-1'): JsonObject {
  const raw = rawScenario(name);
  const end = `01-${String(days).padStart(2, '0')}`;
  raw['season'] = { start: '01-01', end };
  raw['periods'] = [{ id: 'deep', label: { zh: '严寒期', en: 'Deep cold' }, start: '01-01', end }];
  return raw;
}

/** One technology instance of a micro-model. */
export interface MicroInstance {
  readonly type: string;
  /** Defaults to `${type}_1`. */
  readonly id?: string;
  /** Overrides of the catalog defaults. */
  readonly params?: Readonly<Record<string, number>>;
  /** Series per step; by default computed by the technology's own series() from the step weather. */
  readonly series?: TechSeries;
}

/** A micro-model: a few steps with given demand, electricity price, weights and weather. */
export interface MicroSpec {
  readonly demandMw: readonly number[];
  /** π_el,t, CNY/MWh; default valley/flat/peak 247.5, 550, 880 repeated. */
  readonly priceEl?: readonly number[];
  /** w_t; default 1 (season-style). */
  readonly weight?: readonly number[];
  /** Period index per step; default 0. */
  readonly period?: readonly number[];
  /** Storage cycles; default one group over all steps. */
  readonly cyclicGroups?: readonly { readonly start: number; readonly length: number }[];
  /** Outdoor temperature, °C; default 0. */
  readonly tOutC?: readonly number[];
  /** Irradiance, W/m², used as GHI and as plane-of-array irradiance on every tilt; default 0. */
  readonly ghiWm2?: readonly number[];
  /** Wind at 10 m, m/s; default 0. */
  readonly wind10Ms?: readonly number[];
  readonly instances: readonly MicroInstance[];
  /** Prices, factors and policies; default {@link microScenario}(). */
  readonly scenario?: Scenario;
  /** Keep the given instance order instead of sorting by catalog order (as prepareSeason does). */
  readonly keepOrder?: boolean;
}

/** Valley, flat and peak of the Shanxi tariff at 550 CNY/MWh flat (×0.45, ×1, ×1.6). */
export const VALLEY_FLAT_PEAK: readonly number[] = [247.5, 550, 880];

/** A built micro-model. */
export interface MicroModel {
  readonly scenario: Scenario;
  readonly steps: ModelSteps;
  readonly prepared: readonly PreparedInstance[];
  readonly model: DispatchModel;
  readonly compiled: CompiledLp;
}

function seriesOf(values: readonly number[] | undefined, n: number, fallback: number): Float64Array {
  if (values && values.length !== n)
    throw new Error(`fixture: series of length ${values.length}, expected ${n}`);
  return Float64Array.from({ length: n }, (_, t) => values?.[t] ?? fallback);
}

/** A prepared instance of `type` with the catalog defaults overridden by `inst.params`. */
export function microInstance(inst: MicroInstance, env: SeriesEnv): PreparedInstance {
  const def = technologyById(inst.type);
  if (!def) throw new Error(`fixture: unknown technology ${inst.type}`);
  const params = { ...defaultParams(def), ...inst.params };
  const series = inst.series ?? (def.series ? def.series(params, env) : {});
  return { id: inst.id ?? `${inst.type}_1`, type: inst.type, def, params, series };
}

/** Builds a micro-model through the real builder (buildDispatchModel) and compiles it. */
export function buildMicro(spec: MicroSpec): MicroModel {
  const n = spec.demandMw.length;
  const scenario = spec.scenario ?? microScenario();
  const tOutC = seriesOf(spec.tOutC, n, 0);
  const ghiWm2 = seriesOf(spec.ghiWm2, n, 0);
  const wind10Ms = seriesOf(spec.wind10Ms, n, 0);
  const env: SeriesEnv = { hours: n, tOutC, ghiWm2, wind10Ms, poa: () => ghiWm2 };
  const prepared = spec.instances.map((i) => microInstance(i, env));
  if (!spec.keepOrder) prepared.sort((a, b) => a.def.order - b.def.order);
  const price = spec.priceEl ?? Array.from({ length: n }, (_, t) => VALLEY_FLAT_PEAK[t % 3]!);
  const steps: ModelSteps = {
    mode: spec.weight ? 'representative' : 'season',
    data: {
      n,
      weight: seriesOf(spec.weight, n, 1),
      period: Int32Array.from({ length: n }, (_, t) => spec.period?.[t] ?? 0),
      cyclicGroups: spec.cyclicGroups ?? [{ start: 0, length: n }],
      demandMw: seriesOf(spec.demandMw, n, 0),
      priceElCnyPerMwh: seriesOf(price, n, 0),
    },
    series: prepared.map((p) => p.series),
    tOutC,
    ghiWm2,
    grouping: null,
    label: (t) => `step ${t}`,
  };
  const model = buildDispatchModel(scenario, steps, prepared);
  return { scenario, steps, prepared, model, compiled: model.lp.compile() };
}

/** A solved micro-model, read back the way runDispatch reads a result. */
export interface Solved {
  readonly outcome: SolveOutcome;
  readonly objective: number;
  readonly hourly: HourlySeries;
  readonly kpis: Kpis;
  readonly invariants: InvariantReport;
  readonly policies: PolicyState[];
  /** Column value by LP name (throws on an unknown name). */
  col(name: string): number;
}

let highs: Promise<HighsSession> | null = null;

/** One HiGHS session per test file (a fork), created on first use. */
export async function highsSession(): Promise<HighsSession> {
  highs ??= HighsSession.create();
  const session = await highs;
  await session.ready();
  return session;
}

/** Solves a compiled LP with one backend. */
export async function solveCompiled(lp: CompiledLp, backend: BackendName): Promise<SolveOutcome> {
  if (backend === 'jslp') return solveWithJsLp(lp);
  return (await highsSession()).solve(lp);
}

/** KPI context of a micro-model (as runDispatch builds it). */
export function kpiContext(m: MicroModel): KpiContext {
  return {
    scenario: m.scenario,
    prices: m.model.prices,
    typeOf: Object.fromEntries(m.prepared.map((p) => [p.id, p.type])),
    storageEnergyMwh: Object.fromEntries(
      m.prepared.filter((p) => p.def.archetype === 'storage').map((p) => [p.id, p.params['energyMwh'] ?? 0]),
    ),
    areaM2: heatedArea(m.scenario),
  };
}

/** Solves a micro-model; throws unless optimal. */
export async function solveMicro(m: MicroModel, backend: BackendName): Promise<Solved> {
  const outcome = await solveCompiled(m.compiled, backend);
  if (outcome.status !== 'optimal') throw new Error(`${backend}: ${outcome.status} (${outcome.statusText})`);
  const hourly = extractHourly(m.model, m.steps, outcome.x, outcome.rowDual);
  const kpis = computeKpis(hourly, kpiContext(m), () => true);
  const index = new Map(m.compiled.colNames.map((name, j) => [name, j]));
  return {
    outcome,
    objective: outcome.objective,
    hourly,
    kpis,
    invariants: checkInvariants(hourly, m.model.prices, outcome.objective),
    policies: policyStates(m.scenario, m.model, outcome, kpis),
    col(name) {
      const j = index.get(name);
      if (j === undefined) throw new Error(`no column ${name}`);
      return outcome.x[j]!;
    },
  };
}

/** Relative difference |a − b|/max(1, |a|, |b|). */
export function relDiff(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
}

/** Solves with HiGHS and jslp; throws when their objectives differ by more than 1e-6 relative. */
export async function solveBoth(m: MicroModel): Promise<{ highs: Solved; jslp: Solved }> {
  const h = await solveMicro(m, 'highs');
  const j = await solveMicro(m, 'jslp');
  if (relDiff(h.objective, j.objective) > 1e-6) {
    throw new Error(`HiGHS ${h.objective} ≠ jslp ${j.objective}`);
  }
  return { highs: h, jslp: j };
}

/** Values of a per-step column family of one owner (`heat_out`, `gasBoiler_1`) for every step. */
export function stepValues(s: Solved, family: string, owner: string, n: number): number[] {
  return Array.from({ length: n }, (_, t) => s.col(`${family}__${owner}__t${String(t).padStart(4, '0')}`));
}

/** π_gas at the Energy Island defaults: 3.5 CNY/Nm³ over 35.6 MJ/Nm³ = 3.5·3600/35.6 CNY/MWh_LHV (≈ 353.9326). */
export const GAS_CNY_PER_MWH = (3.5 * 3600) / 35.6;

/** The fixed first columns of the inputs CSV (MODEL §10 / issue 2), in order. */
export const MODEL_INPUT_COLUMNS: readonly string[] = [
  'step',
  'period',
  'weight',
  't_out_c',
  'ghi_w_m2',
  'demand_mw',
  'price_el_cny_mwh',
];
