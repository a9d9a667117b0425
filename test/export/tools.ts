// Helpers of the export tests: poppler tools, the island CLI as a subprocess, and the artefact folder.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Repository root. */
export const ROOT = join(import.meta.dirname, '../..');
/** Where the tests leave PDFs, PNGs and workbooks to look at. */
export const ARTIFACTS = join(ROOT, 'test-artifacts/reports');

/** Creates the artefact folder. */
export function artifacts(): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

/** Runs a command; returns stdout (throws with stderr on a non-zero exit). */
export async function sh(cmd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run(cmd, [...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Number of pages (pdfinfo). */
export async function pdfPages(file: string): Promise<number> {
  const m = /^Pages:\s+(\d+)/m.exec(await sh('pdfinfo', [file]));
  return Number(m?.[1] ?? 0);
}

/** Text of a PDF (pdftotext), whitespace runs collapsed to one space. */
export async function pdfText(file: string): Promise<string> {
  return (await sh('pdftotext', [file, '-'])).replace(/\s+/g, ' ');
}

/** The `season` object `island run --json` prints for a bundled scenario. */
export async function islandRunJson(scenario: string): Promise<{ season: Record<string, number> }> {
  const out = await sh('node', [
    'electron/cli/island.mjs',
    'run',
    join(ROOT, 'scenarios', scenario),
    '--json',
  ]);
  return JSON.parse(out) as { season: Record<string, number> };
}
