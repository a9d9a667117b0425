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
 * The simplex for a warm re-solve after `counts` changes: the setting, or under 'auto' dual. Measured on the
 * Energy Island No. 1 season (npm run bench, shared machine): after a gas price change primal needs 773
 * iterations / 194 ms against dual's 1,616 / 111 ms; after the tariff 515 / 108 vs 1,315 / 72 ms; after bound
 * changes dual wins outright (464 vs 2,331 and 2,754 vs 9,177 iterations). Primal's iterations cost ~5× more here.
 */
export function warmSimplex(setting: WarmStrategy, counts: ChangeCounts): 'primal' | 'dual' {
  void counts;
  return setting === 'auto' ? 'dual' : setting;
}
