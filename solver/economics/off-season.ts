// PV and wind output outside the modelled season, credited at the export price (MODEL §8 Conventions).
import type { SeriesEnv } from '../catalog/types';
import type { Season } from '../time';
import { planeOfArray, type WeatherYear } from '../weather';
import type { PricedInstance } from './capacities';

/** The whole weather year as a technology's series() sees a season (every hour). */
function yearEnv(weather: WeatherYear): SeriesEnv {
  const cache = new Map<string, Float64Array>();
  return {
    hours: weather.tOutC.length,
    tOutC: weather.tOutC,
    ghiWm2: weather.ghiWm2,
    wind10Ms: weather.wind10Ms,
    poa(tiltDeg, azimuthDeg = 0) {
      const key = `${tiltDeg}/${azimuthDeg}`;
      let g = cache.get(key);
      if (!g) cache.set(key, (g = planeOfArray(weather, { tiltDeg, azimuthDeg })));
      return g;
    },
  };
}

/**
 * Off-season electricity of a variable source, MWh per unit of its capacity parameter:
 *
 *   E_off = Σ_{h ∈ year} p_max,h(1) − Σ_{h ∈ season} p_max,h(1)
 *
 * with p_max(1) its availability at one unit of capacity (the series are linear in capacity). Not an LP
 * variable: the heating model sees only the season; the output outside it is sold at π_exp.
 * Zero for every other archetype.
 */
export function offSeasonMwhPerUnit(inst: PricedInstance, weather: WeatherYear, season: Season): number {
  if (inst.def.archetype !== 'variableSupply' || !inst.def.series) return 0;
  const unit = { ...inst.params, [inst.def.capacityParam]: 1 };
  const avail = inst.def.series(unit, yearEnv(weather)).availMw;
  if (!avail) return 0;
  let year = 0;
  for (let h = 0; h < avail.length; h++) year += avail[h]!;
  let inSeason = 0;
  for (let i = 0; i < season.weatherHour.length; i++) inSeason += avail[season.weatherHour[i]!]!;
  return Math.max(0, year - inSeason);
}
