// Bundles the Electron side with esbuild into out/: main (CJS), the sandboxed preload (CJS), the solver worker (ESM) + highs.wasm.
import console from 'node:console';
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'out');
/** Electron 45 runs Chromium 140 and Node 22. */
const NODE_TARGET = 'node22';
const CHROME_TARGET = 'chrome140';
/** Loaded from node_modules at run time (too large or too dynamic to bundle; electron is the runtime itself). */
const EXTERNAL = ['electron', 'playwright-core', 'chromium-bidi'];

const common = {
  bundle: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  absWorkingDir: root,
};

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

await Promise.all([
  // Main process. CJS so everything runs before 'ready' (an ESM main loads asynchronously);
  // import.meta.url (used to find resources and the worker) is provided by the banner.
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'out/main.cjs',
    platform: 'node',
    format: 'cjs',
    target: NODE_TARGET,
    external: EXTERNAL,
    banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__importMetaUrl' },
  }),
  // Preload: a sandboxed preload may only require('electron'), so it is one self-contained CJS file.
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'out/preload.cjs',
    platform: 'browser',
    format: 'cjs',
    target: CHROME_TARGET,
    external: ['electron'],
  }),
  // Solver worker: ESM so highs.mjs finds highs.wasm next to the bundle through import.meta.url.
  build({
    ...common,
    entryPoints: ['electron/services/solver-worker.ts'],
    outfile: 'out/solver-worker.mjs',
    platform: 'node',
    format: 'esm',
    target: NODE_TARGET,
    external: EXTERNAL,
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
  }),
]);
await copyFile(join(root, 'node_modules', 'highs', 'build', 'highs.wasm'), join(out, 'highs.wasm'));
console.log('electron build: out/main.cjs, out/preload.cjs, out/solver-worker.mjs, out/highs.wasm');
