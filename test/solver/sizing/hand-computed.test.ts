// Hand-computed sizing models (MODEL §8): size = peak, the screening-curve split, and an MILP that rounding gets wrong.
import { describe, expect, it } from 'vitest';
import { crf, computeEconomics, sourceCosts } from '../../../solver/economics';
import { technologyById } from '../../../solver/catalog';
import { GAS_CNY_PER_MWH, solveCompiled } from '../../helpers/engine-fixtures';
import { buildMicroSizing, sizedValue, solveSizingMicro } from '../../helpers/sizing-fixtures';
import { reducedCost, relaxIntegers } from '../../../solver/sizing/model';

/** (CRF(6 %, 20 a) + FOM 2 %) per CNY of CAPEX: 0.0871846 + 0.02 = 0.1071846 a⁻¹. */
const ANNUITY_20 = crf(0.06, 20) + 0.02;
/** Gas boiler: 250 CNY/kW → 250,000 CNY/MW → 26,796.14 CNY/(MW·a). */
const BOILER_ANNUAL = ANNUITY_20 * 250_000;
/** Boiler heat: π_gas/η_b + VOM = 353.9326/0.98 + 3 = 364.1557 CNY/MWh. */
const BOILER_VAR = GAS_CNY_PER_MWH / 0.98 + 3;
/** Sewage heat pump (COP 4, flat 550 CNY/MWh): 550/4 + 2 = 139.5 CNY/MWh; 2200 CNY/kW → 235,806.1 CNY/(MW·a). */
const HP_VAR = 550 / 4 + 2;
const HP_ANNUAL = ANNUITY_20 * 2_200_000;
const boiler = (capacityMw = 10) => ({ type: 'gasBoiler', params: { capacityMw } });
const hp = (capacityMw = 10) => ({
  type: 'sewageHeatPump',
  params: { capacityMw, cop: 4, sourceMaxMw: 200 },
});
const FLAT = [550, 550, 550];

describe('one technology: the boiler is sized to the peak', () => {
  /*
   * Demand 3, 5, 4 MW, each step standing for 1000 h. One boiler, C ∈ [0, 30] MW. Cutting C below the peak
   * saves 26,796 CNY/MW·a but leaves 1000 MWh per MW unserved at 5000 CNY/MWh, so C = 5 MW = the peak.
   *   objective = 5·26,796.14 + 12,000 MWh·364.1557 = 133,980.7 + 4,369,868.4 = 4,503,849.1 CNY/a
   *   LCOH = objective/(3.6·12,000 GJ) = 104.256 CNY/GJ
   */
  const m = buildMicroSizing({ demandMw: [3, 5, 4], weight: [1000, 1000, 1000], instances: [boiler()] });
  const expected = 5 * BOILER_ANNUAL + 12_000 * BOILER_VAR;

  it('builds exactly the peak and the objective is the hand calculation', async () => {
    expect(expected).toBeCloseTo(4_503_849.1, 0);
    const o = await solveSizingMicro(m);
    expect(o.status).toBe('optimal');
    expect(sizedValue(m, o.x, 'gasBoiler_1')).toBeCloseTo(5, 9);
    expect(o.objective).toBeCloseTo(expected, 4);
    // Interior of [0, 30]: one more MW is worth nothing.
    expect(reducedCost(m.compiled, m.columns[0]!.col, o.rowDual!)).toBeCloseTo(0, 6);
  });

  it('LCOH of the sized plant is (capital + FOM + fuel)/(3.6·H) = 104.256 CNY/GJ, overall and for the boiler', async () => {
    const o = await solveSizingMicro(m);
    const def = technologyById('gasBoiler')!;
    const e = computeEconomics({
      scenario: m.scenario,
      instances: [
        {
          id: 'gasBoiler_1',
          type: 'gasBoiler',
          def,
          params: { capacityMw: 5, efficiency: 0.98, vomCnyPerMwh: 3 },
        },
      ],
      heatDeliveredMWh: 12_000,
      operatingCostCny: 12_000 * BOILER_VAR,
      periods: [],
      sourceCosts: sourceCosts(m.model, o.x, 1),
      offSeasonMwhPerUnit: {},
      areaM2: 1,
    });
    expect(e.lcohCnyPerGJ).toBeCloseTo(expected / 43_200, 6);
    expect(e.lcohCnyPerGJ).toBeCloseTo(104.256, 3);
    expect(e.lcohBySourceCnyPerGJ['gasBoiler_1']).toBeCloseTo(expected / 43_200, 6);
  });
});

