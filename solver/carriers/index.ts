// The bus and carrier registries: every balance, fuel cost, CO₂/tce total and cost row loops over these.
import { electricityBus, heatBus } from './buses';
import { coal } from './coal';
import { gridElectricity } from './grid-electricity';
import { naturalGas } from './natural-gas';
import type { BusDefinition, CarrierDefinition } from './types';

export type { BusDefinition, CarrierDefinition, CarrierPrices } from './types';

/** Buses in row order: the heat balance rows come first, then the electricity rows. */
export const BUSES: readonly BusDefinition[] = [heatBus, electricityBus];

/** Bought carriers in display order. */
export const CARRIERS: readonly CarrierDefinition[] = [gridElectricity, naturalGas, coal].sort(
  (a, b) => a.order - b.order,
);

/** The carriers burnt on site: everything a technology's column may name in its flows besides the buses. */
export const FUELS: readonly CarrierDefinition[] = CARRIERS.filter((c) => c.scope === 1);

/** The carrier bought at the grid-import columns (the only scope 2 carrier). */
export const GRID_CARRIER: CarrierDefinition = gridElectricity;

/** The bus the heat demand is balanced on (its duals are the marginal heat cost). */
export const HEAT_BUS: BusDefinition = heatBus;
/** The bus the grid, PV, wind, batteries and heat pumps meet on. */
export const ELECTRICITY_BUS: BusDefinition = electricityBus;

const BY_ID = new Map<string, BusDefinition | CarrierDefinition>([
  ...BUSES.map((b) => [b.id, b] as const),
  ...CARRIERS.map((c) => [c.id, c] as const),
]);

/** The bus or carrier with this flow key, or undefined. */
export function energyEntry(id: string): BusDefinition | CarrierDefinition | undefined {
  return BY_ID.get(id);
}
