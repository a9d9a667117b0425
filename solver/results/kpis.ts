// KPIs of MODEL §9 for the season and each period, computed from the hourly series with step weights.
import type { Scenario } from '../scenario';
import type { PriceData } from '../model/build-context';
import { carrierPriceAt } from '../model/build-context';
import { CARRIERS } from '../carriers';
import { GJ_PER_MWH, TCE_PER_MWH } from '../units';
import { EXPORT_REVENUE_KEY, EXPORT_REVENUE_SIGN } from './sign';
import type { CarrierUse, HourlySeries, Kpis } from './types';

/** Energy-weighted statistics need at least this much weight to be reported. */
const MIN_WEIGHT = 1e-12;
/** A step counts as an unserved hour above this unserved power (MW). */
const UNSERVED_EPS_MW = 1e-6;

export interface KpiContext {
  readonly scenario: Scenario;
  readonly prices: PriceData;
  /** Instance id → technology id. */
  readonly typeOf: Readonly<Record<string, string>>;
  /** Storage instance id → energy capacity (MWh), for cycles. */
  readonly storageEnergyMwh: Readonly<Record<string, number>>;
  /** Heated area for CNY/m² (m²). */
  readonly areaM2: number;
}

/**
 * KPIs over the steps where `include(t)` holds. All energies are Σ_t w_t·x_t (MWh). Definitions:
 * H = Σ w·(D − u) heat delivered; produced = Σ w·Σ_k q_k (storage excluded); geothermal share =
 * geothermal heat / produced; per bought carrier c (solver/carriers) with F_c its MWh: cost Σ w·π_c,t·F_c,
 * CO2 EF_c·F_c (scope 1 fuels, scope 2 grid), biogenic CO2 apart, tce k_c·F_c; operating cost =
 * Σ_c cost_c + VOM + carbon − export revenue (penalties apart); CNY/GJ = cost/(3.6·H); CO2 = scope 1 +
 * scope 2; island tce = Σ_c tce_c (grid at k_el, fuels at 3.6/29.3076 tce/MWh); coal baseline tce =
 * 3.6·H/(29.3076·η_cb) — H already includes the network loss, so no network efficiency is applied
 * again (MODEL §9 rev 3); CO2 avoided = baseline tce·EF_coal − CO2.
 */
