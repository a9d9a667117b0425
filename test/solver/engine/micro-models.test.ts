// Hand-computed 3-step dispatch models (valley/flat/peak) built by the real builder and solved by both backends.
import { describe, expect, it } from 'vitest';
import {
  GAS_CNY_PER_MWH,
  buildMicro,
  microScenario,
  obj,
  solveBoth,
  solveCompiled,
  stepValues,
  type MicroInstance,
  type Solved,
} from '../../helpers/engine-fixtures';

/** Boiler heat cost: π_gas/η_b + VOM = 353.9326/0.98 + 3 = 364.1557 CNY/MWh_th. */
const BOILER = GAS_CNY_PER_MWH / 0.98 + 3;
/** A COP-4 heat pump (sewage source, flow limit lifted) of the given capacity; heat cost π_t/4 + 2. */
const hp = (capacityMw: number): MicroInstance => ({
  type: 'sewageHeatPump',
  params: { capacityMw, cop: 4, sourceMaxMw: 200 },
});
const boiler = (capacityMw = 14): MicroInstance => ({ type: 'gasBoiler', params: { capacityMw } });
const DEMAND = [5, 5, 5];

/** Both backends agree (solveBoth checks 1e-6 rel.); every result must pass the invariants. */
function expectSound(...solved: Solved[]): void {
  for (const s of solved) expect(s.invariants.problems).toEqual([]);
}

describe('(a) heat pump COP 4 + gas boiler η 0.98, demand 5/5/5 MW', () => {
  /*
   * HP heat costs π_t/4 + 2 = 63.875, 139.5, 222 CNY/MWh < boiler 364.1557 at every step, so the 4 MW pump
   * runs flat out and the boiler tops up: q_hp = 4, 4, 4; e = 1, 1, 1 MW imported; q_boiler = 1, 1, 1.
   *   pump:   Σ_t (π_t·1 + 2·4) = 247.5 + 550 + 880 + 24 = 1701.5
   *   boiler: 3·(353.9326/0.98 + 3) = 3·364.1557 = 1092.4671
   *   objective = 2793.9671 CNY; one more MWh at any step comes from the boiler: λ_t = 364.1557 CNY/MWh.
   */
  const expected = 1701.5 + 3 * BOILER;

  it('dispatches exactly as by hand on both backends', async () => {
    expect(expected).toBeCloseTo(2793.9671, 4);
    const m = buildMicro({ demandMw: DEMAND, instances: [boiler(), hp(4)] });
    const { highs, jslp } = await solveBoth(m);
    expectSound(highs, jslp);
    for (const s of [highs, jslp]) {
      expect(s.objective).toBeCloseTo(expected, 6);
      stepValues(s, 'heat_out', 'sewageHeatPump_1', 3).forEach((q) => expect(q).toBeCloseTo(4, 9));
      stepValues(s, 'heat_out', 'gasBoiler_1', 3).forEach((q) => expect(q).toBeCloseTo(1, 9));
      stepValues(s, 'grid_import', 'plant', 3).forEach((e) => expect(e).toBeCloseTo(1, 9));
      expect(s.kpis.operatingCostCny).toBeCloseTo(expected, 6);
      expect(s.kpis.heatByTechnologyMWh).toEqual({
        sewageHeatPump: expect.closeTo(12, 9) as number,
        gasBoiler: expect.closeTo(3, 9) as number,
      });
    }
  });

  it('HiGHS marginal heat cost is the boiler cost at every step; jslp has none (null, not 0)', async () => {
    const m = buildMicro({ demandMw: DEMAND, instances: [boiler(), hp(4)] });
    const { highs, jslp } = await solveBoth(m);
    expect(Array.from(highs.hourly.marginalHeatCostCnyPerMwh ?? [])).toEqual(
      [BOILER, BOILER, BOILER].map((v) => expect.closeTo(v, 6) as number),
    );
    expect(highs.kpis.marginalHeatCost?.mean).toBeCloseTo(BOILER, 6);
    expect(jslp.outcome.rowDual).toBeNull();
    expect(jslp.hourly.marginalHeatCostCnyPerMwh).toBeNull();
    expect(jslp.kpis.marginalHeatCost).toBeNull();
  });
});

