// The packaged layout: esbuild bundles of main, preload and the solver worker; the worker bundle solves on its own.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SolverPool } from '../../electron/services/solver-pool';
import { shortIslandRaw } from '../helpers/engine-fixtures';

const OUT = join(process.cwd(), 'out');

beforeAll(() => {
  execFileSync(process.execPath, [join('electron', 'build.mjs')], { stdio: 'pipe' });
}, 120_000);

describe('npm run build:electron', () => {
  it('writes main, preload, worker and highs.wasm', () => {
    for (const f of ['main.cjs', 'preload.cjs', 'solver-worker.mjs', 'highs.wasm'])
      expect(existsSync(join(OUT, f)), f).toBe(true);
  });

  it('keeps the sandboxed preload self-contained: it requires nothing but electron', () => {
    const preload = readFileSync(join(OUT, 'preload.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('the bundled worker (as shipped, outside the asar) solves a scenario with HiGHS', async () => {
    const pool = new SolverPool({ size: 1, workerUrl: pathToFileURL(join(OUT, 'solver-worker.mjs')) });
    try {
      const r = await pool.solve({
        requestId: 'bundle',
        job: { scenario: shortIslandRaw(), baseDir: join(process.cwd(), 'scenarios'), includeHourly: true },
        timeLimitSec: 60,
      });
      expect(r.status).toBe('optimal');
      expect(r.backend).toBe('highs');
      expect(r.season.unservedHeatMWh).toBe(0);
      expect(r.hourly?.n).toBe(72);
    } finally {
      await pool.close();
    }
  });

  it('the bundled worker runs an export (workbook written off the main process)', async () => {
    const pool = new SolverPool({ size: 1, workerUrl: pathToFileURL(join(OUT, 'solver-worker.mjs')) });
    try {
      const out = await pool.exportRun({
        requestId: 'bundle-export',
        job: {
          kind: 'export',
          format: 'xlsx',
          lang: 'en',
          items: [{ raw: shortIslandRaw(), baseDir: join(process.cwd(), 'scenarios') }],
        },
        timeLimitSec: 60,
      });
      expect(out.fileName).toMatch(/\.xlsx$/);
      // An .xlsx is a zip archive.
      expect(Buffer.from(out.bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    } finally {
      await pool.close();
    }
  });
});
