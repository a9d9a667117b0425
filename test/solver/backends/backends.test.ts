// Both backends on every hand-computed fixture: status, objective, x, HiGHS duals, jslp's missing duals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HighsSession } from '../../../solver/backends/highs';
import { solveWithJsLp, toJsLpModel } from '../../../solver/backends/jslp';
import { objectiveOf } from '../../../solver/backends/common';
import { LinearModel, type CompiledLp, type SolveOutcome } from '../../../solver/lp/linear-model';
import { LP_FIXTURES, boundsMix, heatBalance, storageChain } from '../../helpers/lp-fixtures';

let session: HighsSession;
beforeAll(async () => {
  session = await HighsSession.create();
});
afterAll(() => session.dispose());

function expectRelClose(actual: number, expected: number, rel: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));
}

function valueOf(lp: CompiledLp, outcome: SolveOutcome, name: string): number {
  const j = lp.colNames.indexOf(name);
  expect(j, `column ${name}`).toBeGreaterThanOrEqual(0);
  return outcome.x[j]!;
}

describe.each(LP_FIXTURES.map((f) => [f.name, f] as const))('fixture: %s', (_, fixture) => {
  const lp = fixture.build().compile();
  const backends = [
    ['highs', (): SolveOutcome => session.solve(lp)],
    ['jslp', (): SolveOutcome => solveWithJsLp(lp)],
  ] as const;

  it.each(backends)('%s: status, objective and hand solution', (backend, solve) => {
    const outcome = solve();
    expect(outcome.backend).toBe(backend);
    expect(outcome.status, outcome.statusText).toBe(fixture.status);
    if (fixture.status !== 'optimal') {
      expect(outcome.objective).toBeNaN();
      expect(outcome.x).toHaveLength(0);
      return;
    }
    expectRelClose(outcome.objective, fixture.objective!, 1e-9);
    expectRelClose(objectiveOf(lp, outcome.x), fixture.objective!, 1e-9);
    for (const [name, value] of Object.entries(fixture.x ?? {})) {
      expect(valueOf(lp, outcome, name), name).toBeCloseTo(value, 9);
    }
  });

  it('HiGHS and jslp agree', () => {
    const a = session.solve(lp);
    const b = solveWithJsLp(lp);
    expect(a.status).toBe(b.status);
    if (a.status === 'optimal') expectRelClose(a.objective, b.objective, 1e-9);
  });
});

describe('duals', () => {
  it('HiGHS row duals are the marginal source cost of each heat balance (hand values)', () => {
    const lp = heatBalance.build().compile();
    const outcome = session.solve(lp);
    expect(outcome.rowDual).not.toBeNull();
    for (const [row, dual] of Object.entries(heatBalance.rowDual!)) {
      expect(outcome.rowDual![lp.rowNames.indexOf(row)]!, row).toBeCloseTo(dual, 9);
    }
  });

  it('HiGHS dual = ∂objective/∂demand: one more MW in t1 raises the objective by the dual', () => {
    const model = heatBalance.build();
    const base = session.solve(model.compile());
    const row = model.rowNames.indexOf('heat_balance__t0001');
    model.rowLower[row] = model.rowLower[row]! + 1;
    model.rowUpper[row] = model.rowUpper[row]! + 1;
    const bumped = session.solve(model.compile());
    expect(bumped.objective - base.objective).toBeCloseTo(base.rowDual![row]!, 9);
    expect(base.rowDual![row]).toBeCloseTo(30, 9);
  });

  it('jslp reports duals as not available (null), never zeros', () => {
    for (const fixture of [heatBalance, storageChain]) {
      expect(solveWithJsLp(fixture.build().compile()).rowDual).toBeNull();
    }
  });
});

describe('edge cases', () => {
  it('a model without columns: objective = offset, or infeasible if a row excludes 0', () => {
    const m = new LinearModel();
    m.offset = 7;
    m.addRow('r_empty', -1, 2);
    for (const outcome of [session.solve(m.compile()), solveWithJsLp(m.compile())]) {
      expect(outcome.status).toBe('optimal');
      expect(outcome.objective).toBe(7);
    }
    m.addRow('r_bad', 1, 2);
    expect(session.solve(m.compile()).status).toBe('infeasible');
    expect(solveWithJsLp(m.compile()).status).toBe('infeasible');
  });

  it('columns without rows sit at their cheapest bound', () => {
    const m = new LinearModel();
    m.addColumn('a_col', 1, 4, 2);
    m.addColumn('b_col', -Infinity, 3, -1);
    for (const outcome of [session.solve(m.compile()), solveWithJsLp(m.compile())]) {
      expect(outcome.objective).toBeCloseTo(-1, 12);
      expect(Array.from(outcome.x)).toEqual([1, 3]);
    }
  });
});

describe('jslp translation', () => {
  it('builds the model only from generated keys, with prototype-free maps and no external solver', () => {
    const lp = boundsMix.build().compile();
    const { model } = toJsLpModel(lp, { timeLimitSec: 2 });
    expect(Object.keys(model).sort()).toEqual(
      ['constraints', 'opType', 'optimize', 'options', 'timeout', 'unrestricted', 'variables'].sort(),
    );
    expect('external' in model).toBe(false);
    expect(model.timeout).toBe(2000);
    expect(Object.getPrototypeOf(model.variables)).toBeNull();
    expect(Object.getPrototypeOf(model.constraints)).toBeNull();
    const keys = [...Object.keys(model.variables), ...Object.keys(model.constraints)];
    for (const key of keys) expect(key).toMatch(/^[cru][0-9]+$/);
    // net_flow is the only free column; min_load and adjust (finite lower and upper) get an upper-bound row.
    expect(Object.keys(model.unrestricted ?? {})).toEqual(['c1']);
    expect(model.constraints['u0']).toEqual({ max: 6 });
    expect(model.constraints['u3']).toEqual({ max: 8 });
  });

  it('returns unrounded values (jslp itself rounds to its precision)', () => {
    const m = new LinearModel();
    const x = m.addColumn('tiny_a', 0, Infinity, 1);
    m.addRow('need', 1 / 3 + 1e-10, Infinity, [[x, 1]]);
    const lp = m.compile();
    const outcome = solveWithJsLp(lp);
    expect(outcome.status).toBe('optimal');
    expect(outcome.x[0]).toBe(1 / 3 + 1e-10);
    expect(outcome.objective).toBe(1 / 3 + 1e-10);
  });
});
