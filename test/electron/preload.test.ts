// The preload exposes exactly one method per channel plus `on`, forwards to ipcRenderer, and nothing else.
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_CHANNELS, apiNameOf } from '../../electron/shared/ipc-contract';
import { exposed, ipcRenderer } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronFake);

describe('preload', () => {
  it('exposes window.api with exactly the API keys', async () => {
    await import('../../electron/preload/preload');
    expect(Object.keys(exposed)).toEqual(['api']);
    const api = exposed['api'] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS.map(apiNameOf), 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('each method invokes its own channel with the request', async () => {
    const api = exposed['api'] as Record<string, (request: unknown) => Promise<unknown>>;
    for (const channel of CHANNELS) {
      ipcRenderer.invoke.mockClear();
      const reply = await api[apiNameOf(channel)]!({ probe: channel });
      expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, { probe: channel });
      expect(reply).toEqual({ ok: true, value: { channel, request: { probe: channel } } });
    }
  });

  it('`on` subscribes only to event channels and unsubscribes', async () => {
    const api = exposed['api'] as { on(event: string, listener: (p: unknown) => void): () => void };
    const seen: unknown[] = [];
    const off = api.on(EVENT_CHANNELS[0], (p) => seen.push(p));
    ipcRenderer.emit(EVENT_CHANNELS[0], {}, { requestId: 'r', phase: 'solve', elapsedMs: 1 });
    off();
    ipcRenderer.emit(EVENT_CHANNELS[0], {}, { requestId: 'r', phase: 'done', elapsedMs: 2 });
    expect(seen).toEqual([{ requestId: 'r', phase: 'solve', elapsedMs: 1 }]);
    expect(() => api.on('island:solve:run', () => undefined)).toThrow(/unknown event/);
    expect(ipcRenderer.listenerCount(EVENT_CHANNELS[0])).toBe(0);
  });
});
