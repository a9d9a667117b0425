// Scenario fixtures for the Electron-side tests: Energy Island No. 1 and small variants of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root (tests run from it). */
export const ROOT = process.cwd();

/** Energy Island No. 1 as raw JSON (a fresh copy per call). */
export function energyIsland(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'scenarios', 'energy-island-1.json'), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** Energy Island No. 1 in representative mode with k typical days per period (a fast LP). */
export function representative(k: number): Record<string, unknown> {
  const s = energyIsland();
  const solver = s['solver'] as Record<string, unknown>;
  return { ...s, solver: { ...solver, mode: 'representative', typicalDaysPerPeriod: k } };
}
