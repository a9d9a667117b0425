// Builds the `island` CLI as an esbuild bundle in dist/cli/ (code-split: each subcommand's dependencies load on use).
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { buildWorkerBundle, EXTERNAL, NODE_TARGET } from '../worker-bundle.mjs';
import { CLI_DIR, CURRENT, ROOT } from './bundle-state.mjs';

/** Superseded builds are removed once this old (a process may still be running one). */
const KEEP_OLD_MS = 10 * 60_000;

/**
 * Bundles electron/cli/entry.ts (and through it whatever electron/cli/main.ts imports) into a fresh folder of
 * dist/cli/ with the solver worker bundle and highs.wasm beside it, then points current.json at it (an atomic
 * rename, so concurrent launchers see either the old or the new complete build). Returns the entry file.
 */
export async function buildCliBundle({ logLevel = 'warning' } = {}) {
  const builtMs = Date.now();
  const dir = `b-${builtMs}-${process.pid}`;
  const outDir = join(CLI_DIR, dir);
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: NODE_TARGET,
    external: EXTERNAL,
    logLevel,
    legalComments: 'none',
    absWorkingDir: ROOT,
    entryPoints: { island: 'electron/cli/entry.ts' },
    outdir: outDir,
    // One flat folder: highs.mjs finds highs.wasm, and the solver pool its worker, beside the chunk holding them.
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    metafile: true,
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
  });
  // `island run --backend jslp` runs on a solver worker thread (next to the chunk that starts it), as the app does.
  await buildWorkerBundle(outDir, { sourcemap: false, logLevel });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((f) => !f.startsWith('node_modules/') && !f.includes(':'))
    .map((f) => relative(ROOT, join(ROOT, f)));
  const tmp = `${CURRENT}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ dir, builtMs, inputs }));
  renameSync(tmp, CURRENT);
  for (const old of readdirSync(CLI_DIR)) {
    const p = join(CLI_DIR, old);
    if (old.startsWith('b-') && old !== dir && statSync(p).mtimeMs < builtMs - KEEP_OLD_MS)
      rmSync(p, { recursive: true, force: true });
  }
  return join(outDir, 'island.mjs');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const entry = await buildCliBundle();
  process.stdout.write(`island CLI bundle: ${relative(ROOT, entry)}\n`);
}
