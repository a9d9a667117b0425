// What a technology's build() sees: the steps, the prices, the balances, and helpers to add columns and rows.
import type { LinearModel } from '../lp/linear-model';
import type { ParamValues, TechSeries } from '../catalog/types';
import { rowName } from '../lp/names';

/** The modelled time steps (season hours, or typical-day hours) and the per-step data the LP uses. */
export interface StepData {
  readonly n: number;
  /** w_t: real hours this step stands for (1 in season mode; member days in representative mode). */
  readonly weight: Float64Array;
  /** Period index (into the scenario's periods) of each step. */
  readonly period: Int32Array;
  /** Storage cycles: each group is cyclic on its own (the season, or one typical day). */
  readonly cyclicGroups: readonly { readonly start: number; readonly length: number }[];
  /** D_t, MW_th. */
  readonly demandMw: Float64Array;
  /** π_el,t, CNY/MWh_e. */
  readonly priceElCnyPerMwh: Float64Array;
}

/** Prices and factors in solver units (per MWh), converted from the scenario at the edge. */
export interface PriceData {
  /** π_gas, CNY per MWh of gas (LHV). */
  readonly gasCnyPerMwh: number;
  /** π_exp, CNY/MWh_e; null when export is disabled. */
  readonly exportCnyPerMwh: number | null;
  /** I_max, MW_e. */
  readonly importLimitMw: number;
  /** π_CO2, CNY/tCO2. */
  readonly carbonCnyPerT: number;
  /** EF_grid, tCO2/MWh_e. */
  readonly gridCo2TPerMwh: number;
  /** EF_gas, tCO2/MWh_LHV. */
  readonly gasCo2TPerMwh: number;
  /** π_coal, CNY per tonne of standard coal (baseline coal boilers). */
  readonly coalCnyPerTce: number;
  /** EF_coal, tCO2/tce. */
  readonly coalCo2TPerTce: number;
  /** VOLL, CNY/MWh_th of unserved heat. */
  readonly vollCnyPerMwh: number;
  /** π_dump, CNY/MWh_th of rejected heat. */
  readonly dumpCnyPerMwh: number;
}

/** What a column stands for, for result extraction and cost recomputation. */
export type ColumnRole =
  | 'production'
  | 'storageCharge'
  | 'storageDischarge'
  | 'storageLevel'
  | 'gridImport'
  | 'gridExport'
  | 'unserved'
  | 'dump';

/** Per-column carrier flows per unit of the column (MW per MW, or MWh per MWh for levels). */
export interface Flows {
  /** Into the heat bus (+) or out of it (−). */
  readonly heat?: number;
  /** Into the electricity bus (+) or out of it (−). */
  readonly electricity?: number;
  /** Gas burnt, MWh_LHV (≥ 0). */
  readonly gas?: number;
  /** Coal burnt, tce (≥ 0). */
  readonly coal?: number;
  /** Geothermal heat attributed (MODEL §9), MW_th. */
  readonly geothermal?: number;
  /** Heat counted as rejected and priced like dumped heat (a store's round-trip loss), MW_th. */
  readonly rejected?: number;
}

/** A scenario instance as a technology's build() sees it. */
export interface InstanceHandle<K extends string = string> {
  /** LP-safe instance id from the scenario ("gasBoiler_1"). */
  readonly id: string;
  /** Technology id (catalog key). */
  readonly type: string;
  /** Position in the model's instance list. */
  readonly index: number;
  readonly params: ParamValues<K>;
  /** Series per modelled step (already averaged in representative mode). */
  readonly series: TechSeries;
}

/** Column specification for one column per step. Bounds and flows may vary by step. */
export interface StepColumnsSpec {
  readonly family: string;
  readonly role: ColumnRole;
  /** Upper bound: a constant, or per step. */
  readonly upper: number | ((t: number) => number);
  readonly lower?: number | ((t: number) => number);
  /** Flows per unit: constant, or per step (COP varying with weather). */
  readonly flows: Flows | ((t: number) => Flows);
  /** Variable O&M, CNY per MWh of this column. */
  readonly vomCnyPerMwh?: number;
  /** Tags other technologies can look up ("geothermalSource", "renewableElectricity"). */
  readonly tags?: readonly string[];
}

/** Column metadata kept in parallel arrays (one entry per LP column). */
export interface ColumnIndex {
  readonly instance: number[]; // −1 for core columns (grid, slack)
  readonly role: ColumnRole[];
  readonly step: number[]; // −1 for non-step columns
  readonly heat: number[];
  readonly electricity: number[];
  readonly gas: number[];
  readonly coal: number[];
  readonly geothermal: number[];
  readonly rejected: number[];
  readonly vom: number[];
}

/**
 * Shared state while building one LP. Costs: every column's objective coefficient is
 * w_t·(VOM + gas·(π_gas + π_CO2·EF_gas) + coal·(π_coal + π_CO2·EF_coal) + rejected·π_dump) plus role-specific terms added by the core (grid, slack);
 * electricity is priced only at the grid import/export columns.
 */
