// Property test: random small plants (2–3 technologies, 24–72 steps) solve optimally, pass the invariants, agree across backends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildMicro,
  microScenario,
  obj,
  relDiff,
  solveMicro,
  type MicroInstance,
  type MicroModel,
  type Solved,
} from '../../helpers/engine-fixtures';

/** Values on a 0.01 grid (as in test/solver/backends/property.test.ts): compares solvers, not tolerances. */
const grid = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((v) => v / 100);

type Params = Record<string, number>;
const tech = (type: string, params: fc.Arbitrary<Params>): fc.Arbitrary<{ type: string; params: Params }> =>
  params.map((p) => ({ type, params: p }));

/** Every technology with parameters drawn inside its catalog range (a subset that keeps the cases small). */
const techArb = fc.oneof(
  tech('gasBoiler', fc.record({ capacityMw: grid(0, 40), efficiency: grid(0.5, 1) })),
  tech('sewageHeatPump', fc.record({ capacityMw: grid(0, 20), cop: grid(1.5, 8), sourceMaxMw: grid(0, 30) })),
  tech('reclaimedWaterHeatPump', fc.record({ capacityMw: grid(0, 10), cop: grid(2, 6), sourceMaxMw: grid(0, 10) })),
  tech('shallowGroundHeatPump', fc.record({ capacityMw: grid(0, 20), cop: grid(2, 6), groundMaxMwh: grid(0, 2000) })),
  tech('airSourceHeatPump', fc.record({ capacityMw: grid(0, 20), etaCarnot: grid(0.3, 0.6), minOutdoorC: fc.integer({ min: -40, max: -10 }) })),
  tech('geothermalWells', fc.record({ doublets: fc.integer({ min: 0, max: 6 }), doubletMw: grid(0, 5), mustRun: fc.oneof(fc.constant(0), grid(0, 1)) })),
  tech('absorptionHeatPump', fc.record({ capacityMw: grid(0, 10), cop: grid(1.1, 2.5), kTail: grid(0, 2) })),
  tech('hotDryRock', fc.record({ capacityMw: grid(0, 5) })),
  tech('pv', fc.record({ capacityMwp: grid(0, 5) })),
  tech('phaseChangeStorage', fc.record({ energyMwh: grid(0, 50), chargeMw: grid(0, 10), dischargeMw: grid(0, 10), etaCharge: grid(0.7, 1), lossPerHour: grid(0, 0.05) })),
  tech('battery', fc.record({ energyMwh: grid(0, 5), chargeMw: grid(0, 2), dischargeMw: grid(0, 2) })),
); // prettier-ignore

const caseArb = fc.record({
  days: fc.integer({ min: 1, max: 3 }),
  dayWeights: fc.option(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 3, maxLength: 3 }), {
    nil: null,
  }),
  demand: fc.array(grid(0, 30), { minLength: 72, maxLength: 72 }),
  price: fc.array(grid(0, 2000), { minLength: 72, maxLength: 72 }),
  tOutC: fc.array(grid(-35, 15), { minLength: 72, maxLength: 72 }),
  ghi: fc.array(fc.oneof(fc.constant(0), grid(0, 1000)), { minLength: 72, maxLength: 72 }),
  techs: fc.array(techArb, { minLength: 2, maxLength: 3 }),
  gasCnyPerNm3: grid(0, 10),
  exportCnyPerMwh: grid(0, 1000),
  exportEnabled: fc.boolean(),
  // ≥ 1 MW: must-run wells need pump power and the electricity bus has no slack (see the constraints tests).
  importLimitMw: grid(1, 50),
  vollCnyPerMwh: grid(1000, 20000),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function model(c: Case): MicroModel {
  const n = 24 * c.days;
  const scenario = microScenario((raw) => {
    Object.assign(obj(raw, 'prices'), {
      gasCnyPerNm3: c.gasCnyPerNm3,
      exportCnyPerMwh: c.exportCnyPerMwh,
      exportEnabled: c.exportEnabled,
      importLimitMw: c.importLimitMw,
      vollCnyPerMwh: c.vollCnyPerMwh,
    });
  });
  const instances: MicroInstance[] = c.techs.map((t, i) => ({ ...t, id: `${t.type}_${i + 1}` }));
  const weights = c.dayWeights;
  return buildMicro({
    scenario,
    instances,
    demandMw: c.demand.slice(0, n),
    priceEl: c.price.slice(0, n),
    tOutC: c.tOutC.slice(0, n),
    ghiWm2: c.ghi.slice(0, n),
    ...(weights
      ? {
          weight: Array.from({ length: n }, (_, t) => weights[Math.floor(t / 24)]!),
          cyclicGroups: Array.from({ length: c.days }, (_, d) => ({ start: d * 24, length: 24 })),
        }
      : {}),
  });
}

/** Balances, cost = objective, every column inside its bounds, every flow and level ≥ 0. */
function expectPhysical(m: MicroModel, s: Solved): void {
  expect(s.invariants.problems).toEqual([]);
  expect(s.invariants.maxHeatImbalanceMw).toBeLessThan(1e-6);
  expect(s.invariants.maxElecImbalanceMw).toBeLessThan(1e-6);
  expect(s.invariants.objectiveRelativeError).toBeLessThan(1e-6);
  const lp = m.compiled;
  for (let j = 0; j < lp.numCols; j++) {
    expect(s.outcome.x[j]!, lp.colNames[j]).toBeGreaterThanOrEqual(Math.max(0, lp.colLower[j]!) - 1e-7);
    expect(s.outcome.x[j]!, lp.colNames[j]).toBeLessThanOrEqual(lp.colUpper[j]! + 1e-7);
  }
  const h = s.hourly;
  const series = [
    ...Object.values(h.heatMw),
    ...Object.values(h.electricityUseMw),
    ...Object.values(h.renewableMw),
    ...Object.values(h.storage).flatMap((st) => [st.chargeMw, st.dischargeMw, st.levelMwh]),
    h.gridImportMw,
    h.gridExportMw,
    ...Object.values(h.carrierMw),
    h.unservedMw,
    h.dumpMw,
  ];
  for (const values of series) expect(Math.min(...values)).toBeGreaterThanOrEqual(-1e-7);
}

describe('random small plants', () => {
  it('optimal on both backends, physical, and the same objective (1e-6 relative)', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const m = model(c);
        const highs = await solveMicro(m, 'highs');
        const jslp = await solveMicro(m, 'jslp');
        expectPhysical(m, highs);
        expectPhysical(m, jslp);
        expect(relDiff(highs.objective, jslp.objective)).toBeLessThan(1e-6);
      }),
      { numRuns: 40 },
    );
  });
});
