// The shape of an energy bus and of a bought carrier: one entry each drives balances, costs, KPIs and reports.
import type { Bilingual } from '../catalog/types';
import type { Scenario } from '../scenario';

/**
 * An energy bus: one balance row per step, Σ (flow coefficient · column) = right-hand side. Columns say
 * what one unit does to it under the bus's id in their `flows`.
 */
export interface BusDefinition {
  /** Flow key and LP-safe id ("heat"). */
  readonly id: string;
  readonly label: Bilingual;
  /** Unit of a flow into the bus ("MW_th"). */
  readonly unit: string;
  /** Row family of the balance rows ("heat_balance" → heat_balance_t0 …). */
  readonly rowFamily: string;
  /** What the balance must equal at step t: the heat demand D_t, or 0. */
  rhs(steps: { readonly demandMw: Float64Array }, t: number): number;
}

/** A carrier's prices and factors in solver units: per MWh of fuel energy (LHV) or of electricity. */
export interface CarrierPrices {
  /** π, CNY/MWh, per step (a time-of-use tariff) or constant. */
  readonly cnyPerMwh: number | Float64Array;
  /** CO₂ counted in the plant's scope (1 for fuels, 2 for grid electricity), tCO₂/MWh; priced and capped. */
  readonly co2TPerMwh: number;
  /** Biogenic CO₂ released, tCO₂/MWh: reported on its own, never priced (0 for fossil carriers). */
  readonly biogenicCo2TPerMwh: number;
  /** Standard coal equivalent, tce/MWh. */
  readonly tcePerMwh: number;
  /** Physical quantity per MWh, in the carrier's `quantityUnit` (Nm³/MWh, t/MWh …). */
  readonly quantityPerMwh: number;
}

/**
 * A carrier the plant buys (grid electricity, natural gas, coal, biomass …). A column that uses it states
 * MWh of the carrier per unit of the column under the carrier's id in its `flows`; the objective, the CO₂
 * and tce accounting, the KPIs, the cost breakdown, the invariant and the reports follow from this entry.
 */
export interface CarrierDefinition {
  /** Flow key and LP-safe id ("gas"). */
  readonly id: string;
  /** Key of its cost category in the KPIs' cost breakdown ("gasCny"). */
  readonly costKey: string;
  /** Display order in cost breakdowns and tables. */
  readonly order: number;
  readonly label: Bilingual;
  /** CO₂ scope of `co2TPerMwh` (GHG Protocol): 1 burnt on site, 2 bought electricity. */
  readonly scope: 1 | 2;
  /** Unit of the physical quantity shown beside the energy ("Nm³", "tce", "t"). */
  readonly quantityUnit: string;
  /** The season cap policy on this carrier's energy (MWh), if there is one. */
  readonly capPolicy?: 'gasMaxMwh';
  /** The scenario's prices and factors converted to solver units (runs once per built model). */
  prices(s: Scenario, steps: { readonly priceElCnyPerMwh: Float64Array }): CarrierPrices;
  /** Where the conversion and the accounting convention come from. */
  readonly source: string;
}

/** Identity function that checks a bus definition against the type. */
export function defineBus(def: BusDefinition): BusDefinition {
  return def;
}

/** Identity function that checks a carrier definition against the type. */
export function defineCarrier(def: CarrierDefinition): CarrierDefinition {
  return def;
}
