// Builders for sizing tests: hand-checkable micro sizing models through the real sizing builder, LP and MILP.
import type { SeriesEnv } from '../../solver/catalog/types';
import type { ModelSteps } from '../../solver/model/steps';
import type { SolveOutcome } from '../../solver/lp/linear-model';
import { solveMipWithHighs } from '../../solver/backends/highs-mip';
import { buildSizingLp, relaxIntegers } from '../../solver/sizing/model';
import { perUnitScenario, sizingPlan } from '../../solver/sizing/plan';
import type { DesignPoint } from '../../solver/sizing/design-rows';
import type { Scenario } from '../../solver/scenario';
import {
  microInstance,
  microScenario,
  solveCompiled,
  VALLEY_FLAT_PEAK,
  type JsonObject,
} from './engine-fixtures';

/** One instance of a micro sizing model: its scenario JSON (params as in a file). */
export interface SizingInstance {
  readonly type: string;
  readonly id?: string;
  readonly params?: Readonly<Record<string, number>>;
}

export interface MicroSizingSpec {
  readonly demandMw: readonly number[];
  readonly priceEl?: readonly number[];
  readonly weight?: readonly number[];
  readonly tOutC?: readonly number[];
  readonly instances: readonly SizingInstance[];
  /** The scenario's `sizing` block (default: design check off, every capacity sized). */
  readonly sizing?: JsonObject;
  readonly economics?: JsonObject;
  readonly points?: readonly DesignPoint[];
  /** Keep every capacity at its value (the current plant). */
  readonly fixed?: boolean;
  /** Further edits of the raw scenario (prices, policies). */
  readonly edit?: (raw: JsonObject) => void;
}

/** A built micro sizing model. */
export function buildMicroSizing(spec: MicroSizingSpec) {
  const scenario: Scenario = microScenario((raw) => {
    raw['technologies'] = spec.instances.map((i) => ({
      id: i.id ?? `${i.type}_1`,
      type: i.type,
      params: { ...i.params },
    }));
    raw['sizing'] = { designCheck: false, ...spec.sizing };
    if (spec.economics) raw['economics'] = spec.economics;
    spec.edit?.(raw);
  });
  const planned = sizingPlan(scenario, { fixed: spec.fixed ?? false });
  if (!planned.ok) throw new Error(`fixture: ${JSON.stringify(planned.issues)}`);
  const plan = planned.value;
  const unit = perUnitScenario(scenario, plan);
  const n = spec.demandMw.length;
  const tOutC = Float64Array.from({ length: n }, (_, t) => spec.tOutC?.[t] ?? 0);
  const zeros = new Float64Array(n);
  const env: SeriesEnv = { hours: n, tOutC, ghiWm2: zeros, wind10Ms: zeros, poa: () => zeros };
  const prepared = unit.technologies.map((t) =>
    microInstance({ type: t.type, id: t.id, params: t.params }, env),
  );
  prepared.sort((a, b) => a.def.order - b.def.order);
  const price = spec.priceEl ?? Array.from({ length: n }, (_, t) => VALLEY_FLAT_PEAK[t % 3]!);
  const steps: ModelSteps = {
    mode: spec.weight ? 'representative' : 'season',
    data: {
      n,
      weight: Float64Array.from({ length: n }, (_, t) => spec.weight?.[t] ?? 1),
      period: new Int32Array(n),
      cyclicGroups: [{ start: 0, length: n }],
      demandMw: Float64Array.from(spec.demandMw),
      priceElCnyPerMwh: Float64Array.from(price),
    },
    series: prepared.map((p) => p.series),
    tOutC,
    ghiWm2: zeros,
    grouping: null,
    label: (t) => `step ${t}`,
  };
  const lp = buildSizingLp(scenario, steps, prepared, plan, {
    points: spec.points ?? [],
    creditPerUnitCny: plan.items.map(() => 0),
    fixed: spec.fixed ?? false,
  });
  return { scenario, prepared, ...lp };
}

export type MicroSizing = ReturnType<typeof buildMicroSizing>;

/** Solves a micro sizing model: HiGHS MILP when it has integers (or the LP relaxation), else the LP. */
export async function solveSizingMicro(
  m: MicroSizing,
  how: 'highs' | 'jslp' | 'relaxed' = 'highs',
): Promise<SolveOutcome> {
  const ints = m.compiled.integerColumns?.length ?? 0;
  if (how === 'relaxed' || (how === 'highs' && ints === 0))
    return solveCompiled(relaxIntegers(m.compiled), 'highs');
  return how === 'jslp' ? solveCompiled(m.compiled, 'jslp') : solveMipWithHighs(m.compiled);
}

/** Capacity (in capacity units) of plan item `key` in a solution. */
export function sizedValue(m: MicroSizing, x: Float64Array, key: string): number {
  const c = m.columns.find((k) => k.item.item.key === key);
  if (!c) throw new Error(`fixture: no sized capacity ${key}`);
  return x[c.col]! * c.item.unitSize;
}
