// Live re-solve: debounce, cancel of the run in flight, superseded replies dropped, last good result kept.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../renderer/store/create';
import { DEBOUNCE_MS, TAB_ID, dirOf, startLiveSolve } from '../../renderer/store/live';
import { selectStale } from '../../renderer/store/selectors';
import { fakeApi } from './fake-api';
import { result } from './fixtures';

const island = JSON.parse(readFileSync('scenarios/energy-island-1.json', 'utf8')) as unknown;
const flush = () => new Promise<void>((r) => setImmediate(r));

describe('live solve', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const fake = fakeApi();
    const store = createAppStore(() => fake.api);
    const stop = startLiveSolve(store, () => fake.api);
    store.getState().openDocument({ scenario: island, path: null, mtimeMs: null, name: 'island' });
    return { fake, store, stop };
  };

  it('solves a newly opened document at once, warm-start key = document id', async () => {
    const { fake, store, stop } = setup();
    vi.advanceTimersByTime(0);
    expect(fake.solves).toHaveLength(1);
    // Warm-start key and request id carry this tab's id (two tabs on one browser host stay apart).
    expect(fake.solves[0]!.request.sessionKey).toBe(`${TAB_ID}-${store.getState().docId}`);
    expect(fake.solves[0]!.request.requestId).toContain(TAB_ID);
    expect(fake.solves[0]!.request).not.toHaveProperty('baseDir');
    expect(store.getState().solve.kind).toBe('solving');
    fake.solves[0]!.resolve({ ok: true, value: result() });
    await flush();
    expect(store.getState().result).not.toBeNull();
    expect(store.getState().solve.kind).toBe('idle');
    expect(selectStale(store.getState())).toBe(false);
    stop();
  });

  it('debounces edits, cancels the run in flight and drops its reply', async () => {
    const { fake, store, stop } = setup();
    vi.advanceTimersByTime(0);
    const first = fake.solves[0]!;
    store.getState().edit(['prices', 'gasCnyPerNm3'], 3.6);
    expect(fake.cancels).toEqual([first.request.requestId]);
    store.getState().edit(['prices', 'gasCnyPerNm3'], 3.7);
    vi.advanceTimersByTime(DEBOUNCE_MS - 1);
    expect(fake.solves).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(fake.solves).toHaveLength(2);
    expect(
      (fake.solves[1]!.request.scenario as { prices: { gasCnyPerNm3: number } }).prices.gasCnyPerNm3,
    ).toBe(3.7);
    first.resolve({ ok: true, value: result({ objectiveCny: 111 }) });
    await flush();
    expect(store.getState().result).toBeNull();
    fake.solves[1]!.resolve({ ok: true, value: result({ objectiveCny: 222 }) });
    await flush();
    expect(store.getState().result?.objectiveCny).toBe(222);
    stop();
  });

  it('keeps the last good result on an invalid edit and does not solve it', async () => {
    const { fake, store, stop } = setup();
    vi.advanceTimersByTime(0);
    fake.solves[0]!.resolve({ ok: true, value: result({ objectiveCny: 1 }) });
    await flush();
    store.getState().edit(['technologies', 0, 'params', 'doublets'], -1);
    vi.advanceTimersByTime(DEBOUNCE_MS * 3);
    expect(fake.solves).toHaveLength(1);
    expect(store.getState().result?.objectiveCny).toBe(1);
    expect(selectStale(store.getState())).toBe(true);
    store.getState().undo();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(fake.solves).toHaveLength(2);
    stop();
  });

  it('shows progress of its own request only, and errors without losing the result', async () => {
    const { fake, store, stop } = setup();
    vi.advanceTimersByTime(0);
    const id = fake.solves[0]!.request.requestId;
    fake.emit('island:solve:progress', { requestId: 'other', phase: 'build', elapsedMs: 5 });
    fake.emit('island:solve:progress', { requestId: id, phase: 'solve', elapsedMs: 1200 });
    expect(store.getState().solve).toMatchObject({ kind: 'solving', phase: 'solve', elapsedMs: 1200 });
    fake.solves[0]!.resolve({ ok: false, error: { code: 'worker-crashed', message: 'boom' } });
    await flush();
    expect(store.getState().solve).toMatchObject({ kind: 'error', error: { message: 'boom' } });
    stop();
  });

  it('Cancel stops the run and leaves the previous figures', async () => {
    const { fake, store, stop } = setup();
    vi.advanceTimersByTime(0);
    store.getState().cancelSolve();
    expect(fake.cancels).toHaveLength(1);
    expect(store.getState().solve.kind).toBe('idle');
    fake.solves[0]!.resolve({ ok: false, error: { code: 'cancelled', message: 'cancelled' } });
    await flush();
    expect(store.getState().solve.kind).toBe('idle');
    stop();
  });

  it('keeps the last good result when the solver ends without an optimum', async () => {
    const { fake, store, stop } = setup();
    vi.advanceTimersByTime(0);
    fake.solves[0]!.resolve({ ok: true, value: result({ objectiveCny: 7 }) });
    await flush();
    store.getState().edit(['prices', 'gasCnyPerNm3'], 3.6);
    vi.advanceTimersByTime(DEBOUNCE_MS);
    fake.solves[1]!.resolve({
      ok: true,
      value: result({ status: 'infeasible', statusText: 'Infeasible', objectiveCny: 0 }),
    });
    await flush();
    expect(store.getState().result?.objectiveCny).toBe(7);
    expect(store.getState().solve).toMatchObject({ kind: 'error', error: { code: 'no-optimum' } });
    stop();
  });

  it('sends the scenario file’s folder so relative weather and demand files resolve next to it', () => {
    const fake = fakeApi();
    const store = createAppStore(() => fake.api);
    const stop = startLiveSolve(store, () => fake.api);
    store
      .getState()
      .openDocument({ scenario: island, path: '/proj/site/a.island.json', mtimeMs: 1, name: 'a' });
    vi.advanceTimersByTime(0);
    expect(fake.solves[0]!.request.baseDir).toBe('/proj/site');
    expect([dirOf('C:\\p\\a.json'), dirOf('/a.json'), dirOf(null), dirOf('a.json')]).toEqual([
      'C:\\p',
      '/',
      null,
      null,
    ]);
    stop();
  });
});
