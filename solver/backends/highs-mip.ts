// HiGHS branch-and-cut for sizing MILPs: time limit, relative gap, progress and cancel, incumbent kept on timeout.
import loadHighs from 'highs';
import type { Highs, Model as HighsModel } from 'highs';
import type { CompiledLp, SolveOutcome } from '../lp/linear-model';
import { errorText, failedOutcome, nowMs } from './common';
import { toModelData } from './highs-update';
import { normaliseHighsStatus } from './highs';

/** MILP progress: the incumbent's objective, the proven bound, the relative gap and nodes explored. */
export interface MipProgress {
  readonly incumbentCny: number | null;
  readonly boundCny: number | null;
  readonly gap: number | null;
  readonly nodes: number;
  readonly seconds: number;
}

export interface MipOptions {
  readonly timeLimitSec?: number;
  /** HiGHS mip_rel_gap; default 1e-4. */
  readonly mipRelGap?: number;
  readonly onProgress?: (p: MipProgress) => void;
  /** Polled during branch-and-cut; true interrupts the solve (the incumbent is kept). */
  readonly shouldStop?: () => boolean;
  /** A HiGHS runtime to use (a fresh one is loaded otherwise). */
  readonly runtime?: Highs;
}

/** An outcome with the MILP's figures; `x` holds the incumbent also on time_limit or interrupt. */
export interface MipOutcome extends SolveOutcome {
  readonly mipGap: number | null;
  readonly mipNodes: number | null;
  /** True when x is an incumbent that was not proven optimal (time limit or cancel). */
  readonly incumbentOnly: boolean;
}

/** HiGHS' integrality code for an integer column. */
const INTEGER = 1;
/** HiGHS' primal_solution_status for a feasible point. */
const FEASIBLE_POINT = 2;

function infoNumber(model: HighsModel, name: string): number | null {
  try {
    const v = model.info.get(name);
    return Number(v);
  } catch {
    return null;
  }
}

/**
 * Solves `lp` (with `lp.integerColumns`) by HiGHS branch-and-cut. On time limit or interrupt the incumbent,
 * when there is one, is returned with status 'time_limit' and `incumbentOnly`; row duals are not available
 * for a MILP (null): sizing reads them from the LP with the integers fixed.
 */
export async function solveMipWithHighs(lp: CompiledLp, options: MipOptions = {}): Promise<MipOutcome> {
  const started = nowMs();
  const runtime = options.runtime ?? (await loadHighs());
  const model = runtime.createModel();
  const fail = (status: 'infeasible' | 'unbounded' | 'time_limit' | 'error', text: string): MipOutcome => ({
    ...failedOutcome('highs', status, text, nowMs() - started),
    mipGap: infoNumber(model, 'mip_gap'),
    mipNodes: infoNumber(model, 'mip_node_count'),
    incumbentOnly: false,
  });
  try {
    const limit = options.timeLimitSec;
    model.options.set({
      output_flag: false,
      log_to_console: false,
      mip_rel_gap: options.mipRelGap ?? 1e-4,
      ...(limit !== undefined && Number.isFinite(limit) && limit > 0 ? { time_limit: limit } : {}),
    });
    const integrality = new Int32Array(lp.numCols);
    for (const j of lp.integerColumns ?? []) integrality[j] = INTEGER;
    model.passModel({ ...toModelData(lp), integrality });
    const c = runtime.constants.callbackType;
    const { modelStatus } = model.run({
      [c.mipInterrupt](event) {
        const d = event.data;
        options.onProgress?.({
          incumbentCny: Number.isFinite(d.mip_primal_bound) ? (d.mip_primal_bound ?? null) : null,
          boundCny: Number.isFinite(d.mip_dual_bound) ? (d.mip_dual_bound ?? null) : null,
          gap: Number.isFinite(d.mip_gap) ? (d.mip_gap ?? null) : null,
          nodes: Number(d.mip_node_count ?? 0n),
          seconds: d.running_time ?? 0,
        });
        if (options.shouldStop?.()) event.interrupt();
        return undefined;
      },
    });
    const status = normaliseHighsStatus(modelStatus);
    const hasPoint = infoNumber(model, 'primal_solution_status') === FEASIBLE_POINT;
    const interrupted = modelStatus === runtime.constants.modelStatus.interrupted;
    if (status !== 'optimal' && !((status === 'time_limit' || interrupted) && hasPoint)) {
      return fail(interrupted ? 'time_limit' : status, `HiGHS MIP: status ${modelStatus}`);
    }
    const x = model.getSolution().colValue;
    return {
      status: status === 'optimal' ? 'optimal' : 'time_limit',
      statusText:
        status === 'optimal'
          ? 'HiGHS MIP: Optimal'
          : `HiGHS MIP: ${interrupted ? 'interrupted' : 'time limit'}, incumbent kept`,
      backend: 'highs',
      objective: model.getObjectiveValue(),
      x,
      rowDual: null,
      iterations: infoNumber(model, 'simplex_iteration_count'),
      warmStart: false,
      solveMs: nowMs() - started,
      mipGap: infoNumber(model, 'mip_gap'),
      mipNodes: infoNumber(model, 'mip_node_count'),
      incumbentOnly: status !== 'optimal',
    };
  } catch (error) {
    return fail('error', `HiGHS MIP threw ${errorText(error)}`);
  } finally {
    try {
      model.dispose();
    } catch {
      // A broken instance may fail to free its memory; it is dropped either way.
    }
  }
}
