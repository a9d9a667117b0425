// `npm start` after the builds: launches Electron on out/, or, where its binary is missing or cannot start, the browser host.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_PKG = join(ROOT, 'node_modules', 'electron');
/** An Electron that exits non-zero this soon after launch did not start (no display, missing libraries …). */
const START_GRACE_MS = 5_000;
/** Electron's own first-run download, bounded so an offline machine falls back promptly. */
const DOWNLOAD_TIMEOUT_MS = 180_000;

/**
 * The Electron executable, or why there is none. Reads node_modules/electron/path.txt rather than
 * require('electron'), which downloads the binary and throws a stack trace when it cannot.
 * ELECTRON_OVERRIDE_DIST_PATH is honoured as Electron's own launcher does.
 */
export function electronBinary(env = process.env) {
  const pathFile = join(ELECTRON_PKG, 'path.txt');
  const name = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : process.platform === 'win32'
      ? 'electron.exe'
      : process.platform === 'darwin'
        ? 'Electron.app/Contents/MacOS/Electron'
        : 'electron';
  const binary = join(env['ELECTRON_OVERRIDE_DIST_PATH'] ?? join(ELECTRON_PKG, 'dist'), name);
  try {
    accessSync(binary, constants.X_OK);
    return { path: binary };
  } catch {
    return { reason: `the Electron binary is missing (${binary})` };
  }
}

/** Runs Electron's own installer once (quietly) when the binary is missing; never where the user opted out. */
function tryDownload(env) {
  if (env['ELECTRON_SKIP_BINARY_DOWNLOAD'] || env['ELECTRON_OVERRIDE_DIST_PATH']) return;
  if (!existsSync(join(ELECTRON_PKG, 'install.js'))) return;
  process.stderr.write('downloading the Electron binary (first start)…\n');
  spawnSync(process.execPath, [join(ELECTRON_PKG, 'install.js')], {
    cwd: ELECTRON_PKG,
    stdio: 'ignore',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
}

function hasDisplay(env) {
  return process.platform !== 'linux' || Boolean(env['DISPLAY'] || env['WAYLAND_DISPLAY']);
}

/** The first line of a failed Electron's stderr, for the one-line notice. */
function firstLine(text) {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? ''
  );
}

/**
 * Launches Electron on the app; resolves with a reason when it exits non-zero within START_GRACE_MS (it could
 * not start), otherwise mirrors its exit code once it closes. Its stderr is held back during the grace period.
 */
function launchElectron(binary, args) {
  return new Promise((resolve) => {
    const child = spawn(binary, ['.', ...args], { cwd: ROOT, stdio: ['inherit', 'inherit', 'pipe'] });
    let held = '';
    let started = false;
    const timer = setTimeout(() => {
      started = true;
      process.stderr.write(held);
    }, START_GRACE_MS);
    child.stderr.on('data', (chunk) => {
      if (started) process.stderr.write(chunk);
      else held += chunk.toString();
    });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ reason: `Electron could not start (${error.message})` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (!started && code !== 0) {
        const why = firstLine(held) || (signal ? `signal ${signal}` : `exit code ${code}`);
        resolve({ reason: `Electron could not start (${why})` });
      } else process.exit(code ?? 1);
    });
  });
}

/** The command that opens a URL in the default browser here, or null where there is none (or no display). */
function opener(env) {
  if (process.platform === 'darwin') return ['open'];
  if (process.platform === 'win32') return ['cmd', '/c', 'start', '""'];
  if (!hasDisplay(env)) return null;
  const dirs = (env['PATH'] ?? '').split(delimiter);
  return dirs.some((d) => existsSync(join(d, 'xdg-open'))) ? ['xdg-open'] : null;
}

/** Serves the same app through the browser host; its first stdout line is the URL with the token. */
function serveInBrowser(reason, env) {
  process.stdout.write(`${reason}: serving the app in your browser instead (npm run serve).\n`);
  const host = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: host.stdout });
  let first = true;
  lines.on('line', (line) => {
    process.stdout.write(`${line}\n`);
    if (!first) return;
    first = false;
    const open = opener(env);
    if (open && line.startsWith('http://127.0.0.1:')) {
      const [cmd, ...rest] = open;
      const child = spawn(cmd, [...rest, line], { stdio: 'ignore', detached: true });
      child.on('error', () => undefined);
      child.unref();
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
  host.on('close', (code) => process.exit(code ?? 0));
}

async function main() {
  const args = process.argv.slice(2);
  const env = process.env;
  let found = electronBinary(env);
  if ('reason' in found) {
    tryDownload(env);
    found = electronBinary(env);
  }
  if ('path' in found && !hasDisplay(env)) found = { reason: 'Electron cannot start here (no display)' };
  if ('path' in found) {
    found = await launchElectron(found.path, args);
  }
  serveInBrowser(found.reason, env);
}

await main();
