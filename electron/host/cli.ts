// `npm run serve -- --port <n>`: builds the renderer if missing, starts the browser host, prints its URL first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../services/paths';
import { startHost } from './server';
import { defaultDataDir, parseServeArgs } from './serve-args';

async function main(): Promise<void> {
  const args = parseServeArgs(process.argv.slice(2));
  const root = resourcesDir();
  const staticDir = args.staticDir ?? join(root, 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    process.stderr.write('building the renderer (npm run build:renderer)…\n');
    // Its output goes to stderr: the first line on stdout must stay the URL.
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const built = spawnSync(npm, ['run', 'build:renderer'], { cwd: root, stdio: ['ignore', 2, 2] });
    if (built.status !== 0) throw new Error('npm run build:renderer failed');
  }
  const host = await startHost({ port: args.port, staticDir, dataDir: args.dataDir ?? defaultDataDir() });
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
