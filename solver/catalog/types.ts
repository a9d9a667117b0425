// The shape of a technology definition: one object per technology drives LP, validator, schema, UI and docs.
import type { BuildContext, InstanceHandle } from '../model/build-context';

/** A bus id or a bought carrier's id (solver/carriers: heat, electricity, gas, coal …). */
export type Carrier = string;

/**
 * How a technology behaves, for exhaustive switches in UI and reports:
 * - converter: turns a source (ground, air, water, gas, sun) into heat, possibly using electricity or gas;
 * - storage: moves energy of one carrier in time;
 * - variableSupply: weather-driven electricity (PV, wind).
 */
export type Archetype = 'converter' | 'storage' | 'variableSupply';

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** One editable parameter: its unit, default, allowed range, labels and where the default comes from. */
export interface ParamSpec {
  /** Canonical unit of the stored number, mathjs syntax ("MW", "MWh", "CNY/MWh", "m^2", "degC", "1" for ratios). */
  readonly unit: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly label: Bilingual;
  readonly description?: Bilingual;
  /** Where the default comes from (document, datasheet, or "assumed: …"). */
  readonly source: string;
  /** True when the default is an engineering assumption, not a fact (MODEL.md "assumed"). */
  readonly assumed?: boolean;
  /** Show in the editor's compact row (capacity and one or two key parameters). */
  readonly key?: boolean;
}

export type ParamValues<K extends string> = { readonly [P in K]: number };

/** Weather-derived hourly inputs available to a technology's series function (per season hour). */
export interface SeriesEnv {
  readonly hours: number;
  readonly tOutC: Float64Array;
  readonly ghiWm2: Float64Array;
  readonly wind10Ms: Float64Array;
  /** Plane-of-array irradiance (W/m²) on a south-facing plane of the given tilt; cached per tilt. */
  poa(tiltDeg: number, azimuthDeg?: number): Float64Array;
}

/**
 * Hourly series a technology derives from weather, per season hour. They are averaged as they are in
 * representative mode (MODEL §2), so nonlinear curves are evaluated hour by hour first.
 * - availMw: upper bound of the output column (MW_th, or MW_e for variable supply);
 * - elecPerHeat: electricity per unit of heat, 1/COP (MW_e/MW_th).
 */
export interface TechSeries {
  readonly availMw?: Float64Array;
  readonly elecPerHeat?: Float64Array;
}

/** Firm heat capacity of an instance at one outdoor temperature (design check, MODEL §2). */
export interface FirmCapacity {
  /** Sizes (MW) of the independent units this instance consists of; their sum is its firm capacity. */
  readonly unitsMw: readonly number[];
  /** True when the firm capacity depends on geothermal heat in service (absorption heat pumps). */
  readonly limitedByGeothermalMw?: (geothermalInServiceMw: number) => number;
}

/** Investment data for sizing mode and LCOH (MODEL §8); values are assumptions, editable per scenario. */
export interface Economics {
  /** CAPEX in CNY per unit of the capacity in `capacityUnit` (per kW is converted by the catalog file). */
  readonly capexCnyPerCapacityUnit: number;
  readonly lifetimeYears: number;
  /** Fixed O&M per year as a fraction of CAPEX. */
  readonly fomShareOfCapex: number;
  readonly source: string;
  /** The year whose CNY the CAPEX is in. */
  readonly currencyYear: number;
  /**
   * A second priced capacity (a store's power, MODEL §8 Conventions): CNY per unit of `param`; the
   * `follows` parameters keep their ratio to it when it is sized (charge power follows discharge power).
   */
  readonly power?: {
    readonly param: string;
    readonly capexCnyPerUnit: number;
    readonly follows: readonly string[];
    readonly source: string;
  };
}

/** The single definition of a technology (ARCHITECTURE.md "A technology is defined once"). */
export interface TechnologyDefinition<K extends string = string> {
  /** Stable, LP-safe id; also the `type` of a scenario instance. */
  readonly id: string;
  /** Catalog order number 1..13 (MODEL §5). */
  readonly order: number;
  readonly label: Bilingual;
  /** Chart colour (CSS hex). */
  readonly colour: string;
  readonly archetype: Archetype;
  readonly carriers: { readonly consumes: readonly Carrier[]; readonly produces: readonly Carrier[] };
  readonly params: { readonly [P in K]: ParamSpec };
  /** The parameter that is "the capacity" in tables, charts and sizing. */
  readonly capacityParam: NoInfer<K>;
  /** Unit of the capacity for display ("MW", "MWh", "MWp", "m²"). */
  readonly capacityUnit: string;
  /** The capacity in capacityUnit (e.g. doublets × MW per doublet); defaults to the capacity parameter. */
  capacity?(p: ParamValues<K>): number;
  readonly economics: Economics;
  /** Equations of this technology's LP contribution, for the generated model docs. */
  readonly math: string;
  /** Hourly availability / COP series from weather (optional). */
  series?(p: ParamValues<K>, env: SeriesEnv): TechSeries;
  /** Adds this instance's columns and rows. Runs in catalog order, instance order. */
  build(ctx: BuildContext, inst: InstanceHandle<K>): void;
  /** Runs after every instance is built, for rows that reference other technologies (tail water). */
  link?(ctx: BuildContext, inst: InstanceHandle<K>): void;
  /** Rules across parameters (min ≤ max, ordered speeds), checked by the scenario validator. */
  check?(p: ParamValues<K>): readonly { readonly param: K; readonly message: string }[];
  /** Firm heat capacity at outdoor temperature tOutC; absent = not counted (solar, PV, wind, storage). */
  firm?(p: ParamValues<K>, tOutC: number): FirmCapacity;
}

/** Identity function that checks a definition against the type and keeps its parameter keys. */
export function defineTechnology<K extends string>(def: TechnologyDefinition<K>): TechnologyDefinition<K> {
  for (const [key, spec] of Object.entries<ParamSpec>(def.params)) {
    if (!(spec.min <= spec.default && spec.default <= spec.max)) {
      throw new Error(`${def.id}.${key}: default ${spec.default} outside [${spec.min}, ${spec.max}]`);
    }
  }
  return def;
}
