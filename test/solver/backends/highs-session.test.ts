// HighsSession: warm re-solves (costs, bounds, coefficients), time limit, status mapping, instance recovery.
import loadHighs from 'highs';
import type { Highs, Model } from 'highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HighsSession, normaliseHighsStatus } from '../../../solver/backends/highs';
import type { CompiledLp, SolveOutcome } from '../../../solver/lp/linear-model';
import { dispatchChain, heatBalance, twoStep } from '../../helpers/lp-fixtures';

const STEPS = 400; // 2,000 columns, 800 rows

let session: HighsSession;
beforeAll(async () => {
  session = await HighsSession.create();
});
afterAll(() => session.dispose());

function expectRelClose(actual: number, expected: number, rel: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));
}

/** Solves `base`, then `changed` warm on the kept model, then `changed` cold; checks and prints both. */
function warmVersusCold(label: string, base: CompiledLp, changed: CompiledLp): [SolveOutcome, SolveOutcome] {
  session.dispose();
  expect(session.solve(base).status).toBe('optimal');
  const warm = session.solve(changed);
  session.dispose();
  const cold = session.solve(changed);
  session.dispose();
  console.info(
    `${label}: warm ${warm.iterations} iterations / ${warm.solveMs.toFixed(1)} ms, ` +
      `cold ${cold.iterations} iterations / ${cold.solveMs.toFixed(1)} ms`,
  );
  expect(warm.status).toBe('optimal');
  expect(cold.status).toBe('optimal');
  expect(warm.warmStart).toBe(true);
  expect(cold.warmStart).toBe(false);
  expectRelClose(warm.objective, cold.objective, 1e-9);
  expect(warm.iterations!).toBeLessThan(cold.iterations!);
  return [warm, cold];
}

describe('warm re-solve of a 2,000-column model', () => {
  const base = dispatchChain(STEPS).compile();

  it('after cost changes', () => {
    expect(base.numCols).toBe(2000);
    const [warm] = warmVersusCold('costs', base, dispatchChain(STEPS, { priceShift: 3 }).compile());
    expect(warm.objective).not.toBeCloseTo(session.solve(base).objective, 3); // the change mattered
  });

  it('after row-bound (demand) changes', () => {
    warmVersusCold('row bounds', base, dispatchChain(STEPS, { demandShift: 1.5 }).compile());
  });

  it('after column-bound (capacity) changes', () => {
    warmVersusCold('column bounds', base, dispatchChain(STEPS, { hpCapacity: 7.5 }).compile());
  });

  it('after a few coefficient changes (changeCoefficient) and after many (passModel + setBasis)', () => {
    const few = dispatchChain(STEPS, { chargeEfficiency: (t) => (t % 100 === 0 ? 0.8 : 0.95) }).compile();
    warmVersusCold('few coefficients', base, few);
    warmVersusCold('all coefficients', base, dispatchChain(STEPS, { chargeEfficiency: () => 0.9 }).compile());
  });

  it('with a changed sparsity pattern under the same names (passModel), and cold for other names', () => {
    const model = heatBalance.build();
    const first = session.solve(model.compile());
    model.addTerm(1, 0, 1); // the t0 heat pump now also counts in the t1 balance
    const second = session.solve(model.compile());
    expect(second.warmStart).toBe(true);
    expect(second.status).toBe('optimal');
    expect(second.objective).toBeLessThan(first.objective);
    const other = session.solve(twoStep.build().compile());
    expect(other.warmStart).toBe(false);
    expect(other.objective).toBeCloseTo(261, 9);
  });
});

