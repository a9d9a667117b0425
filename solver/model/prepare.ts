// Derives every hourly series of the season from weather and scenario: demand, prices, availabilities, 1/COP.
import type { Scenario } from '../scenario';
import type { WeatherYear } from '../weather';
import { planeOfArray } from '../weather';
import {
  assignPeriods,
  buildSeason,
  electricityPrice,
  seasonSeries,
  type PeriodAssignment,
  type Season,
} from '../time';
import { degreeHourDemand } from '../demand';
import { technologyById, type TechnologyDefinition } from '../catalog';
import type { SeriesEnv, TechSeries } from '../catalog/types';
import { InputError } from '../issues';

/** An enabled technology instance with its definition and season-hour series. */
export interface PreparedInstance {
  readonly id: string;
  readonly type: string;
  readonly label?: string;
  readonly def: TechnologyDefinition;
  readonly params: Readonly<Record<string, number>>;
  readonly series: TechSeries;
}

/** Everything hourly the model needs, per season hour, before any time aggregation. */
export interface PreparedSeason {
  readonly season: Season;
  readonly periods: PeriodAssignment;
  readonly tOutC: Float64Array;
  readonly ghiWm2: Float64Array;
  readonly demandMw: Float64Array;
  readonly priceElCnyPerMwh: Float64Array;
  readonly instances: readonly PreparedInstance[];
}

/**
 * Builds the season's derived series (MODEL §2: "build every derived hourly series of the season
 * first"). `measuredDemandMw` (per season hour) replaces the degree-hour model when the scenario
 * says so; the Node edge reads and parses that file.
 */
export function prepareSeason(
  s: Scenario,
  weather: WeatherYear,
  measuredDemandMw?: Float64Array,
): PreparedSeason {
  const seasonChecked = buildSeason(s.season);
  if (!seasonChecked.ok) throw new InputError(seasonChecked.issues, 'season');
  const season = seasonChecked.value;
  const periodsChecked = assignPeriods(season, s.periods);
  if (!periodsChecked.ok) throw new InputError(periodsChecked.issues, 'periods');

  const tOutC = seasonSeries(season, weather.tOutC);
  const ghiWm2 = seasonSeries(season, weather.ghiWm2);
  const wind10Ms = seasonSeries(season, weather.wind10Ms);
  let demandMw: Float64Array;
  if (s.demand.kind === 'degreeHour') demandMw = degreeHourDemand(s.demand, tOutC);
  else {
    if (!measuredDemandMw || measuredDemandMw.length !== season.hours) {
      throw new InputError([
        { path: 'demand.file', message: 'the measured profile was not loaded for this season' },
      ]);
    }
    demandMw = measuredDemandMw;
  }
  const priceElCnyPerMwh = electricityPrice(s.tariff, season.month, season.hourOfDay);

  const poaCache = new Map<string, Float64Array>();
  const env: SeriesEnv = {
    hours: season.hours,
    tOutC,
    ghiWm2,
    wind10Ms,
    poa(tiltDeg, azimuthDeg = 0) {
      const key = `${tiltDeg}/${azimuthDeg}`;
      let g = poaCache.get(key);
      if (!g) poaCache.set(key, (g = seasonSeries(season, planeOfArray(weather, { tiltDeg, azimuthDeg }))));
      return g;
    },
  };
  const instances: PreparedInstance[] = [];
  for (const inst of s.technologies) {
    if (!inst.enabled) continue;
    const def = technologyById(inst.type);
    if (!def) throw new InputError([{ path: `technologies.${inst.id}.type`, message: 'unknown technology' }]);
    instances.push({
      id: inst.id,
      type: inst.type,
      label: inst.label,
      def,
      params: inst.params,
      series: def.series ? def.series(inst.params, env) : {},
    });
  }
  // Catalog order, then scenario order: the LP's deterministic column order (ARCHITECTURE.md).
  instances.sort((a, b) => a.def.order - b.def.order);
  return { season, periods: periodsChecked.value, tOutC, ghiWm2, demandMw, priceElCnyPerMwh, instances };
}
