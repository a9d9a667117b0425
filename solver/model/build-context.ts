// What a technology's build() sees: the steps, the prices, the balances, and helpers to add columns and rows.
import type { LinearModel } from '../lp/linear-model';
import type { ParamValues, TechSeries } from '../catalog/types';
import { rowName } from '../lp/names';
import { BUSES, CARRIERS, type CarrierPrices } from '../carriers';

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

/** Prices and factors in solver units (per MWh), converted from the scenario once per built model. */
export interface PriceData {
  /** Per bought carrier (CARRIERS): π, the CO₂ counted in its scope, biogenic CO₂, tce and quantity per MWh. */
  readonly carriers: Readonly<Record<string, CarrierPrices>>;
  /** π_exp, CNY/MWh_e; null when export is disabled. */
  readonly exportCnyPerMwh: number | null;
  /** I_max, MW_e. */
  readonly importLimitMw: number;
  /** π_CO2, CNY/tCO2. */
  readonly carbonCnyPerT: number;
  /** VOLL, CNY/MWh_th of unserved heat. */
  readonly vollCnyPerMwh: number;
  /** π_dump, CNY/MWh_th of rejected heat. */
  readonly dumpCnyPerMwh: number;
}

/** The price of carrier `c` at step t, CNY/MWh (constant or time-of-use). */
export function carrierPriceAt(c: CarrierPrices, t: number): number {
  return typeof c.cnyPerMwh === 'number' ? c.cnyPerMwh : c.cnyPerMwh[t]!;
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
  | 'dump'
  | 'capacity';

/** Flow keys that are neither a bus nor a bought carrier: accounting attributes of a column. */
export const FLOW_ATTRIBUTES = {
  /** Geothermal heat attributed (MODEL §9), MW_th. */
  geothermal: 'geothermal',
  /** Heat counted as rejected and priced like dumped heat (a store's round-trip loss), MW_th. */
  rejected: 'rejected',
} as const;

/**
 * Per-column flows per unit of the column (MW per MW, or MWh per MWh for levels), keyed by the id of a
 * bus (into it + or out of it −), of a bought carrier (MWh of it used, ≥ 0) or of a FLOW_ATTRIBUTES entry.
 */
export type Flows = { readonly [key: string]: number | undefined };

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
  /** Upper bound: a constant, or per step (at the instance's value of `capacity`, when that is given). */
  readonly upper: number | ((t: number) => number);
  readonly lower?: number | ((t: number) => number);
  /**
   * The capacity parameter `upper` and `lower` scale with. In sizing mode, when it is sized, the bounds
   * become rows against its column (see {@link BuildContext.capacityColumn}); otherwise nothing changes.
   */
  readonly capacity?: string;
  /** A bound that does not scale with the capacity (a site limit such as S_max/(1 − 1/COP)). */
  readonly limit?: number;
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
  /** The column's flows per unit (shared objects for constant flows). */
  readonly flows: Flows[];
  readonly vom: number[];
}

const NO_FLOWS: Flows = {};

/**
 * Shared state while building one LP. Balances: one row per bus (BUSES) and step,
 * Σ_col flow_bus(col)·x_col = rhs_bus,t. Costs: every column's objective coefficient is
 * w_t·(VOM + Σ_c flow_c·(π_c,t + π_CO2·EF_c) + rejected·π_dump) over the bought carriers c it names, plus
 * role-specific terms added by the core (export revenue, slack penalties).
 */
export class BuildContext {
  /** Balance row of each bus (by id) at each step. */
  readonly balances: Readonly<Record<string, Int32Array>>;
  readonly columns: ColumnIndex = { instance: [], role: [], step: [], flows: [], vom: [] };
  /** Sizing mode: instance/param → its capacity column. */
  private readonly sized = new Map<string, number>();
  private readonly tagged = new Map<string, { col: number; step: number; coef: number }[]>();
  private readonly stepCols = new Map<string, Int32Array>();
  /** π_c,t + π_CO2·EF_c per bought carrier, the part of a column's cost per MWh of carrier c. */
  private readonly carrierCost: readonly { readonly id: string; readonly at: (t: number) => number }[];

  constructor(
    readonly lp: LinearModel,
    readonly steps: StepData,
    readonly prices: PriceData,
  ) {
    const balances: Record<string, Int32Array> = {};
    for (const bus of BUSES) {
      const rows = new Int32Array(steps.n);
      for (let t = 0; t < steps.n; t++) {
        const rhs = bus.rhs(steps, t);
        rows[t] = lp.addRow(rowName(bus.rowFamily, t), rhs, rhs);
      }
      balances[bus.id] = rows;
    }
    this.balances = balances;
    this.carrierCost = CARRIERS.map((c) => {
      const p = prices.carriers[c.id]!;
      const carbon = prices.carbonCnyPerT * p.co2TPerMwh;
      return { id: c.id, at: (t: number) => carrierPriceAt(p, t) + carbon };
    });
  }

