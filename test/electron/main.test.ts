// The main process with a fake Electron: start-up wiring, menu commands reaching the renderer, Open Recent, quit.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../electron/shared/ipc-contract';
import {
  app,
  dialog,
  FakeBrowserWindow,
  FakeWebContents,
  ipcMain,
  menuState,
  protocol,
  session,
} from './fake-electron';
import { energyIsland } from './scenario-fixtures';

vi.mock('electron', async () => (await import('./fake-electron')).electronFake);
await import('../../electron/main/main');
await vi.waitFor(() => expect(FakeBrowserWindow.all).toHaveLength(1), { timeout: 20_000 });
const win = FakeBrowserWindow.all[0]!;

function item(
  id: string,
  items = (menuState.template ?? []) as MenuItemConstructorOptions[],
): MenuItemConstructorOptions | undefined {
  for (const i of items) {
    if (i.id === id) return i;
    const sub = Array.isArray(i.submenu) ? item(id, i.submenu as MenuItemConstructorOptions[]) : undefined;
    if (sub) return sub;
  }
  return undefined;
}
const click = (id: string) => (item(id)!.click as () => void)();
const call = (channel: string, request?: unknown, sender = win.webContents) =>
  ipcMain.invoke(channel, sender, request) as Promise<Reply<unknown>>;
const commandsSent = () =>
  win.webContents.sent.filter(([c]) => c === 'island:menu:command').map(([, p]) => p);

afterAll(() => {
  const quit = { preventDefault: vi.fn() };
  app.emit('before-quit', quit);
});

describe('main process start-up', () => {
  it('sandboxes every renderer, serves app://, registers the preload on the session, opens one secure window', () => {
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(session.defaultSession.preloads).toEqual([
      { type: 'frame', filePath: join(process.cwd(), 'out', 'preload.cjs') },
    ]);
    expect(session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(win.url).toBe('app://island/index.html');
    expect(win.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('answers the window it created and refuses any other sender', async () => {
    expect(await call('island:app:info')).toMatchObject({
      ok: true,
      value: { host: 'electron', version: '0.1.0-test' },
    });
    const other = new FakeWebContents();
    other.mainFrame.url = 'app://island/index.html';
    expect(await call('island:app:info', undefined, other)).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
  });
});

describe('menu', () => {
  it('sends every command to the renderer', () => {
    for (const id of [
      'file-new',
      'file-open',
      'file-save',
      'file-save-as',
      'export-pdf',
      'export-xlsx',
      'export-csv',
      'export-lp',
      'edit-undo',
      'edit-redo',
      'help-about',
      'help-model',
    ]) {
      click(id);
      expect(commandsSent().at(-1)).toEqual({ command: id });
    }
  });

  it('switches language: persisted, menu rebuilt in that language, renderer told', async () => {
    click('lang-en');
    expect(commandsSent().at(-1)).toEqual({ command: 'lang-en' });
    await vi.waitFor(() => expect(item('file')?.label).toBe('File'));
    expect(await call('island:settings:get')).toEqual({ ok: true, value: { lang: 'en' } });
    click('lang-zh');
    await vi.waitFor(() => expect(item('file')?.label).toBe('文件'));
  });

  it('Open Recent hands the file to the renderer’s next open, without a dialog', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'island-main-')), 'recent.island.json');
    writeFileSync(file, JSON.stringify({ ...energyIsland(), name: 'recent one' }));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await call('island:file:open', {})).toMatchObject({ ok: true, value: { path: file } });
    await vi.waitFor(() => expect(item('recent-0')?.label).toBe('1. recent.island.json'));
    // The renderer's start-up ends with the bundled scenario; after that, menu opens go straight through.
    await call('island:scenario:load-bundled', { id: 'energy-island-1' });
    dialog.showOpenDialog.mockClear();
    click('recent-0');
    expect(commandsSent().at(-1)).toEqual({ command: 'file-open' });
    expect(await call('island:file:open', {})).toMatchObject({
      ok: true,
      value: { path: file, name: 'recent' },
    });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(app.addRecentDocument).toHaveBeenCalledWith(file);
  });

  it('quits cleanly: services shut down, then the app quits', async () => {
    const event = { preventDefault: vi.fn() };
    app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
  });
});
