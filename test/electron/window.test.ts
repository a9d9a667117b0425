// The main window: secure web preferences, app:// page, trusted-sender registry, remembered geometry.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronFake);
const { createMainWindow, loadWindowState, trustedContents, DEFAULT_WINDOW_STATE } =
  await import('../../electron/main/window');

const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('main window', () => {
  it('is created with the secure options and loads the app from app://island/', () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'island-win-')), 'window-state.json');
    const win = createMainWindow({ stateFile, title: 'T' }) as unknown as FakeBrowserWindow;
    expect(win.options['webPreferences']).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Electronegativity AUXCLICK_JS_CHECK: middle-click cannot open new windows.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    });
    expect(win.options['webPreferences']).not.toHaveProperty('preload');
    expect(win.url).toBe('app://island/index.html');
    expect(trustedContents.has(win.webContents.id)).toBe(true);
    win.destroy();
    expect(trustedContents.has(win.webContents.id)).toBe(false);
  });

  it('remembers size and position in the state file', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'island-win-')), 'window-state.json');
    const win = createMainWindow({ stateFile, title: 'T' }) as unknown as FakeBrowserWindow;
    win.maximized = true;
    win.emit('close');
    await vi.waitFor(() => expect(readFileSync(stateFile, 'utf8')).toContain('1111'));
    expect(loadWindowState(stateFile, displays)).toEqual({
      x: 10,
      y: 20,
      width: 1111,
      height: 777,
      maximized: true,
    });
    const next = createMainWindow({ stateFile, title: 'T' }) as unknown as FakeBrowserWindow;
    expect(next.options).toMatchObject({ x: 10, y: 20, width: 1111, height: 777 });
    expect(next.maximized).toBe(true);
  });

  it('falls back to defaults for a damaged state or a position off every display', () => {
    const dir = mkdtempSync(join(tmpdir(), 'island-win-'));
    const damaged = join(dir, 'a.json');
    writeFileSync(damaged, '{not json');
    expect(loadWindowState(damaged, displays)).toEqual(DEFAULT_WINDOW_STATE);
    const offscreen = join(dir, 'b.json');
    writeFileSync(
      offscreen,
      JSON.stringify({ x: 5000, y: 5000, width: 1000, height: 700, maximized: false }),
    );
    expect(loadWindowState(offscreen, displays)).toEqual({ width: 1000, height: 700, maximized: false });
  });
});