  /** Balance row of bus `busId` at step t. */
  balanceRow(busId: string, t: number): number {
    const rows = this.balances[busId];
    if (!rows) throw new Error(`no bus "${busId}"`);
    return rows[t]!;
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
      if (t === 0) checkFlowKeys(prefix, f);
      const w = this.steps.weight[t]!;
      let perUnit = vom + (f[FLOW_ATTRIBUTES.rejected] ?? 0) * this.prices.dumpCnyPerMwh;
      for (const c of this.carrierCost) {
        const amount = f[c.id];
        if (amount) perUnit += amount * c.at(t);
      }
      const lo = lower === undefined ? 0 : typeof lower === 'function' ? lower(t) : lower;
      const hi = typeof upper === 'function' ? upper(t) : upper;
      const capCol = spec.capacity && instance ? this.capacityColumn(instance.id, spec.capacity) : null;
      const col =
        capCol === null
          ? this.lp.addStepColumn(prefix, t, lo, Math.min(hi, spec.limit ?? Infinity), w * perUnit)
          : this.lp.addStepColumn(prefix, t, 0, spec.limit ?? Infinity, w * perUnit);
      if (capCol !== null) this.capacityRows(`${spec.family}_cap__${owner}`, t, col, capCol, lo, hi);
      cols[t] = col;
      for (const bus of BUSES) {
        const coef = f[bus.id];
        if (coef) this.lp.addTerm(this.balances[bus.id]![t]!, col, coef);
      }
      this.record(instance?.index ?? -1, spec.role, t, f, vom);
      for (const tag of spec.tags ?? []) this.tag(tag, col, t, firstBusFlow(f));
    }
    this.stepCols.set(`${owner}/${spec.family}`, cols);
    return cols;
  }

  /**
   * The sizing column of an instance's capacity parameter, or null when that capacity is a constant (dispatch
   * mode, or not sized). Its value counts units of the parameter's prepared value: in sizing mode the
   * instance's parameters are prepared at one unit, so a bound b_t computed from them is per unit and the
   * bound on x_t becomes the row x_t − b_t·N ≤ 0.
   */
  capacityColumn(instanceId: string, param: string): number | null {
    return this.sized.get(`${instanceId}/${param}`) ?? null;
  }

  /**
   * Makes an instance's capacity parameter a decision (sizing mode, MODEL §8): a column N counting units of
   * the parameter's prepared value, with its annual cost; every later bound that scales with that parameter
   * becomes a row against it. Call before the technologies are built.
   */
  addCapacityColumn(
    instanceId: string,
    param: string,
    bounds: readonly [number, number],
    cost: number,
  ): number {
    const col = this.addColumn(null, `capacity__${instanceId}__${param}`, bounds, cost, 'capacity', -1);
    this.sized.set(`${instanceId}/${param}`, col);
    return col;
  }

  /**
   * Bounds of a column against a sized capacity N (units):  x − hi·N ≤ 0  and, when lo > 0,  x − lo·N ≥ 0,
   * with lo, hi the bounds per unit of capacity.
   */
  private capacityRows(name: string, t: number, col: number, capCol: number, lo: number, hi: number): void {
    if (Number.isFinite(hi))
      this.lp.addRow(rowName(`${name}_up`, t), -Infinity, 0, [
        [col, 1],
        [capCol, -hi],
      ]);
    if (lo > 0)
      this.lp.addRow(rowName(`${name}_lo`, t), 0, Infinity, [
        [col, 1],
        [capCol, -lo],
      ]);
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
    this.record(instance?.index ?? -1, role, step, NO_FLOWS, 0);
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
    c.flows.push(f);
    c.vom.push(vom);
  }
}

const KNOWN_FLOW_KEYS = new Set<string>([
  ...BUSES.map((b) => b.id),
  ...CARRIERS.map((c) => c.id),
  ...Object.values(FLOW_ATTRIBUTES),
]);

/** A flow key that names no bus, carrier or attribute is a programming error (its term would be lost). */
function checkFlowKeys(family: string, f: Flows): void {
  for (const key of Object.keys(f)) {
    if (!KNOWN_FLOW_KEYS.has(key))
      throw new Error(`${family}: flow "${key}" is no bus, carrier or attribute`);
  }
}

/** The coefficient on the first bus (in BUSES order) a column feeds, for tagged-column lookups. */
function firstBusFlow(f: Flows): number {
  for (const bus of BUSES) {
    const coef = f[bus.id];
    if (coef !== undefined) return coef;
  }
  return 0;
}
