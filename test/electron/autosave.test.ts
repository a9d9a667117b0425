// Autosave and crash recovery: unsaved edits survive a crash and are offered once at the next start.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutosaveService } from '../../electron/services/autosave';
import { createHostServices, shutdownHostServices, type HostContext } from '../../electron/services/context';
import { dispatch, handlers } from '../../electron/services/handlers';
import { energyIsland } from './scenario-fixtures';

const pdf = async () => new Uint8Array();

async function session(dataDir: string): Promise<HostContext> {
  const services = await createHostServices({
    host: 'browser',
    version: 't',
    dataDir,
    htmlToPdf: pdf,
    pool: { size: 1 },
  });
  return { ...services, emit: () => undefined };
}

describe('autosave recovery', () => {
  it('restores unsaved edits after a crash, through the same handlers the UI calls', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'island-autosave-'));
    const first = await session(dataDir);
    const edited = { ...energyIsland(), name: 'unsaved edits' };
    const wrote = await dispatch(
      handlers,
      'island:autosave:write',
      { scenario: edited, path: '/docs/plant.island.json' },
      first,
    );
    expect(wrote).toMatchObject({ ok: true, value: { savedAtMs: expect.any(Number) } });
    // Crash: no shutdown (the worker pool is stopped only so the test leaves no threads behind).
    await first.pool.close();

    const second = await session(dataDir);
    expect(second.autosave.previousRunCrashed).toBe(true);
    const offer = await dispatch(handlers, 'island:autosave:recover', undefined, second);
    expect(offer).toMatchObject({ ok: true, value: { scenario: edited, path: '/docs/plant.island.json' } });
    expect(await dispatch(handlers, 'island:autosave:discard', undefined, second)).toEqual({
      ok: true,
      value: { discarded: true },
    });
    expect(await dispatch(handlers, 'island:autosave:recover', undefined, second)).toEqual({
      ok: true,
      value: null,
    });
    await shutdownHostServices(second);

    const third = await session(dataDir);
    expect(third.autosave.previousRunCrashed).toBe(false);
    await shutdownHostServices(third);
  });

  it('drops a damaged autosave file instead of offering it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'island-autosave-'));
    writeFileSync(join(dataDir, 'autosave.json'), '{"scenario": 5');
    const service = new AutosaveService(dataDir);
    await service.start();
    expect(await service.recover()).toBeNull();
    expect(await service.discard()).toEqual({ discarded: false });
  });

  it('refuses non-object scenarios at the IPC boundary', async () => {
    const ctx = await session(mkdtempSync(join(tmpdir(), 'island-autosave-')));
    const r = await dispatch(handlers, 'island:autosave:write', { scenario: 'text', path: null }, ctx);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await shutdownHostServices(ctx);
  });
});
