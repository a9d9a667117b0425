// `npm start` without an Electron binary: one line saying so, then the browser host's URL, which answers.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, it } from 'vitest';

it('falls back to the browser host and prints a working loopback URL with the token', async () => {
  const emptyDist = mkdtempSync(join(tmpdir(), 'island-no-electron-'));
  const child = spawn(process.execPath, ['electron/start.mjs'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      ELECTRON_OVERRIDE_DIST_PATH: emptyDist,
      ISLAND_DATA_DIR: mkdtempSync(join(tmpdir(), 'island-start-data-')),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  try {
    const lines: string[] = [];
    const reader = createInterface({ input: child.stdout });
    await new Promise<void>((resolve, reject) => {
      reader.on('line', (line) => {
        lines.push(line);
        if (lines.length === 2) resolve();
      });
      void exited.then((code) => reject(new Error(`start exited (${code}) early: ${stderr}`)));
    });
    expect(lines[0]).toMatch(
      /^the Electron binary is missing \(.+\): serving the app in your browser instead/,
    );
    const url = new URL(lines[1]!);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.searchParams.get('token')).toMatch(/^[\w-]{20,}$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(stderr).not.toMatch(/\n\s+at /);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}, 180_000);