describe('options and statuses', () => {
  it('maps HiGHS model statuses', () => {
    const expected: [number, string][] = [
      [7, 'optimal'], [6, 'optimal'], [8, 'infeasible'], [9, 'unbounded'], [10, 'unbounded'],
      [13, 'time_limit'], [14, 'time_limit'], [0, 'error'], [4, 'error'], [15, 'error'], [17, 'error'],
    ]; // prettier-ignore
    for (const [code, status] of expected) {
      expect(normaliseHighsStatus(code as Parameters<typeof normaliseHighsStatus>[0])).toBe(status);
    }
  });

  it('stops at the time limit, and a later solve without a limit is not limited', () => {
    const big = dispatchChain(2000).compile();
    session.dispose();
    const limited = session.solve(big, { timeLimitSec: 1e-6 });
    expect(limited.status, limited.statusText).toBe('time_limit');
    expect(limited.x).toHaveLength(0);
    const free = session.solve(big);
    expect(free.status).toBe('optimal');
    session.dispose();
    session.dispose(); // idempotent
  });
});

/** Wraps a real runtime so that its models' run() throws `failures.count` times; records disposals. */
function faultyRuntime(real: Highs, failures: { count: number }, disposed: Model[]): Highs {
  const wrapModel = (model: Model): Model =>
    new Proxy(model, {
      get(target, prop) {
        if (prop === 'run') {
          return (...args: Parameters<Model['run']>) => {
            if (failures.count > 0) {
              failures.count--;
              throw new Error('Aborted(simulated). Build with -sASSERTIONS for more info.');
            }
            return target.run(...args);
          };
        }
        if (prop === 'dispose') {
          return () => {
            disposed.push(target);
            target.dispose();
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  return new Proxy(real, {
    get(target, prop) {
      if (prop === 'createModel') {
        return (...args: Parameters<Highs['createModel']>) => wrapModel(target.createModel(...args));
      }
      return Reflect.get(target, prop, target);
    },
  });
}

describe('instance recovery', () => {
  it('after a simulated WASM abort: disposes the model, loads a fresh instance, next solve succeeds', async () => {
    const failures = { count: 1 };
    const disposed: Model[] = [];
    const runtimes: Highs[] = [];
    const s = await HighsSession.create({
      loader: async () => {
        const runtime = faultyRuntime(await loadHighs(), failures, disposed);
        runtimes.push(runtime);
        return runtime;
      },
    });
    const lp = heatBalance.build().compile();
    const broken = s.solve(lp);
    expect(broken.status).toBe('error');
    expect(broken.statusText).toMatch(/HiGHS threw .*Aborted\(simulated\)/);
    expect(disposed).toHaveLength(1);
    expect(s.isReady).toBe(false);
    // The broken instance is never used again: until the fresh one is loaded, solve refuses.
    expect(s.solve(lp).statusText).toMatch(/reloading/);
    await s.ready();
    expect(runtimes).toHaveLength(2);
    const next = s.solve(lp);
    expect(next.status).toBe('optimal');
    expect(next.objective).toBeCloseTo(410, 9);
    expect(next.warmStart).toBe(false);
    s.dispose();
    expect(disposed).toHaveLength(2);
  });

  it('after a real HiGHS exception (inconsistent arrays rejected by its validator)', async () => {
    let loads = 0;
    const s = await HighsSession.create({ loader: () => (loads++, loadHighs()) });
    const good = heatBalance.build().compile();
    const bad: CompiledLp = {
      ...good,
      matrix: { ...good.matrix, indices: Int32Array.from(good.matrix.indices, () => good.numRows + 5) },
    };
    const outcome = s.solve(bad);
    expect(outcome.status).toBe('error');
    expect(outcome.statusText).toMatch(/HiGHS threw/);
    await s.ready();
    expect(loads).toBe(2);
    expect(s.solve(good).objective).toBeCloseTo(410, 9);
    s.dispose();
  });

  it('ready() rejects when the reload fails, and retries on the next call', async () => {
    let loads = 0;
    const failures = { count: 1 };
    const s = await HighsSession.create({
      loader: async () => {
        loads++;
        if (loads === 2) throw new Error('network down');
        return faultyRuntime(await loadHighs(), failures, []);
      },
    });
    expect(s.solve(heatBalance.build().compile()).status).toBe('error');
    await expect(s.ready()).rejects.toThrow(/network down/);
    await s.ready();
    expect(s.solve(heatBalance.build().compile()).status).toBe('optimal');
    expect(loads).toBe(3);
    s.dispose();
  });
});
