// HiGHS backend: one WASM instance per session, a kept typed-array model for warm re-solves, normalised outcomes.
import loadHighs from 'highs';
import type { Highs, InitOptions, Model as HighsModel, ModelStatusCode } from 'highs';
import type { CompiledLp, SolveOptions, SolveOutcome } from '../lp/linear-model';
import { errorText, failedOutcome, nowMs } from './common';
import { highsWasmSource } from './highs-wasm-source';
import { disposeQuietly, emptyOutcome, normaliseHighsStatus, STATUS_NAMES } from './highs-status';

export { normaliseHighsStatus };
import {
  applyDifferences,
  sameNames,
  snapshot,
  toModelData,
  type ChangeCounts,
  type LoadedData,
} from './highs-update';
import { warmResultProblem } from './warm-guard';
import { SIMPLEX_DUAL, SIMPLEX_PRIMAL, warmSimplex, type SolveReport, type WarmStrategy } from './highs-warm';

export type { SolveReport, WarmStrategy };

/** The loaded HiGHS runtime (the `highs` package's module object). */
export type HighsModule = Highs;

/** Loads a fresh HiGHS runtime; each call must return a new, independent WASM instance. */
export interface HighsLoader {
  (): Promise<HighsModule>;
}

/** Options of {@link HighsSession.create}. */
export interface HighsSessionOptions {
  /** Where the browser/worker finds `highs.wasm` (Node finds it by itself). */
  readonly locateFile?: (file: string) => string;
  /** The `highs.wasm` bytes, when the host has them already. */
  readonly wasmBinary?: ArrayBuffer;
  /** The compiled `highs.wasm` (a WebAssembly.Module): instances start without compiling it again. */
  readonly wasmModule?: InitOptions['wasmModule'];
  /** Replaces the default loader (tests use it to inject faults); `locateFile`/`wasmBinary` are then ignored. */
  readonly loader?: HighsLoader;
  /**
   * HiGHS presolve for cold solves; default 'off'. On the Energy Island No. 1 season LP (79,728 columns)
   * presolve costs more than it saves: about 600 ms off vs 900 ms on for dual simplex here (both the same
   * optimum); warm re-solves start from the basis and skip presolve either way.
   */
  readonly presolve?: 'off' | 'choose' | 'on';
  /**
   * Simplex for warm re-solves; default 'auto' (dual: measured fastest after both cost and bound changes on the
   * season LP, see highs-warm.ts). Cold solves use HiGHS' dual simplex.
   */
  readonly warmStrategy?: WarmStrategy;
}

interface Kept {
  readonly model: HighsModel;
  data: LoadedData;
  /** Whether the last run left a valid simplex basis in the model. */
  hasBasis: boolean;
  /** The model's time_limit option (HiGHS' default is +Infinity, which the JS API cannot set back). */
  timeLimit: number;
  /** The model's simplex_strategy (HiGHS' default is dual). */
  strategy: 'primal' | 'dual';
}

/** Stands for "no limit" once a limit was set (option values must be finite). */
const NO_TIME_LIMIT = Number.MAX_VALUE;

/**
 * Owns one HiGHS WASM instance and, optionally, one persistent model for warm re-solves.
 * Models are built only through the typed-array API (never LP text). Not re-entrant: one solve at a time,
 * off the UI thread (HiGHS blocks its thread).
 */
export class HighsSession {
  private runtime: HighsModule | null;
  private reloading: Promise<void> | null = null;
  private reloadError: unknown = null;
  private kept: Kept | null = null;
  private report: SolveReport | null = null;
  /** Warm results checked / failed the check and were solved again cold, over this session's life. */
  readonly guardCounts = { checked: 0, failed: 0 };

  private constructor(
    private readonly loader: HighsLoader,
    runtime: HighsModule,
    private readonly presolve: 'off' | 'choose' | 'on',
    private readonly warmStrategy: WarmStrategy,
  ) {
    this.runtime = runtime;
  }

  /** How the last solve started, which simplex ran and what the warm guard found (null before any solve). */
  get lastReport(): SolveReport | null {
    return this.report;
  }

