// Technology #2: gas-fired absorption heat pumps cascading the geothermal tail water (吸收式热泵).
import { defineTechnology } from './types';
import { GEOTHERMAL_SOURCE_TAG } from './shared/geothermal';
import {
  CAPEX_CURRENCY_YEAR,
  CAPEX_SOURCE,
  KW_PER_MW,
  MODEL_DEFAULT,
  capacityMwParam,
  copParam,
  vomParam,
} from './shared/params';
import { rowName } from '../lp/names';

/** Share of the gas-driven absorption output that is heat drawn from the tail water: 1 − 1/COP_abs. */
export function tailWaterShare(cop: number): number {
  return 1 - 1 / cop;
}

export const absorptionHeatPump = defineTechnology({
  id: 'absorptionHeatPump',
  order: 2,
  label: { zh: '吸收式热泵（地热尾水梯级利用）', en: 'Absorption heat pump (tail water)' },
  colour: '#e67e22',
  archetype: 'converter',
  carriers: { consumes: ['gas'], produces: ['heat'] },
  params: {
    capacityMw: capacityMwParam(4, 100),
    cop: copParam(1.7, 1.01, 2.5, 'MODEL.md §5: direct-fired, on gas LHV'),
    kTail: {
      unit: '1',
      default: 0.8,
      min: 0,
      max: 2,
      label: { zh: '尾水可取热比例', en: 'Tail-water heat per geothermal heat' },
      description: {
        zh: '可从地热尾水再提取的热量与地热供热量之比',
        en: 'Heat recoverable from the tail water per unit of geothermal heat',
      },
      source: MODEL_DEFAULT,
      assumed: true,
    },
    vomCnyPerMwh: vomParam(3),
  },
  capacityParam: 'capacityMw',
  capacityUnit: 'MW',
  economics: {
    capexCnyPerCapacityUnit: 900 * KW_PER_MW,
    lifetimeYears: 20,
    fomShareOfCapex: 0.02,
    currencyYear: CAPEX_CURRENCY_YEAR,
    source: CAPEX_SOURCE,
  },
  math:
    'q_t ≤ Cap; gas_t = q_t/COP_abs; Σ_abs q_t·(1 − 1/COP_abs)/k_tail ≤ Σ_geo q_t (tail water); ' +
    'geothermal heat = q_t·(1 − 1/COP_abs)',
  build(ctx, inst) {
    const p = inst.params;
    const share = tailWaterShare(p.cop);
    ctx.addStepColumns(inst, {
      family: 'heat_out',
      role: 'production',
      upper: p.capacityMw,
      capacity: 'capacityMw',
      flows: { heat: 1, gas: 1 / p.cop, geothermal: share },
      vomCnyPerMwh: p.vomCnyPerMwh,
    });
  },
  /**
   * Tail-water limit, one row per step shared by all absorption units:
   *
   *   Σ_i q_i,t·(1 − 1/COP_i)/k_tail,i − Σ_g q_g,t ≤ 0
   *
   * i absorption units, g geothermal sources (wells, hot dry rock). With one unit this is MODEL §5's
   * q·(1 − 1/COP_abs) ≤ k_tail·(q_geo + q_hdr); the shared row stops two units from each using all of it.
   */
  link(ctx, inst) {
    const p = inst.params;
    const rows = ctx.memo('tail_water', () => {
      const r = new Int32Array(ctx.steps.n);
      for (let t = 0; t < ctx.steps.n; t++) r[t] = ctx.addRow(rowName('tail_water', t), -Infinity, 0, []);
      for (const { col, step } of ctx.taggedColumns(GEOTHERMAL_SOURCE_TAG)) ctx.lp.addTerm(r[step]!, col, -1);
      return r;
    });
    const cols = ctx.columnsOf(inst.id, 'heat_out')!;
    const coef = p.kTail > 0 ? tailWaterShare(p.cop) / p.kTail : 0;
    for (let t = 0; t < ctx.steps.n; t++) {
      if (p.kTail > 0) ctx.lp.addTerm(rows[t]!, cols[t]!, coef);
      else ctx.lp.colUpper[cols[t]!] = 0;
    }
  },
  firm(p) {
    const share = tailWaterShare(p.cop);
    return {
      unitsMw: [p.capacityMw],
      limitedByGeothermalMw: (geo) => Math.min(p.capacityMw, (p.kTail * geo) / share),
    };
  },
});
