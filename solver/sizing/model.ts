// Builds the sizing LP/MILP (MODEL §8): the dispatch model with capacity columns, their bounds, design check and budget.
import type { Scenario } from '../scenario';
import type { WeatherYear } from '../weather';
import { prepareSeason, type PreparedInstance, type PreparedSeason } from '../model/prepare';
import { representativeSteps, seasonSteps, type Mode, type ModelSteps } from '../model/steps';
import { buildDispatchModel, type DispatchModel } from '../model/build';
import { designCheck } from '../model/design-check';
import type { CompiledLp } from '../lp/linear-model';
import { offSeasonMwhPerUnit } from '../economics/off-season';
import { capacityItems } from '../economics/capacities';
import { technologyById } from '../catalog';
import { addDesignRows, type DesignPoint } from './design-rows';
import { perUnitScenario, type SizedItem, type SizingPlan } from './plan';

/** A built sizing model and what is needed to read its solution. */
export interface SizingModel {
  readonly plan: SizingPlan;
  readonly prepared: PreparedSeason;
  readonly steps: ModelSteps;
  readonly model: DispatchModel;
  readonly compiled: CompiledLp;
  /** Per plan item: its column (bounded by [N_min, N_max]; its reduced cost is the shadow price). */
  readonly columns: readonly { readonly item: SizedItem; readonly col: number }[];
  /** Off-season credit per column unit, CNY/a (PV, wind). */
  readonly creditPerUnitCny: readonly number[];
  readonly designRows: readonly number[];
  readonly budgetRow: number | null;
  readonly buildMs: number;
}

/** Peak loads of the design check from the season's hourly series (both modes, MODEL §8). */
export function designPoints(s: Scenario, weather: WeatherYear, prepared: PreparedSeason): DesignPoint[] {
  const measuredPeak = s.demand.kind === 'measured' ? Math.max(...prepared.demandMw) : null;
  return designCheck(s, weather, prepared.instances, measuredPeak).points.map((p) => ({
    kind: p.kind,
    tOutC: p.tOutC,
    loadMw: p.peakLoadMw,
  }));
}

const clock = (globalThis as { performance?: { now(): number } }).performance;
const now = (): number => (clock ? clock.now() : Date.now());

/**
 * The sizing model on the scenario's weather: prepares the per-unit scenario, its steps and the design points
 * (from the season's hourly series in both modes), then {@link buildSizingLp}.
 */
export function buildSizingModel(
  s: Scenario,
  weather: WeatherYear,
  plan: SizingPlan,
  opts: { mode: Mode; typicalDaysPerPeriod?: number; measuredDemandMw?: Float64Array; fixed: boolean },
): SizingModel {
  const t0 = now();
  const unit = perUnitScenario(s, plan);
  const prepared = prepareSeason(unit, weather, opts.measuredDemandMw);
  const steps =
    opts.mode === 'season'
      ? seasonSteps(prepared)
      : representativeSteps(prepared, opts.typicalDaysPerPeriod ?? s.solver.typicalDaysPerPeriod);
  const exportPrice = s.prices.exportEnabled ? s.prices.exportCnyPerMwh : 0;
  const byId = new Map(prepared.instances.map((p) => [p.id, p]));
  const creditPerUnitCny = plan.items.map((it) => {
    const p = byId.get(it.item.instanceId);
    if (!p || it.item.kind !== 'capacity') return 0;
    // offSeasonMwhPerUnit is per unit of the parameter; one column unit is paramPerUnit of it.
    return exportPrice * offSeasonMwhPerUnit(p, weather, prepared.season) * it.paramPerUnit;
  });
  const points = s.sizing.designCheck && !opts.fixed ? designPoints(s, weather, prepared) : [];
  const lp = buildSizingLp(s, steps, prepared.instances, plan, {
    points,
    creditPerUnitCny,
    fixed: opts.fixed,
  });
  return { ...lp, prepared, buildMs: now() - t0 };
}

