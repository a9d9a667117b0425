// The design check as sizing-LP rows (MODEL §8): firm capacity with the largest unit out ≥ the peak loads.
import { GEOTHERMAL_IDS } from '../catalog';
import type { BuildContext } from '../model/build-context';
import type { PreparedInstance } from '../model/prepare';
import type { SizedItem } from './plan';

/** A check hour: outdoor temperature and the load to cover. */
export interface DesignPoint {
  readonly kind: 'design' | 'coldest';
  readonly tOutC: number;
  readonly loadMw: number;
}

/** Firm capacity of one instance at T: a column term (sized) or a constant, and what one outage removes. */
interface Firm {
  readonly id: string;
  readonly geothermal: boolean;
  /** MW per column unit when sized, else null. */
  readonly perUnit: number | null;
  readonly col: number | null;
  /** MW when not sized. */
  readonly constant: number;
  /** Slope of the tail-water limit (MW of firm output per MW of geothermal in service), absorption only. */
  readonly geoSlope: number | null;
  /** The N−1 outage: a constant MW (one unit) or the whole sized instance. */
  readonly outage: { readonly mw: number } | 'whole' | null;
}

/** A capacity parameter large enough that the tail-water limit, not the capacity, binds. */
const HUGE = 1e9;

function firmOf(
  p: PreparedInstance,
  sized: SizedItem | undefined,
  col: number | null,
  tOutC: number,
): Firm | null {
  const f = p.def.firm?.(p.params, tOutC);
  if (!f) return null;
  const sum = f.unitsMw.reduce((a, b) => a + b, 0);
  const big = f.limitedByGeothermalMw
    ? p.def.firm!({ ...p.params, [p.def.capacityParam]: HUGE }, tOutC).limitedByGeothermalMw!(1)
    : null;
  const largest = Math.max(0, ...f.unitsMw);
  return {
    id: p.id,
    geothermal: GEOTHERMAL_IDS.includes(p.type),
    perUnit: sized ? sum : null,
    col: sized ? col : null,
    constant: sized ? 0 : sum,
    geoSlope: big,
    outage: sized ? (sized.integer ? { mw: sum } : 'whole') : largest > 0 ? { mw: largest } : null,
  };
}

/**
 * For each check point P (T_P, L_P) and each outage case c (none, then each instance's unit in turn):
 *
 *   Σ_i F_i(T_P) − out_c + Σ_a y_a,c ≥ L_P,   y_a,c ≤ F_a(T_P),   y_a,c ≤ s_a·(Σ_g F_g(T_P) − out_c,geo)
 *
 * F_i = f_i·N_i for a sized capacity (f_i firm MW per unit, N_i its column) or a constant; absorption units a
 * contribute y_a,c, limited by the tail water of the geothermal firm capacity g in service (slope s_a). out_c
 * is one unit (a doublet, a boiler, a fixed instance's largest unit) or, for a continuously sized instance,
 * all of it. Returns the row indices.
 */
export function addDesignRows(
  ctx: BuildContext,
  prepared: readonly PreparedInstance[],
  sized: ReadonlyMap<string, { item: SizedItem; col: number }>,
  points: readonly DesignPoint[],
  nMinus1: boolean,
): number[] {
  const rows: number[] = [];
  for (const pt of points) {
    const firms = prepared
      .map((p) => {
        const s = sized.get(p.id);
        return firmOf(p, s?.item, s?.col ?? null, pt.tOutC);
      })
      .filter((f): f is Firm => f !== null);
    const cases: (Firm | null)[] = [null, ...(nMinus1 ? firms.filter((f) => f.outage !== null) : [])];
    cases.forEach((out, c) => {
      const terms: [number, number][] = [];
      let constant = 0;
      let geoConstant = 0;
      const geoTerms: [number, number][] = [];
      for (const f of firms) {
        if (f.geoSlope !== null) continue;
        const whole = out === f && f.outage === 'whole';
        if (!whole) {
          if (f.col !== null) terms.push([f.col, f.perUnit!]);
          constant += f.constant;
          if (f.geothermal) {
            if (f.col !== null) geoTerms.push([f.col, f.perUnit!]);
            geoConstant += f.constant;
          }
        }
        if (out === f && f.outage !== 'whole' && f.outage) {
          constant -= f.outage.mw;
          if (f.geothermal) geoConstant -= f.outage.mw;
        }
      }
      for (const a of firms) {
        if (a.geoSlope === null) continue;
        const name = `design_tail__${a.id}__${pt.kind}_c${c}`;
        const y = ctx.addColumn(null, name, [0, Infinity], 0, 'capacity', -1);
        terms.push([y, 1]);
        const outWhole = out === a && a.outage === 'whole';
        const outMw = out === a && a.outage !== 'whole' && a.outage ? a.outage.mw : 0;
        // y ≤ F_a (minus its own outage)
        ctx.addRow(
          `design_abs_cap__${a.id}__${pt.kind}_c${c}`,
          -Infinity,
          outWhole ? 0 : a.constant - outMw,
          a.col !== null && !outWhole
            ? [
                [y, 1],
                [a.col, -a.perUnit!],
              ]
            : [[y, 1]],
        );
        // y − s·Σ geo ≤ s·geoConstant
        ctx.addRow(`design_abs_geo__${a.id}__${pt.kind}_c${c}`, -Infinity, a.geoSlope * geoConstant, [
          [y, 1],
          ...geoTerms.map(([col, k]) => [col, -a.geoSlope! * k] as [number, number]),
        ]);
      }
      rows.push(ctx.addRow(`design_check__${pt.kind}_c${c}`, pt.loadMw - constant, Infinity, terms));
    });
  }
  return rows;
}
