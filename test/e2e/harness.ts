// E2E harness: builds the renderer when stale, starts the browser host, launches Debian chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureRendererBuilt as buildIfStale, ensureWorkerBundle } from '../../electron/host/bundles';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from '../../electron/services/export/pdf-chromium';

export const ROOT = process.cwd();
export const DIST = join(ROOT, 'dist', 'renderer');
export const SHOTS = join(ROOT, 'test-artifacts', 'screenshots');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM_PATH;
export const VIEWPORT = { width: 1280, height: 800 } as const;

/** Runs `vite build` when dist/renderer is missing or older than any source it is built from. */
export function ensureRendererBuilt(): void {
  buildIfStale(ROOT);
}

export interface Host {
  readonly url: string;
  readonly token: string;
  close(): Promise<void> | void;
}

/** The browser host of electron/host (serves dist/renderer and the IPC handlers). */
export async function startTestHost(): Promise<Host> {
  const { startHost } = await import('../../electron/host/server');
  // The solver worker as the app ships it (esbuild bundle), not the TypeScript source through tsx.
  return startHost({ port: 0, staticDir: DIST, pool: { workerUrl: await ensureWorkerBundle(ROOT) } });
}

/** Debian chromium, headless, with the flags this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
}

/** The app URL with the per-run token. */
export function appUrl(host: Host): string {
  const u = new URL(host.url);
  u.searchParams.set('token', host.token);
  return u.toString();
}

/** Calls one IPC channel of the host directly (test set-up, e.g. the bundled list). */
export async function invoke<T>(host: Host, channel: string, request: unknown): Promise<T> {
  const { HOST_PROTOCOL, decodeWire, encodeWire } = await import('../../electron/shared/wire');
  const res = await fetch(new URL(HOST_PROTOCOL.invokePath, host.url), {
    method: 'POST',
    headers: { [HOST_PROTOCOL.tokenHeader]: host.token, 'content-type': 'application/json' },
    body: encodeWire({ channel, request }),
  });
  const reply = decodeWire(await res.text()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!reply.ok) throw new Error(`${channel}: ${reply.error?.message}`);
  return reply.value as T;
}

/** Writes a screenshot into test-artifacts/screenshots/. */
export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** Waits until the figures on screen come from the current document state (no solve running, not stale). */
export async function waitSolved(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForSelector('[data-testid=solve-status][data-state=idle]', { timeout });
}
