// Which capacities sizing mode decides, their bounds and units (MODEL §8 Conventions), and named input errors.
import { technologyById } from '../catalog';
import type { InputIssue, Checked } from '../issues';
import type { Scenario, TechnologyInstance } from '../scenario';
import { annualCostPerUnit, capacityItems, type CapacityItem } from '../economics/capacities';

/** Technologies bounded by the resource and the licence, not by cost: [0, the scenario's value]. */
const RESOURCE_BOUNDED = new Set(['geothermalWells', 'hotDryRock']);
/** Default upper bound of every other capacity: this many times the scenario's value (MODEL §8). */
const DEFAULT_UPPER_FACTOR = 3;
/** Slack when rounding bounds to whole units. */
const UNIT_EPS = 1e-9;

/** One capacity the LP decides, as a column N of `unitSize`-sized units. */
export interface SizedItem {
  readonly item: CapacityItem;
  readonly integer: boolean;
  /** Capacity units (MW, MWh, m², MWp) per unit of the column. */
  readonly unitSize: number;
  /** Bounds in capacity units, and of the column. */
  readonly lower: number;
  readonly upper: number;
  readonly colLower: number;
  readonly colUpper: number;
  /** The parameter value the technology is prepared at: one unit of the column. */
  readonly paramPerUnit: number;
  /** CAPEX of one column unit, CNY. */
  readonly capexPerUnitCny: number;
  /** (CRF + FOM)·CAPEX of one column unit, CNY/a (before the off-season credit). */
  readonly annualCostPerUnitCny: number;
}

export interface SizingPlan {
  readonly items: readonly SizedItem[];
}

function enabledInstances(s: Scenario): { inst: TechnologyInstance; index: number }[] {
  return s.technologies.map((inst, index) => ({ inst, index })).filter((e) => e.inst.enabled);
}

/**
 * The sizing plan of a scenario. Without `sizing.capacities`, every capacity of every enabled instance is
 * sized within the default bounds (wells and hot dry rock [0, value], the rest [0, 3·value]; wells count
 * whole doublets); with a list, only those, the rest kept at their values. `fixed` keeps every capacity at
 * the scenario's value (the consistency check of `island size --fixed`). Every problem is a named issue.
 */
export function sizingPlan(s: Scenario, opts: { fixed?: boolean } = {}): Checked<SizingPlan> {
  const issues: InputIssue[] = [];
  const byId = new Map(enabledInstances(s).map((e) => [e.inst.id, e]));
  const all = enabledInstances(s).flatMap(({ inst }) =>
    capacityItems(s, { id: inst.id, type: inst.type, def: technologyById(inst.type)!, params: inst.params }),
  );
  const specs = s.sizing.capacities;
  const chosen: { item: CapacityItem; spec: (typeof specs)[number] | null; path: string }[] = [];
  if (opts.fixed || specs.length === 0) {
    for (const item of all) chosen.push({ item, spec: null, path: `technologies.${item.instanceId}` });
  } else {
    specs.forEach((spec, i) => {
      const path = `sizing.capacities[${i}]`;
      if (!byId.has(spec.instance)) {
        issues.push({
          path: `${path}.instance`,
          message: 'is not an enabled technology instance of this scenario',
          value: spec.instance,
        });
        return;
      }
      const key = spec.capacity === 'power' ? `${spec.instance}.power` : spec.instance;
      const item = all.find((c) => c.key === key);
      if (!item) {
        issues.push({
          path: `${path}.capacity`,
          message: 'only a store has a power capacity',
          value: spec.capacity,
        });
        return;
      }
      if (chosen.some((c) => c.item.key === key)) {
        issues.push({ path: `${path}.instance`, message: 'is listed twice', value: spec.instance });
        return;
      }
      chosen.push({ item, spec, path });
    });
  }
  const r = s.economics.discountRate;
  const items: SizedItem[] = [];
  for (const { item, spec, path } of chosen) {
    const def = technologyById(item.type)!;
    const intParam = def.params[item.param]?.integer === true;
    const defaultUpper = RESOURCE_BOUNDED.has(item.type) ? item.value : DEFAULT_UPPER_FACTOR * item.value;
    const lower = opts.fixed ? item.value : (spec?.min ?? 0);
    const upper = opts.fixed ? item.value : (spec?.max ?? defaultUpper);
    if (lower > upper) {
      issues.push({
        path: `${path}.min`,
        message: `min ${lower} is above max ${upper} ${item.unit} (allowed min ≤ max)`,
        value: lower,
      });
      continue;
    }
    const integer = intParam || (spec?.integer ?? false);
    const unitSize = intParam ? item.perParamUnit : integer ? (spec?.unitSize ?? item.value) : 1;
    if (!(unitSize > 0)) {
      issues.push({
        path: `${path}.unitSize`,
        message: `a whole unit needs a size > 0 ${item.unit} (the scenario's value is ${item.value})`,
        value: unitSize,
      });
      continue;
    }
    const colLower = integer ? Math.ceil(lower / unitSize - UNIT_EPS) : lower / unitSize;
    const colUpper = integer ? Math.floor(upper / unitSize + UNIT_EPS) : upper / unitSize;
    if (colLower > colUpper) {
      issues.push({
        path: `${path}.max`,
        message: `no whole number of ${unitSize} ${item.unit} units lies in [${lower}, ${upper}]`,
        value: upper,
      });
      continue;
    }
    items.push({
      item,
      integer,
      unitSize,
      lower,
      upper,
      colLower,
      colUpper,
      paramPerUnit: unitSize / item.perParamUnit,
      capexPerUnitCny: item.capexCnyPerUnit * unitSize,
      annualCostPerUnitCny: annualCostPerUnit(item, r) * unitSize,
    });
  }
  if (!opts.fixed && issues.length === 0 && !items.some((i) => i.colUpper > i.colLower)) {
    issues.push({
      path: 'sizing.capacities',
      message: 'every capacity is fixed (each min equals its max): there is nothing to size',
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: { items } };
}

/**
 * The scenario prepared for the sizing LP: each sized parameter set to one unit of its column (so every bound
 * a technology computes from its parameters is per unit), parameters that follow it kept in proportion.
 */
export function perUnitScenario(s: Scenario, plan: SizingPlan): Scenario {
  return withCapacities(s, plan, (it) => it.paramPerUnit);
}

/** The scenario with each sized parameter at `value(item)` (in parameter units), followers in proportion. */
export function withCapacities(s: Scenario, plan: SizingPlan, value: (it: SizedItem) => number): Scenario {
  const technologies = s.technologies.map((inst) => {
    const mine = plan.items.filter((it) => it.item.instanceId === inst.id);
    if (mine.length === 0) return inst;
    const params = { ...inst.params };
    for (const it of mine) {
      const old = inst.params[it.item.param] ?? 0;
      const v = value(it);
      params[it.item.param] = v;
      for (const f of it.item.follows) params[f] = old > 0 ? ((inst.params[f] ?? 0) * v) / old : v;
    }
    return { ...inst, params };
  });
  return { ...s, technologies };
}
