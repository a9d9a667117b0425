// Launches the real app with Playwright's Electron driver when an Electron binary is installed; skips (saying why) otherwise.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, apiNameOf } from '../../electron/shared/ipc-contract';

const ROOT = process.cwd();

/**
 * The Electron executable, or why there is none. Reads node_modules/electron/path.txt directly:
 * require('electron') would try to download the binary, which this machine cannot do.
 */
function electronBinary(): { path: string } | { reason: string } {
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile))
    return {
      reason: 'node_modules/electron has no binary (path.txt missing: its download was not possible)',
    };
  const binary = join(
    process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? join(pkg, 'dist'),
    readFileSync(pathFile, 'utf8').trim(),
  );
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    return { reason: `${binary} is missing or not executable` };
  }
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return { reason: 'no display (run under xvfb-run to include this test)' };
  }
  return { path: binary };
}

const found = electronBinary();
if ('reason' in found) console.log(`electron smoke test skipped: ${found.reason}`);

describe('Electron app (real binary)', () => {
  it.skipIf('reason' in found)(
    'opens one sandboxed window on app://island/ with exactly the preload API',
    async () => {
      const binary = (found as { path: string }).path;
      execFileSync(process.execPath, [join(ROOT, 'electron', 'build.mjs')], { stdio: 'inherit' });
      const { _electron } = await import('playwright-core');
      const app = await _electron.launch({ executablePath: binary, args: [ROOT], timeout: 60_000 });
      try {
        const page = await app.firstWindow();
        await page.waitForLoadState('domcontentloaded');
        expect(page.url()).toBe('app://island/index.html');
        const keys = await page.evaluate(() =>
          Object.keys((window as unknown as { api: object }).api).sort(),
        );
        expect(keys).toEqual([...CHANNELS.map(apiNameOf), 'on'].sort());
        expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
          'undefined',
        );
        const info = await page.evaluate(() =>
          (window as unknown as { api: { appInfo(): Promise<unknown> } }).api.appInfo(),
        );
        expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
      } finally {
        await app.close();
      }
    },
    180_000,
  );
});
