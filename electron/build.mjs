// Bundles the Electron side with esbuild into out/: main (CJS), the sandboxed preload (CJS), the solver worker (ESM) + highs.wasm.
import console from 'node:console';
import { build } from 'esbuild';
import { buildWorkerBundle, EXTERNAL, NODE_TARGET, ROOT } from './worker-bundle.mjs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const root = ROOT;
const out = join(root, 'out');
/** Electron 45 runs Chromium 140. */
const CHROME_TARGET = 'chrome140';

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
  // Solver worker: ESM + highs.wasm (worker-bundle.mjs), unpacked from the asar archive when packaged.
  buildWorkerBundle(out),
]);
console.log('electron build: out/main.cjs, out/preload.cjs, out/solver-worker.mjs, out/highs.wasm');
