// CPLEX-LP text writer for a CompiledLp: deterministic, readable names, lines wrapped below the 510-char limit.
import { isCplexSafeName } from '../lp/names';
import type { CompiledLp } from '../lp/linear-model';
import { checkCompiledLp, formatNumber, freshName, rowView } from './common';

/** Lines are wrapped before this many characters (CPLEX truncates lines longer than 510). */
const MAX_LINE = 250;

/** Magnitude written for the missing side of a free row: CPLEX and HiGHS treat |b| ≥ 1e20 as infinite. */
const FREE_ROW_BOUND = '-1e+30';

/** Throws if `name` cannot be written in CPLEX-LP without being misread. */
function assertCplexName(name: string): void {
  if (!isCplexSafeName(name)) {
    throw new Error(`LP name "${name}" cannot be written in CPLEX-LP format (keyword or exponent-like)`);
  }
}

/** Accumulates ` token` pieces into lines no longer than {@link MAX_LINE}. */
class LineBuilder {
  private readonly lines: string[] = [];
  private current: string;

  constructor(start: string) {
    this.current = start;
  }

  add(token: string): void {
    if (this.current.length + 1 + token.length > MAX_LINE && this.current.trim().length > 0) {
      this.lines.push(this.current);
      this.current = ' ';
    }
    this.current += this.current.endsWith(' ') ? token : ` ${token}`;
  }

  finish(out: string[]): void {
    this.lines.push(this.current);
    for (const line of this.lines) out.push(line);
  }
}

/** ` + 3 x`, ` - x`, or for the first term `3 x` / `- x`. */
function term(coef: number, name: string, first: boolean): string {
  const magnitude = Math.abs(coef);
  const body = magnitude === 1 ? name : `${formatNumber(magnitude)} ${name}`;
  if (coef < 0) return `- ${body}`;
  return first ? body : `+ ${body}`;
}

/**
 * Writes `lp` as CPLEX-LP text: `Minimize / Subject To / Bounds / End`, byte-identical for the same LP.
 * Conventions (CPLEX-LP has no portable single-row range, and HiGHS' reader rejects `l <= expr <= u`):
 * - a ranged row `l ≤ a'x ≤ u` is written as two rows `<name>_lo: a'x >= l` and `<name>_hi: a'x <= u`
 *   (underscores are appended if those names are taken); a free row as `a'x >= -1e+30`; an empty row as
 *   `0 <first column>`;
 * - the objective offset is a constant term of the objective (`obj: ... + 25`);
 * - bounds: default [0, +inf) is omitted (written `x >= 0` only for a column appearing nowhere else, to declare
 *   it); `x = v` fixed; `x free`; `-inf <= x <= u`; `x >= l`; `x <= u`; `l <= x <= u`.
 * Numbers use the shortest round-trip form; infinities appear only as the words above.
 * Throws for names CPLEX-LP would misread (keywords such as `free`/`inf`/`end`, or `e12`-like names).
 */
export function writeCplexLp(lp: CompiledLp): string {
  checkCompiledLp(lp);
  for (const name of lp.colNames) assertCplexName(name);
  for (const name of lp.rowNames) assertCplexName(name);
  const taken = new Set<string>([...lp.colNames, ...lp.rowNames]);
  const objectiveName = freshName('obj', taken);
  taken.add(objectiveName);
  const out: string[] = ['Minimize'];
  const objective = new LineBuilder(` ${objectiveName}:`);
  let firstTerm = true;
  for (let j = 0; j < lp.numCols; j++) {
    const cost = lp.colCost[j]!;
    if (cost === 0) continue;
    objective.add(term(cost, lp.colNames[j]!, firstTerm));
    firstTerm = false;
  }
  if (lp.offset !== 0 || firstTerm) {
    const constant = formatNumber(Math.abs(lp.offset));
    objective.add(firstTerm ? formatNumber(lp.offset) : `${lp.offset < 0 ? '-' : '+'} ${constant}`);
  }
  objective.finish(out);
  out.push('Subject To');
  const rows = rowView(lp);
  let emptyRow = false;
  for (let i = 0; i < lp.numRows; i++) {
    const lower = lp.rowLower[i]!;
    const upper = lp.rowUpper[i]!;
    const name = lp.rowNames[i]!;
    const terms: string[] = [];
    for (let k = rows.starts[i]!; k < rows.starts[i + 1]!; k++) {
      terms.push(term(rows.values[k]!, lp.colNames[rows.cols[k]!]!, terms.length === 0));
    }
    if (terms.length === 0) {
      if (lp.numCols === 0) throw new Error(`row ${name} has no terms and the LP has no column to write`);
      terms.push(`0 ${lp.colNames[0]!}`);
      emptyRow = true;
    }
    const hasLower = Number.isFinite(lower);
    const hasUpper = Number.isFinite(upper);
    if (hasLower && hasUpper && lower !== upper) {
      const lo = freshName(`${name}_lo`, taken);
      taken.add(lo);
      const hi = freshName(`${name}_hi`, taken);
      taken.add(hi);
      writeRow(out, lo, terms, `>= ${formatNumber(lower)}`);
      writeRow(out, hi, terms, `<= ${formatNumber(upper)}`);
    } else if (hasLower && hasUpper) writeRow(out, name, terms, `= ${formatNumber(lower)}`);
    else if (hasLower) writeRow(out, name, terms, `>= ${formatNumber(lower)}`);
    else if (hasUpper) writeRow(out, name, terms, `<= ${formatNumber(upper)}`);
    else writeRow(out, name, terms, `>= ${FREE_ROW_BOUND}`);
  }
  const bounds = boundLines(lp, emptyRow);
  if (bounds.length > 0) out.push('Bounds', ...bounds);
  out.push('End', '');
  return out.join('\n');
}

function writeRow(out: string[], name: string, terms: readonly string[], relation: string): void {
  const line = new LineBuilder(` ${name}:`);
  for (const t of terms) line.add(t);
  line.add(relation);
  line.finish(out);
}

/** Bound lines; `firstColumnUsed`: an empty row mentions column 0, which then needs no declaration. */
function boundLines(lp: CompiledLp, firstColumnUsed: boolean): string[] {
  const used = new Uint8Array(lp.numCols);
  for (let j = 0; j < lp.numCols; j++) {
    if (lp.colCost[j] !== 0 || lp.matrix.starts[j + 1]! > lp.matrix.starts[j]!) used[j] = 1;
  }
  if (firstColumnUsed) used[0] = 1;
  const lines: string[] = [];
  for (let j = 0; j < lp.numCols; j++) {
    const name = lp.colNames[j]!;
    const lower = lp.colLower[j]!;
    const upper = lp.colUpper[j]!;
    const hasLower = Number.isFinite(lower);
    const hasUpper = Number.isFinite(upper);
    if (hasLower && hasUpper && lower === upper) lines.push(` ${name} = ${formatNumber(lower)}`);
    else if (!hasLower && !hasUpper) lines.push(` ${name} free`);
    else if (!hasLower) lines.push(` -inf <= ${name} <= ${formatNumber(upper)}`);
    else if (lower === 0 && !hasUpper) {
      if (used[j] === 0) lines.push(` ${name} >= 0`);
    } else if (!hasUpper) lines.push(` ${name} >= ${formatNumber(lower)}`);
    else if (lower === 0) lines.push(` ${name} <= ${formatNumber(upper)}`);
    else lines.push(` ${formatNumber(lower)} <= ${name} <= ${formatNumber(upper)}`);
  }
  return lines;
}
