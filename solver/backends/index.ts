// Public entry of the LP backends (HiGHS, javascript-lp-solver) and the MPS / CPLEX-LP writers.
import type { CompiledLp } from '../lp/linear-model';
import { writeCplexLp } from './lp-writer';
import { writeMps } from './mps-writer';

export { HighsSession, normaliseHighsStatus } from './highs';
export type { HighsLoader, HighsModule, HighsSessionOptions } from './highs';
export { solveWithJsLp, toJsLpModel } from './jslp';
export type { JsLpTranslation } from './jslp';
export { writeCplexLp } from './lp-writer';
export { writeMps } from './mps-writer';
export { checkCompiledLp, objectiveOf } from './common';

/** The LP file formats the writers produce. */
export type LpFileFormat = 'mps' | 'lp';

/** Writes `lp` as free MPS (`'mps'`) or CPLEX-LP (`'lp'`) text. */
export function writeLpFile(lp: CompiledLp, format: LpFileFormat): string {
  return format === 'mps' ? writeMps(lp) : writeCplexLp(lp);
}
