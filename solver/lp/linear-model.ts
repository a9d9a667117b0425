// The solver-agnostic sparse linear model: columns, rows and coefficients with deterministic names.
import { isCplexSafeName, stepSuffix } from './names';

/** A per-step name: family prefix, then t and the step number. */
const STEP_NAME = /^(.*__)t\d+$/;

/** Only [A-Za-z0-9_]: safe in MPS, CPLEX-LP and javascript-lp-solver keys. */
export const LP_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Names a javascript-lp-solver model or a JS object could treat specially. */
const RESERVED_NAMES = new Set(['external', 'options', 'constructor', 'prototype', 'tostring', 'valueof']);

/**
 * A minimisation LP `min c'x + offset  s.t.  rowLower ≤ A x ≤ rowUpper,  colLower ≤ x ≤ colUpper`.
 * Built incrementally by the model builder, then {@link LinearModel.compile}d into typed CSC arrays
 * that every backend and writer reads. Duplicate (row, column) entries are summed at compile time.
 */
export class LinearModel {
  readonly colNames: string[] = [];
  readonly colLower: number[] = [];
  readonly colUpper: number[] = [];
  readonly colCost: number[] = [];
  readonly rowNames: string[] = [];
  readonly rowLower: number[] = [];
  readonly rowUpper: number[] = [];
  private readonly entryRow: number[] = [];
  private readonly entryCol: number[] = [];
  private readonly entryVal: number[] = [];
  private readonly names = new Set<string>();
  /** Constant added to the objective. */
  offset = 0;
  /** Columns restricted to whole numbers (sizing mode's units): the model is then an MILP. */
  private readonly integer = new Set<number>();

  /** Restricts column `col` to whole numbers. */
  markInteger(col: number): void {
    if (col < 0 || col >= this.numCols) throw new Error(`column ${col} is outside the model`);
    this.integer.add(col);
  }

  get numCols(): number {
    return this.colNames.length;
  }
  get numRows(): number {
    return this.rowNames.length;
  }

  private claim(name: string): void {
    if (!LP_NAME.test(name) || RESERVED_NAMES.has(name.toLowerCase()) || !isCplexSafeName(name)) {
      throw new Error(`LP name "${name}" is not LP-safe`);
    }
    const family = STEP_NAME.exec(name);
    if (this.names.has(name) || (family && this.families.has(family[1]!))) {
      throw new Error(`LP name "${name}" is used twice`);
    }
    this.names.add(name);
  }

  /** Per-step name families `${prefix}t<step>`: prefix → steps used. */
  private readonly families = new Map<string, Set<number>>();

  /**
   * Reserves the names `${prefix}t0000`, `${prefix}t0001`… for one column per step (prefix such as
   * `heat_out__gasBoiler_1__`). The prefix is checked once, so {@link addStepColumn} skips the per-name
   * check that dominates building a season LP (80,000 columns); a name claimed on its own may not fall
   * inside a family.
   */
  claimStepFamily(prefix: string): void {
    this.claim(`${prefix}t`);
    this.families.set(prefix, new Set());
  }

  /** Adds column `${prefix}t<step>` of a claimed family; returns its index. */
  addStepColumn(prefix: string, step: number, lower: number, upper: number, cost: number): number {
    const used = this.families.get(prefix);
    if (!used) throw new Error(`step family "${prefix}" was not claimed`);
    if (used.has(step)) throw new Error(`LP name "${prefix}${stepSuffix(step)}" is used twice`);
    used.add(step);
    return this.pushColumn(`${prefix}${stepSuffix(step)}`, lower, upper, cost);
  }

  /** Adds a column `lower ≤ x ≤ upper` with objective coefficient `cost`; returns its index. */
  addColumn(name: string, lower: number, upper: number, cost: number): number {
    this.claim(name);
    return this.pushColumn(name, lower, upper, cost);
  }

  private pushColumn(name: string, lower: number, upper: number, cost: number): number {
    assertFinite(cost, `cost of ${name}`);
    if (
      Number.isNaN(lower) ||
      Number.isNaN(upper) ||
      lower > upper + 1e-12 ||
      lower === Infinity ||
      upper === -Infinity
    ) {
      throw new Error(`column ${name}: bounds [${lower}, ${upper}] are invalid`);
    }
    this.colNames.push(name);
    this.colLower.push(lower);
    this.colUpper.push(Math.max(lower, upper));
    this.colCost.push(cost);
    return this.colNames.length - 1;
  }

  /** Adds a row `lower ≤ Σ coef·x ≤ upper` (use ±Infinity for a free side); returns its index. */
  addRow(
    name: string,
    lower: number,
    upper: number,
    terms: Iterable<readonly [number, number]> = [],
  ): number {
    this.claim(name);
    if (
      Number.isNaN(lower) ||
      Number.isNaN(upper) ||
      lower > upper + 1e-9 ||
      lower === Infinity ||
      upper === -Infinity
    ) {
      throw new Error(`row ${name}: bounds [${lower}, ${upper}] are invalid`);
    }
    this.rowNames.push(name);
    this.rowLower.push(lower);
    this.rowUpper.push(Math.max(lower, upper));
    const row = this.rowNames.length - 1;
    for (const [col, coef] of terms) this.addTerm(row, col, coef);
    return row;
  }