  /** Loads a HiGHS instance. Node finds highs.wasm by itself; a browser/worker may pass `locateFile`. */
  static async create(options: HighsSessionOptions = {}): Promise<HighsSession> {
    const { locateFile, wasmBinary } = options;
    const source = highsWasmSource();
    const compiled = (): Promise<InitOptions['wasmModule']> =>
      options.wasmModule !== undefined || wasmBinary || !source
        ? Promise.resolve(options.wasmModule)
        : (source() as Promise<InitOptions['wasmModule']>);
    const loader: HighsLoader =
      options.loader ??
      (async () => {
        const wasmModule = await compiled();
        return loadHighs({
          ...(locateFile ? { locateFile } : {}),
          ...(wasmBinary ? { wasmBinary } : {}),
          ...(wasmModule ? { wasmModule } : {}),
        });
      });
    return new HighsSession(
      loader,
      await loader(),
      options.presolve ?? 'off',
      options.warmStrategy ?? 'auto',
    );
  }

  /** Whether a healthy instance is loaded (false only while reloading after a failure). */
  get isReady(): boolean {
    return this.runtime !== null;
  }

  /**
   * Resolves once a healthy instance is loaded: immediately, unless a HiGHS exception discarded the instance,
   * in which case this waits for (or retries) the reload. Callers await it before each solve.
   */
  async ready(): Promise<void> {
    if (this.runtime !== null) return;
    this.reloading ??= this.reload();
    await this.reloading;
    if (this.runtime === null) throw new Error(`HiGHS could not be reloaded: ${errorText(this.reloadError)}`);
  }

  /**
   * Solves `lp`. If the previous solve had the SAME column and row names in the same order, the differences are
   * loaded into the kept model (targeted changeColsCost/changeColsBounds/changeRowsBounds/changeCoefficient;
   * passModel + setBasis when the sparsity pattern changed) and the previous basis is reused
   * (`outcome.warmStart`). Otherwise the kept model is disposed and a new one created.
   * After any exception from HiGHS the model and the WASM instance are discarded and a fresh instance is loaded;
   * until it is ready, solve returns status 'error' (await {@link ready} first).
   */
  solve(lp: CompiledLp, options: SolveOptions = {}): SolveOutcome {
    const started = nowMs();
    const runtime = this.runtime;
    if (runtime === null) {
      this.reloading ??= this.reload();
      return failedOutcome('highs', 'error', 'HiGHS is reloading after a failure; await session.ready()', 0);
    }
    if (lp.numCols === 0) return emptyOutcome(lp, started);
    try {
      const counts: ChangeCounts = { costs: 0, colBounds: 0, rowBounds: 0, coefficients: 0 };
      const { kept, warmStart } = this.load(runtime, lp, counts);
      const strategy = warmStart ? warmSimplex(this.warmStrategy, counts) : 'dual';
      const first = this.runKept(runtime, kept, strategy, options, started, warmStart);
      if (!warmStart || first.status !== 'optimal') {
        this.report = {
          start: warmStart ? 'warm' : 'cold',
          strategy,
          changes: warmStart ? counts : null,
          guard: 'none',
          guardProblem: null,
        };
        return first;
      }
      this.guardCounts.checked++;
      const problem = warmResultProblem(lp, first.x, first.objective);
      if (problem === null) {
        this.report = { start: 'warm', strategy, changes: counts, guard: 'passed', guardProblem: null };
        return first;
      }
      // A wrong warm "optimum": forget the model and its basis, and solve this LP from scratch.
      this.guardCounts.failed++;
      this.dispose();
      const again = this.load(runtime, lp, counts);
      const cold = this.runKept(runtime, again.kept, 'dual', options, started, false);
      this.report = { start: 'warm', strategy, changes: counts, guard: 'failed', guardProblem: problem };
      return {
        ...cold,
        statusText: `${cold.statusText} (warm result failed its check: ${problem}; solved cold)`,
      };
    } catch (error) {
      this.discardInstance();
      return failedOutcome(
        'highs',
        'error',
        `HiGHS threw ${errorText(error)}; the instance was discarded and is being reloaded`,
        nowMs() - started,
      );
    }
  }

