// One definition for the electric heat pumps limited by a water source (sewage, reclaimed water): MODEL §5 #6, #7.
import { defineTechnology, type Bilingual } from '../types';
import { CAPEX_CURRENCY_YEAR, CAPEX_SOURCE, KW_PER_MW, capacityMwParam, copParam, vomParam } from './params';

interface WaterSourceDefaults {
  readonly id: string;
  readonly order: number;
  readonly label: Bilingual;
  readonly colour: string;
  readonly capacityMw: number;
  readonly cop: number;
  readonly sourceMaxMw: number;
  readonly sourceLabel: Bilingual;
}

/** Largest heat output the source allows: q·(1 − 1/COP) ≤ S_max ⇔ q ≤ S_max/(1 − 1/COP). */
export function sourceLimitedHeatMw(capacityMw: number, cop: number, sourceMaxMw: number): number {
  return Math.min(capacityMw, sourceMaxMw / (1 - 1 / cop));
}

/**
 * Builds the definition of a water-source heat pump, per step t:
 *
 *   0 ≤ q_t ≤ Cap,   q_t·(1 − 1/COP) ≤ S_max   (source heat limited by the water flow),   e_t = q_t/COP
 *
 * Both limits are constant, so they are one column bound q_t ≤ min(Cap, S_max/(1 − 1/COP)); in sizing mode
 * the source limit stays a bound (a site limit) and q_t ≤ Cap becomes a row against the capacity column.
 */
export function defineWaterSourceHeatPump(d: WaterSourceDefaults) {
  return defineTechnology({
    id: d.id,
    order: d.order,
    label: d.label,
    colour: d.colour,
    archetype: 'converter',
    carriers: { consumes: ['electricity'], produces: ['heat'] },
    params: {
      capacityMw: capacityMwParam(d.capacityMw, 200),
      cop: copParam(d.cop),
      sourceMaxMw: {
        unit: 'MW',
        default: d.sourceMaxMw,
        min: 0,
        max: 200,
        label: d.sourceLabel,
        description: { zh: '水源可提取热量上限', en: 'Heat the water flow can give up' },
        source: 'MODEL.md §5 (flow limit)',
        key: true,
      },
      vomCnyPerMwh: vomParam(2),
    },
    capacityParam: 'capacityMw',
    capacityUnit: 'MW',
    economics: {
      capexCnyPerCapacityUnit: 2200 * KW_PER_MW,
      lifetimeYears: 20,
      fomShareOfCapex: 0.02,
      currencyYear: CAPEX_CURRENCY_YEAR,
      source: CAPEX_SOURCE,
    },
    math: 'q_t ≤ min(Cap, S_max/(1 − 1/COP)); e_t = q_t/COP',
    build(ctx, inst) {
      const p = inst.params;
      ctx.addStepColumns(inst, {
        family: 'heat_out',
        role: 'production',
        upper: p.capacityMw,
        capacity: 'capacityMw',
        limit: p.sourceMaxMw / (1 - 1 / p.cop),
        flows: { heat: 1, electricity: -1 / p.cop },
        vomCnyPerMwh: p.vomCnyPerMwh,
      });
    },
    firm(p) {
      return { unitsMw: [sourceLimitedHeatMw(p.capacityMw, p.cop, p.sourceMaxMw)] };
    },
  });
}