describe('two technologies: the screening curve', () => {
  /*
   * Heat pump: 235,806.1 CNY/MW·a + 139.5 CNY/MWh; boiler: 26,796.1 CNY/MW·a + 364.1557 CNY/MWh.
   * Break-even: h* = (235,806.1 − 26,796.1)/(364.1557 − 139.5) = 209,009.9/224.6557 = 930.35 h a year.
   * Load: 10 MW for 200 h, 6 MW for w h, 2 MW for 3000 h. The band 6–10 MW runs 200 h < h*: boiler; the band
   * 2–6 MW runs 200 + w h: heat pump when 200 + w > h*, boiler when below; the base 0–2 MW: heat pump.
   */
  const breakEven = (HP_ANNUAL - BOILER_ANNUAL) / (BOILER_VAR - HP_VAR);
  const model = (w: number) =>
    buildMicroSizing({
      demandMw: [10, 6, 2],
      weight: [200, w, 3000],
      priceEl: FLAT,
      instances: [hp(), boiler()],
    });

  it('break-even hours are 930.35 h', () => {
    expect(breakEven).toBeCloseTo(930.35, 1);
  });

  it('800 h at 6 MW (duration 1000 h > h*): heat pump 6 MW, boiler 4 MW, objective by hand', async () => {
    const m = model(800);
    const o = await solveSizingMicro(m);
    expect(sizedValue(m, o.x, 'sewageHeatPump_1')).toBeCloseTo(6, 7);
    expect(sizedValue(m, o.x, 'gasBoiler_1')).toBeCloseTo(4, 7);
    // 6·HP_A + 4·B_A + HP heat (6·200 + 6·800 + 2·3000 = 12,000 MWh)·139.5 + boiler 4·200 MWh·364.1557
    const hand = 6 * HP_ANNUAL + 4 * BOILER_ANNUAL + 12_000 * HP_VAR + 800 * BOILER_VAR;
    expect(o.objective).toBeCloseTo(hand, 3);
  });

  it('650 h at 6 MW (duration 850 h < h*): heat pump 2 MW, boiler 8 MW', async () => {
    const m = model(650);
    const o = await solveSizingMicro(m);
    expect(sizedValue(m, o.x, 'sewageHeatPump_1')).toBeCloseTo(2, 7);
    expect(sizedValue(m, o.x, 'gasBoiler_1')).toBeCloseTo(8, 7);
  });

  it('HiGHS and javascript-lp-solver agree on the sizing LP to 1e-6', async () => {
    const m = model(800);
    const h = await solveSizingMicro(m);
    const j = await solveSizingMicro(m, 'jslp');
    expect(j.status).toBe('optimal');
    expect(Math.abs(h.objective - j.objective) / h.objective).toBeLessThan(1e-6);
  });
});

describe('whole boiler units: rounding the relaxation is wrong, the MILP is right', () => {
  /*
   * Demand 9 MW for 1000 h; boilers in units of 4 MW (integer), N ∈ {0..3}. Relaxation: N = 2.25.
   * Rounded to the nearest unit, N = 2 leaves 1 MW unserved for 1000 h: 2·4·26,796 + 8000·364.16 + 1000·5000
   * ≈ 8.13 M CNY; N = 3: 3·4·26,796 + 9000·364.16 = 3.60 M CNY. The MILP chooses 3.
   */
  const m = buildMicroSizing({
    demandMw: [9],
    weight: [1000],
    instances: [boiler(4)],
    sizing: { capacities: [{ instance: 'gasBoiler_1', integer: true, min: 0, max: 12 }] },
  });

  it('relaxation 2.25 units; rounded (2) costs 8.13 M; MILP 3 units at 3.60 M', async () => {
    const relaxed = await solveSizingMicro(m, 'relaxed');
    expect(sizedValue(m, relaxed.x, 'gasBoiler_1') / 4).toBeCloseTo(2.25, 9);
    const mip = await solveSizingMicro(m);
    expect(mip.status).toBe('optimal');
    expect(sizedValue(m, mip.x, 'gasBoiler_1')).toBeCloseTo(12, 9);
    const at3 = 3 * 4 * BOILER_ANNUAL + 9000 * BOILER_VAR;
    expect(mip.objective).toBeCloseTo(at3, 3);
    // The rounded relaxation, N fixed at 2, solved as an LP.
    const c = m.columns[0]!;
    const colLower = m.compiled.colLower.slice();
    const colUpper = m.compiled.colUpper.slice();
    colLower[c.col] = 2;
    colUpper[c.col] = 2;
    const rounded = await solveCompiled(relaxIntegers(m.compiled, { colLower, colUpper }), 'highs');
    const at2 = 2 * 4 * BOILER_ANNUAL + 8000 * BOILER_VAR + 1000 * 5000;
    expect(rounded.objective).toBeCloseTo(at2, 3);
    expect(mip.objective).toBeLessThan(rounded.objective);
  });

  it('javascript-lp-solver finds the same whole units', async () => {
    const j = await solveSizingMicro(m, 'jslp');
    expect(j.status).toBe('optimal');
    expect(sizedValue(m, j.x, 'gasBoiler_1')).toBeCloseTo(12, 6);
  });
});
