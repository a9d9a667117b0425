// The `island` command runs the esbuild bundle in dist/cli: help loads no solver, run solves, stale sources rebuild.
import { execFile } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = process.cwd();
const ISLAND = join('electron', 'cli', 'island.mjs');

/** The entry file the launcher would run now, or null (asks bundle-state.mjs in a fresh process). */
async function currentBuild(): Promise<string | null> {
  const { stdout } = await run(process.execPath, [
    '--input-type=module',
    '-e',
    "const m = await import('./electron/cli/bundle-state.mjs'); process.stdout.write(JSON.stringify(m.currentBuild()));",
  ]);
  return JSON.parse(stdout) as string | null;
}

/** The files `entry` loads before any dynamic import: itself and its static imports, transitively. */
function staticGraph(entry: string): string[] {
  const dir = join(entry, '..');
  const seen = new Set<string>([entry]);
  for (const file of seen) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import\s[^;]*?from\s+"(\.\/[^"]+)"|^import\s+"(\.\/[^"]+)"/gm))
      seen.add(join(dir, m[1] ?? m[2]!));
  }
  return [...seen];
}

let entry: string;
beforeAll(async () => {
  await run(process.execPath, [ISLAND, '--help']);
  const found = await currentBuild();
  if (found === null) throw new Error('no current CLI bundle after a run');
  entry = found;
}, 180_000);

describe('island CLI bundle', () => {
  it('answers --help from dist/cli without loading HiGHS, zod, mathjs or exceljs', async () => {
    const { stdout } = await run(process.execPath, [ISLAND, '--help']);
    expect(stdout).toContain('island run <scenario.json>');
    expect(entry.startsWith(join(ROOT, 'dist', 'cli'))).toBe(true);
    const loaded = staticGraph(entry)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(loaded).not.toMatch(/Highs_create|node_modules\/zod|node_modules\/mathjs|exceljs/);
    expect(loaded).toContain('usage:');
  });

  it('solves through the bundle (HiGHS and the javascript-lp-solver worker beside it)', async () => {
    const scenario = join(ROOT, 'scenarios', 'energy-island-1.json');
    for (const backend of ['highs', 'jslp']) {
      const { stdout } = await run(process.execPath, [
        ISLAND,
        'run',
        scenario,
        '--mode',
        'representative',
        '--backend',
        backend,
        '--json',
      ]);
      const out = JSON.parse(stdout) as {
        status: string;
        backend: string;
        season: { heatDeliveredMWh: number };
      };
      expect(out.status).toBe('optimal');
      expect(out.backend).toBe(backend);
      expect(out.season.heatDeliveredMWh).toBeGreaterThan(80_000);
    }
  }, 180_000);

  it('is rebuilt when one of its sources changes (a subcommand added to main.ts is picked up)', async () => {
    const usage = join(ROOT, 'electron', 'cli', 'run-usage.ts');
    const { atime, mtime } = statSync(usage);
    try {
      const future = new Date(Date.now() + 60_000);
      utimesSync(usage, future, future);
      expect(await currentBuild()).toBeNull();
    } finally {
      utimesSync(usage, atime, mtime);
    }
    expect(await currentBuild()).toBe(entry);
  });
});
