// HiGHS backend: one WASM instance per session, a kept typed-array model for warm re-solves, normalised outcomes.
import loadHighs from 'highs';
import type { Highs, InitOptions, Model as HighsModel, ModelStatusCode } from 'highs';
import type { CompiledLp, SolveOptions, SolveOutcome, SolveStatus } from '../lp/linear-model';
import { errorText, failedOutcome, nowMs } from './common';
import { highsWasmSource } from './highs-wasm-source';
import { applyDifferences, sameNames, snapshot, toModelData, type LoadedData } from './highs-update';

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
}

interface Kept {
  readonly model: HighsModel;
  data: LoadedData;
  /** Whether the last run left a valid simplex basis in the model. */
  hasBasis: boolean;
  /** The model's time_limit option (HiGHS' default is +Infinity, which the JS API cannot set back). */
  timeLimit: number;
}

/** Stands for "no limit" once a limit was set (option values must be finite). */
const NO_TIME_LIMIT = Number.MAX_VALUE;

const STATUS_NAMES: Readonly<Record<number, string>> = {
  0: 'NotSet',
  1: 'LoadError',
  2: 'ModelError',
  3: 'PresolveError',
  4: 'SolveError',
  5: 'PostsolveError',
  6: 'Empty',
  7: 'Optimal',
  8: 'Infeasible',
  9: 'UnboundedOrInfeasible',
  10: 'Unbounded',
  11: 'ObjectiveBound',
  12: 'ObjectiveTarget',
  13: 'TimeLimit',
  14: 'IterationLimit',
  15: 'Unknown',
  16: 'SolutionLimit',
  17: 'Interrupted',
};

/** Maps a HiGHS model status code to the normalised {@link SolveStatus}. */
export function normaliseHighsStatus(code: ModelStatusCode): SolveStatus {
  switch (code) {
    case 6:
    case 7:
      return 'optimal';
    case 8:
      return 'infeasible';
    case 9:
    case 10:
      return 'unbounded';
    case 13:
    case 14:
      return 'time_limit';
    default:
      return 'error';
  }
}

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

  private constructor(
    private readonly loader: HighsLoader,
    runtime: HighsModule,
    private readonly presolve: 'off' | 'choose' | 'on',
  ) {
    this.runtime = runtime;
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
    return new HighsSession(loader, await loader(), options.presolve ?? 'off');
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
      const { kept, warmStart } = this.load(runtime, lp);
      const model = kept.model;
      applyTimeLimit(kept, options.timeLimitSec);
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

  /** Disposes the kept model (idempotent). The session stays usable; the next solve starts cold. */
  dispose(): void {
    const kept = this.kept;
    this.kept = null;
    if (kept) disposeQuietly(kept.model);
  }

  private load(runtime: HighsModule, lp: CompiledLp): { kept: Kept; warmStart: boolean } {
    const kept = this.kept;
    if (kept && sameNames(kept.data, lp)) {
      const hadBasis = kept.hasBasis;
      applyDifferences(kept.model, kept.data, lp, () => (hadBasis ? kept.model.getBasis() : null));
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
    const fresh: Kept = { model, data: snapshot(lp), hasBasis: false, timeLimit: Infinity };
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

/** A model without columns (HiGHS reports "Empty" and has no solution to read): decided here. */
function emptyOutcome(lp: CompiledLp, started: number): SolveOutcome {
  for (let i = 0; i < lp.numRows; i++) {
    if (lp.rowLower[i]! > 0 || lp.rowUpper[i]! < 0) {
      return failedOutcome(
        'highs',
        'infeasible',
        `empty model: row ${lp.rowNames[i]} excludes 0`,
        nowMs() - started,
      );
    }
  }
  return {
    status: 'optimal',
    statusText: 'empty model (no columns)',
    backend: 'highs',
    objective: lp.offset,
    x: new Float64Array(0),
    rowDual: new Float64Array(lp.numRows),
    iterations: 0,
    warmStart: false,
    solveMs: nowMs() - started,
  };
}

/** Sets the kept model's time_limit when it changes (HiGHS' +Infinity default cannot be set back). */
function applyTimeLimit(kept: Kept, seconds: number | undefined): void {
  const limited = seconds !== undefined && Number.isFinite(seconds) && seconds > 0;
  const wanted = limited ? seconds : kept.timeLimit === Infinity ? Infinity : NO_TIME_LIMIT;
  if (wanted === kept.timeLimit) return;
  kept.model.options.set('time_limit', wanted);
  kept.timeLimit = wanted;
}

function disposeQuietly(model: HighsModel): void {
  try {
    model.dispose();
  } catch {
    // A broken instance may fail to free its memory; it is dropped either way.
  }
}
