// One behaviour test per LP constraint family of the converters and buses (MODEL §4, §5), on hand-sized models.
import { describe, expect, it } from 'vitest';
import { ashpCapacityFactor, ashpCop } from '../../../solver/catalog/air-source-heat-pump';
import {
  GAS_CNY_PER_MWH,
  buildMicro,
  microScenario,
  obj,
  solveBoth,
  solveCompiled,
  stepValues,
  type MicroInstance,
} from '../../helpers/engine-fixtures';

const BOILER = GAS_CNY_PER_MWH / 0.98 + 3;
const boiler: MicroInstance = { type: 'gasBoiler', params: { capacityMw: 50 } };
const close = (values: readonly number[], digits = 9) =>
  values.map((v) => expect.closeTo(v, digits) as number);

describe('heat balance', () => {
  it('holds at every step, and extra demand at one step is met at that step only', async () => {
    const instances: MicroInstance[] = [
      boiler,
      { type: 'sewageHeatPump', params: { cop: 4, sourceMaxMw: 200 } },
    ];
    const base = await solveBoth(buildMicro({ demandMw: [5, 5, 5], instances }));
    const more = await solveBoth(buildMicro({ demandMw: [5, 6, 5], instances }));
    // The 3 MW pump is full, so the extra MWh at t1 comes from the boiler: +364.1557 CNY.
    expect(more.highs.objective - base.highs.objective).toBeCloseTo(BOILER, 6);
    expect(stepValues(more.highs, 'heat_out', 'gasBoiler_1', 3)).toEqual(close([2, 3, 2]));
    for (const s of [base.highs, base.jslp, more.highs, more.jslp]) {
      expect(s.invariants.maxHeatImbalanceMw).toBeLessThan(1e-6);
      expect(s.invariants.ok).toBe(true);
    }
  });
});

describe('electricity balance', () => {
  /* imp_t + p_pv,t − exp_t = e_hp,t + e_pumps,t: pump 4 MW/COP 4 = 1 MW, wells 2 MW·0.025 = 0.05 MW, PV 0.5 MW. */
  it('imports exactly what heat pumps and well pumps use beyond local PV', async () => {
    const m = buildMicro({
      demandMw: [6, 6, 6],
      ghiWm2: [500, 500, 500],
      instances: [
        boiler,
        { type: 'sewageHeatPump', params: { capacityMw: 4, cop: 4, sourceMaxMw: 200 } },
        { type: 'geothermalWells', params: { doublets: 1, doubletMw: 2 } },
        { type: 'pv', params: { capacityMwp: 1.25, performanceRatio: 0.8 } },
      ],
    });
    const { highs, jslp } = await solveBoth(m);
    for (const s of [highs, jslp]) {
      expect(s.invariants.maxElecImbalanceMw).toBeLessThan(1e-6);
      const h = s.hourly;
      for (let t = 0; t < 3; t++) {
        const use =
          h.electricityUseMw['sewageHeatPump_1']![t]! + h.electricityUseMw['geothermalWells_1']![t]!;
        expect(use).toBeCloseTo(1.05, 9);
        expect(h.gridImportMw[t]! + h.renewableMw['pv_1']![t]! - h.gridExportMw[t]!).toBeCloseTo(use, 9);
      }
      expect(s.kpis.electricityByConsumerMWh['geothermalWells_1']).toBeCloseTo(0.15, 9);
    }
  });
});

describe('grid import limit', () => {
  /* I_max 0.5 MW lets the COP-4 pump make 2 MW; the boiler covers the other 3 MW. 0 MW switches the pump off. */
  it.each([
    [0.5, 2],
    [0, 0],
  ])('I_max = %s MW caps the heat pump at %s MW', async (limit, pumpMw) => {
    const scenario = microScenario((raw) => (obj(raw, 'prices')['importLimitMw'] = limit));
    const m = buildMicro({
      scenario,
      demandMw: [5, 5, 5],
      instances: [boiler, { type: 'sewageHeatPump', params: { capacityMw: 8, cop: 4, sourceMaxMw: 200 } }],
    });
    const { highs, jslp } = await solveBoth(m);
    for (const s of [highs, jslp]) {
      expect(Math.max(...s.hourly.gridImportMw)).toBeLessThanOrEqual(limit + 1e-9);
      expect(stepValues(s, 'heat_out', 'sewageHeatPump_1', 3)).toEqual(close([pumpMw, pumpMw, pumpMw]));
    }
  });
});

