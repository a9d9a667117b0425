// Free-format MPS writer for a CompiledLp: deterministic text with the LP's readable names.
import type { CompiledLp } from '../lp/linear-model';
import { checkCompiledLp, formatNumber, freshName } from './common';

type RowType = 'E' | 'L' | 'G' | 'N';

function rowType(lower: number, upper: number): RowType {
  const hasLower = Number.isFinite(lower);
  const hasUpper = Number.isFinite(upper);
  if (hasLower && hasUpper) return lower === upper ? 'E' : 'G';
  if (hasLower) return 'G';
  return hasUpper ? 'L' : 'N';
}

/**
 * Writes `lp` as free-format MPS (names are never longer than a line but may exceed fixed MPS' 8 characters):
 * `NAME, ROWS (N obj, E/L/G), COLUMNS, RHS, RANGES, BOUNDS, ENDATA`, byte-identical for the same LP.
 * Conventions:
 * - the objective row is `obj` (underscores appended if a row or column already has that name);
 * - the objective offset is written as the RHS of the objective row, NEGATED (MPS objective = c'x − rhs_obj),
 *   which is how HiGHS, CPLEX and Gurobi read it;
 * - a ranged row `l ≤ a'x ≤ u` is a G row with RHS l and RANGES R = u − l (readers rebuild u as l + R, which
 *   may differ from u in the last bit); a free row is an extra N row (many readers, HiGHS included, drop it);
 * - a column with no entries and zero cost is listed with a 0 objective entry so that it is declared;
 * - bounds: default [0, +inf) omitted; FX v; FR; MI (+ UP u); LO l; UP u.
 * Numbers use the shortest round-trip form; infinities are expressed only through bound types.
 */
export function writeMps(lp: CompiledLp): string {
  checkCompiledLp(lp);
  const objectiveName = freshName('obj', new Set<string>([...lp.colNames, ...lp.rowNames]));
  const types = Array.from({ length: lp.numRows }, (_, i) => rowType(lp.rowLower[i]!, lp.rowUpper[i]!));
  const out: string[] = ['NAME', 'ROWS', ` N  ${objectiveName}`];
  for (let i = 0; i < lp.numRows; i++) out.push(` ${types[i]!}  ${lp.rowNames[i]!}`);

  out.push('COLUMNS');
  const { starts, indices, values } = lp.matrix;
  for (let j = 0; j < lp.numCols; j++) {
    const name = lp.colNames[j]!;
    const cost = lp.colCost[j]!;
    const empty = starts[j + 1] === starts[j];
    if (cost !== 0 || empty) out.push(`    ${name}  ${objectiveName}  ${formatNumber(cost)}`);
    for (let k = starts[j]!; k < starts[j + 1]!; k++) {
      out.push(`    ${name}  ${lp.rowNames[indices[k]!]!}  ${formatNumber(values[k]!)}`);
    }
  }

  out.push('RHS');
  if (lp.offset !== 0) out.push(`    RHS  ${objectiveName}  ${formatNumber(-lp.offset)}`);
  const ranges: string[] = [];
  for (let i = 0; i < lp.numRows; i++) {
    const type = types[i]!;
    if (type === 'N') continue;
    const rhs = type === 'L' ? lp.rowUpper[i]! : lp.rowLower[i]!;
    if (rhs !== 0) out.push(`    RHS  ${lp.rowNames[i]!}  ${formatNumber(rhs)}`);
    if (type === 'G' && Number.isFinite(lp.rowUpper[i]!)) {
      ranges.push(`    RNG  ${lp.rowNames[i]!}  ${formatNumber(lp.rowUpper[i]! - lp.rowLower[i]!)}`);
    }
  }
  if (ranges.length > 0) out.push('RANGES', ...ranges);

  const bounds: string[] = [];
  for (let j = 0; j < lp.numCols; j++) {
    const name = lp.colNames[j]!;
    const lower = lp.colLower[j]!;
    const upper = lp.colUpper[j]!;
    const hasLower = Number.isFinite(lower);
    const hasUpper = Number.isFinite(upper);
    if (hasLower && hasUpper && lower === upper) bounds.push(` FX BND  ${name}  ${formatNumber(lower)}`);
    else if (!hasLower && !hasUpper) bounds.push(` FR BND  ${name}`);
    else {
      if (!hasLower) bounds.push(` MI BND  ${name}`);
      else if (lower !== 0) bounds.push(` LO BND  ${name}  ${formatNumber(lower)}`);
      if (hasUpper) bounds.push(` UP BND  ${name}  ${formatNumber(upper)}`);
    }
  }
  if (bounds.length > 0) out.push('BOUNDS', ...bounds);
  out.push('ENDATA', '');
  return out.join('\n');
}
