// javascript-lp-solver backend: builds its JSON model from a CompiledLp only and reads unrounded values back.
import jsLpSolver from 'javascript-lp-solver';
import type { ConstraintBound, Model as JsLpModel, VariableCoefficients } from 'javascript-lp-solver';
import type { CompiledLp, SolveOptions, SolveOutcome } from '../lp/linear-model';
import { checkCompiledLp, errorText, failedOutcome, nowMs, objectiveOf } from './common';

/**
 * How column j of the LP maps to jslp variable `c<j>` (always ≥ 0 there, unless unrestricted):
 * x_j = shift + sign · x'_j.
 */
interface ColumnMap {
  readonly shift: Float64Array;
  readonly sign: Float64Array;
}

/** The jslp JSON model plus what is needed to map its answer back. */
export interface JsLpTranslation {
  readonly model: JsLpModel;
  readonly columns: ColumnMap;
}

/** The fields of jslp's full Solution (`Solve(model, undefined, true)`) this backend reads. */
interface JsLpFullSolution {
  readonly feasible: boolean;
  readonly bounded: boolean;
  readonly _tableau: {
    readonly matrix: Float64Array;
    readonly width: number;
    readonly height: number;
    readonly rhsColumn: number;
    readonly varIndexByRow: ArrayLike<number>;
    readonly variablesPerIndex: ArrayLike<{ readonly id: string; readonly isSlack?: boolean } | undefined>;
    readonly model: { readonly messages: readonly unknown[] } | null;
  };
}

const OBJECTIVE_KEY = 'cost';

function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * Translates `lp` into a jslp model. SECURITY: every key is generated here (`c<j>` columns, `r<i>` rows,
 * `u<j>` upper-bound rows, `cost`), never taken from names or other objects, the maps have no prototype, and the
 * top-level object has a fixed set of keys (no `external`, which would make jslp run a program).
 * Bounds: jslp variables are ≥ 0, so a column with a finite lower bound l becomes x = l + x' (with a row
 * `u<j>`: x' ≤ u − l when the upper bound u is finite); with only an upper bound, x = u − x'; a free column
 * is `unrestricted`. The shifts move into the row bounds and the objective constant. Integer columns
 * (`lp.integerColumns`) become jslp `ints` (branch and cut; a shift must then be a whole number).
 */
export function toJsLpModel(lp: CompiledLp, options: SolveOptions = {}): JsLpTranslation {
  const shift = new Float64Array(lp.numCols);
  const sign = new Float64Array(lp.numCols).fill(1);
  const variables = dict<VariableCoefficients>();
  const constraints = dict<ConstraintBound>();
  const unrestricted = dict<boolean>();
  const rowShift = new Float64Array(lp.numRows);
  const { starts, indices, values } = lp.matrix;
  for (let j = 0; j < lp.numCols; j++) {
    const lower = lp.colLower[j]!;
    const upper = lp.colUpper[j]!;
    const key = `c${j}`;
    const coefficients = dict<number>();
    if (Number.isFinite(lower)) {
      shift[j] = lower;
      if (Number.isFinite(upper)) {
        constraints[`u${j}`] = { max: upper - lower };
        coefficients[`u${j}`] = 1;
      }
    } else if (Number.isFinite(upper)) {
      shift[j] = upper;
      sign[j] = -1;
    } else {
      unrestricted[key] = true;
    }
    coefficients[OBJECTIVE_KEY] = sign[j]! * lp.colCost[j]!;
    for (let k = starts[j]!; k < starts[j + 1]!; k++) {
      const row = indices[k]!;
      coefficients[`r${row}`] = sign[j]! * values[k]!;
      rowShift[row]! += values[k]! * shift[j]!;
    }
    variables[key] = coefficients;
  }
  for (let i = 0; i < lp.numRows; i++) {
    const lower = lp.rowLower[i]! - rowShift[i]!;
    const upper = lp.rowUpper[i]! - rowShift[i]!;
    const bound = rowBound(lp.rowLower[i]!, lp.rowUpper[i]!, lower, upper);
    if (bound) constraints[`r${i}`] = bound;
  }
  const ints = dict<boolean>();
  for (const j of lp.integerColumns ?? []) ints[`c${j}`] = true;
  const limit = options.timeLimitSec;
  const model: JsLpModel = {
    optimize: OBJECTIVE_KEY,
    opType: 'min',
    constraints,
    variables,
    unrestricted,
    ...(lp.integerColumns?.length ? { ints } : {}),
    // Presolve off: jslp's presolve zeroes the cost of variables it fixes; we solve the LP as given.
    options: { presolve: false },
    // jslp applies `timeout` (ms) to branch-and-cut only; a pure LP simplex is not interrupted by it.
    ...(limit !== undefined && limit > 0 ? { timeout: limit * 1000 } : {}),
  };
  return { model, columns: { shift, sign } };
}

