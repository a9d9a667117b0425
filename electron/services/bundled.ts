// The scenarios shipped with the app (scenarios/*.json): list and load by id.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BundledScenario, ScenarioDocument } from '../shared/ipc-contract';
import { HostError } from './host-error';
import { scenariosDir } from './paths';

/** Files in scenarios/ that are not scenarios. */
const NOT_SCENARIOS = new Set(['scenario.schema.json']);

/** Lists the bundled scenarios, Energy Island No. 1 first, then by file name. */
export async function listBundled(resourcesDir?: string): Promise<BundledScenario[]> {
  const dir = scenariosDir(resourcesDir);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !NOT_SCENARIOS.has(n)).sort();
  const list: BundledScenario[] = [];
  for (const file of names) {
    const raw = JSON.parse(await readFile(join(dir, file), 'utf8')) as { name?: unknown; nameZh?: unknown };
    const id = file.slice(0, -'.json'.length);
    list.push({
      id,
      file,
      name: typeof raw.name === 'string' ? raw.name : id,
      ...(typeof raw.nameZh === 'string' ? { nameZh: raw.nameZh } : {}),
    });
  }
  return list.sort((a, b) => Number(b.id === 'energy-island-1') - Number(a.id === 'energy-island-1'));
}

/** Loads a bundled scenario by id (ids come from {@link listBundled}; anything else is 'not-found'). */
export async function loadBundled(id: string, resourcesDir?: string): Promise<ScenarioDocument> {
  const entry = (await listBundled(resourcesDir)).find((b) => b.id === id);
  if (!entry) throw new HostError('not-found', `no bundled scenario "${id}"`);
  const scenario = JSON.parse(
    await readFile(join(scenariosDir(resourcesDir), entry.file), 'utf8'),
  ) as unknown;
  return { scenario, path: null, mtimeMs: null, name: entry.name };
}
