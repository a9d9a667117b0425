// A price or tariff edit on an already built LP: the new objective vector from the price data alone, no rebuild.
import type { Scenario } from './scenario';
import type { BuiltModel } from './run';
import type { PriceData } from './model/build-context';
import { priceData } from './model/build';
import { aggregateSeries, electricityPrice } from './time';

/** Price fields that enter only objective coefficients (never bounds, rows or the LP's shape). */
const COST_ONLY_PRICES = [
  'gasCnyPerNm3',
  'exportCnyPerMwh',
  'carbonCnyPerT',
  'coalCnyPerTce',
  'vollCnyPerMwh',
  'dumpCnyPerMwh',
] as const;

/** Largest relative difference tolerated when the price formula re-derives the built objective. */
const SELF_CHECK_TOLERANCE = 1e-12;

/** `s` with its tariff and cost-only prices blanked: equal for two scenarios whose LPs differ in costs only. */
function shapeKey(s: Scenario): string {
  const prices: Record<string, unknown> = { ...s.prices };
  for (const k of COST_ONLY_PRICES) prices[k] = 0;
  return JSON.stringify({ ...s, tariff: null, prices });
}

/** Whether `next` differs from `prev` in nothing but the tariff and cost-only prices. */
export function onlyPricesDiffer(prev: Scenario, next: Scenario): boolean {
  return shapeKey(prev) === shapeKey(next);
}

/**
 * The objective vector of `built` under `prices` and the per-step electricity price `priceEl`, from the column
 * index alone (BuildContext and buildDispatchModel, MODEL §4). For a column at step t with weight w_t:
 *
 *   c = w_t·(VOM + gas·(π_gas + π_CO2·EF_gas) + coal·(π_coal + π_CO2·EF_coal) + rejected·π_dump)
 *     + w_t·(π_el,t + π_CO2·EF_grid)  for grid import,   − w_t·π_exp  for grid export,
 *     + w_t·VOLL  for unserved heat,   + w_t·π_dump  for dumped heat.
 *
 * Columns without a step keep their built cost (storage initial states: not priced). Null when the column
 * index does not cover the LP (a column added outside BuildContext).
 */
export function objectiveVector(
  built: BuiltModel,
  prices: PriceData,
  priceEl: Float64Array,
): Float64Array | null {
  const c = built.model.ctx.columns;
  const n = built.compiled.numCols;
  if (c.role.length !== n) return null;
  const w = built.steps.data.weight;
  const gasPrice = prices.gasCnyPerMwh + prices.carbonCnyPerT * prices.gasCo2TPerMwh;
  const coalPrice = prices.coalCnyPerTce + prices.carbonCnyPerT * prices.coalCo2TPerTce;
  const gridCarbon = prices.carbonCnyPerT * prices.gridCo2TPerMwh;
  const out = new Float64Array(n);
  for (let col = 0; col < n; col++) {
    const t = c.step[col]!;
    if (t < 0) {
      out[col] = built.compiled.colCost[col]!;
      continue;
    }
    const wt = w[t]!;
    let cost =
      wt *
      (c.vom[col]! +
        c.gas[col]! * gasPrice +
        c.coal[col]! * coalPrice +
        c.rejected[col]! * prices.dumpCnyPerMwh);
    switch (c.role[col]) {
      case 'gridImport':
        cost += wt * (priceEl[t]! + gridCarbon);
        break;
      case 'gridExport':
        cost += -wt * (prices.exportCnyPerMwh ?? 0);
        break;
      case 'unserved':
        cost += wt * prices.vollCnyPerMwh;
        break;
      case 'dump':
        cost += wt * prices.dumpCnyPerMwh;
        break;
      default:
        break;
    }
    out[col] = cost;
  }
  return out;
}

/** Whether two objective vectors agree entry by entry within {@link SELF_CHECK_TOLERANCE}. */
function sameCosts(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    if (d > SELF_CHECK_TOLERANCE * Math.max(1, Math.abs(b[i]!))) return false;
  }
  return true;
}

/**
 * `built` (made for `prev`) re-priced for `next`, which differs from it only in prices and the tariff: a new
 * objective vector and electricity price series, the same matrix, bounds and column index. Null when the price
 * formula does not reproduce `built`'s own objective for `prev` (then the LP has costs this module does not
 * know, and the caller rebuilds).
 */
export function repriceBuilt(built: BuiltModel, prev: Scenario, next: Scenario): BuiltModel | null {
  const own = objectiveVector(built, priceData(prev), built.steps.data.priceElCnyPerMwh);
  if (own === null || !sameCosts(own, built.compiled.colCost)) return null;
  const season = built.prepared.season;
  const seasonPrice =
    JSON.stringify(prev.tariff) === JSON.stringify(next.tariff)
      ? built.prepared.priceElCnyPerMwh
      : electricityPrice(next.tariff, season.month, season.hourOfDay);
  const grouping = built.steps.grouping;
  const stepPrice =
    seasonPrice === built.prepared.priceElCnyPerMwh
      ? built.steps.data.priceElCnyPerMwh
      : grouping
        ? aggregateSeries(seasonPrice, grouping)
        : seasonPrice;
  const colCost = objectiveVector(built, priceData(next), stepPrice);
  if (colCost === null) return null;
  return {
    ...built,
    prepared: { ...built.prepared, priceElCnyPerMwh: seasonPrice },
    steps: { ...built.steps, data: { ...built.steps.data, priceElCnyPerMwh: stepPrice } },
    compiled: { ...built.compiled, colCost },
  };
}