describe('(b) add a lossless heat store E 3 MWh, P 5 MW', () => {
  const store = (eta: number): MicroInstance => ({
    type: 'phaseChangeStorage',
    params: { energyMwh: 3, chargeMw: 5, dischargeMw: 5, etaCharge: eta, etaDischarge: eta, lossPerHour: 0 },
  });

  /*
   * 8 MW pump (cost 63.875/139.5/222), boiler never economic. Without a store: q_hp = 5, 5, 5,
   * 5·(63.875 + 139.5 + 222) = 2126.875. With the store: charge 3 in the valley (pump 8 MW, its limit
   * of E = 3 MWh), hold at flat (full), discharge 3 at the peak; cyclic level s = 3, 3, 0 (s before t0 = s_t2 = 0).
   *   q_hp = 8, 5, 2 → 8·63.875 + 5·139.5 + 2·222 = 511 + 697.5 + 444 = 1652.5 CNY
   *   saving 3·(222 − 63.875) = 474.375 = 2126.875 − 1652.5.
   */
  it('charges in the valley and discharges at the peak, exact objective', async () => {
    const m = buildMicro({ demandMw: DEMAND, instances: [hp(8), boiler(), store(1)] });
    const { highs, jslp } = await solveBoth(m);
    expectSound(highs, jslp);
    for (const s of [highs, jslp]) {
      expect(s.objective).toBeCloseTo(1652.5, 6);
      const st = s.hourly.storage['phaseChangeStorage_1']!;
      expect(Array.from(st.chargeMw)).toEqual([3, 0, 0].map((v) => expect.closeTo(v, 9) as number));
      expect(Array.from(st.dischargeMw)).toEqual([0, 0, 3].map((v) => expect.closeTo(v, 9) as number));
      expect(Array.from(st.levelMwh)).toEqual([3, 3, 0].map((v) => expect.closeTo(v, 9) as number));
      expect(stepValues(s, 'heat_out', 'sewageHeatPump_1', 3)).toEqual(
        [8, 5, 2].map((v) => expect.closeTo(v, 9) as number),
      );
      expect(s.kpis.storage['phaseChangeStorage_1']?.cycles).toBeCloseTo(1, 9);
    }
  });

  /* Round trip 0.5·0.5 = 0.25: valley heat through the store costs 63.875/0.25 = 255.5 > 222, so it idles: 2126.875. */
  it('stays idle when storing does not pay', async () => {
    const m = buildMicro({ demandMw: DEMAND, instances: [hp(8), boiler(), store(0.5)] });
    const { highs, jslp } = await solveBoth(m);
    expectSound(highs, jslp);
    expect(highs.objective).toBeCloseTo(2126.875, 6);
    expect(highs.kpis.storage['phaseChangeStorage_1']?.dischargeMWh).toBeCloseTo(0, 9);
  });
});

describe('(c) slacks', () => {
  /*
   * Boiler 3 MW, demand 5: u = 2 MW per step at VOLL 5000. Objective = 9·364.1557 + 6·5000 = 3277.4013 + 30000.
   * Operating cost excludes the penalty (MODEL §9): 3277.4013; heat delivered 15 − 6 = 9 MWh.
   */
  it('unserved heat = shortfall, priced at VOLL and reported apart from the operating cost', async () => {
    const m = buildMicro({ demandMw: DEMAND, instances: [boiler(3)] });
    const { highs, jslp } = await solveBoth(m);
    expectSound(highs, jslp);
    for (const s of [highs, jslp]) {
      expect(s.objective).toBeCloseTo(9 * BOILER + 30000, 6);
      expect(Array.from(s.hourly.unservedMw)).toEqual([2, 2, 2].map((v) => expect.closeTo(v, 9) as number));
      expect(s.kpis.unservedHeatMWh).toBeCloseTo(6, 9);
      expect(s.kpis.unservedHours).toBe(3);
      expect(s.kpis.penalties.unservedCny).toBeCloseTo(30000, 6);
      expect(s.kpis.operatingCostCny).toBeCloseTo(9 * BOILER, 6);
      expect(s.kpis.heatDeliveredMWh).toBeCloseTo(9, 9);
    }
  });

  /*
   * Wells 2 doublets × 3 MW with mustRun 1: q = 6 > D = 5, so dump = 1 MW per step at π_dump = 1.
   * Pumps e = 0.025·6 = 0.15 MW imported. Objective = Σ_t (6·2 + 0.15·π_t + 1·1) = 36 + 251.625 + 3 = 290.625.
   */
  it('dump when must-run exceeds demand, priced at π_dump', async () => {
    const wells: MicroInstance = {
      type: 'geothermalWells',
      params: { doublets: 2, doubletMw: 3, mustRun: 1 },
    };
    const m = buildMicro({ demandMw: DEMAND, instances: [wells] });
    const { highs, jslp } = await solveBoth(m);
    expectSound(highs, jslp);
    for (const s of [highs, jslp]) {
      expect(s.objective).toBeCloseTo(290.625, 6);
      expect(Array.from(s.hourly.dumpMw)).toEqual([1, 1, 1].map((v) => expect.closeTo(v, 9) as number));
      expect(s.kpis.dumpedHeatMWh).toBeCloseTo(3, 9);
      expect(s.kpis.penalties.dumpCny).toBeCloseTo(3, 9);
      expect(s.kpis.operatingCostCny).toBeCloseTo(287.625, 6);
    }
  });
});

