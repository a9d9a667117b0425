// Design check (MODEL §2): peak load vs firm heat capacity at the design hour and the coldest hour, with N−1.
import type { Scenario } from '../scenario';
import type { WeatherYear } from '../weather';
import { calendarOfHour } from '../weather';
import { designPeakMw } from '../demand';
import { GEOTHERMAL_IDS } from '../catalog';
import type { PreparedInstance } from './prepare';
import type { DesignCheck, DesignCheckPoint } from '../results/types';

interface Unit {
  readonly instance: string;
  readonly index: number;
  readonly mw: number;
}

/**
 * Firm capacity at outdoor temperature T (MODEL §2):
 *   F(T) = Σ_i firm_i(T),   absorption units limited to min(Cap, k_tail·F_geo/(1 − 1/COP_abs))
 * where F_geo is the firm geothermal capacity in service. Solar, PV, wind and storage are not counted.
 * N−1 removes each single unit in turn (a doublet, a boiler, an instance) and keeps the worst case,
 * which for the usual plant is the largest unit.
 */
export function firmCapacity(
  prepared: readonly PreparedInstance[],
  tOutC: number,
  out: Unit | null,
): {
  total: number;
  byInstance: { id: string; type: string; firmMw: number }[];
} {
  const firms = prepared.map((p) => ({ p, firm: p.def.firm?.(p.params, tOutC) ?? null }));
  const unitsOf = (id: string, units: readonly number[]) =>
    units.reduce((s, mw, k) => (out && out.instance === id && out.index === k ? s : s + mw), 0);
  let geothermal = 0;
  for (const { p, firm } of firms)
    if (firm && GEOTHERMAL_IDS.includes(p.type)) geothermal += unitsOf(p.id, firm.unitsMw);
  const byInstance = firms
    .filter((f) => f.firm)
    .map(({ p, firm }) => {
      let mw = unitsOf(p.id, firm!.unitsMw);
      if (firm!.limitedByGeothermalMw) mw = Math.min(mw, firm!.limitedByGeothermalMw(geothermal));
      return { id: p.id, type: p.type, firmMw: mw };
    });
  return { total: byInstance.reduce((s, b) => s + b.firmMw, 0), byInstance };
}

function point(
  kind: 'design' | 'coldest',
  tOutC: number,
  when: string | null,
  peakLoadMw: number,
  prepared: readonly PreparedInstance[],
): DesignCheckPoint {
  const all = firmCapacity(prepared, tOutC, null);
  let worst: DesignCheckPoint['nMinus1'] = null;
  for (const p of prepared) {
    const units = p.def.firm?.(p.params, tOutC)?.unitsMw ?? [];
    units.forEach((mw, index) => {
      if (mw <= 0) return;
      const f = firmCapacity(prepared, tOutC, { instance: p.id, index, mw }).total;
      if (!worst || f < worst.firmCapacityMw) {
        const name = units.length > 1 ? `${p.id} unit ${index + 1}` : p.id;
        worst = { unitOut: name, unitMw: mw, firmCapacityMw: f, marginMw: f - peakLoadMw };
      }
    });
  }
  return {
    kind,
    tOutC,
    when,
    peakLoadMw,
    firmCapacityMw: all.total,
    marginMw: all.total - peakLoadMw,
    byInstance: all.byInstance,
    nMinus1: worst,
  };
}

/** Runs the check at T_design and at the coldest hour of the whole weather year. */
export function designCheck(
  s: Scenario,
  weather: WeatherYear,
  prepared: readonly PreparedInstance[],
  measuredPeakMw: number | null,
): DesignCheck {
  let coldest = 0;
  for (let i = 1; i < weather.tOutC.length; i++) if (weather.tOutC[i]! < weather.tOutC[coldest]!) coldest = i;
  const tCold = weather.tOutC[coldest]!;
  const cal = calendarOfHour(coldest);
  const when = `${String(cal.month).padStart(2, '0')}-${String(cal.day).padStart(2, '0')} ${String(cal.hourOfDay).padStart(2, '0')}:00`;
  const d = s.demand;
  const loadAt = (t: number) =>
    d.kind === 'degreeHour'
      ? (designPeakMw(d) * Math.max(0, d.indoorC - t)) / (d.indoorC - d.designOutdoorC)
      : (measuredPeakMw ?? 0);
  const designLoad = d.kind === 'degreeHour' ? designPeakMw(d) : (measuredPeakMw ?? 0);
  return {
    points: [
      point('design', d.designOutdoorC, null, designLoad, prepared),
      point('coldest', tCold, when, loadAt(tCold), prepared),
    ],
  };
}
