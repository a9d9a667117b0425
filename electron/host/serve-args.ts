// Command-line options of the browser host (`npm run serve -- --port <n>`).
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Usage line printed on a bad option. */
export const USAGE = 'usage: npm run serve -- [--port <n>] [--data-dir <folder>] [--static <dist/renderer>]';

/** Parses `--port`, `--data-dir`, `--static`; throws with the usage on anything else. */
export function parseServeArgs(argv: readonly string[]): {
  port: number;
  dataDir?: string;
  staticDir?: string;
} {
  const out: { port: number; dataDir?: string; staticDir?: string } = { port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined || !['--port', '--data-dir', '--static'].includes(flag ?? ''))
      throw new Error(USAGE);
    i++;
    if (flag === '--port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65_535)
        throw new Error(`--port must be 0..65535\n${USAGE}`);
      out.port = port;
    } else if (flag === '--data-dir') out.dataDir = resolve(value);
    else out.staticDir = resolve(value);
  }
  return out;
}

/** Where the browser host keeps autosave and settings between runs (ISLAND_DATA_DIR overrides). */
export function defaultDataDir(): string {
  return process.env['ISLAND_DATA_DIR'] ?? join(homedir(), '.energy-island-dispatch', 'browser-host');
}
