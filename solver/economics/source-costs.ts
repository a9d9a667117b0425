// Each source's own inputs at the hour's prices (MODEL §8 Conventions), read from the solved LP's columns.
import type { DispatchModel } from '../model/build';
import { carrierPriceAt } from '../model/build-context';
import { ELECTRICITY_BUS, FUELS, GRID_CARRIER, HEAT_BUS } from '../carriers';

/** Heat and own operating cost of one production instance, per period and for the season. */
export interface SourceCost {
  readonly heatMWh: number;
  /** Electricity at the import tariff (+ carbon), gas and coal at their prices (+ carbon), VOM. */
  readonly operatingCny: number;
  readonly heatByPeriodMWh: readonly number[];
}

/**
 * Per production instance k (storage, PV and wind excluded, MODEL §8):
 *
 *   cost_k = Σ_t w_t·x_t·[VOM + Σ_f fuel_f·(π_f,t + π_CO2·EF_f) + max(0, −elec)·(π_el,t + π_CO2·EF_grid)]
 *
 * over its columns x_t with per-unit flows of each fuel f (FUELS: gas, coal …) and of the electricity bus
 * (electricity drawn is −elec, bought at the grid tariff); heat_k = Σ w·heat·x.
 */
export function sourceCosts(
  model: DispatchModel,
  x: Float64Array,
  periods: number,
): Record<string, SourceCost> {
  const c = model.ctx.columns;
  const { weight, period } = model.ctx.steps;
  const p = model.ctx.prices;
  const grid = p.carriers[GRID_CARRIER.id]!;
  const fuels = FUELS.map((f) => ({ id: f.id, prices: p.carriers[f.id]! }));
  const acc = model.instances.map(() => ({ heat: 0, cost: 0, byPeriod: new Array<number>(periods).fill(0) }));
  for (let col = 0; col < c.role.length; col++) {
    const i = c.instance[col]!;
    const t = c.step[col]!;
    if (i < 0 || t < 0 || c.role[col] !== 'production') continue;
    if (model.prepared[i]!.def.archetype !== 'converter') continue;
    const wx = weight[t]! * x[col]!;
    if (wx === 0) continue;
    const f = c.flows[col]!;
    const drawn = Math.max(0, -(f[ELECTRICITY_BUS.id] ?? 0));
    let unitCost = c.vom[col]! + drawn * (carrierPriceAt(grid, t) + p.carbonCnyPerT * grid.co2TPerMwh);
    for (const fuel of fuels) {
      const amount = f[fuel.id];
      if (amount)
        unitCost += amount * (carrierPriceAt(fuel.prices, t) + p.carbonCnyPerT * fuel.prices.co2TPerMwh);
    }
    const a = acc[i]!;
    a.cost += wx * unitCost;
    const heat = wx * Math.max(0, f[HEAT_BUS.id] ?? 0);
    a.heat += heat;
    a.byPeriod[period[t]!]! += heat;
  }
  const out: Record<string, SourceCost> = {};
  model.instances.forEach((inst, i) => {
    if (model.prepared[i]!.def.archetype !== 'converter') return;
    const a = acc[i]!;
    out[inst.id] = { heatMWh: a.heat, operatingCny: a.cost, heatByPeriodMWh: a.byPeriod };
  });
  return out;
}
