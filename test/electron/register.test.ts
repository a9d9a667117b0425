// IPC registration with a fake ipcMain: sender checks, payload validation, and the shared handlers end to end.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Reply } from '../../electron/shared/ipc-contract';
import {
  createHostServices,
  shutdownHostServices,
  type HostServices,
  type NativeDialogs,
} from '../../electron/services/context';
import { handlers } from '../../electron/services/handlers';
import { FakeWebContents, ipcMain, type FakeFrame } from './fake-electron';
import { energyIsland, representative } from './scenario-fixtures';

vi.mock('electron', async () => (await import('./fake-electron')).electronFake);
const { registerIpc } = await import('../../electron/main/ipc/register');

const dataDir = mkdtempSync(join(tmpdir(), 'island-ipc-'));
const docs = mkdtempSync(join(tmpdir(), 'island-docs-'));
const dialogs = { openScenario: vi.fn(), saveScenario: vi.fn(), saveExport: vi.fn() } satisfies Record<
  keyof NativeDialogs,
  unknown
>;
const onChange = vi.fn();
const trusted = new Set<number>();
let services: HostServices;
let unregister: () => void;
const app = new FakeWebContents();
app.mainFrame.url = 'app://island/index.html';

const call = (channel: string, request?: unknown, sender = app, frame: FakeFrame | null = sender.mainFrame) =>
  ipcMain.invoke(channel, sender, request, frame) as Promise<Reply<unknown>>;
const errorCode = (r: Reply<unknown>) => (r.ok ? null : r.error.code);

beforeAll(async () => {
  services = await createHostServices({
    host: 'electron',
    version: '9.9.9',
    dataDir,
    dialogs: dialogs as unknown as NativeDialogs,
    htmlToPdf: async () => new TextEncoder().encode('%PDF-fake'),
    pool: { size: 1 },
  });
  trusted.add(app.id);
  unregister = registerIpc({ ipcMain, handlers, trusted, services: () => ({ ...services, onChange }) });
});
afterAll(async () => {
  unregister();
  await shutdownHostServices(services);
});