describe('(d) PV export is capped by PV output', () => {
  /*
   * PV 1.25 MWp·1000 W/m²·0.8/1000 = 1 MW every step; pump q = 2 (demand 2), e = 0.5 MW.
   * Valley (247.5 < 332): import the pump's 0.5 and export all 1 MW of PV (gross metering): 123.75 − 332.
   * Flat, peak (> 332): PV feeds the pump, export 0.5: −166 each. Pump VOM 2·2·3 = 12.
   * Objective = 123.75 − 332 − 166 − 166 + 12 = −528.25.
   * Without the cap the LP would also import up to I_max = 20 at the valley to resell at 332:
   * 19.5 MW more export → −19.5·(332 − 247.5) = −1647.75, objective −2176 (the fake profit of MODEL §4).
   */
  const spec = {
    demandMw: [2, 2, 2],
    ghiWm2: [1000, 1000, 1000],
    instances: [hp(4), { type: 'pv', params: { capacityMwp: 1.25, performanceRatio: 0.8 } }],
  };

  it('exports at most the PV output and never buys to resell', async () => {
    const m = buildMicro(spec);
    const { highs, jslp } = await solveBoth(m);
    expectSound(highs, jslp);
    for (const s of [highs, jslp]) {
      expect(s.objective).toBeCloseTo(-528.25, 6);
      expect(Array.from(s.hourly.gridExportMw)).toEqual(
        [1, 0.5, 0.5].map((v) => expect.closeTo(v, 9) as number),
      );
      expect(Array.from(s.hourly.gridImportMw)).toEqual(
        [0.5, 0, 0].map((v) => expect.closeTo(v, 9) as number),
      );
      for (let t = 0; t < 3; t++)
        expect(s.hourly.gridExportMw[t]!).toBeLessThanOrEqual(s.hourly.renewableMw['pv_1']![t]! + 1e-9);
    }
  });

  it('without the export_cap rows the same LP would resell valley power (the cap is what stops it)', async () => {
    const lp = buildMicro(spec).compiled;
    const rowUpper = Float64Array.from(lp.rowUpper, (u, i) =>
      lp.rowNames[i]!.startsWith('export_cap__') ? Infinity : u,
    );
    const relaxed = await solveCompiled({ ...lp, rowUpper }, 'highs');
    expect(relaxed.objective).toBeCloseTo(-2176, 6);
  });

  it('with export disabled there is no export column and surplus PV is curtailed', async () => {
    const scenario = microScenario((raw) => (obj(raw, 'prices')['exportEnabled'] = false));
    const m = buildMicro({ ...spec, scenario });
    expect(m.compiled.colNames.some((n) => n.startsWith('grid_export'))).toBe(false);
    const { highs } = await solveBoth(m);
    expect(highs.objective).toBeCloseTo(12, 6);
    expect(highs.kpis.renewableCurtailedMWh).toBeCloseTo(1.5, 9);
  });
});

