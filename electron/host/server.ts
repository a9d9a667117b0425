// The browser host: the built renderer and the shared IPC handlers over HTTP + SSE, on 127.0.0.1 behind a token.
import { randomBytes } from 'node:crypto';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { HOST_PROTOCOL, decodeWire, encodeWire } from '../shared/wire';
import type { EventChannel, IpcEvents, Reply } from '../shared/ipc-contract';
import { createHostServices, shutdownHostServices, type HostContext } from '../services/context';
import { SECURITY_HEADERS } from '../services/csp';
import { MIME_TYPES } from '../services/mime-types';
import { dispatch, handlers } from '../services/handlers';
import { isChannel } from '../services/request-schemas';
import type { SolverPoolOptions } from '../services/solver-pool';
import { resourcesDir } from '../services/paths';
import { htmlToPdfWithChromium } from '../services/export/pdf-chromium';
import { cookieValue, hostAllowed, isLoopback, loopbackOrigin, originAllowed, tokenMatches } from './guards';

/** Largest request body: a scenario (5 MB) or an EPW text, encoded as JSON. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** SSE comment interval that keeps idle connections open through proxies and timeouts. */
const HEARTBEAT_MS = 15_000;
const COOKIE = 'island_token';

/** Options of {@link startHost}. */
export interface HostOptions {
  /** 0 = any free port. */
  readonly port: number;
  /** The built renderer (dist/renderer). */
  readonly staticDir: string;
  readonly host?: '127.0.0.1';
  /** App data (autosave, settings). Default: a fresh temp folder removed on close (tests); the CLI passes a lasting one. */
  readonly dataDir?: string;
  readonly pool?: SolverPoolOptions;
}

/** A running browser host. */
export interface RunningHost {
  /** The URL to open, with the token: http://127.0.0.1:<port>/?token=<token>. */
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendReply(res: ServerResponse, status: number, reply: Reply<unknown>): void {
  send(res, status, encodeWire(reply), 'application/json; charset=utf-8');
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function packageVersion(): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(join(resourcesDir(), 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * Starts the browser host on 127.0.0.1. Every /api request needs the token (header, or `token` query for
 * EventSource), and so does the index page (query, or the HttpOnly cookie set on the first authorised load);
 * peers other than loopback, a foreign Host header and foreign Origins are refused.
 */
export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = randomBytes(32).toString('base64url');
  const tempData = opts.dataDir ? null : await mkdtemp(join(tmpdir(), 'island-host-'));
  const services = await createHostServices({
    host: 'browser',
    version: await packageVersion(),
    dataDir: opts.dataDir ?? tempData!,
    htmlToPdf: htmlToPdfWithChromium,
    ...(opts.pool ? { pool: opts.pool } : {}),
  });
  const clients = new Set<ServerResponse>();
  const ctx: HostContext = {
    ...services,
    emit<E extends EventChannel>(event: E, payload: IpcEvents[E]) {
      const frame = `event: ${event}\ndata: ${encodeWire(payload)}\n\n`;
      for (const c of clients) c.write(frame);
    },
  };
  const staticRoot = normalize(opts.staticDir);
  let port = 0;

  const serveStatic = async (res: ServerResponse, pathname: string, extra: Record<string, string> = {}) => {
    const rel = pathname === '/' ? '/index.html' : decodeURIComponent(pathname);
    const file = normalize(join(staticRoot, rel));
    if (!file.startsWith(staticRoot.endsWith(sep) ? staticRoot : staticRoot + sep))
      return send(res, 404, 'not found', 'text/plain');
    try {
      const body = await readFile(file);
      send(res, 200, body, MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', extra);
    } catch {
      send(res, 404, 'not found', 'text/plain');
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!isLoopback(req.socket.remoteAddress) || !hostAllowed(req.headers.host, port)) {
      return send(res, 403, 'forbidden', 'text/plain');
    }
    const url = new URL(req.url ?? '/', loopbackOrigin(port));
    const isApi = url.pathname.startsWith('/api/');
    if (isApi && !originAllowed(req.headers.origin, port)) return send(res, 403, 'forbidden', 'text/plain');
    if (url.pathname === HOST_PROTOCOL.invokePath) {
      if (!tokenMatches(req.headers[HOST_PROTOCOL.tokenHeader] as string | undefined, token)) {
        return sendReply(res, 401, {
          ok: false,
          error: { code: 'untrusted-sender', message: 'missing or wrong token' },
        });
      }
      if (req.method !== 'POST') return send(res, 405, 'method not allowed', 'text/plain', { Allow: 'POST' });
      const text = await readBody(req);
      if (text === null)
        return sendReply(res, 413, {
          ok: false,
          error: { code: 'invalid-request', message: 'request too large' },
        });
      let body: { channel?: unknown; request?: unknown };
      try {
        body = (decodeWire(text) ?? {}) as { channel?: unknown; request?: unknown };
      } catch {
        return sendReply(res, 400, {
          ok: false,
          error: { code: 'invalid-request', message: 'body is not JSON' },
        });
      }
      if (!isChannel(body.channel)) {
        return sendReply(res, 400, {
          ok: false,
          error: { code: 'invalid-request', message: 'unknown channel' },
        });
      }
      return sendReply(res, 200, await dispatch(handlers, body.channel, body.request, ctx));
    }
    if (url.pathname === HOST_PROTOCOL.eventsPath) {
      const presented =
        (req.headers[HOST_PROTOCOL.tokenHeader] as string | undefined) ?? url.searchParams.get('token');
      if (!tokenMatches(presented, token)) return send(res, 401, 'missing or wrong token', 'text/plain');
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (isApi) return send(res, 404, 'not found', 'text/plain');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const fromQuery = url.searchParams.get('token');
      const ok =
        tokenMatches(fromQuery, token) || tokenMatches(cookieValue(req.headers.cookie, COOKIE), token);
      if (!ok)
        return send(
          res,
          401,
          'This page needs the link printed by `npm run serve` (with ?token=…).',
          'text/plain; charset=utf-8',
        );
      return serveStatic(res, '/index.html', {
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'method not allowed', 'text/plain');
    return serveStatic(res, url.pathname);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `internal error: ${(error as Error).message}`, 'text/plain');
      else res.end();
    });
  });
  const heartbeat = setInterval(() => {
    for (const c of clients) c.write(': ping\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `${loopbackOrigin(port)}/?token=${token}`,
    token,
    async close() {
      clearInterval(heartbeat);
      for (const c of clients) c.end();
      clients.clear();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await shutdownHostServices(services);
      if (tempData) await rm(tempData, { recursive: true, force: true });
    },
  };
}