  /** Adds `coef·x_col` to row `row` (summed with any earlier entry at the same place). */
  addTerm(row: number, col: number, coef: number): void {
    assertFinite(coef, `coefficient at row ${this.rowNames[row]}, column ${this.colNames[col]}`);
    if (coef === 0) return;
    if (row < 0 || row >= this.numRows || col < 0 || col >= this.numCols) {
      throw new Error(`term (${row}, ${col}) is outside the model`);
    }
    this.entryRow.push(row);
    this.entryCol.push(col);
    this.entryVal.push(coef);
  }

  /** Adds `delta` to the objective coefficient of `col`. */
  addCost(col: number, delta: number): void {
    assertFinite(delta, `cost of ${this.colNames[col]}`);
    this.colCost[col] = (this.colCost[col] ?? 0) + delta;
  }

  /**
   * Freezes the model into CSC typed arrays (entries of a column sorted by row, duplicates summed).
   * Two counting sorts, O(nnz): entries are bucketed by row, then scattered by column in row order, so
   * each column's segment comes out sorted by row without a comparison sort.
   */
  compile(): CompiledLp {
    const numCols = this.numCols;
    const numRows = this.numRows;
    const nnz = this.entryVal.length;
    const rowStart = new Int32Array(numRows + 1);
    for (let k = 0; k < nnz; k++) rowStart[this.entryRow[k]! + 1]!++;
    for (let i = 0; i < numRows; i++) rowStart[i + 1]! += rowStart[i]!;
    const byRow = new Int32Array(nnz);
    const rowFill = rowStart.slice(0, numRows);
    for (let k = 0; k < nnz; k++) byRow[rowFill[this.entryRow[k]!]!++] = k;
    const colStart = new Int32Array(numCols + 1);
    for (let k = 0; k < nnz; k++) colStart[this.entryCol[k]! + 1]!++;
    for (let j = 0; j < numCols; j++) colStart[j + 1]! += colStart[j]!;
    const sortedRow = new Int32Array(nnz);
    const sortedVal = new Float64Array(nnz);
    const colFill = colStart.slice(0, numCols);
    for (let q = 0; q < nnz; q++) {
      const k = byRow[q]!;
      const at = colFill[this.entryCol[k]!]!++;
      sortedRow[at] = this.entryRow[k]!;
      sortedVal[at] = this.entryVal[k]!;
    }
    const starts = new Int32Array(numCols + 1);
    const indices = new Int32Array(nnz);
    const values = new Float64Array(nnz);
    let out = 0;
    for (let j = 0; j < numCols; j++) {
      const segmentStart = out;
      for (let q = colStart[j]!; q < colStart[j + 1]!; q++) {
        if (out > segmentStart && indices[out - 1] === sortedRow[q]) values[out - 1]! += sortedVal[q]!;
        else {
          indices[out] = sortedRow[q]!;
          values[out++] = sortedVal[q]!;
        }
      }
      starts[j + 1] = out;
    }
    return {
      numCols,
      numRows: this.numRows,
      colNames: [...this.colNames],
      rowNames: [...this.rowNames],
      colCost: Float64Array.from(this.colCost),
      colLower: Float64Array.from(this.colLower),
      colUpper: Float64Array.from(this.colUpper),
      rowLower: Float64Array.from(this.rowLower),
      rowUpper: Float64Array.from(this.rowUpper),
      matrix: { starts, indices: indices.slice(0, out), values: values.slice(0, out) },
      offset: this.offset,
      ...(this.integer.size
        ? { integerColumns: Int32Array.from([...this.integer].sort((a, b) => a - b)) }
        : {}),
    };
  }
}

/** A compiled LP in CSC form; what backends and writers consume. Infinite bounds are ±Infinity. */
export interface CompiledLp {
  readonly numCols: number;
  readonly numRows: number;
  readonly colNames: readonly string[];
  readonly rowNames: readonly string[];
  readonly colCost: Float64Array;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  /** Compressed sparse column: column j's entries are at starts[j] .. starts[j+1]-1, row indices sorted. */
  readonly matrix: {
    readonly starts: Int32Array;
    readonly indices: Int32Array;
    readonly values: Float64Array;
  };
  readonly offset: number;
  /** Whole-number columns, ascending; absent for a pure LP. */
  readonly integerColumns?: Int32Array;
}

/** Normalised solver status shared by every backend. */
export type SolveStatus = 'optimal' | 'infeasible' | 'unbounded' | 'time_limit' | 'error';

/** What a backend returns: primal values always when optimal; duals only where the backend has them. */
export interface SolveOutcome {
  readonly status: SolveStatus;
  /** The backend's own status text, for the report. */
  readonly statusText: string;
  readonly backend: BackendName;
  /** Objective including the offset; NaN unless optimal. */
  readonly objective: number;
  /** Column values (length numCols); empty unless optimal. */
  readonly x: Float64Array;
  /** Row duals ∂objective/∂row-bound (length numRows), or null when the backend does not provide them. */
  readonly rowDual: Float64Array | null;
  /** Simplex iterations when known. */
  readonly iterations: number | null;
  /** Whether the solve started from a previous basis. */
  readonly warmStart: boolean;
  readonly solveMs: number;
}

export type BackendName = 'highs' | 'jslp';

export interface SolveOptions {
  /** Seconds; the backend stops (HiGHS) or the caller's worker is terminated (jslp). */
  readonly timeLimitSec?: number;
}

function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new Error(`${what} is not finite (${value})`);
}
