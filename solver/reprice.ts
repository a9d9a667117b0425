// A price or tariff edit on an already built LP: the new objective vector from the price data alone, no rebuild.
import type { Scenario } from './scenario';
import type { BuiltModel } from './run';
import { carrierPriceAt, FLOW_ATTRIBUTES, type PriceData } from './model/build-context';
import { priceData } from './model/build';
import { CARRIERS } from './carriers';
import { exportCost } from './results/sign';
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
 * The objective vector of `built` under `prices`, from the column index alone (BuildContext.addStepColumns and
 * buildDispatchModel, MODEL §4). For a column at step t with weight w_t and flows f:
 *
 *   c = w_t·(VOM + f_rejected·π_dump + Σ_carriers f_c·(π_c,t + π_CO2·EF_c))
 *     + w_t·exportCost(π_exp)  for grid export,   + w_t·VOLL  for unserved heat,   + w_t·π_dump  for dumped heat.
 *
 * Columns without a step keep their built cost (not priced). Null when the column index does not cover the LP
 * (a column added outside BuildContext).
 */
export function objectiveVector(built: BuiltModel, prices: PriceData): Float64Array | null {
  const c = built.model.ctx.columns;
  const n = built.compiled.numCols;
  if (c.role.length !== n) return null;
  const w = built.steps.data.weight;
  const carriers = CARRIERS.map((carrier) => {
    const p = prices.carriers[carrier.id]!;
    return { id: carrier.id, p, carbon: prices.carbonCnyPerT * p.co2TPerMwh };
  });
  const exportPerUnit = prices.exportCnyPerMwh === null ? 0 : exportCost(prices.exportCnyPerMwh);
  const out = new Float64Array(n);
  for (let col = 0; col < n; col++) {
    const t = c.step[col]!;
    if (t < 0) {
      out[col] = built.compiled.colCost[col]!;
      continue;
    }
    const f = c.flows[col]!;
    const wt = w[t]!;
    let perUnit = c.vom[col]! + (f[FLOW_ATTRIBUTES.rejected] ?? 0) * prices.dumpCnyPerMwh;
    for (const k of carriers) {
      const amount = f[k.id];
      if (amount) perUnit += amount * (carrierPriceAt(k.p, t) + k.carbon);
    }
    let cost = wt * perUnit;
    const role = c.role[col];
    if (role === 'gridExport') cost += wt * exportPerUnit;
    else if (role === 'unserved') cost += wt * prices.vollCnyPerMwh;
    else if (role === 'dump') cost += wt * prices.dumpCnyPerMwh;
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
  const own = objectiveVector(built, built.model.prices);
  if (own === null || !sameCosts(own, built.compiled.colCost)) return null;
  const season = built.prepared.season;
  const sameTariff = JSON.stringify(prev.tariff) === JSON.stringify(next.tariff);
  const seasonPrice = sameTariff
    ? built.prepared.priceElCnyPerMwh
    : electricityPrice(next.tariff, season.month, season.hourOfDay);
  const grouping = built.steps.grouping;
  const stepPrice = sameTariff
    ? built.steps.data.priceElCnyPerMwh
    : grouping
      ? aggregateSeries(seasonPrice, grouping)
      : seasonPrice;
  const data = { ...built.steps.data, priceElCnyPerMwh: stepPrice };
  const prices = priceData(next, data);
  const steps = { ...built.steps, data };
  const colCost = objectiveVector({ ...built, steps }, prices);
  if (colCost === null) return null;
  return {
    ...built,
    prepared: { ...built.prepared, priceElCnyPerMwh: seasonPrice },
    steps,
    model: { ...built.model, prices },
    compiled: { ...built.compiled, colCost },
  };
}