describe('capacity bounds', () => {
  /* Demand 100 MW, every firm converter cheaper than VOLL: each runs at exactly its capacity, the rest is unserved. */
  it('no converter exceeds its capacity (doublets × MW per doublet for the wells)', async () => {
    const m = buildMicro({
      demandMw: [100, 100, 100],
      instances: [
        { type: 'gasBoiler', params: { capacityMw: 7 } },
        { type: 'geothermalWells', params: { doublets: 3, doubletMw: 2.5 } },
        { type: 'hotDryRock', params: { capacityMw: 1.5 } },
        { type: 'shallowGroundHeatPump', params: { capacityMw: 4, groundMaxMwh: 1e6 } },
        { type: 'absorptionHeatPump', params: { capacityMw: 2 } },
      ],
    });
    const { highs, jslp } = await solveBoth(m);
    for (const s of [highs, jslp]) {
      expect(s.kpis.heatByInstanceMWh).toEqual({
        gasBoiler_1: expect.closeTo(21, 9) as number,
        geothermalWells_1: expect.closeTo(22.5, 9) as number,
        hotDryRock_1: expect.closeTo(4.5, 9) as number,
        shallowGroundHeatPump_1: expect.closeTo(12, 9) as number,
        absorptionHeatPump_1: expect.closeTo(6, 9) as number,
      });
      expect(s.kpis.unservedHeatMWh).toBeCloseTo(300 - 66, 9);
    }
  });
});

describe('air-source heat pump: availability and COP curve', () => {
  /*
   * Cap 8 MW, T_min −30 °C, η_C 0.45, T_sup 45 °C. At −35 °C: below T_min → 0 MW.
   * At −10 °C: f_cap = 0.85 − 0.10 = 0.75 → 6 MW; COP = 0.45·(50 + 273.15)/(50 − (−18)) = 145.4175/68 = 2.13849.
   * At +5 °C: f_cap = 0.90 → 7.2 MW; COP = 145.4175/(50 − (−3)) = 2.74373. The pump beats the boiler at every
   * price here (880/2.138 + 2 = 413.5 > 364.2 only at the peak, which is why the peak step is the warm one).
   */
  it('is 0 below T_min, derated by f_cap, and uses 1/COP(T_out) electricity', async () => {
    expect(ashpCop(-10, 0.45, 45)).toBeCloseTo(145.4175 / 68, 12);
    expect(ashpCop(5, 0.45, 45)).toBeCloseTo(145.4175 / 53, 12);
    expect(ashpCapacityFactor(-35, -30)).toBe(0);
    expect(ashpCapacityFactor(-10, -30)).toBeCloseTo(0.75, 12);
    const m = buildMicro({
      demandMw: [10, 10, 10],
      tOutC: [-35, -10, 5],
      priceEl: [247.5, 550, 880],
      instances: [boiler, { type: 'airSourceHeatPump', params: { capacityMw: 8 } }],
    });
    const { highs, jslp } = await solveBoth(m);
    for (const s of [highs, jslp]) {
      const q = stepValues(s, 'heat_out', 'airSourceHeatPump_1', 3);
      expect(q).toEqual(close([0, 6, 7.2]));
      const e = Array.from(s.hourly.electricityUseMw['airSourceHeatPump_1']!);
      expect(e).toEqual(close([0, 6 / (145.4175 / 68), 7.2 / (145.4175 / 53)]));
    }
  });

  it('a colder T_min keeps the unit available at −35 °C (f_cap clamps at 0.5)', async () => {
    const m = buildMicro({
      demandMw: [10],
      tOutC: [-35],
      priceEl: [247.5],
      instances: [boiler, { type: 'airSourceHeatPump', params: { capacityMw: 8, minOutdoorC: -40 } }],
    });
    const { highs } = await solveBoth(m);
    expect(stepValues(highs, 'heat_out', 'airSourceHeatPump_1', 1)).toEqual(close([4]));
  });
});

