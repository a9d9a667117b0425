// Autosave timing: 5 s after the last edit, at the latest 30 s after the first unsaved one, never for saved work.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IslandApi } from '../../electron/shared/ipc-contract';
import {
  AUTOSAVE_MAX_WAIT_MS,
  AUTOSAVE_MS,
  startAutosave,
  writeAutosaveNow,
} from '../../renderer/store/autosave';
import { createAppStore } from '../../renderer/store/create';
import { fakeApi } from './fake-api';

const island = JSON.parse(readFileSync('scenarios/energy-island-1.json', 'utf8')) as unknown;

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const writes: unknown[] = [];
    const fake = fakeApi();
    const api = new Proxy(fake.api, {
      get: (t, k) =>
        k === 'autosaveWrite'
          ? (req: unknown) => {
              writes.push(req);
              return Promise.resolve({ ok: true, value: null });
            }
          : t[k as keyof IslandApi],
    });
    const store = createAppStore(() => api);
    store.getState().openDocument({ scenario: island, path: '/x/a.island.json', mtimeMs: 1, name: 'a' });
    const stop = startAutosave(store, () => api);
    return { store, writes, stop };
  };
  const capacity = (v: number) => ['technologies', 0, 'params', 'doublets', v] as const;

  it('writes the unsaved scenario 5 s after the last edit, with its path', () => {
    const { store, writes, stop } = setup();
    const [a, b, c, d, v] = capacity(5);
    store.getState().edit([a, b, c, d], v);
    vi.advanceTimersByTime(AUTOSAVE_MS - 1);
    expect(writes).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([{ scenario: store.getState().scenario, path: '/x/a.island.json' }]);
    stop();
  });

  it('still writes within 30 s while edits keep coming every 2 s', () => {
    const { store, writes, stop } = setup();
    const start = Date.now();
    for (let i = 0; i < 20 && writes.length === 0; i++) {
      const [a, b, c, d] = capacity(0);
      store.getState().edit([a, b, c, d], 7 + (i % 3));
      vi.advanceTimersByTime(2000);
    }
    expect(writes).toHaveLength(1);
    expect(Date.now() - start).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS + 2000);
    stop();
  });

  it('writes nothing for a document without unsaved edits, or after stop()', () => {
    const { store, writes, stop } = setup();
    vi.advanceTimersByTime(AUTOSAVE_MAX_WAIT_MS * 2);
    expect(writes).toHaveLength(0);
    const [a, b, c, d, v] = capacity(5);
    store.getState().edit([a, b, c, d], v);
    stop();
    vi.advanceTimersByTime(AUTOSAVE_MAX_WAIT_MS);
    expect(writes).toHaveLength(0);
  });

  it('writes at once when the window closes (pagehide), and nothing for saved work', () => {
    const { store, writes, stop } = setup();
    const api = () => ({ autosaveWrite: (r: unknown) => (writes.push(r), Promise.resolve()) }) as never;
    writeAutosaveNow(store, api);
    expect(writes).toHaveLength(0);
    const [a, b, c, d, v] = capacity(5);
    store.getState().edit([a, b, c, d], v);
    writeAutosaveNow(store, api);
    expect(writes).toHaveLength(1);
    stop();
  });
});
