// The warm guard: a tampered warm "optimum" is caught (bounds, balances, cost) and solved again cold.
import loadHighs from 'highs';
import type { Model } from 'highs';
import { describe, expect, it } from 'vitest';
import { HighsSession, type HighsModule } from '../../../solver/backends/highs';
import { warmResultProblem } from '../../../solver/backends/warm-guard';
import { dispatchChain } from '../../helpers/lp-fixtures';

const STEPS = 200;
const base = dispatchChain(STEPS).compile();

describe('warmResultProblem', () => {
  it('passes a real optimum and names what is wrong with a tampered one', async () => {
    const session = await HighsSession.create();
    const solved = session.solve(base);
    session.dispose();
    expect(solved.status).toBe('optimal');
    expect(warmResultProblem(base, solved.x, solved.objective)).toBeNull();

    const gas = base.colNames.indexOf('heat_out__gas__t0000');
    const shifted = solved.x.slice();
    shifted[gas] = shifted[gas]! + 1; // one more MW of heat than the step's demand
    expect(warmResultProblem(base, shifted, solved.objective)).toMatch(/^(row \S+|recomputed cost)/);

    const negative = solved.x.slice();
    negative[gas] = -1;
    expect(warmResultProblem(base, negative, solved.objective)).toMatch(
      /^column heat_out__gas__t0000 = -1 is outside/,
    );
    expect(warmResultProblem(base, solved.x, solved.objective * 0.999)).toMatch(/^recomputed cost/);
  });
});

/** A real HiGHS whose models report a wrong solution once `tamper.on` is set (a warm start gone wrong). */
function tamperingLoader(tamper: { on: boolean }): () => Promise<HighsModule> {
  return async () => {
    const real = await loadHighs();
    return new Proxy(real, {
      get(target, key, receiver) {
        if (key !== 'createModel') return Reflect.get(target, key, receiver) as unknown;
        return (...args: Parameters<HighsModule['createModel']>) => {
          const model = target.createModel(...args);
          return new Proxy(model, {
            get(m, k) {
              const value = Reflect.get(m, k, m) as unknown;
              if (k === 'getSolution' && tamper.on) {
                return () => {
                  const solution = m.getSolution();
                  solution.colValue[0] = solution.colValue[0]! + 3;
                  return solution;
                };
              }
              return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(m) : value;
            },
          }) as Model;
        };
      },
    });
  };
}

describe('HighsSession warm guard', () => {
  it('re-solves cold when a warm result fails its check, and counts it', async () => {
    const tamper = { on: false };
    const session = await HighsSession.create({ loader: tamperingLoader(tamper) });
    const changed = dispatchChain(STEPS, { priceShift: 3 }).compile();
    expect(session.solve(base).status).toBe('optimal');
    expect(session.lastReport?.start).toBe('cold');
    tamper.on = true;
    const warm = session.solve(changed);
    tamper.on = false;
    expect(session.lastReport?.guard).toBe('failed');
    expect(session.lastReport?.guardProblem).toBeTruthy();
    expect(session.guardCounts).toEqual({ checked: 1, failed: 1 });
    // The answer returned is the cold re-solve's: its objective (HiGHS' own, untampered) is an honest solve's.
    const honest = await HighsSession.create();
    const reference = honest.solve(changed);
    honest.dispose();
    expect(warm.warmStart).toBe(false);
    expect(warm.objective).toBeCloseTo(reference.objective, 6);
    expect(warm.statusText).toMatch(/warm result failed its check/);
    session.dispose();
  });

  it('passes honest warm results, with the dual simplex by default and primal when asked', async () => {
    const session = await HighsSession.create();
    session.solve(base);
    const afterCosts = session.solve(dispatchChain(STEPS, { priceShift: 3 }).compile());
    expect(afterCosts.warmStart).toBe(true);
    expect(session.lastReport).toMatchObject({ start: 'warm', strategy: 'dual', guard: 'passed' });
    expect(session.lastReport?.changes?.costs).toBeGreaterThan(0);
    session.solve(dispatchChain(STEPS, { priceShift: 3, hpCapacity: 7 }).compile());
    expect(session.lastReport).toMatchObject({ start: 'warm', strategy: 'dual', guard: 'passed' });
    expect(session.guardCounts).toEqual({ checked: 2, failed: 0 });
    session.dispose();
    const primal = await HighsSession.create({ warmStrategy: 'primal' });
    primal.solve(base);
    primal.solve(dispatchChain(STEPS, { priceShift: 3 }).compile());
    expect(primal.lastReport).toMatchObject({ start: 'warm', strategy: 'primal', guard: 'passed' });
    primal.dispose();
  });
});
