// Shared fixtures of the report tests: Energy Island No. 1 solved once (representative mode: fast), and variants.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveScenario } from '../../../electron/services/scenario-loader';
import { runDispatch } from '../../../solver/run';
import type { Scenario } from '../../../solver/scenario';
import type { DispatchResult } from '../../../solver/results/types';

/** The bundled scenarios folder. */
export const SCENARIOS_DIR = join(import.meta.dirname, '../../../scenarios');

/** A bundled scenario file as raw JSON. */
export function rawScenario(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCENARIOS_DIR, file), 'utf8')) as Record<string, unknown>;
}

/** A scenario and its dispatch result. */
export interface Solved {
  readonly scenario: Scenario;
  readonly result: DispatchResult;
}

/** Validates, loads and solves a raw scenario in `mode`. */
export async function solve(raw: unknown, mode: 'season' | 'representative'): Promise<Solved> {
  const { scenario, weather, measuredDemandMw } = await resolveScenario(raw, SCENARIOS_DIR);
  const result = await runDispatch(scenario, weather, { mode, measuredDemandMw });
  if (result.status !== 'optimal') throw new Error(`fixture did not solve: ${result.status}`);
  return { scenario, result };
}

/** Energy Island No. 1 without its gas boilers and with twice the heated area: heat goes unserved. */
export function withoutGasBoilers(): Record<string, unknown> {
  const raw = rawScenario('energy-island-1.json');
  const techs = raw['technologies'] as { type: string; enabled: boolean }[];
  for (const t of techs) if (t.type === 'gasBoiler') t.enabled = false;
  const demand = raw['demand'] as { blocks: { areaM2: number }[] };
  for (const b of demand.blocks) b.areaM2 *= 2;
  return { ...raw, name: 'Island without gas boilers' };
}
