// The esbuild bundle of the solver worker (ESM + highs.wasm beside it), shared by `npm run build:electron`
// (out/, packaged with the app) and the browser host (a private copy, rebuilt when its sources change).
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Electron 45 runs Node 22. */
export const NODE_TARGET = 'node22';
/** Loaded from node_modules at run time (too large or too dynamic to bundle; electron is the runtime itself). */
export const EXTERNAL = ['electron', 'playwright-core', 'chromium-bidi'];

/**
 * Bundles electron/services/solver-worker.ts into `<outDir>/solver-worker.mjs` and copies highs.wasm next to
 * it. ESM, so highs.mjs finds its .wasm through import.meta.url; `require` is provided for CJS dependencies.
 */
export async function buildWorkerBundle(outDir, { sourcemap = 'linked', logLevel = 'warning' } = {}) {
  await mkdir(outDir, { recursive: true });
  await build({
    bundle: true,
    sourcemap,
    logLevel,
    legalComments: 'none',
    absWorkingDir: ROOT,
    entryPoints: ['electron/services/solver-worker.ts'],
    outfile: join(outDir, 'solver-worker.mjs'),
    platform: 'node',
    format: 'esm',
    target: NODE_TARGET,
    external: EXTERNAL,
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
  });
  await copyFile(join(ROOT, 'node_modules', 'highs', 'build', 'highs.wasm'), join(outDir, 'highs.wasm'));
}
