// Loads a CompiledLp into a kept HiGHS model: full passModel, or the differences only (for warm re-solves).
import type { Basis, IndexSelection, Model as HighsModel, ModelData } from 'highs';
import type { CompiledLp } from '../lp/linear-model';

/** A private copy of the data last loaded into a kept model, to diff the next LP against. */
export interface LoadedData {
  readonly colNames: readonly string[];
  readonly rowNames: readonly string[];
  readonly colCost: Float64Array;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  readonly starts: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
  readonly offset: number;
}

/** How the kept model was brought up to date. */
export type UpdateKind = 'unchanged' | 'targeted' | 'passModel';

/** What {@link applyDifferences} changed: numbers of costs, column bounds, row bounds and matrix values. */
export interface ChangeCounts {
  costs: number;
  colBounds: number;
  rowBounds: number;
  coefficients: number;
}

/** Above this many changed matrix values, passModel + setBasis is used instead of changeCoefficient calls. */
export const MAX_COEFFICIENT_CHANGES = 256;

/** The typed-array model HiGHS consumes (CSC, minimisation, without names). */
export function toModelData(lp: CompiledLp): ModelData {
  return {
    numCols: lp.numCols,
    numRows: lp.numRows,
    offset: lp.offset,
    colCost: lp.colCost,
    colLower: lp.colLower,
    colUpper: lp.colUpper,
    rowLower: lp.rowLower,
    rowUpper: lp.rowUpper,
    matrix: {
      format: 'csc',
      numRows: lp.numRows,
      numCols: lp.numCols,
      starts: lp.matrix.starts,
      indices: lp.matrix.indices,
      values: lp.matrix.values,
    },
    // No names: HiGHS never needs them here (LP/MPS files come from our own writers), and handing over 80,000
    // strings costs about 60 ms of a season's cold load.
  };
}

/** Copies what {@link applyDifferences} needs from `lp` (the caller may reuse its arrays). */
export function snapshot(lp: CompiledLp): LoadedData {
  return {
    colNames: lp.colNames,
    rowNames: lp.rowNames,
    colCost: lp.colCost.slice(),
    colLower: lp.colLower.slice(),
    colUpper: lp.colUpper.slice(),
    rowLower: lp.rowLower.slice(),
    rowUpper: lp.rowUpper.slice(),
    starts: lp.matrix.starts.slice(),
    indices: lp.matrix.indices.slice(),
    values: lp.matrix.values.slice(),
    offset: lp.offset,
  };
}

/** Whether `lp` has exactly the column and row names of `kept`, in the same order. */
export function sameNames(kept: LoadedData, lp: CompiledLp): boolean {
  return equalStrings(kept.colNames, lp.colNames) && equalStrings(kept.rowNames, lp.rowNames);
}

function equalStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Indices where `a` and `b` (or `c` and `d`) differ numerically (0 and -0 count as equal). */
function changedIndices(a: Float64Array, b: Float64Array, c?: Float64Array, d?: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] || (c !== undefined && d !== undefined && c[i] !== d[i])) out.push(i);
  }
  return out;
}

function selection(changed: readonly number[], length: number): IndexSelection {
  return changed.length === length
    ? { kind: 'range', from: 0, to: length - 1 }
    : { kind: 'set', indices: Int32Array.from(changed) };
}

function pick(values: Float64Array, changed: readonly number[]): Float64Array {
  return changed.length === values.length ? values : Float64Array.from(changed, (i) => values[i]!);
}

function sameStructure(kept: LoadedData, lp: CompiledLp): boolean {
  const { starts, indices } = lp.matrix;
  if (starts.length !== kept.starts.length || indices.length !== kept.indices.length) return false;
  for (let j = 0; j < starts.length; j++) if (starts[j] !== kept.starts[j]) return false;
  for (let k = 0; k < indices.length; k++) if (indices[k] !== kept.indices[k]) return false;
  return true;
}

/**
 * Brings `model` (holding `kept`, same names) up to `lp`. Costs, bounds and the offset go through the targeted
 * change calls, which keep HiGHS' basis; a few changed matrix values through changeCoefficient. A changed
 * sparsity pattern or many changed values reload the whole model with passModel and reinstall `basis`.
 */
export function applyDifferences(
  model: HighsModel,
  kept: LoadedData,
  lp: CompiledLp,
  basis: () => Basis | null,
  counts?: ChangeCounts,
): UpdateKind {
  let coefficientChanges: number[] | null = null;
  if (sameStructure(kept, lp)) {
    coefficientChanges = changedIndices(kept.values, lp.matrix.values);
    if (coefficientChanges.length > MAX_COEFFICIENT_CHANGES) coefficientChanges = null;
  }
  if (coefficientChanges === null) {
    const previous = basis();
    model.passModel(toModelData(lp));
    if (previous) model.setBasis(previous);
    if (counts) counts.coefficients = Infinity;
    return 'passModel';
  }
  let kind: UpdateKind = 'unchanged';
  const costs = changedIndices(kept.colCost, lp.colCost);
  const cols = changedIndices(kept.colLower, lp.colLower, kept.colUpper, lp.colUpper);
  const rows = changedIndices(kept.rowLower, lp.rowLower, kept.rowUpper, lp.rowUpper);
  if (counts) {
    counts.costs = costs.length + (kept.offset !== lp.offset ? 1 : 0);
    counts.colBounds = cols.length;
    counts.rowBounds = rows.length;
    counts.coefficients = coefficientChanges.length;
  }
  if (costs.length > 0) {
    model.changeColsCost(selection(costs, lp.numCols), pick(lp.colCost, costs));
    kind = 'targeted';
  }
  if (cols.length > 0) {
    model.changeColsBounds(selection(cols, lp.numCols), pick(lp.colLower, cols), pick(lp.colUpper, cols));
    kind = 'targeted';
  }
  if (rows.length > 0) {
    model.changeRowsBounds(selection(rows, lp.numRows), pick(lp.rowLower, rows), pick(lp.rowUpper, rows));
    kind = 'targeted';
  }
  if (kept.offset !== lp.offset) {
    model.changeObjectiveOffset(lp.offset);
    kind = 'targeted';
  }
  if (coefficientChanges.length > 0) {
    const { starts, indices, values } = lp.matrix;
    let col = 0;
    for (const k of coefficientChanges) {
      while (starts[col + 1]! <= k) col++;
      model.changeCoefficient(indices[k]!, col, values[k]!);
    }
    kind = 'targeted';
  }
  return kind;
}
