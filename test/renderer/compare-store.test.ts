// Compare slice: an unticked baseline's solve is cancelled, and a reply from an earlier tick is dropped.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IslandApi } from '../../electron/shared/ipc-contract';
import { startCompareSync } from '../../renderer/store/compare';
import { createAppStore } from '../../renderer/store/create';
import { fakeApi } from './fake-api';
import { result } from './fixtures';

const coal = JSON.parse(readFileSync('scenarios/baseline-coal.json', 'utf8')) as unknown;
const flush = () => new Promise<void>((r) => setImmediate(r));

describe('compare slice', () => {
  it('cancels the solve of an unticked scenario and ignores a late reply of an earlier tick', async () => {
    const fake = fakeApi();
    const api = new Proxy(fake.api, {
      get: (t, k) =>
        k === 'scenarioLoadBundled'
          ? () =>
              Promise.resolve({
                ok: true,
                value: { scenario: coal, path: null, mtimeMs: null, name: 'coal' },
              })
          : t[k as keyof IslandApi],
    });
    const store = createAppStore(() => api);
    store.getState().toggleCompare('baseline-coal');
    await flush();
    expect(fake.solves).toHaveLength(1);
    const first = fake.solves[0]!;
    store.getState().toggleCompare('baseline-coal');
    expect(fake.cancels).toEqual([first.request.requestId]);
    store.getState().toggleCompare('baseline-coal');
    await flush();
    expect(fake.solves).toHaveLength(2);
    first.resolve({ ok: true, value: result({ objectiveCny: 1 }) });
    await flush();
    expect(store.getState().compareEntries['baseline-coal']?.status).toBe('solving');
    fake.solves[1]!.resolve({ ok: true, value: result({ objectiveCny: 2 }) });
    await flush();
    expect(store.getState().compareEntries['baseline-coal']?.result?.objectiveCny).toBe(2);
  });

  it('solves the compared scenarios again when the current document switches mode', async () => {
    const fake = fakeApi();
    const api = new Proxy(fake.api, {
      get: (t, k) =>
        k === 'scenarioLoadBundled'
          ? () =>
              Promise.resolve({ ok: true, value: { scenario: coal, path: null, mtimeMs: null, name: 'c' } })
          : t[k as keyof IslandApi],
    });
    const store = createAppStore(() => api);
    const island = JSON.parse(readFileSync('scenarios/energy-island-1.json', 'utf8')) as unknown;
    store.getState().openDocument({ scenario: island, path: null, mtimeMs: null, name: 'i' });
    const stop = startCompareSync(store);
    store.getState().toggleCompare('baseline-coal');
    await flush();
    expect(fake.solves.map((s) => s.request.mode)).toEqual(['season']);
    store.getState().edit(['solver', 'mode'], 'representative');
    await flush();
    expect(fake.solves.map((s) => s.request.mode)).toEqual(['season', 'representative']);
    expect(fake.cancels).toEqual([fake.solves[0]!.request.requestId]);
    store.getState().edit(['prices', 'gasCnyPerNm3'], 3.6);
    await flush();
    expect(fake.solves).toHaveLength(2);
    stop();
  });
});