export function computeKpis(h: HourlySeries, ctx: KpiContext, include: (t: number) => boolean): Kpis {
  const { prices, scenario } = ctx;
  const f = scenario.factors;
  const mask = new Uint8Array(h.n);
  for (let t = 0; t < h.n; t++) mask[t] = include(t) ? 1 : 0;
  /** Σ_t w_t·a_t over the included steps (·b_t when given). */
  const wsum = (a: Float64Array, b?: Float64Array): number => {
    let acc = 0;
    for (let t = 0; t < h.n; t++) if (mask[t]) acc += h.weight[t]! * a[t]! * (b ? b[t]! : 1);
    return acc;
  };
  const sums = (series: Readonly<Record<string, Float64Array>>) =>
    Object.fromEntries(Object.entries(series).map(([id, s]) => [id, wsum(s)]));
  let hours = 0;
  let peak = 0;
  let unservedHours = 0;
  for (let t = 0; t < h.n; t++) {
    if (!mask[t]) continue;
    hours += h.weight[t]!;
    peak = Math.max(peak, h.demandMw[t]!);
    if (h.unservedMw[t]! > UNSERVED_EPS_MW) unservedHours += h.weight[t]!;
  }
  const demand = wsum(h.demandMw);
  const unserved = wsum(h.unservedMw);
  const dumped = wsum(h.dumpMw);
  const geo = wsum(h.geothermalMw);
  const imp = wsum(h.gridImportMw);
  const exp = wsum(h.gridExportMw);
  const exportRevenue = (prices.exportCnyPerMwh ?? 0) * exp;
  const carriers: Record<string, CarrierUse> = {};
  const costs: Record<string, number> = {};
  let scope1 = 0;
  let scope2 = 0;
  let biogenic = 0;
  let islandTce = 0;
  for (const c of CARRIERS) {
    const p = prices.carriers[c.id]!;
    const series = h.carrierMw[c.id]!;
    const mwh = wsum(series);
    let cny = 0;
    for (let t = 0; t < h.n; t++) if (mask[t]) cny += h.weight[t]! * carrierPriceAt(p, t) * series[t]!;
    const use: CarrierUse = {
      mwh,
      quantity: mwh * p.quantityPerMwh,
      cny,
      co2T: mwh * p.co2TPerMwh,
      biogenicCo2T: mwh * p.biogenicCo2TPerMwh,
      tce: mwh * p.tcePerMwh,
    };
    carriers[c.id] = use;
    costs[c.costKey] = cny;
    if (c.scope === 1) scope1 += use.co2T;
    else scope2 += use.co2T;
    biogenic += use.biogenicCo2T;
    islandTce += use.tce;
  }
  const vom = wsum(h.vomCnyPerH);
  const heatByInstance = sums(h.heatMw);
  const elecByConsumer = sums(h.electricityUseMw);
  const renewable = sums(h.renewableMw);
  const renewableAvailable = Object.values(h.renewableAvailableMw).reduce((acc, s) => acc + wsum(s), 0);
  const storage: Record<
    string,
    { dischargeMWh: number; chargeMWh: number; lossMWh: number; cycles: number }
  > = {};
  for (const [id, s] of Object.entries(h.storage)) {
    const chargeMWh = wsum(s.chargeMw);
    const dischargeMWh = wsum(s.dischargeMw);
    storage[id] = { dischargeMWh, chargeMWh, lossMWh: chargeMWh - dischargeMWh, cycles: 0 };
  }
  const marginal: { v: number; w: number }[] = [];
  if (h.marginalHeatCostCnyPerMwh) {
    for (let t = 0; t < h.n; t++)
      if (mask[t]) marginal.push({ v: h.marginalHeatCostCnyPerMwh[t]!, w: h.weight[t]! });
  }
  for (const [id, s] of Object.entries(storage)) {
    const e = ctx.storageEnergyMwh[id] ?? 0;
    s.cycles = e > 0 ? s.dischargeMWh / e : 0;
  }
  const heatByTechnology: Record<string, number> = {};
  let produced = 0;
  for (const [id, mwh] of Object.entries(heatByInstance)) {
    const type = ctx.typeOf[id]!;
    heatByTechnology[type] = (heatByTechnology[type] ?? 0) + mwh;
    produced += mwh;
  }
  const delivered = demand - unserved;
  const storageLoss = wsum(h.rejectedHeatMw);
  const co2 = scope1 + scope2;
  const carbonCny = co2 * prices.carbonCnyPerT;
  costs['vomCny'] = vom;
  costs['carbonCny'] = carbonCny;
  costs[EXPORT_REVENUE_KEY] = exportRevenue;
  const operating =
    Object.values(carriers).reduce((a, u) => a + u.cny, 0) +
    vom +
    carbonCny +
    EXPORT_REVENUE_SIGN * exportRevenue;
  const baselineTce = (TCE_PER_MWH * delivered) / f.coalBoilerEfficiency;
  const baselineCo2 = baselineTce * f.coalCo2TPerTce;
  const deliveredGJ = GJ_PER_MWH * delivered;
  const pvMWh = sumWhere(renewable, ctx.typeOf, 'pv');
  const windMWh = sumWhere(renewable, ctx.typeOf, 'wind');
  return {
    hours,
    demandMWh: demand,
    peakDemandMw: peak,
    heatDeliveredMWh: delivered,
    heatProducedMWh: produced,
    geothermalHeatMWh: geo,
    geothermalShare: produced > MIN_WEIGHT ? geo / produced : 0,
    heatByTechnologyMWh: heatByTechnology,
    heatByInstanceMWh: heatByInstance,
    electricityByConsumerMWh: elecByConsumer,
    gridImportMWh: imp,
    gridExportMWh: exp,
    pvMWh,
    windMWh,
    renewableAvailableMWh: renewableAvailable,
    renewableCurtailedMWh: Math.max(0, renewableAvailable - pvMWh - windMWh),
    carriers,
    costs,
    operatingCostCny: operating,
    costCnyPerGJ: deliveredGJ > MIN_WEIGHT ? operating / deliveredGJ : 0,
    costCnyPerM2: ctx.areaM2 > 0 ? operating / ctx.areaM2 : 0,
    penalties: {
      unservedCny: unserved * prices.vollCnyPerMwh,
      dumpCny: dumped * prices.dumpCnyPerMwh,
      storageLossCny: storageLoss * prices.dumpCnyPerMwh,
    },
    co2T: co2,
    co2Scope1T: scope1,
    co2Scope2T: scope2,
    co2BiogenicT: biogenic,
    co2IntensityKgPerGJ: deliveredGJ > MIN_WEIGHT ? (co2 * 1000) / deliveredGJ : 0,
    islandTce,
    baselineTce,
    tceSaved: baselineTce - islandTce,
    baselineCo2T: baselineCo2,
    co2AvoidedT: baselineCo2 - co2,
    unservedHeatMWh: unserved,
    unservedHours,
    dumpedHeatMWh: dumped,
    storageLossMWh: storageLoss,
    storage,
    marginalHeatCost: marginalStats(marginal),
  };
}