describe('sender check', () => {
  it('registers exactly the contract channels', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('rejects untrusted senders before looking at the payload', async () => {
    const stranger = new FakeWebContents();
    stranger.mainFrame.url = 'app://island/index.html';
    expect(errorCode(await call('island:app:info', undefined, stranger))).toBe('untrusted-sender');
    const navigated = { url: 'https://evil.example/', parent: null };
    expect(errorCode(await call('island:app:info', undefined, app, navigated))).toBe('untrusted-sender');
    const subframe = { url: 'app://island/index.html', parent: app.mainFrame };
    expect(errorCode(await call('island:settings:set', { lang: 'en' }, app, subframe))).toBe(
      'untrusted-sender',
    );
    expect(errorCode(await call('island:app:info', undefined, app, null))).toBe('untrusted-sender');
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('payload validation', () => {
  it('answers an invalid payload with invalid-request naming the field', async () => {
    const r1 = await call('island:scenario:load-bundled', { id: 5 });
    expect(r1.ok ? null : r1.error).toMatchObject({
      code: 'invalid-request',
      message: expect.stringContaining('id'),
    });
    const r2 = await call('island:settings:set', { lang: 'fr' });
    expect(r2.ok ? null : r2.error.issues?.[0]?.path).toBe('lang');
    expect(errorCode(await call('island:solve:run', { requestId: 'x', scenario: [] }))).toBe(
      'invalid-request',
    );
    expect(errorCode(await call('island:app:info', { extra: 1 }))).toBe('invalid-request');
    expect(errorCode(await call('island:solve:cancel', { requestId: 'x', sneaky: true }))).toBe(
      'invalid-request',
    );
  });

  it('validates scenario contents with the scenario schema → invalid-scenario with issues', async () => {
    const bad = { ...energyIsland(), technologies: 'none' };
    const r = await call('island:solve:run', { requestId: 'bad', scenario: bad });
    expect(r.ok ? null : r.error.code).toBe('invalid-scenario');
    expect(r.ok ? [] : r.error.issues?.map((i) => i.path)).toContain('technologies');
    const v = await call('island:scenario:validate', { scenario: bad });
    expect(v).toMatchObject({ ok: true, value: { valid: false } });
  });
});

describe('handlers through IPC', () => {
  it('app info, bundled list and a bundled scenario', async () => {
    expect(await call('island:app:info')).toMatchObject({
      ok: true,
      value: { host: 'electron', version: '9.9.9' },
    });
    const list = await call('island:scenario:list-bundled');
    expect(list.ok && (list.value as { id: string }[])[0]?.id).toBe('energy-island-1');
    const doc = await call('island:scenario:load-bundled', { id: 'energy-island-1' });
    expect(doc).toMatchObject({ ok: true, value: { path: null, name: 'Energy Island No. 1, Taiyuan' } });
    expect(errorCode(await call('island:scenario:load-bundled', { id: 'no-such' }))).toBe('not-found');
  });

  it('solves in a worker and sends progress events to the sender', async () => {
    app.sent.length = 0;
    const r = await call('island:solve:run', {
      requestId: 'r1',
      scenario: representative(1),
      includeHourly: false,
    });
    expect(r).toMatchObject({ ok: true, value: { status: 'optimal', hourly: null } });
    const phases = app.sent
      .filter(([c]) => c === 'island:solve:progress')
      .map(([, p]) => (p as { phase: string }).phase);
    expect(phases).toEqual(['queued', 'prepare', 'build', 'solve', 'extract', 'done']);
  });

  it('opens through the dialog, refuses paths the user did not choose, saves and lists recent files', async () => {
    const file = join(docs, 'mine.island.json');
    writeFileSync(file, JSON.stringify(energyIsland()));
    expect(errorCode(await call('island:file:open', { path: file }))).toBe('invalid-request');
    dialogs.openScenario.mockResolvedValueOnce(file);
    const opened = await call('island:file:open', {});
    expect(opened).toMatchObject({ ok: true, value: { path: file, name: 'mine' } });
    const mtimeMs = opened.ok ? (opened.value as { mtimeMs: number }).mtimeMs : 0;
    const edited = { ...energyIsland(), name: 'edited' };
    const saved = await call('island:file:save', { scenario: edited, path: file, expectedMtimeMs: mtimeMs });
    expect(saved).toMatchObject({ ok: true, value: { path: file } });
    expect((JSON.parse(readFileSync(file, 'utf8')) as { name: string }).name).toBe('edited');
    expect(await call('island:file:recent')).toEqual({ ok: true, value: [file] });
    expect(onChange).toHaveBeenCalledWith({ recent: [file] });
    // A stale mtime is refused; nothing is written.
    const stale = await call('island:file:save', {
      scenario: energyIsland(),
      path: file,
      expectedMtimeMs: mtimeMs,
    });
    expect(errorCode(stale)).toBe('file-changed-on-disk');
    expect((JSON.parse(readFileSync(file, 'utf8')) as { name: string }).name).toBe('edited');
    // Writing a path nobody chose is refused.
    expect(
      errorCode(
        await call('island:file:save', { scenario: edited, path: join(docs, 'x.json'), overwrite: true }),
      ),
    ).toBe('invalid-request');
  });

  it('lets a page make the solver read only files the user chose', async () => {
    const epw = readFileSync(
      join(process.cwd(), 'scenarios', 'weather', 'CHN_SX_Taiyuan.537720_TMYx.epw'),
      'utf8',
    );
    const withWeather = (file: string) => {
      const s = representative(1);
      s['site'] = { ...(s['site'] as object), weather: { kind: 'epw', file } };
      return s;
    };
    const solve = (scenario: unknown, baseDir?: string) =>
      call('island:solve:run', {
        requestId: `read-${Math.random()}`,
        scenario,
        includeHourly: false,
        baseDir,
      });
    // A file elsewhere on disk (a copy of the EPW, so only the policy can refuse it).
    const elsewhere = mkdtempSync(join(tmpdir(), 'island-elsewhere-'));
    writeFileSync(join(elsewhere, 'w.epw'), epw);
    const refused = await solve(withWeather(join(elsewhere, 'w.epw')));
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    expect(JSON.stringify(refused)).toContain('site.weather.file');
    // The same file is readable once a scenario beside it was opened by the user.
    const project = join(elsewhere, 'plant.island.json');
    writeFileSync(project, JSON.stringify(withWeather('w.epw')));
    dialogs.openScenario.mockResolvedValueOnce(project);
    expect(await call('island:file:open', {})).toMatchObject({ ok: true });
    expect(await solve(withWeather('w.epw'), elsewhere)).toMatchObject({
      ok: true,
      value: { status: 'optimal' },
    });
    expect(await solve(withWeather(join(elsewhere, 'w.epw')))).toMatchObject({ ok: true });
    // Bundled files stay readable.
    expect(await solve(withWeather('weather/CHN_SX_Taiyuan.537720_TMYx.epw'))).toMatchObject({ ok: true });
  });

  it('Save As asks where, adds the extension, and a cancelled dialog changes nothing', async () => {
    dialogs.saveScenario.mockResolvedValueOnce(null);
    expect(await call('island:file:save', { scenario: energyIsland(), saveAs: true })).toEqual({
      ok: true,
      value: null,
    });
    const target = join(docs, 'copy.island.json');
    dialogs.saveScenario.mockResolvedValueOnce(target);
    expect(await call('island:file:save', { scenario: energyIsland(), saveAs: true })).toMatchObject({
      ok: true,
      value: { path: target },
    });
    expect(dialogs.saveScenario).toHaveBeenLastCalledWith('Energy Island No. 1, Taiyuan.island.json');
  });

  it('settings persist and notify the menu', async () => {
    expect(await call('island:settings:set', { lang: 'en' })).toEqual({ ok: true, value: { lang: 'en' } });
    expect(onChange).toHaveBeenCalledWith({ lang: 'en' });
    expect(await call('island:settings:get')).toEqual({ ok: true, value: { lang: 'en' } });
  });

  it('checks an EPW upload', async () => {
    const text = readFileSync(
      join(process.cwd(), 'scenarios', 'weather', 'CHN_SX_Taiyuan.537720_TMYx.epw'),
      'utf8',
    );
    const r = await call('island:weather:check-epw', { text, name: '../../taiyuan.epw' });
    expect(r).toMatchObject({ ok: true, value: { hours: 8760 } });
    // A copy in the app data folder (never outside it, whatever the name says) that a scenario can name.
    const path = r.ok ? (r.value as { path: string }).path : '';
    expect(path.startsWith(join(dataDir, 'imports'))).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(text);
    const scenario = representative(1);
    scenario['site'] = { ...(scenario['site'] as object), weather: { kind: 'epw', file: path } };
    const solved = await call('island:solve:run', {
      requestId: 'epw-import',
      scenario,
      includeHourly: false,
    });
    expect(solved).toMatchObject({ ok: true, value: { status: 'optimal' } });
    expect(
      errorCode(await call('island:weather:check-epw', { text: 'LOCATION,x\n1,2,3', name: 'bad.epw' })),
    ).toBe('invalid-file');
  });

  it('keeps a copy of an imported measured-demand CSV in the data folder, once per content', async () => {
    const a = await call('island:demand:import-csv', { text: 'timestamp,heat_mw\n', name: 'site 1.csv' });
    const b = await call('island:demand:import-csv', { text: 'timestamp,heat_mw\n', name: 'site 1.csv' });
    const path = a.ok ? (a.value as { path: string }).path : '';
    expect(path.startsWith(join(dataDir, 'imports'))).toBe(true);
    expect(path.endsWith('-site-1.csv')).toBe(true);
    expect(b).toEqual(a);
  });

  it('exports through the save dialog, writing the bytes where the user chose', async () => {
    const target = join(docs, 'model.lp');
    dialogs.saveExport.mockResolvedValueOnce(target);
    const r = await call('island:export:run', { format: 'lp', lang: 'en', scenarios: [representative(1)] });
    expect(r).toMatchObject({ ok: true, value: { path: target, base64: null } });
    expect(readFileSync(target, 'utf8').length).toBeGreaterThan(100);
    const invalid = await call('island:export:run', { format: 'lp', lang: 'en', scenarios: [{ name: 1 }] });
    expect(errorCode(invalid)).toBe('invalid-scenario');
  });
});
