// The CI security gate: electronegativity always exits 0, so the wrapper must turn findings above LOW into exit 1.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCAN = join(process.cwd(), 'electron', 'packaging', 'security-scan.mjs');
const dir = mkdtempSync(join(tmpdir(), 'island-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scan(target: string) {
  return spawnSync(process.execPath, [SCAN, target], { encoding: 'utf8', timeout: 120_000 });
}

// The app's own sources are scanned by .ci/run itself (`npm run security:scan`, 0 above LOW required).
describe('npm run security:scan', () => {
  it('fails on a window with node integration and no context isolation', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(
      join(bad, 'main.js'),
      [
        "const { BrowserWindow } = require('electron');",
        'const win = new BrowserWindow({',
        '  webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false },',
        '});',
        "win.loadURL('http://example.com/');",
        '',
      ].join('\n'),
    );
    const r = scan(bad);
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/NODE_INTEGRATION_JS_CHECK|CONTEXT_ISOLATION_JS_CHECK/);
    expect(r.stdout).toMatch(/[1-9]\d* above LOW/);
  });
});