describe('(e) absorption heat pump limited by the tail water', () => {
  /*
   * Wells 1 × 2 MW (cost 2 + 0.025·π_t), absorption Cap 4, COP 1.7 (cost 353.9326/1.7 + 3 = 211.1956), boiler.
   * Tail water: q_abs·(1 − 1/1.7) ≤ 0.8·q_geo = 1.6 → q_abs ≤ 1.6·1.7/0.7 = 3.885714 MW (< Cap 4).
   * Boiler = 10 − 2 − 3.885714 = 4.114286 MW. Geothermal heat = 2 + 1.6 = 3.6 MW (share 0.36).
   * Objective = (12 + 0.05·1677.5) + 3·3.885714·211.1956 + 3·4.114286·364.1557 = 95.875 + 2461.9377 + 4494.7218 = 7052.5345.
   */
  const qAbs = (0.8 * 2 * 1.7) / 0.7;
  const expected = 95.875 + 3 * qAbs * (GAS_CNY_PER_MWH / 1.7 + 3) + 3 * (8 - qAbs) * BOILER;
  const instances = (kTail: number): MicroInstance[] => [
    boiler(),
    { type: 'absorptionHeatPump', params: { capacityMw: 4, cop: 1.7, kTail } },
    { type: 'geothermalWells', params: { doublets: 1, doubletMw: 2 } },
  ];

  it('runs at the tail-water limit, not at capacity', async () => {
    expect(expected).toBeCloseTo(7052.5345, 3);
    const m = buildMicro({ demandMw: [10, 10, 10], instances: instances(0.8) });
    const { highs, jslp } = await solveBoth(m);
    expectSound(highs, jslp);
    for (const s of [highs, jslp]) {
      expect(s.objective).toBeCloseTo(expected, 6);
      stepValues(s, 'heat_out', 'absorptionHeatPump_1', 3).forEach((q) => expect(q).toBeCloseTo(qAbs, 9));
      stepValues(s, 'heat_out', 'gasBoiler_1', 3).forEach((q) => expect(q).toBeCloseTo(8 - qAbs, 9));
      expect(s.kpis.geothermalHeatMWh).toBeCloseTo(3 * 3.6, 9);
      expect(s.kpis.geothermalShare).toBeCloseTo(0.36, 9);
    }
  });

  it('k_tail = 0 switches the absorption unit off', async () => {
    const { highs } = await solveBoth(buildMicro({ demandMw: [10, 10, 10], instances: instances(0) }));
    expect(highs.kpis.heatByTechnologyMWh['absorptionHeatPump']).toBeCloseTo(0, 9);
  });
});

describe('(f) ground-source seasonal extraction limit with weights 10, 20, 5', () => {
  /*
   * GSHP Cap 5, COP 4 (cost π_t/4 + 2), G_max 60 MWh; extraction 0.75 per MWh of heat, so Σ w·q ≤ 80 MWh.
   * Saving over the boiler per MWh: 300.28 (valley) > 224.66 (flat) > 142.16 (peak) → fill the valley first:
   * q = 5 at t0 (w 10: 50 MWh, 37.5 extracted), then 22.5/0.75 = 30 MWh at t1 (w 20: q = 1.5), none at t2.
   * Objective = 10·5·63.875 + 20·(1.5·139.5 + 3.5·364.1557) + 5·5·364.1557
   *           = 3193.75 + 4185 + 25490.8989 + 9103.8925 = 41973.5414 CNY.
   */
  const expected = 10 * 5 * 63.875 + 20 * (1.5 * 139.5 + 3.5 * BOILER) + 5 * 5 * BOILER;

  it('binds on Σ w·q·(1 − 1/COP) and fills the cheapest weighted hours first', async () => {
    expect(expected).toBeCloseTo(41973.5414, 3);
    const m = buildMicro({
      demandMw: DEMAND,
      weight: [10, 20, 5],
      period: [0, 1, 2],
      instances: [
        boiler(),
        { type: 'shallowGroundHeatPump', params: { capacityMw: 5, cop: 4, groundMaxMwh: 60 } },
      ],
    });
    const { highs, jslp } = await solveBoth(m);
    expectSound(highs, jslp);
    for (const s of [highs, jslp]) {
      expect(s.objective).toBeCloseTo(expected, 6);
      expect(stepValues(s, 'heat_out', 'shallowGroundHeatPump_1', 3)).toEqual(
        [5, 1.5, 0].map((v) => expect.closeTo(v, 9) as number),
      );
      expect(s.kpis.heatByTechnologyMWh['shallowGroundHeatPump']).toBeCloseTo(80, 9);
      expect(s.kpis.heatDeliveredMWh).toBeCloseTo(175, 9);
    }
  });
});
