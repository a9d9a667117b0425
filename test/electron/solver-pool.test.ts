// Worker pool: cancel within 200 ms, crash and hang replacement, 20 concurrent solves, warm sessions, transfers.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostError } from '../../electron/services/host-error';
import { SolverPool, type PoolRequest } from '../../electron/services/solver-pool';
import { validateScenario } from '../../solver/scenario';
import { runDispatch } from '../../solver/run';
import { resolveScenario } from '../../electron/services/scenario-loader';
import { energyIsland, representative } from './scenario-fixtures';

/** The issue's requirement: a cancel answers within 200 ms. */
const CANCEL_BUDGET_MS = 200;

function request(requestId: string, scenario: unknown, extra: Partial<PoolRequest> = {}): PoolRequest {
  return {
    requestId,
    job: { scenario, baseDir: null, includeHourly: true },
    timeLimitSec: 120,
    ...extra,
  };
}

async function rejection(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('SolverPool with the real solver worker', () => {
  let pool: SolverPool;
  beforeAll(() => {
    pool = new SolverPool({ size: 2 });
  });
  afterAll(async () => {
    await pool.close();
  });

  it('solves off the main thread, reports progress and transfers typed arrays', async () => {
    const phases: string[] = [];
    const result = await pool.solve(request('one', representative(2), { onProgress: (p) => phases.push(p) }));
    expect(result.status).toBe('optimal');
    expect(phases).toEqual(['queued', 'prepare', 'build', 'solve', 'extract', 'done']);
    expect(result.hourly?.demandMw).toBeInstanceOf(Float64Array);
    expect(result.hourly?.period).toBeInstanceOf(Int32Array);
  });

  it('cancels a running season solve within 200 ms and the next solve succeeds', async () => {
    let solving!: () => void;
    const inSolve = new Promise<void>((r) => (solving = r));
    const pending = pool.solve(
      request('season', energyIsland(), { onProgress: (p) => p === 'solve' && solving() }),
    );
    await inSolve;
    const worker = pool.workerOf('season');
    expect(worker).toBeDefined();
    const exited = new Promise<number>((r) => worker!.once('exit', () => r(performance.now())));
    const t0 = performance.now();
    expect(pool.cancel('season')).toBe(true);
    const error = await rejection(pending);
    const replyMs = performance.now() - t0;
    const exitMs = (await exited) - t0;
    console.log(
      `cancel: reply after ${replyMs.toFixed(1)} ms, worker thread gone after ${exitMs.toFixed(1)} ms`,
    );
    expect(error.code).toBe('cancelled');
    expect(replyMs).toBeLessThan(CANCEL_BUDGET_MS);
    expect(exitMs).toBeLessThan(CANCEL_BUDGET_MS);
    expect((await pool.solve(request('after-cancel', representative(1)))).status).toBe('optimal');
  });

  it('replaces a worker killed mid-solve; the caller gets worker-crashed and the next solve succeeds', async () => {
    let started!: () => void;
    const inRun = new Promise<void>((r) => (started = r));
    const pending = pool.solve(
      request('doomed', energyIsland(), { onProgress: (p) => p === 'build' && started() }),
    );
    await inRun;
    void pool.workerOf('doomed')!.terminate();
    const error = await rejection(pending);
    expect(error.code).toBe('worker-crashed');
    expect(pool.size).toBe(2);
    expect((await pool.solve(request('after-crash', representative(1)))).status).toBe('optimal');
  });

  it('returns the right result to each of 20 concurrent requests', async () => {
    const ks = [1, 2, 3, 4];
    const expected = new Map<number, number>();
    for (const k of ks) {
      const { scenario, weather } = await resolveScenario(representative(k), null);
      expected.set(k, (await runDispatch(scenario, weather, { includeHourly: false })).objectiveCny);
    }
    const jobs = Array.from({ length: 20 }, (_, i) => {
      const k = ks[i % ks.length]!;
      return pool.solve(request(`c${i}`, representative(k))).then((r) => ({ k, r }));
    });
    expect(pool.queued).toBeGreaterThan(0);
    const results = await Promise.all(jobs);
    for (const { k, r } of results) {
      expect(r.status).toBe('optimal');
      expect(r.objectiveCny).toBeCloseTo(expected.get(k)!, 2);
    }
  });

  it('re-solves warm on the worker that kept the session', async () => {
    const first = await pool.solve(request('w1', representative(2), { sessionKey: 'doc-1' }));
    const scenario = representative(2);
    (scenario['prices'] as Record<string, unknown>)['gasCnyPerNm3'] = 3.1;
    const second = await pool.solve(request('w2', scenario, { sessionKey: 'doc-1' }));
    expect(first.status).toBe('optimal');
    expect(second.warmStart).toBe(true);
  });

  it('cancels a queued request without a worker', async () => {
    const a = pool.solve(request('q1', representative(3)));
    const b = pool.solve(request('q2', representative(3)));
    const c = pool.solve(request('q3', representative(3)));
    expect(pool.cancel('q3')).toBe(true);
    expect((await rejection(c)).code).toBe('cancelled');
    await Promise.all([a, b]);
    expect(pool.cancel('nothing')).toBe(false);
  });

  it('passes scenario errors back as invalid-scenario with issues', async () => {
    const error = await rejection(
      pool.solve(request('bad', { ...representative(1), season: { start: 'x' } })),
    );
    expect(error.code).toBe('invalid-scenario');
    expect(error.issues?.some((i) => i.path.startsWith('season'))).toBe(true);
    expect(validateScenario(representative(1)).ok).toBe(true);
  });
});

describe('SolverPool with faulty workers', () => {
  it('terminates a hung worker at the time limit plus the margin → timeout, and replaces it', async () => {
    const pool = new SolverPool({
      size: 1,
      workerUrl: new URL('./fixtures/hang-worker.mjs', import.meta.url),
      watchdogMarginMs: 200,
    });
    try {
      const t0 = performance.now();
      const error = await rejection(pool.solve(request('hang', {}, { timeLimitSec: 0.1 })));
      expect(error.code).toBe('timeout');
      expect(performance.now() - t0).toBeLessThan(2000);
      expect((await rejection(pool.solve(request('hang2', {}, { timeLimitSec: 0.1 })))).code).toBe('timeout');
    } finally {
      await pool.close();
    }
  });

  it('reports a crashed worker as worker-crashed and keeps serving', async () => {
    const pool = new SolverPool({
      size: 1,
      workerUrl: new URL('./fixtures/crash-worker.mjs', import.meta.url),
    });
    try {
      for (const id of ['x1', 'x2']) {
        const error = await rejection(pool.solve(request(id, {})));
        expect(error.code).toBe('worker-crashed');
        expect(error.message).toMatch(/exit code 3/);
      }
    } finally {
      await pool.close();
    }
  });

  it('fails requests clearly when a worker cannot even start, without a restart storm', async () => {
    const pool = new SolverPool({
      size: 1,
      workerUrl: new URL('./fixtures/no-such-worker.mjs', import.meta.url),
    });
    try {
      const error = await rejection(pool.solve(request('nope', {})));
      expect(error.code).toBe('worker-crashed');
      expect(error.message).toMatch(/could not start/);
    } finally {
      await pool.close();
    }
  });

  it('restarts a worker that failed to load once (not twice), and the queued solve then succeeds', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'island-flaky-')), 'starts.log');
    process.env['ISLAND_FLAKY_LOG'] = log;
    const pool = new SolverPool({
      size: 1,
      workerUrl: new URL('./fixtures/flaky-worker.mjs', import.meta.url),
    });
    try {
      await new Promise((r) => setTimeout(r, 50));
      const result = await pool.solve(request('after-restart', representative(1)));
      expect(result.status).toBe('optimal');
      // One failed start and one good one: the failure's 'error' and 'exit' events must not start two.
      expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['start', 'start']);
    } finally {
      delete process.env['ISLAND_FLAKY_LOG'];
      await pool.close();
    }
  });
});