function sumWhere(
  byInstance: Record<string, number>,
  typeOf: Readonly<Record<string, string>>,
  type: string,
): number {
  let s = 0;
  for (const [id, v] of Object.entries(byInstance)) if (typeOf[id] === type) s += v;
  return s;
}

/** Weighted mean, min, max and 95th percentile (by weight) of the marginal heat cost. */
function marginalStats(values: { v: number; w: number }[]): Kpis['marginalHeatCost'] {
  if (values.length === 0) return null;
  let sw = 0;
  let swv = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const { v, w } of values) {
    sw += w;
    swv += w * v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const sorted = [...values].sort((a, b) => a.v - b.v);
  let acc = 0;
  let p95 = max;
  for (const { v, w } of sorted) {
    acc += w;
    if (acc >= 0.95 * sw) {
      p95 = v;
      break;
    }
  }
  return { mean: sw > 0 ? swv / sw : 0, min, max, p95 };
}

/** KPIs of a run that produced no result (every figure zero, every map empty). */
export function emptyKpis(): Kpis {
  const zero: Record<string, number> = { vomCny: 0, carbonCny: 0, [EXPORT_REVENUE_KEY]: 0 };
  const none: CarrierUse = { mwh: 0, quantity: 0, cny: 0, co2T: 0, biogenicCo2T: 0, tce: 0 };
  for (const c of CARRIERS) zero[c.costKey] = 0;
  return {
    hours: 0,
    demandMWh: 0,
    peakDemandMw: 0,
    heatDeliveredMWh: 0,
    heatProducedMWh: 0,
    geothermalHeatMWh: 0,
    geothermalShare: 0,
    heatByTechnologyMWh: {},
    heatByInstanceMWh: {},
    electricityByConsumerMWh: {},
    gridImportMWh: 0,
    gridExportMWh: 0,
    pvMWh: 0,
    windMWh: 0,
    renewableAvailableMWh: 0,
    renewableCurtailedMWh: 0,
    carriers: Object.fromEntries(CARRIERS.map((c) => [c.id, none])),
    costs: zero,
    operatingCostCny: 0,
    costCnyPerGJ: 0,
    costCnyPerM2: 0,
    penalties: { unservedCny: 0, dumpCny: 0, storageLossCny: 0 },
    co2T: 0,
    co2Scope1T: 0,
    co2Scope2T: 0,
    co2BiogenicT: 0,
    co2IntensityKgPerGJ: 0,
    islandTce: 0,
    baselineTce: 0,
    tceSaved: 0,
    baselineCo2T: 0,
    co2AvoidedT: 0,
    unservedHeatMWh: 0,
    unservedHours: 0,
    dumpedHeatMWh: 0,
    storageLossMWh: 0,
    storage: {},
    marginalHeatCost: null,
  };
}
