// Warm re-solves: which simplex runs after which kind of change, and what a session reports about a solve.
import type { ChangeCounts } from './highs-update';

/** The simplex a warm re-solve runs. */
export type WarmStrategy = 'auto' | 'primal' | 'dual';

/** How the last solve went, beyond its outcome (read by the benchmark and the worker's counters). */
export interface SolveReport {
  /** cold: a fresh model; warm: changes applied to the kept model and its basis reused. */
  readonly start: 'cold' | 'warm';
  readonly strategy: 'primal' | 'dual';
  readonly changes: ChangeCounts | null;
  /** The warm-result check: 'passed', 'failed' (then solved again cold) or 'none' (cold, or not optimal). */
  readonly guard: 'passed' | 'failed' | 'none';
  /** Why the guard failed, when it did. */
  readonly guardProblem: string | null;
}

/** HiGHS simplex_strategy values. */
export const SIMPLEX_DUAL = 1;
export const SIMPLEX_PRIMAL = 4;

/**
 * The simplex for a warm re-solve after `counts` changes: the setting, or under 'auto' primal when only costs
 * changed (the kept basis stays primal feasible) and dual otherwise (bounds or rows changed: it stays dual feasible).
 */
export function warmSimplex(setting: WarmStrategy, counts: ChangeCounts): 'primal' | 'dual' {
  if (setting !== 'auto') return setting;
  const costsOnly =
    counts.colBounds === 0 && counts.rowBounds === 0 && counts.coefficients === 0 && counts.costs > 0;
  return costsOnly ? 'primal' : 'dual';
}
