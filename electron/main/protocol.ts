// The app:// scheme: serves the built renderer (dist/renderer) with the CSP, and nothing outside that folder.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../services/csp';
import { MIME_TYPES } from '../services/mime-types';
import { APP_HOST, APP_SCHEME } from './security';

/** Registers app:// as a standard, secure scheme. Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/** Maps an app:// URL to a file inside `root`, or null (other host, traversal, or a directory). */
export function fileForUrl(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path === '/' || path === '') path = '/index.html';
  const full = normalize(join(root, path));
  return full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

/** Serves `root` on app://island/ (call after ready). */
export function handleAppScheme(root: string): void {
  const base = normalize(root);
  protocol.handle(APP_SCHEME, async (request) => {
    const file = fileForUrl(base, request.url);
    if (!file) return new Response('not found', { status: 404, headers: SECURITY_HEADERS });
    try {
      const body = await readFile(file);
      const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': type } });
    } catch {
      return new Response('not found', { status: 404, headers: SECURITY_HEADERS });
    }
  });
}
