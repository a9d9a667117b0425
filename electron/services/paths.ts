// Where the app's bundled resources live, in development, in the CLI, and in a packaged app.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory holding `scenarios/` (bundled scenarios and weather). Resolution order: the
 * ISLAND_RESOURCES environment variable; the packaged app's resources folder (passed by main);
 * the repository root found by walking up from this file.
 */
export function resourcesDir(packagedResources?: string): string {
  const fromEnv = process.env['ISLAND_RESOURCES'];
  if (fromEnv && existsSync(join(fromEnv, 'scenarios'))) return resolve(fromEnv);
  if (packagedResources && existsSync(join(packagedResources, 'scenarios'))) return packagedResources;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'scenarios', 'energy-island-1.json'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('cannot find the bundled scenarios folder (set ISLAND_RESOURCES)');
}

/** The bundled scenarios directory. */
export function scenariosDir(packagedResources?: string): string {
  return join(resourcesDir(packagedResources), 'scenarios');
}
