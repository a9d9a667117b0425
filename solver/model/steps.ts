// Turns the prepared season into modelled steps: every hour (season mode) or typical days (representative).
import type { StepData } from './build-context';
import type { PreparedSeason } from './prepare';
import type { TechSeries } from '../catalog/types';
import { aggregateSeries, groupTypicalDays, type TypicalDayGrouping } from '../time';

export type Mode = 'season' | 'representative';

/** Modelled steps plus what was averaged, for results and the inputs CSV. */
export interface ModelSteps {
  readonly mode: Mode;
  readonly data: StepData;
  /** Per instance (same order as prepared.instances), series per step. */
  readonly series: readonly TechSeries[];
  /** Per step: outdoor temperature and GHI (member-day means in representative mode; for information). */
  readonly tOutC: Float64Array;
  readonly ghiWm2: Float64Array;
  /** Representative mode: which season days each typical day stands for. */
  readonly grouping: TypicalDayGrouping | null;
  /** Season mode: season hour of each step (identity); representative: −1. */
  readonly label: (t: number) => string;
}

/** Season mode: one step per season hour, w_t = 1, one cyclic storage group over the whole season. */
export function seasonSteps(p: PreparedSeason): ModelSteps {
  const n = p.season.hours;
  return {
    mode: 'season',
    data: {
      n,
      weight: new Float64Array(n).fill(1),
      period: p.periods.periodOfHour,
      cyclicGroups: [{ start: 0, length: n }],
      demandMw: p.demandMw,
      priceElCnyPerMwh: p.priceElCnyPerMwh,
    },
    series: p.instances.map((i) => i.series),
    tOutC: p.tOutC,
    ghiWm2: p.ghiWm2,
    grouping: null,
    label: (t) =>
      `${p.season.dates[p.season.dayOfSeason[t]!]} ${String(p.season.hourOfDay[t]).padStart(2, '0')}:00`,
  };
}

/**
 * Representative mode (MODEL §2): k typical days per period, grouped by daily mean temperature; every
 * derived series (demand, price, availability, 1/COP) is averaged hour-of-day over the member days;
 * w_t = member days; storage is cyclic within each typical day.
 */
export function representativeSteps(p: PreparedSeason, k: number): ModelSteps {
  const grouping = groupTypicalDays(p.season, p.periods.periodOfDay, p.tOutC, k);
  const avg = (s: Float64Array) => aggregateSeries(s, grouping);
  const n = grouping.groups.length * 24;
  const weight = new Float64Array(n);
  const period = new Int32Array(n);
  grouping.groups.forEach((g, i) => {
    weight.fill(g.weight, i * 24, i * 24 + 24);
    period.fill(g.period, i * 24, i * 24 + 24);
  });
  const series = p.instances.map((inst) => {
    const out: { availMw?: Float64Array; elecPerHeat?: Float64Array } = {};
    if (inst.series.availMw) out.availMw = avg(inst.series.availMw);
    if (inst.series.elecPerHeat) out.elecPerHeat = avg(inst.series.elecPerHeat);
    return out;
  });
  return {
    mode: 'representative',
    data: {
      n,
      weight,
      period,
      cyclicGroups: grouping.groups.map((_, i) => ({ start: i * 24, length: 24 })),
      demandMw: avg(p.demandMw),
      priceElCnyPerMwh: avg(p.priceElCnyPerMwh),
    },
    series,
    tOutC: avg(p.tOutC),
    ghiWm2: avg(p.ghiWm2),
    grouping,
    label: (t) => `typical day ${Math.floor(t / 24) + 1} ${String(t % 24).padStart(2, '0')}:00`,
  };
}
