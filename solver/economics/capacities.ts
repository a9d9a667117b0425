// The priced capacities of a plant (MODEL §8): one per instance, plus a store's power, with the scenario's overrides.
import { capacityOf, type TechnologyDefinition } from '../catalog';
import type { Scenario } from '../scenario';
import { crf } from './finance';

/** An enabled instance as economics sees it. */
export interface PricedInstance {
  readonly id: string;
  readonly type: string;
  readonly def: TechnologyDefinition;
  readonly params: Readonly<Record<string, number>>;
}

/** Which of an instance's capacities: its technology's capacity, or a store's power. */
export type CapacityKind = 'capacity' | 'power';

/** One priced capacity of one instance, in the technology's capacity unit. */
export interface CapacityItem {
  /** `gasBoiler_1`, or `phaseChangeStorage_1.power` for a store's power. */
  readonly key: string;
  readonly instanceId: string;
  readonly type: string;
  readonly kind: CapacityKind;
  /** The scenario parameter that holds it (`doublets`, `capacityMw`, `dischargeMw` …). */
  readonly param: string;
  /** Parameters that keep their ratio to `param` when it is sized (a store's charge power). */
  readonly follows: readonly string[];
  /** Display unit of `value` (MW, MWh, m², MWp). */
  readonly unit: string;
  /** Capacity units per unit of the parameter (MW per doublet; 1 otherwise). */
  readonly perParamUnit: number;
  /** The scenario's value, in `unit`. */
  readonly value: number;
  readonly capexCnyPerUnit: number;
  readonly lifetimeYears: number;
  readonly fomShareOfCapex: number;
  /** Where the cost figures come from (catalog source, or "scenario override"). */
  readonly source: string;
  readonly currencyYear: number;
}

/** The capacity items of an instance: its capacity, and a store's power when its catalog prices it. */
export function capacityItems(s: Scenario, inst: PricedInstance): CapacityItem[] {
  const e = inst.def.economics;
  const o = s.economics.technologies[inst.id] ?? {};
  const overridden = Object.keys(o).length > 0;
  const source = overridden
    ? `scenario override (economics.technologies.${inst.id}); else ${e.source}`
    : e.source;
  const param = inst.def.capacityParam;
  const perParamUnit = capacityOf(inst.def, { ...inst.params, [param]: 1 });
  const common = {
    instanceId: inst.id,
    type: inst.type,
    lifetimeYears: o.lifetimeYears ?? e.lifetimeYears,
    fomShareOfCapex: o.fomShareOfCapex ?? e.fomShareOfCapex,
    source,
    currencyYear: e.currencyYear,
  };
  const items: CapacityItem[] = [
    {
      ...common,
      key: inst.id,
      kind: 'capacity',
      param,
      follows: [],
      unit: inst.def.capacityUnit,
      perParamUnit,
      value: capacityOf(inst.def, inst.params),
      capexCnyPerUnit: o.capexCnyPerUnit ?? e.capexCnyPerCapacityUnit,
    },
  ];
  if (e.power) {
    items.push({
      ...common,
      key: `${inst.id}.power`,
      kind: 'power',
      param: e.power.param,
      follows: e.power.follows,
      unit: 'MW',
      perParamUnit: 1,
      value: inst.params[e.power.param] ?? 0,
      capexCnyPerUnit: o.powerCapexCnyPerMw ?? e.power.capexCnyPerUnit,
    });
  }
  return items;
}

/** Annual capital charge plus fixed O&M per capacity unit: (CRF(r, n) + FOM)·CAPEX per unit, CNY/(unit·a). */
export function annualCostPerUnit(item: CapacityItem, discountRate: number): number {
  return (crf(discountRate, item.lifetimeYears) + item.fomShareOfCapex) * item.capexCnyPerUnit;
}