describe('water-source heat pumps: q ≤ min(Cap, S_max/(1 − 1/COP))', () => {
  /* Sewage: S_max 2, COP 4 → 2/0.75 = 2.6667 < Cap 3. Reclaimed: S_max 1.2, COP 4.3 → 1.2·4.3/3.3 = 1.5636 < Cap 2. */
  it('the source flow, not the capacity, limits the output', async () => {
    const m = buildMicro({
      demandMw: [10, 10, 10],
      instances: [boiler, { type: 'sewageHeatPump' }, { type: 'reclaimedWaterHeatPump' }],
    });
    const { highs, jslp } = await solveBoth(m);
    for (const s of [highs, jslp]) {
      expect(stepValues(s, 'heat_out', 'sewageHeatPump_1', 3)).toEqual(close(Array(3).fill(8 / 3)));
      expect(stepValues(s, 'heat_out', 'reclaimedWaterHeatPump_1', 3)).toEqual(
        close(Array(3).fill((1.2 * 4.3) / 3.3)),
      );
    }
  });
});

describe('tail water shared by two absorption units', () => {
  /* Wells 2 MW → Σ_i q_i·(1 − 1/1.7)/0.8 ≤ 2, so together q_1 + q_2 ≤ 3.885714 MW, not 2 × that. */
  it('limits the sum, not each unit', async () => {
    const abs = (id: string): MicroInstance => ({
      type: 'absorptionHeatPump',
      id,
      params: { capacityMw: 4 },
    });
    const m = buildMicro({
      demandMw: [12, 12, 12],
      instances: [
        boiler,
        abs('abs_a'),
        abs('abs_b'),
        { type: 'geothermalWells', params: { doublets: 1, doubletMw: 2 } },
      ],
    });
    const { highs, jslp } = await solveBoth(m);
    for (const s of [highs, jslp]) {
      const total = (s.kpis.heatByInstanceMWh['abs_a'] ?? 0) + (s.kpis.heatByInstanceMWh['abs_b'] ?? 0);
      expect(total).toBeCloseTo((3 * 0.8 * 2 * 1.7) / 0.7, 9);
      expect(s.kpis.geothermalHeatMWh).toBeCloseTo(3 * 3.6, 9);
    }
  });
});

describe('must-run', () => {
  /* Wells 4 × 2.5 MW, mustRun 0.5 → q ≥ 5 MW even with no demand at all; the heat is dumped. */
  it('keeps q ≥ mustRun·Cap and dumps what nobody needs', async () => {
    const m = buildMicro({
      demandMw: [0, 3, 8],
      instances: [boiler, { type: 'geothermalWells', params: { doublets: 4, doubletMw: 2.5, mustRun: 0.5 } }],
    });
    const { highs, jslp } = await solveBoth(m);
    for (const s of [highs, jslp]) {
      expect(stepValues(s, 'heat_out', 'geothermalWells_1', 3)).toEqual(close([5, 5, 8]));
      expect(Array.from(s.hourly.dumpMw)).toEqual(close([5, 2, 0]));
    }
  });
});

describe('no silent fallback when the electricity bus cannot balance', () => {
  /* The electricity bus has no slack: must-run wells need 0.025·5 MW of pump power, and I_max = 0 forbids it. */
  it('must-run pumps with I_max = 0 and no PV is reported infeasible by both backends', async () => {
    const scenario = microScenario((raw) => (obj(raw, 'prices')['importLimitMw'] = 0));
    const m = buildMicro({
      scenario,
      demandMw: [5, 5, 5],
      instances: [boiler, { type: 'geothermalWells', params: { doublets: 2, doubletMw: 2.5, mustRun: 1 } }],
    });
    expect((await solveCompiled(m.compiled, 'highs')).status).toBe('infeasible');
    expect((await solveCompiled(m.compiled, 'jslp')).status).toBe('infeasible');
  });
});
