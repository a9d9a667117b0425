// Public entry of solver/economics: the investment economics of a solved plant (MODEL §8).
import type { DispatchModel } from '../model/build';
import type { PreparedSeason } from '../model/prepare';
import type { Scenario } from '../scenario';
import type { WeatherYear } from '../weather';
import type { Kpis, PeriodKpis } from '../results/types';
import { computeEconomics } from './compute';
import { offSeasonMwhPerUnit } from './off-season';
import { sourceCosts } from './source-costs';
import type { Economics } from './types';

export type { Economics, BaselineComparison, CapacityEconomics } from './types';
export { computeEconomics, capacityEconomics, cashFlows, type EconomicsInput } from './compute';
export { capacityItems, annualCostPerUnit, type CapacityItem, type PricedInstance } from './capacities';
export { crf, npv, irr, paybackYears, cumulativeDiscounted } from './finance';
export { BASELINE_IDS, BASELINE_LABELS, baselineScenario, compareWithBaseline } from './baselines';
export type { BaselineId } from './baselines';
export { offSeasonMwhPerUnit } from './off-season';
export { sourceCosts, type SourceCost } from './source-costs';

/** Economics of a solved dispatch: capacities from the prepared instances, costs from the LP solution. */
export function plantEconomics(
  s: Scenario,
  weather: WeatherYear,
  prepared: PreparedSeason,
  model: DispatchModel,
  x: Float64Array,
  season: Kpis,
  periods: readonly PeriodKpis[],
  areaM2: number,
): Economics {
  return computeEconomics({
    scenario: s,
    instances: prepared.instances,
    heatDeliveredMWh: season.heatDeliveredMWh,
    operatingCostCny: season.operatingCostCny,
    periods: periods.map((p) => ({
      id: p.id,
      heatDeliveredMWh: p.heatDeliveredMWh,
      operatingCostCny: p.operatingCostCny,
    })),
    sourceCosts: sourceCosts(model, x, s.periods.length),
    offSeasonMwhPerUnit: Object.fromEntries(
      prepared.instances.map((p) => [p.id, offSeasonMwhPerUnit(p, weather, prepared.season)]),
    ),
    areaM2,
  });
}
