// `npm run serve -- --port <n>`: (re)builds the renderer when missing or stale, starts the browser host, prints its URL first.
import { join } from 'node:path';
import { resourcesDir } from '../services/paths';
import { ensureRendererBuilt, ensureWorkerBundle, rendererStale } from './bundles';
import { startHost } from './server';
import { defaultDataDir, parseServeArgs } from './serve-args';

async function main(): Promise<void> {
  const args = parseServeArgs(process.argv.slice(2));
  const root = resourcesDir();
  const staticDir = args.staticDir ?? join(root, 'dist', 'renderer');
  if (!args.staticDir) {
    if (rendererStale(root)) process.stderr.write('building the renderer (vite build)…\n');
    // Its output goes to stderr: the first line on stdout must stay the URL.
    ensureRendererBuilt(root);
  }
  // From a source checkout the solver runs as the same esbuild bundle the app ships (it starts faster).
  const workerUrl = args.staticDir ? undefined : await ensureWorkerBundle(root);
  const host = await startHost({
    port: args.port,
    staticDir,
    dataDir: args.dataDir ?? defaultDataDir(),
    ...(workerUrl ? { pool: { workerUrl } } : {}),
  });
  process.stdout.write(`${host.url}\n`);
  process.stderr.write('browser host on 127.0.0.1 only; open the URL above. Ctrl+C stops it.\n');
  const stop = () => {
    void host.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
