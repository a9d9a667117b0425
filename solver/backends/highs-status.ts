// HiGHS status codes, the normalised status, and the outcome of a model without columns.
import type { Model as HighsModel, ModelStatusCode } from 'highs';
import type { CompiledLp, SolveOutcome, SolveStatus } from '../lp/linear-model';
import { failedOutcome, nowMs } from './common';

export const STATUS_NAMES: Readonly<Record<number, string>> = {
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

/** A model without columns (HiGHS reports "Empty" and has no solution to read): decided here. */
export function emptyOutcome(lp: CompiledLp, started: number): SolveOutcome {
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

/** Frees a model, ignoring a failure of a broken instance. */
export function disposeQuietly(model: HighsModel): void {
  try {
    model.dispose();
  } catch {
    // A broken instance may fail to free its memory; it is dropped either way.
  }
}
