// Reads a solved LP back into hourly series per instance (MW per step), using the column index.
import type { DispatchModel } from '../model/build';
import type { ModelSteps } from '../model/steps';
import type { HourlySeries } from './types';
import { CARRIERS, ELECTRICITY_BUS, HEAT_BUS } from '../carriers';
import { FLOW_ATTRIBUTES } from '../model/build-context';

/**
 * Hourly series from column values x. Heat of a production instance: Σ heat-coef·x over its
 * production columns; electricity use: −Σ elec-coef·x over its consumer columns; storage: charge,
 * discharge and level columns; each bought carrier c: Σ c-coef·x (MWh per hour). Marginal heat cost
 * λ_t/w_t from the heat-balance row duals when the backend has them.
 */
export function extractHourly(
  model: DispatchModel,
  steps: ModelSteps,
  x: Float64Array,
  rowDual: Float64Array | null,
): HourlySeries {
  const d = steps.data;
  const n = d.n;
  const c = model.ctx.columns;
  const zeros = () => new Float64Array(n);
  const heatMw: Record<string, Float64Array> = {};
  const electricityUseMw: Record<string, Float64Array> = {};
  const renewableMw: Record<string, Float64Array> = {};
  const renewableAvailableMw: Record<string, Float64Array> = {};
  const storage: Record<
    string,
    {
      carrier: string;
      chargeMw: Float64Array;
      dischargeMw: Float64Array;
      levelMwh: Float64Array;
    }
  > = {};
  model.instances.forEach((inst, i) => {
    const def = model.prepared[i]!.def;
    if (def.archetype === 'storage') {
      const carrier = def.carriers.produces.includes(HEAT_BUS.id) ? HEAT_BUS.id : ELECTRICITY_BUS.id;
      storage[inst.id] = { carrier, chargeMw: zeros(), dischargeMw: zeros(), levelMwh: zeros() };
    } else if (def.archetype === 'variableSupply') {
      renewableMw[inst.id] = zeros();
      renewableAvailableMw[inst.id] = Float64Array.from(inst.series.availMw ?? zeros());
    } else heatMw[inst.id] = zeros();
  });
  const carrierMw: Record<string, Float64Array> = Object.fromEntries(CARRIERS.map((k) => [k.id, zeros()]));
  const carrierSeries = CARRIERS.map((k) => [k.id, carrierMw[k.id]!] as const);
  const geothermalMw = zeros();
  const rejectedHeatMw = zeros();
  const vomCnyPerH = zeros();
  for (let col = 0; col < c.role.length; col++) {
    const v = x[col]!;
    const t = c.step[col]!;
    const i = c.instance[col]!;
    if (t < 0) continue;
    const f = c.flows[col]!;
    for (const [key, series] of carrierSeries) {
      const amount = f[key];
      if (amount) series[t]! += amount * v;
    }
    if (i < 0) continue;
    const id = model.instances[i]!.id;
    geothermalMw[t]! += (f[FLOW_ATTRIBUTES.geothermal] ?? 0) * v;
    rejectedHeatMw[t]! += (f[FLOW_ATTRIBUTES.rejected] ?? 0) * v;
    vomCnyPerH[t]! += c.vom[col]! * v;
    switch (c.role[col]) {
      case 'production': {
        const heat = f[HEAT_BUS.id] ?? 0;
        const elec = f[ELECTRICITY_BUS.id] ?? 0;
        if (heat > 0) heatMw[id]![t]! += heat * v;
        if (elec > 0) renewableMw[id]![t]! += elec * v;
        if (elec < 0) (electricityUseMw[id] ??= zeros())[t]! -= elec * v;
        break;
      }
      case 'storageCharge':
        storage[id]!.chargeMw[t] = v;
        break;
      case 'storageDischarge':
        storage[id]!.dischargeMw[t] = v;
        break;
      case 'storageLevel':
        storage[id]!.levelMwh[t] = v;
        break;
      default:
        break;
    }
  }
  const pick = (cols: Int32Array | null) => (cols ? Float64Array.from(cols, (col) => x[col]!) : zeros());
  let marginal: Float64Array | null = null;
  if (rowDual) {
    marginal = zeros();
    for (let t = 0; t < n; t++) marginal[t] = rowDual[model.ctx.balanceRow(HEAT_BUS.id, t)]! / d.weight[t]!;
  }
  return {
    n,
    label: Array.from({ length: n }, (_, t) => steps.label(t)),
    weight: d.weight,
    period: d.period,
    tOutC: steps.tOutC,
    ghiWm2: steps.ghiWm2,
    demandMw: d.demandMw,
    priceElCnyPerMwh: d.priceElCnyPerMwh,
    heatMw,
    electricityUseMw,
    renewableMw,
    renewableAvailableMw,
    storage,
    gridImportMw: pick(model.columns.gridImport),
    gridExportMw: pick(model.columns.gridExport),
    carrierMw,
    geothermalMw,
    rejectedHeatMw,
    vomCnyPerH,
    unservedMw: pick(model.columns.unserved),
    dumpMw: pick(model.columns.dump),
    marginalHeatCostCnyPerMwh: marginal,
  };
}