  /** Runs the kept model with `strategy` and reads its outcome. */
  private runKept(
    runtime: HighsModule,
    kept: Kept,
    strategy: 'primal' | 'dual',
    options: SolveOptions,
    started: number,
    warmStart: boolean,
  ): SolveOutcome {
    const model = kept.model;
    applyTimeLimit(kept, options.timeLimitSec);
    if (kept.strategy !== strategy) {
      model.options.set('simplex_strategy', strategy === 'primal' ? SIMPLEX_PRIMAL : SIMPLEX_DUAL);
      kept.strategy = strategy;
    }
    model.zeroAllClocks();
    let code = model.run().modelStatus;
    let note = '';
    if (code === runtime.constants.modelStatus.unboundedOrInfeasible && this.presolve !== 'off') {
      // Presolve could not tell which: a run without presolve decides.
      model.options.set('presolve', 'off');
      try {
        code = model.run().modelStatus;
        note = ' (after presolve reported UnboundedOrInfeasible)';
      } finally {
        model.options.set('presolve', this.presolve);
      }
    }
    kept.hasBasis = model.info.get('basis_validity') === runtime.constants.basisValidity.valid;
    return this.outcome(
      model,
      code,
      `HiGHS: ${STATUS_NAMES[code] ?? String(code)}${note}`,
      started,
      warmStart,
    );
  }

  /** Disposes the kept model (idempotent). The session stays usable; the next solve starts cold. */
  dispose(): void {
    const kept = this.kept;
    this.kept = null;
    if (kept) disposeQuietly(kept.model);
  }

  private load(
    runtime: HighsModule,
    lp: CompiledLp,
    counts: ChangeCounts,
  ): { kept: Kept; warmStart: boolean } {
    const kept = this.kept;
    if (kept && sameNames(kept.data, lp)) {
      const hadBasis = kept.hasBasis;
      applyDifferences(kept.model, kept.data, lp, () => (hadBasis ? kept.model.getBasis() : null), counts);
      kept.data = snapshot(lp);
      return { kept, warmStart: hadBasis };
    }
    this.dispose();
    const model = runtime.createModel();
    try {
      model.options.set({ output_flag: false, log_to_console: false, presolve: this.presolve });
      model.passModel(toModelData(lp));
    } catch (error) {
      disposeQuietly(model);
      throw error;
    }
    const fresh: Kept = { model, data: snapshot(lp), hasBasis: false, timeLimit: Infinity, strategy: 'dual' };
    this.kept = fresh;
    return { kept: fresh, warmStart: false };
  }

  private outcome(
    model: HighsModel,
    code: ModelStatusCode,
    statusText: string,
    started: number,
    warmStart: boolean,
  ): SolveOutcome {
    const status = normaliseHighsStatus(code);
    const iterations = Number(model.info.get('simplex_iteration_count'));
    if (status !== 'optimal') {
      return failedOutcome('highs', status, statusText, nowMs() - started, { iterations, warmStart });
    }
    const solution = model.getSolution();
    return {
      status,
      statusText,
      backend: 'highs',
      objective: model.getObjectiveValue(),
      x: solution.colValue,
      rowDual: solution.rowDual,
      iterations,
      warmStart,
      solveMs: nowMs() - started,
    };
  }

  /** After an exception: the model and the WASM instance may be broken, so drop both and load a fresh one. */
  private discardInstance(): void {
    const kept = this.kept;
    this.kept = null;
    if (kept) disposeQuietly(kept.model);
    this.runtime = null;
    this.reloading ??= this.reload();
  }

  /** Never rejects: a failed load is kept in `reloadError` and retried by the next {@link ready}. */
  private async reload(): Promise<void> {
    try {
      this.runtime = await this.loader();
      this.reloadError = null;
    } catch (error) {
      this.reloadError = error;
    } finally {
      this.reloading = null;
    }
  }
}

/** Sets the kept model's time_limit when it changes (HiGHS' +Infinity default cannot be set back). */
function applyTimeLimit(kept: Kept, seconds: number | undefined): void {
  const limited = seconds !== undefined && Number.isFinite(seconds) && seconds > 0;
  const wanted = limited ? seconds : kept.timeLimit === Infinity ? Infinity : NO_TIME_LIMIT;
  if (wanted === kept.timeLimit) return;
  kept.model.options.set('time_limit', wanted);
  kept.timeLimit = wanted;
}