export class BuildContext {
  readonly heatBalance: Int32Array;
  readonly elecBalance: Int32Array;
  readonly columns: ColumnIndex = {
    instance: [],
    role: [],
    step: [],
    heat: [],
    electricity: [],
    gas: [],
    coal: [],
    geothermal: [],
    rejected: [],
    vom: [],
  };
  private readonly tagged = new Map<string, { col: number; step: number; coef: number }[]>();
  private readonly stepCols = new Map<string, Int32Array>();

  constructor(
    readonly lp: LinearModel,
    readonly steps: StepData,
    readonly prices: PriceData,
  ) {
    this.heatBalance = new Int32Array(steps.n);
    this.elecBalance = new Int32Array(steps.n);
    for (let t = 0; t < steps.n; t++) {
      const d = steps.demandMw[t]!;
      this.heatBalance[t] = lp.addRow(rowName('heat_balance', t), d, d);
    }
    for (let t = 0; t < steps.n; t++) this.elecBalance[t] = lp.addRow(rowName('elec_balance', t), 0, 0);
  }

  /** Adds one column per step wired into the balances and the objective; returns the column indices. */
  addStepColumns(instance: { id: string; index: number } | null, spec: StepColumnsSpec): Int32Array {
    const owner = instance?.id ?? 'plant';
    const cols = new Int32Array(this.steps.n);
    const vom = spec.vomCnyPerMwh ?? 0;
    const { flows, upper, lower } = spec;
    const prefix = `${spec.family}__${owner}__`;
    this.lp.claimStepFamily(prefix);
    for (let t = 0; t < this.steps.n; t++) {
      const f = typeof flows === 'function' ? flows(t) : flows;
      const w = this.steps.weight[t]!;
      const gas = f.gas ?? 0;
      const coal = f.coal ?? 0;
      const p = this.prices;
      const cost =
        w *
        (vom +
          gas * (p.gasCnyPerMwh + p.carbonCnyPerT * p.gasCo2TPerMwh) +
          coal * (p.coalCnyPerTce + p.carbonCnyPerT * p.coalCo2TPerTce) +
          (f.rejected ?? 0) * p.dumpCnyPerMwh);
      const lo = lower === undefined ? 0 : typeof lower === 'function' ? lower(t) : lower;
      const hi = typeof upper === 'function' ? upper(t) : upper;
      const col = this.lp.addStepColumn(prefix, t, lo, hi, cost);
      cols[t] = col;
      if (f.heat) this.lp.addTerm(this.heatBalance[t]!, col, f.heat);
      if (f.electricity) this.lp.addTerm(this.elecBalance[t]!, col, f.electricity);
      this.record(instance?.index ?? -1, spec.role, t, f, vom);
      for (const tag of spec.tags ?? []) this.tag(tag, col, t, f.heat ?? f.electricity ?? 0);
    }
    this.stepCols.set(`${owner}/${spec.family}`, cols);
    return cols;
  }

  /** Adds a single column (a level, an initial state) with explicit cost; flows are for accounting only. */
  addColumn(
    instance: { id: string; index: number } | null,
    name: string,
    bounds: readonly [number, number],
    cost: number,
    role: ColumnRole,
    step: number,
  ): number {
    const col = this.lp.addColumn(name, bounds[0], bounds[1], cost);
    this.record(instance?.index ?? -1, role, step, {}, 0);
    return col;
  }

  /** Adds a row `lower ≤ Σ coef·x ≤ upper`. */
  addRow(name: string, lower: number, upper: number, terms: Iterable<readonly [number, number]>): number {
    return this.lp.addRow(name, lower, upper, terms);
  }

  private readonly memos = new Map<string, unknown>();

  /** Creates a shared structure once per model (e.g. the tail-water rows all absorption units share). */
  memo<T>(key: string, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }

  /** Columns (per step) another instance registered under a family, or undefined. */
  columnsOf(instanceId: string, family: string): Int32Array | undefined {
    return this.stepCols.get(`${instanceId}/${family}`);
  }

  /** Every column tagged `tag`, with its step and its heat (or electricity) coefficient. */
  taggedColumns(tag: string): readonly { col: number; step: number; coef: number }[] {
    return this.tagged.get(tag) ?? [];
  }

  private tag(tag: string, col: number, step: number, coef: number): void {
    let list = this.tagged.get(tag);
    if (!list) this.tagged.set(tag, (list = []));
    list.push({ col, step, coef });
  }

  private record(instance: number, role: ColumnRole, step: number, f: Flows, vom: number): void {
    const c = this.columns;
    c.instance.push(instance);
    c.role.push(role);
    c.step.push(step);
    c.heat.push(f.heat ?? 0);
    c.electricity.push(f.electricity ?? 0);
    c.gas.push(f.gas ?? 0);
    c.coal.push(f.coal ?? 0);
    c.geothermal.push(f.geothermal ?? 0);
    c.rejected.push(f.rejected ?? 0);
    c.vom.push(vom);
  }
}
