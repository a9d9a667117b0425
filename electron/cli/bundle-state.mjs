// Which `island` CLI bundle in dist/cli/ is current: read by the launcher on every run, so it loads nothing heavy.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where the bundles live; `current.json` names the complete build the launcher runs. */
export const CLI_DIR = join(ROOT, 'dist', 'cli');
export const CURRENT = join(CLI_DIR, 'current.json');

/**
 * The current build's entry file, or null when there is none or one of its sources changed since it was built
 * (every repository file esbuild read, so a subcommand added to electron/cli/main.ts is picked up). A copy without
 * sources (an installed package) only needs the build to exist.
 */
export function currentBuild() {
  let info;
  try {
    info = JSON.parse(readFileSync(CURRENT, 'utf8'));
  } catch {
    return null;
  }
  const entry = join(CLI_DIR, info.dir, 'island.mjs');
  if (!existsSync(entry)) return null;
  if (!existsSync(join(ROOT, 'electron', 'cli', 'main.ts'))) return entry;
  for (const input of info.inputs) {
    const file = join(ROOT, input);
    if (!existsSync(file) || statSync(file).mtimeMs > info.builtMs) return null;
  }
  return entry;
}