function rowBound(rawLower: number, rawUpper: number, lower: number, upper: number): ConstraintBound | null {
  const hasLower = Number.isFinite(rawLower);
  const hasUpper = Number.isFinite(rawUpper);
  if (hasLower && hasUpper) return rawLower === rawUpper ? { equal: lower } : { min: lower, max: upper };
  if (hasLower) return { min: lower };
  if (hasUpper) return { max: upper };
  return null;
}

function isFullSolution(value: unknown): value is JsLpFullSolution {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<JsLpFullSolution>;
  return (
    typeof v.feasible === 'boolean' &&
    typeof v.bounded === 'boolean' &&
    typeof v._tableau === 'object' &&
    v._tableau !== null &&
    v._tableau.matrix instanceof Float64Array
  );
}

/** Unrounded column values x (jslp rounds its own `solutionSet` to its precision; the tableau is exact). */
function readColumns(lp: CompiledLp, solution: JsLpFullSolution, columns: ColumnMap): Float64Array {
  const { matrix, width, height, rhsColumn, varIndexByRow, variablesPerIndex } = solution._tableau;
  const reduced = new Float64Array(lp.numCols);
  for (let r = 1; r < height; r++) {
    const variable = variablesPerIndex[varIndexByRow[r]!];
    if (variable === undefined || variable.isSlack === true || !variable.id.startsWith('c')) continue;
    const j = Number(variable.id.slice(1));
    if (Number.isInteger(j) && j >= 0 && j < lp.numCols) reduced[j] = matrix[r * width + rhsColumn]!;
  }
  const x = new Float64Array(lp.numCols);
  for (let j = 0; j < lp.numCols; j++) x[j] = columns.shift[j]! + columns.sign[j]! * reduced[j]!;
  return x;
}

/**
 * Solves `lp` with javascript-lp-solver (dense tableau: fine up to a few hundred steps).
 * Synchronous and not interruptible: callers run it in a worker and terminate the worker to enforce
 * `options.timeLimitSec` (it is passed to jslp as `timeout`, which jslp honours only in branch-and-cut).
 * The objective is recomputed as c'x + offset from the unrounded x. Row duals are not available (null).
 */
export function solveWithJsLp(lp: CompiledLp, options: SolveOptions = {}): SolveOutcome {
  const started = nowMs();
  let solution: unknown;
  let translation: JsLpTranslation;
  try {
    checkCompiledLp(lp);
    translation = toJsLpModel(lp, options);
    solution = jsLpSolver.Solve(translation.model, undefined, true);
  } catch (error) {
    return failedOutcome('jslp', 'error', `jslp threw ${errorText(error)}`, nowMs() - started);
  }
  const elapsed = (): number => nowMs() - started;
  if (!isFullSolution(solution))
    return failedOutcome('jslp', 'error', 'jslp returned no solution', elapsed());
  if (!solution.feasible) {
    const cycled = (solution._tableau.model?.messages ?? []).some((m) => String(m).startsWith('Cycle'));
    return cycled
      ? failedOutcome('jslp', 'error', 'jslp: simplex cycling detected (status unknown)', elapsed())
      : failedOutcome('jslp', 'infeasible', 'jslp: feasible=false', elapsed());
  }
  if (!solution.bounded) return failedOutcome('jslp', 'unbounded', 'jslp: bounded=false', elapsed());
  const x = readColumns(lp, solution, translation.columns);
  const objective = objectiveOf(lp, x);
  if (!Number.isFinite(objective))
    return failedOutcome('jslp', 'error', 'jslp: non-finite solution', elapsed());
  return {
    status: 'optimal',
    statusText: 'jslp: feasible, bounded',
    backend: 'jslp',
    objective,
    x,
    rowDual: null,
    iterations: null,
    warmStart: false,
    solveMs: elapsed(),
  };
}
