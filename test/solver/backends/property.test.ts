// Property test: random small always-feasible dispatch LPs give the same objective in HiGHS and jslp.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HighsSession } from '../../../solver/backends/highs';
import { solveWithJsLp } from '../../../solver/backends/jslp';
import { objectiveOf } from '../../../solver/backends/common';
import { LinearModel } from '../../../solver/lp/linear-model';

interface SourceSpec {
  readonly cost: number;
  readonly capacity: number;
  /** Fraction of the capacity that is a minimum load (0 for most sources). */
  readonly minLoad: number;
  /** Maximum change between consecutive steps, or null for no ramp row. */
  readonly ramp: number | null;
}

interface DispatchSpec {
  readonly demand: readonly number[];
  readonly sources: readonly SourceSpec[];
  readonly offset: number;
}

/**
 * Values on a 0.01 grid: both simplex codes accept violations up to ~1e-8 absolute (their feasibility
 * tolerances), so inputs like a 1e-8 MW minimum load would compare tolerances, not solvers.
 */
const grid = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((v) => v / 100);
const money = grid(0, 100);
const power = grid(0, 20);

const sourceArb: fc.Arbitrary<SourceSpec> = fc.record({
  cost: money,
  capacity: power,
  minLoad: fc.oneof(fc.constant(0), grid(0, 0.5)),
  ramp: fc.option(grid(0.5, 10), { nil: null }),
});

const specArb: fc.Arbitrary<DispatchSpec> = fc.record({
  demand: fc.array(grid(0, 30), { minLength: 1, maxLength: 6 }),
  sources: fc.array(sourceArb, { minLength: 1, maxLength: 4 }),
  offset: grid(-50, 50),
});

/**
 * One balance row per step: Σ sources + unserved − dump = demand. Unserved (cost 1,000) and dump (cost 500)
 * are uncapped, so the LP is always feasible whatever the capacities, minimum loads and ramp rows.
 */
function buildDispatch(spec: DispatchSpec): LinearModel {
  const m = new LinearModel();
  const cols = spec.sources.map((source, k) =>
    spec.demand.map((_, t) =>
      m.addColumn(`heat_out__src${k}__t${t}`, source.minLoad * source.capacity, source.capacity, source.cost),
    ),
  );
  spec.demand.forEach((d, t) => {
    const unserved = m.addColumn(`unserved__t${t}`, 0, Infinity, 1000);
    const dump = m.addColumn(`dump__t${t}`, 0, Infinity, 500);
    const terms: [number, number][] = cols.map((byStep) => [byStep[t]!, 1]);
    m.addRow(`heat_balance__t${t}`, d, d, [...terms, [unserved, 1], [dump, -1]]);
  });
  spec.sources.forEach((source, k) => {
    if (source.ramp === null) return;
    for (let t = 1; t < spec.demand.length; t++) {
      m.addRow(`ramp__src${k}__t${t}`, -source.ramp, source.ramp, [
        [cols[k]![t]!, 1],
        [cols[k]![t - 1]!, -1],
      ]);
    }
  });
  m.offset = spec.offset;
  return m;
}

let session: HighsSession;
beforeAll(async () => {
  session = await HighsSession.create();
});
afterAll(() => session.dispose());

describe('HiGHS and jslp agree on random feasible dispatch LPs', () => {
  it('objective within 1e-6 relative; both solutions feasible and priced consistently', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const lp = buildDispatch(spec).compile();
        const highs = session.solve(lp);
        const jslp = solveWithJsLp(lp);
        expect(highs.status, highs.statusText).toBe('optimal');
        expect(jslp.status, jslp.statusText).toBe('optimal');
        const scale = Math.max(1, Math.abs(highs.objective));
        expect(Math.abs(highs.objective - jslp.objective)).toBeLessThanOrEqual(1e-6 * scale);
        expect(Math.abs(objectiveOf(lp, highs.x) - highs.objective)).toBeLessThanOrEqual(1e-9 * scale);
        for (let j = 0; j < lp.numCols; j++) {
          expect(jslp.x[j]!).toBeGreaterThanOrEqual(lp.colLower[j]! - 1e-7);
          expect(jslp.x[j]!).toBeLessThanOrEqual(lp.colUpper[j]! + 1e-7);
        }
      }),
      { numRuns: 200 },
    );
  });
});
