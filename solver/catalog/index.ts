// The technology catalog: the 13 technologies of MODEL §5 in their stable order.
import type { TechnologyDefinition } from './types';
import { geothermalWells } from './geothermal-wells';
import { absorptionHeatPump } from './absorption-heat-pump';
import { hotDryRock } from './hot-dry-rock';
import { shallowGroundHeatPump } from './shallow-ground-heat-pump';
import { airSourceHeatPump } from './air-source-heat-pump';
import { sewageHeatPump } from './sewage-heat-pump';
import { reclaimedWaterHeatPump } from './reclaimed-water-heat-pump';
import { solarThermal } from './solar-thermal';
import { pv } from './pv';
import { wind } from './wind';
import { phaseChangeStorage } from './phase-change-storage';
import { battery } from './battery';
import { gasBoiler } from './gas-boiler';
import { coalBoiler } from './coal-boiler';

export type { TechnologyDefinition, ParamSpec, Archetype, Carrier, Bilingual } from './types';

/**
 * Every technology, ordered as MODEL §5 numbers them (the LP's deterministic catalog order); the
 * 13 island technologies, then the coal boiler used only by the coal baseline scenario.
 */
export const CATALOG: readonly TechnologyDefinition[] = [
  geothermalWells,
  absorptionHeatPump,
  hotDryRock,
  shallowGroundHeatPump,
  airSourceHeatPump,
  sewageHeatPump,
  reclaimedWaterHeatPump,
  solarThermal,
  pv,
  wind,
  phaseChangeStorage,
  battery,
  gasBoiler,
  coalBoiler,
] as readonly TechnologyDefinition[];

const BY_ID = new Map(CATALOG.map((t) => [t.id, t]));

/** The technology with this id, or undefined. */
export function technologyById(id: string): TechnologyDefinition | undefined {
  return BY_ID.get(id);
}

/** The technology ids in catalog order. */
/** Colour drawn for a technology id the catalog does not know (a result from a newer or damaged file). */
export const UNKNOWN_TECHNOLOGY_COLOUR = '#7f8c8d';

/** A technology's label in `lang`; the id itself when the catalog does not know it. */
export function technologyLabel(id: string, lang: 'zh' | 'en'): string {
  return technologyById(id)?.label[lang] ?? id;
}

/** A technology's chart colour; {@link UNKNOWN_TECHNOLOGY_COLOUR} when the catalog does not know it. */
export function technologyColour(id: string): string {
  return technologyById(id)?.colour ?? UNKNOWN_TECHNOLOGY_COLOUR;
}

export const TECHNOLOGY_IDS: readonly string[] = CATALOG.map((t) => t.id);

/** Default parameter values of a technology. */
export function defaultParams(def: TechnologyDefinition): Record<string, number> {
  return Object.fromEntries(Object.entries(def.params).map(([k, s]) => [k, s.default]));
}

/** Capacity of an instance in the technology's capacity unit. */
export function capacityOf(def: TechnologyDefinition, params: Readonly<Record<string, number>>): number {
  return def.capacity ? def.capacity(params) : (params[def.capacityParam] ?? 0);
}

/** The 13 technologies of Energy Island No. 1 (MODEL §5), without baseline-only entries. */
export const ISLAND_TECHNOLOGY_IDS: readonly string[] = CATALOG.filter((t) => t.order <= 13).map((t) => t.id);

/** Geothermal technologies whose heat counts as geothermal in full (MODEL §9). */
export const GEOTHERMAL_IDS: readonly string[] = [geothermalWells.id, hotDryRock.id];
