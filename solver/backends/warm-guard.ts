// Checks a warm-started "optimal" answer against the LP itself: bounds and row activities, and the recomputed cost.
import type { CompiledLp } from '../lp/linear-model';

/** Absolute feasibility tolerance per unit of a row's or bound's magnitude (HiGHS' default is 1e-7). */
export const FEASIBILITY_TOLERANCE = 1e-6;
/** Largest relative gap between c·x + offset and the reported objective. */
export const OBJECTIVE_TOLERANCE = 1e-7;

/**
 * Why `x` with `objective` is not a trustworthy optimum of `lp`, or null when it passes. For every row i and
 * column j, with activity a_i = Σ_j A_ij·x_j (CSC):
 *
 *   rowLower_i − τ·(1 + |rowLower_i|) ≤ a_i ≤ rowUpper_i + τ·(1 + |rowUpper_i|)      (balances hold)
 *   colLower_j − τ·(1 + |colLower_j|) ≤ x_j ≤ colUpper_j + τ·(1 + |colUpper_j|)
 *   |Σ_j c_j·x_j + offset − objective| ≤ ε·max(1, |objective|)                        (cost recomputation)
 *
 * HiGHS 1.15 has open reports of warm starts returning a wrong "optimal" objective; a failed check makes the
 * caller solve again from scratch. One pass over the matrix (O(nonzeros)).
 */
export function warmResultProblem(lp: CompiledLp, x: Float64Array, objective: number): string | null {
  if (x.length !== lp.numCols) return `solution has ${x.length} values for ${lp.numCols} columns`;
  if (!Number.isFinite(objective)) return `objective is ${objective}`;
  const tol = (bound: number) => FEASIBILITY_TOLERANCE * (1 + Math.abs(bound));
  let cost = lp.offset;
  for (let j = 0; j < lp.numCols; j++) {
    const v = x[j]!;
    if (!Number.isFinite(v)) return `column ${lp.colNames[j]} is ${v}`;
    const lo = lp.colLower[j]!;
    const hi = lp.colUpper[j]!;
    if (v < lo - tol(lo) || v > hi + tol(hi))
      return `column ${lp.colNames[j]} = ${v} is outside [${lo}, ${hi}]`;
    cost += lp.colCost[j]! * v;
  }
  const activity = new Float64Array(lp.numRows);
  const { starts, indices, values } = lp.matrix;
  for (let j = 0; j < lp.numCols; j++) {
    const v = x[j]!;
    if (v === 0) continue;
    for (let k = starts[j]!; k < starts[j + 1]!; k++) activity[indices[k]!]! += values[k]! * v;
  }
  for (let i = 0; i < lp.numRows; i++) {
    const a = activity[i]!;
    const lo = lp.rowLower[i]!;
    const hi = lp.rowUpper[i]!;
    if (a < lo - tol(lo) || a > hi + tol(hi)) return `row ${lp.rowNames[i]} = ${a} is outside [${lo}, ${hi}]`;
  }
  if (Math.abs(cost - objective) > OBJECTIVE_TOLERANCE * Math.max(1, Math.abs(objective)))
    return `recomputed cost ${cost} differs from the objective ${objective}`;
  return null;
}
