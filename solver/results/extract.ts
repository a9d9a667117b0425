// Reads a solved LP back into hourly series per instance (MW per step), using the column index.
import type { DispatchModel } from '../model/build';
import type { ModelSteps } from '../model/steps';
import type { HourlySeries } from './types';

/**
 * Hourly series from column values x. Heat of a production instance: Σ heat-coef·x over its
 * production columns; electricity use: −Σ elec-coef·x over its consumer columns; storage: charge,
 * discharge and level columns; gas: Σ gas-coef·x. Marginal heat cost λ_t/w_t from the heat-balance
 * row duals when the backend has them.
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
      carrier: 'heat' | 'electricity';
      chargeMw: Float64Array;
      dischargeMw: Float64Array;
      levelMwh: Float64Array;
    }
  > = {};
  model.instances.forEach((inst, i) => {
    const def = model.prepared[i]!.def;
    if (def.archetype === 'storage') {
      const carrier = def.carriers.produces.includes('heat') ? 'heat' : 'electricity';
      storage[inst.id] = { carrier, chargeMw: zeros(), dischargeMw: zeros(), levelMwh: zeros() };
    } else if (def.archetype === 'variableSupply') {
      renewableMw[inst.id] = zeros();
      renewableAvailableMw[inst.id] = Float64Array.from(inst.series.availMw ?? zeros());
    } else heatMw[inst.id] = zeros();
  });
  const gasMw = zeros();
  const geothermalMw = zeros();
  const coalTcePerH = zeros();
  const rejectedHeatMw = zeros();
  const vomCnyPerH = zeros();
  for (let col = 0; col < c.role.length; col++) {
    const v = x[col]!;
    const t = c.step[col]!;
    const i = c.instance[col]!;
    if (i < 0 || t < 0) continue;
    const id = model.instances[i]!.id;
    gasMw[t]! += c.gas[col]! * v;
    geothermalMw[t]! += c.geothermal[col]! * v;
    coalTcePerH[t]! += c.coal[col]! * v;
    rejectedHeatMw[t]! += c.rejected[col]! * v;
    vomCnyPerH[t]! += c.vom[col]! * v;
    switch (c.role[col]) {
      case 'production':
        if (c.heat[col]! > 0) heatMw[id]![t]! += c.heat[col]! * v;
        if (c.electricity[col]! > 0) renewableMw[id]![t]! += c.electricity[col]! * v;
        if (c.electricity[col]! < 0) (electricityUseMw[id] ??= zeros())[t]! -= c.electricity[col]! * v;
        break;
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
    for (let t = 0; t < n; t++) marginal[t] = rowDual[model.ctx.heatBalance[t]!]! / d.weight[t]!;
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
    gasMw,
    geothermalMw,
    coalTcePerH,
    rejectedHeatMw,
    vomCnyPerH,
    unservedMw: pick(model.columns.unserved),
    dumpMw: pick(model.columns.dump),
    marginalHeatCostCnyPerMwh: marginal,
  };
}
