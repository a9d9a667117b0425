// Storage constraint family: SOC dynamics with standing loss and efficiencies, cyclic wrap, groups, battery SOC window.
import { describe, expect, it } from 'vitest';
import { buildMicro, solveBoth, type MicroInstance, type Solved } from '../../helpers/engine-fixtures';

const pump = (capacityMw: number): MicroInstance => ({
  type: 'sewageHeatPump',
  params: { capacityMw, cop: 4, sourceMaxMw: 200 },
});
const boiler: MicroInstance = { type: 'gasBoiler' };
const heatStore = (p: Record<string, number>): MicroInstance => ({ type: 'phaseChangeStorage', params: p });

/** s_t − (1 − λ)·s_prev − η_ch·ch_t + dis_t/η_dis for every step, prev wrapping inside each group. */
function socResiduals(
  s: Solved,
  id: string,
  p: { lossPerHour: number; etaCharge: number; etaDischarge: number },
  groups: readonly { start: number; length: number }[],
): number[] {
  const st = s.hourly.storage[id]!;
  const out: number[] = [];
  for (const g of groups) {
    for (let k = 0; k < g.length; k++) {
      const t = g.start + k;
      const prev = k === 0 ? g.start + g.length - 1 : t - 1;
      out.push(
        st.levelMwh[t]! -
          (1 - p.lossPerHour) * st.levelMwh[prev]! -
          p.etaCharge * st.chargeMw[t]! +
          st.dischargeMw[t]! / p.etaDischarge,
      );
    }
  }
  return out;
}

describe('heat storage SOC dynamics', () => {
  /*
   * λ 0.1/h, η 0.9/0.8, E 10, P 5; 6 steps valley/flat/peak twice, pump 8 MW. Valley heat reaches the peak at
   * 63.875/(0.9·0.9²·0.8) ≈ 109.5 < 222 CNY/MWh, so the store works despite the losses.
   */
  it('follows s_t = (1 − λ)·s_t−1 + η_ch·ch_t − dis_t/η_dis at every step, including the wrap', async () => {
    const p = {
      energyMwh: 10,
      chargeMw: 5,
      dischargeMw: 5,
      etaCharge: 0.9,
      etaDischarge: 0.8,
      lossPerHour: 0.1,
    };
    const m = buildMicro({ demandMw: [5, 5, 5, 5, 5, 5], instances: [pump(8), boiler, heatStore(p)] });
    const { highs, jslp } = await solveBoth(m);
    for (const s of [highs, jslp]) {
      for (const r of socResiduals(s, 'phaseChangeStorage_1', p, [{ start: 0, length: 6 }])) {
        expect(Math.abs(r)).toBeLessThan(1e-9);
      }
      expect(s.kpis.storage['phaseChangeStorage_1']!.dischargeMWh).toBeGreaterThan(1);
      const st = s.hourly.storage['phaseChangeStorage_1']!;
      for (let t = 0; t < 6; t++) expect(st.levelMwh[t]!).toBeLessThanOrEqual(10 + 1e-9);
      // Standing loss: what comes out is strictly less than what went in.
      expect(s.kpis.storage['phaseChangeStorage_1']!.dischargeMWh).toBeLessThan(
        0.9 * 0.8 * s.kpis.storage['phaseChangeStorage_1']!.chargeMWh,
      );
    }
  });

  /* Prices peak, flat, valley: the only way to move valley heat to the peak is across the wrap (t2 → t0). Same 1652.5 as (b). */
  it('is cyclic: the valley at the last step feeds the peak at the first', async () => {
    const p = { energyMwh: 3, chargeMw: 5, dischargeMw: 5, etaCharge: 1, etaDischarge: 1, lossPerHour: 0 };
    const m = buildMicro({
      demandMw: [5, 5, 5],
      priceEl: [880, 550, 247.5],
      instances: [pump(8), boiler, heatStore(p)],
    });
    const { highs, jslp } = await solveBoth(m);
    for (const s of [highs, jslp]) {
      expect(s.objective).toBeCloseTo(1652.5, 6);
      const st = s.hourly.storage['phaseChangeStorage_1']!;
      expect(st.dischargeMw[0]).toBeCloseTo(3, 9);
      expect(st.chargeMw[2]).toBeCloseTo(3, 9);
      expect(st.levelMwh[2]).toBeCloseTo(3, 9);
    }
  });

  /*
   * Two typical days (groups of 3 steps, weight 1): day 1 valley/flat/peak, day 2 peak all day. One group over
   * both days would carry day-1 valley heat into day 2; per-day cycles forbid it, so each day's net charge is 0.
   */
  it('is cyclic within each group: no energy crosses from one typical day to the next', async () => {
    const p = { energyMwh: 20, chargeMw: 5, dischargeMw: 5, etaCharge: 1, etaDischarge: 1, lossPerHour: 0 };
    const groups = [
      { start: 0, length: 3 },
      { start: 3, length: 3 },
    ];
    const spec = {
      demandMw: [5, 5, 5, 5, 5, 5],
      priceEl: [247.5, 550, 880, 880, 880, 880],
      instances: [pump(10), boiler, heatStore(p)],
    };
    const { highs, jslp } = await solveBoth(
      buildMicro({ ...spec, weight: [1, 1, 1, 1, 1, 1], cyclicGroups: groups }),
    );
    for (const s of [highs, jslp]) {
      const st = s.hourly.storage['phaseChangeStorage_1']!;
      for (const g of groups) {
        let net = 0;
        for (let t = g.start; t < g.start + g.length; t++) net += st.chargeMw[t]! - st.dischargeMw[t]!;
        expect(Math.abs(net)).toBeLessThan(1e-9);
      }
      for (const r of socResiduals(s, 'phaseChangeStorage_1', p, groups))
        expect(Math.abs(r)).toBeLessThan(1e-9);
    }
    // One cycle over both days moves valley heat into day 2 and is strictly cheaper.
    const joined = await solveBoth(buildMicro(spec));
    expect(joined.highs.objective).toBeLessThan(highs.objective - 1);
  });
});

describe('battery SOC window 10–90 %', () => {
  /*
   * E 2 MWh → level in [0.2, 1.8]; P 1 MW, η 0.94/0.94. Pump 8 MW heat, e = 2 MW every step; prices
   * valley, valley, peak, peak. The usable 1.6 MWh is filled in the valleys (1.6/0.94 = 1.70213 MWh bought) and
   * emptied at the peaks (1.6·0.94 = 1.504 MWh delivered): saving 880·1.504 − 247.5·1.70213 = 1323.52 − 421.2766.
   * Without battery: 2·(2·247.5 + 2·880) + VOM 2·8·4 = 4574. With: 4574 − 902.2434 = 3671.7566.
   */
  it('keeps the level inside [socMin·E, socMax·E] and uses the whole window', async () => {
    const m = buildMicro({
      demandMw: [8, 8, 8, 8],
      priceEl: [247.5, 247.5, 880, 880],
      instances: [pump(8), boiler, { type: 'battery' }],
    });
    const { highs, jslp } = await solveBoth(m);
    for (const s of [highs, jslp]) {
      expect(s.objective).toBeCloseTo(4574 - (880 * 1.6 * 0.94 - (247.5 * 1.6) / 0.94), 6);
      const level = Array.from(s.hourly.storage['battery_1']!.levelMwh);
      expect(Math.min(...level)).toBeCloseTo(0.2, 9);
      expect(Math.max(...level)).toBeCloseTo(1.8, 9);
      expect(s.invariants.ok).toBe(true);
    }
  });
});