/**
 * The sizing model: §6 objective plus Σ_k ((CRF_k + FOM_k)·CAPEX_k − credit_k)·u_k·N_k over the sized
 * capacities N_k (columns counting units of size u_k), each technology's capacity bounds as rows against N_k
 * (BuildContext.addCapacityColumn), bounds N_min ≤ N_k ≤ N_max on the column (its reduced cost is the
 * shadow price, {@link reducedCost}), and when enabled the design check with N−1 at `points` ({@link addDesignRows}) and the CAPEX
 * budget Σ_k CAPEX_k·u_k·N_k ≤ B − CAPEX of the fixed capacities. Integer units are marked integer (an
 * MILP). `instances` are prepared at one unit of each sized capacity ({@link perUnitScenario}).
 */
export function buildSizingLp(
  s: Scenario,
  steps: ModelSteps,
  instances: readonly PreparedInstance[],
  plan: SizingPlan,
  opts: { points: readonly DesignPoint[]; creditPerUnitCny: readonly number[]; fixed: boolean },
): Omit<SizingModel, 'prepared' | 'buildMs'> {
  const { creditPerUnitCny } = opts;
  const cols: number[] = [];
  const model = buildDispatchModel(perUnitScenario(s, plan), steps, instances, (ctx) => {
    plan.items.forEach((it, k) => {
      cols.push(
        ctx.addCapacityColumn(
          it.item.instanceId,
          it.item.param,
          [it.colLower, it.colUpper],
          it.annualCostPerUnitCny - (creditPerUnitCny[k] ?? 0),
        ),
      );
    });
  });
  const { ctx, lp } = model;
  const columns = plan.items.map((item, k) => {
    const col = cols[k]!;
    if (item.integer && !opts.fixed) lp.markInteger(col);
    return { item, col };
  });
  let designRows: number[] = [];
  if (s.sizing.designCheck && !opts.fixed && opts.points.length) {
    const sized = new Map(
      columns.filter((c) => c.item.item.kind === 'capacity').map((c) => [c.item.item.instanceId, c]),
    );
    designRows = addDesignRows(ctx, instances, sized, opts.points, s.sizing.nMinus1);
  }
  let budgetRow: number | null = null;
  if (s.sizing.capexBudgetCny.enabled && !opts.fixed) {
    const sizedKeys = new Set(plan.items.map((it) => it.item.key));
    const fixedCapex = s.technologies
      .filter((t) => t.enabled)
      .flatMap((t) =>
        capacityItems(s, { id: t.id, type: t.type, def: technologyById(t.type)!, params: t.params }),
      )
      .filter((c) => !sizedKeys.has(c.key))
      .reduce((a, c) => a + c.capexCnyPerUnit * c.value, 0);
    budgetRow = ctx.addRow(
      'capex_budget',
      -Infinity,
      s.sizing.capexBudgetCny.value - fixedCapex,
      columns.map((c) => [c.col, c.item.capexPerUnitCny] as [number, number]),
    );
  }
  return { plan, steps, model, compiled: lp.compile(), columns, creditPerUnitCny, designRows, budgetRow };
}

/**
 * Reduced cost of column j from the row duals y: d_j = c_j − Σ_i a_ij·y_i (CNY per unit of x_j): at an
 * active upper bound, −d_j is what one more unit is worth; 0 strictly inside the bounds.
 */
export function reducedCost(lp: CompiledLp, j: number, rowDual: Float64Array): number {
  const { starts, indices, values } = lp.matrix;
  let d = lp.colCost[j]!;
  for (let k = starts[j]!; k < starts[j + 1]!; k++) d -= values[k]! * rowDual[indices[k]!]!;
  return d;
}

/** The same model without integrality (the LP relaxation), optionally with other column bounds. */
export function relaxIntegers(
  c: CompiledLp,
  cols: { readonly colLower: Float64Array; readonly colUpper: Float64Array } = c,
): CompiledLp {
  return {
    numCols: c.numCols,
    numRows: c.numRows,
    colNames: c.colNames,
    rowNames: c.rowNames,
    colCost: c.colCost,
    colLower: cols.colLower,
    colUpper: cols.colUpper,
    rowLower: c.rowLower,
    rowUpper: c.rowUpper,
    matrix: c.matrix,
    offset: c.offset,
  };
}
