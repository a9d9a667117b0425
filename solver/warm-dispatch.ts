// Live re-solves on one kept HiGHS session: a price edit re-prices the built LP in place, anything else rebuilds.
import type { Scenario } from './scenario';
import type { WeatherYear } from './weather';
import type { DispatchResult } from './results/types';
import type { HighsSession } from './backends/highs';
import { buildModel, now, solveBuilt, type BuiltModel, type RunOptions } from './run';
import { onlyPricesDiffer, repriceBuilt } from './reprice';

/** How the last run got its LP: re-priced in place, or built from the scenario. */
export type WarmPath = 'repriced' | 'rebuilt';

interface Last {
  readonly scenario: Scenario;
  readonly weather: WeatherYear;
  readonly measured: Float64Array | undefined;
  readonly mode: string;
  readonly k: number;
  readonly built: BuiltModel;
}

function sameSeries(a: Float64Array | undefined, b: Float64Array | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Runs scenarios one after another on `highs`, keeping the last built model. When the next scenario differs
 * only in prices or the tariff (same weather, demand, mode and typical days), the LP is not rebuilt: its
 * objective vector is re-derived from the price data (reprice.ts) and loaded into the kept HiGHS model with
 * changeColsCost, keeping the basis; every other edit rebuilds and HighsSession loads only the differences.
 */
export class WarmDispatch {
  private last: Last | null = null;
  private path: WarmPath | null = null;

  constructor(readonly highs: HighsSession) {}

  /** How the last run got its LP (null before the first). */
  get lastPath(): WarmPath | null {
    return this.path;
  }

  /**
   * The kept built model (null before the first run): a host that transfers result buffers to another thread
   * must not move the ones this model shares with the result (the step data, the price series).
   */
  get keptModel(): BuiltModel | null {
    return this.last?.built ?? null;
  }

  /** Forgets the kept model (the next run rebuilds and solves cold). */
  reset(): void {
    this.last = null;
    this.highs.dispose();
  }

  /** Solves `s` with HiGHS on the kept session; `opts.backend` and `opts.highs` are ignored. */
  async run(s: Scenario, weather: WeatherYear, opts: RunOptions = {}): Promise<DispatchResult> {
    const start = now();
    const mode = opts.mode ?? s.solver.mode;
    const k = opts.typicalDaysPerPeriod ?? s.solver.typicalDaysPerPeriod;
    const last = this.last;
    let built: BuiltModel | null = null;
    let repriceMs = 0;
    if (
      last &&
      last.weather === weather &&
      last.mode === mode &&
      last.k === k &&
      sameSeries(last.measured, opts.measuredDemandMw) &&
      onlyPricesDiffer(last.scenario, s)
    ) {
      const t0 = now();
      built = repriceBuilt(last.built, last.scenario, s);
      repriceMs = now() - t0;
    }
    this.path = built ? 'repriced' : 'rebuilt';
    if (built) opts.onProgress?.('build');
    else built = buildModel(s, weather, { ...opts, mode, typicalDaysPerPeriod: k });
    const timed: BuiltModel =
      this.path === 'repriced' ? { ...built, prepareMs: 0, buildMs: repriceMs } : built;
    this.last = { scenario: s, weather, measured: opts.measuredDemandMw, mode, k, built: timed };
    const result = await solveBuilt(
      s,
      weather,
      timed,
      { ...opts, backend: 'highs', highs: this.highs },
      start,
    );
    if (result.status !== 'optimal') this.last = null;
    return result;
  }
}
