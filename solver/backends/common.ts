// Shared helpers for the LP backends and writers: validation, row-wise view, number formatting, timing.
import type { BackendName, CompiledLp, SolveOutcome, SolveStatus } from '../lp/linear-model';

/** Row-wise (CSR) view of a {@link CompiledLp}: row i's entries at starts[i] .. starts[i+1]-1, columns ascending. */
export interface RowView {
  readonly starts: Int32Array;
  readonly cols: Int32Array;
  readonly values: Float64Array;
}

/**
 * Throws if `lp` is structurally inconsistent (array lengths, CSC layout, indices) or has a bound no solver
 * can express (a lower bound of +Infinity or an upper bound of -Infinity, or NaN).
 */
export function checkCompiledLp(lp: CompiledLp): void {
  const { numCols, numRows, matrix } = lp;
  const sizes: [string, number, number][] = [
    ['colNames', lp.colNames.length, numCols],
    ['colCost', lp.colCost.length, numCols],
    ['colLower', lp.colLower.length, numCols],
    ['colUpper', lp.colUpper.length, numCols],
    ['rowNames', lp.rowNames.length, numRows],
    ['rowLower', lp.rowLower.length, numRows],
    ['rowUpper', lp.rowUpper.length, numRows],
    ['matrix.starts', matrix.starts.length, numCols + 1],
  ];
  for (const [what, got, want] of sizes) {
    if (got !== want) throw new Error(`compiled LP: ${what} has length ${got}, expected ${want}`);
  }
  const nnz = matrix.indices.length;
  if (matrix.values.length !== nnz || matrix.starts[0] !== 0 || matrix.starts[numCols] !== nnz) {
    throw new Error('compiled LP: CSC starts/indices/values are inconsistent');
  }
  for (let j = 0; j < numCols; j++) {
    const end = matrix.starts[j + 1]!;
    let last = -1;
    for (let k = matrix.starts[j]!; k < end; k++) {
      const r = matrix.indices[k]!;
      if (r <= last || r >= numRows)
        throw new Error(`compiled LP: column ${lp.colNames[j]} has bad row indices`);
      if (!Number.isFinite(matrix.values[k]!)) throw new Error(`compiled LP: non-finite coefficient`);
      last = r;
    }
    if (!Number.isFinite(lp.colCost[j]!))
      throw new Error(`compiled LP: cost of ${lp.colNames[j]} is not finite`);
    checkBounds(`column ${lp.colNames[j]}`, lp.colLower[j]!, lp.colUpper[j]!);
  }
  for (let i = 0; i < numRows; i++) checkBounds(`row ${lp.rowNames[i]}`, lp.rowLower[i]!, lp.rowUpper[i]!);
  if (!Number.isFinite(lp.offset)) throw new Error('compiled LP: objective offset is not finite');
}

function checkBounds(what: string, lower: number, upper: number): void {
  if (
    Number.isNaN(lower) ||
    Number.isNaN(upper) ||
    lower === Infinity ||
    upper === -Infinity ||
    lower > upper
  ) {
    throw new Error(`compiled LP: ${what} has unusable bounds [${lower}, ${upper}]`);
  }
}

/** Transposes the CSC matrix into rows (deterministic: columns ascending within a row). */
export function rowView(lp: CompiledLp): RowView {
  const { starts: colStarts, indices, values } = lp.matrix;
  const starts = new Int32Array(lp.numRows + 1);
  for (let k = 0; k < indices.length; k++) starts[indices[k]! + 1]!++;
  for (let i = 0; i < lp.numRows; i++) starts[i + 1]! += starts[i]!;
  const fill = starts.slice(0, lp.numRows);
  const cols = new Int32Array(indices.length);
  const vals = new Float64Array(indices.length);
  for (let j = 0; j < lp.numCols; j++) {
    for (let k = colStarts[j]!; k < colStarts[j + 1]!; k++) {
      const at = fill[indices[k]!]!++;
      cols[at] = j;
      vals[at] = values[k]!;
    }
  }
  return { starts, cols, values: vals };
}

/**
 * Shortest round-trip decimal text of a finite number (`String(x)`, with -0 written as 0).
 * Throws on ±Infinity or NaN so that no writer can ever emit them.
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`cannot write non-finite number ${x}`);
  return x === 0 ? '0' : String(x);
}

/** Returns `base`, or `base` followed by underscores, whichever is first not in `taken`. */
export function freshName(base: string, taken: ReadonlySet<string>): string {
  let name = base;
  while (taken.has(name)) name += '_';
  return name;
}

/** `c'x + offset`, summed in column order. */
export function objectiveOf(lp: CompiledLp, x: Float64Array): number {
  let sum = lp.offset;
  for (let j = 0; j < lp.numCols; j++) sum += lp.colCost[j]! * x[j]!;
  return sum;
}

/** Milliseconds from an optional monotonic clock (solver/ has no DOM or Node typings). */
export function nowMs(): number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf ? perf.now() : Date.now();
}

/** An outcome without a solution (any status other than optimal). */
export function failedOutcome(
  backend: BackendName,
  status: Exclude<SolveStatus, 'optimal'>,
  statusText: string,
  solveMs: number,
  extra: { iterations?: number | null; warmStart?: boolean } = {},
): SolveOutcome {
  return {
    status,
    statusText,
    backend,
    objective: Number.NaN,
    x: new Float64Array(0),
    rowDual: null,
    iterations: extra.iterations ?? null,
    warmStart: extra.warmStart ?? false,
    solveMs,
  };
}

/** Error message of anything thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
