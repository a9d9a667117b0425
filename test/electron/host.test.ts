// Browser host: token on /api and the index page, loopback peers only, own Host/Origin only, handlers and SSE.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/server';
import { isLoopback, tokenMatches } from '../../electron/host/guards';
import { HOST_PROTOCOL, decodeWire, encodeWire } from '../../electron/shared/wire';
import type { Reply } from '../../electron/shared/ipc-contract';
import { representative } from './scenario-fixtures';

const staticDir = mkdtempSync(join(tmpdir(), 'island-static-'));
mkdirSync(join(staticDir, 'assets'));
writeFileSync(
  join(staticDir, 'index.html'),
  '<!doctype html><title>island</title><script type="module" src="./assets/app.js"></script>',
);
writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app");');

let host: RunningHost;
let base: URL;
beforeAll(async () => {
  host = await startHost({ port: 0, staticDir, pool: { size: 1 } });
  base = new URL(host.url);
});
afterAll(async () => {
  await host.close();
});

/** A raw HTTP request with full control of headers and the local (source) address. */
function raw(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {},
) {
  return new Promise<{
    status: number;
    body: string;
    headers: Record<string, string | string[] | undefined>;
  }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(base.port),
        path,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        localAddress: opts.localAddress,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function invoke(
  channel: string,
  request: unknown,
  token: string | null = host.token,
): Promise<{ status: number; reply: Reply<unknown> }> {
  const res = await fetch(new URL(HOST_PROTOCOL.invokePath, base), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { [HOST_PROTOCOL.tokenHeader]: token }),
    },
    body: encodeWire({ channel, request }),
  });
  return { status: res.status, reply: decodeWire(await res.text()) as Reply<unknown> };
}

describe('browser host access control', () => {
  it('gives the URL to open, on 127.0.0.1 with a random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(host.url.endsWith(host.token)).toBe(true);
  });

  it('refuses /api requests without the right token', async () => {
    for (const token of [null, '', 'x'.repeat(43), `${host.token}x`]) {
      const { status, reply } = await invoke('island:app:info', undefined, token);
      expect(status).toBe(401);
      expect(reply).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    }
    expect((await fetch(new URL(`${HOST_PROTOCOL.eventsPath}?token=nope`, base))).status).toBe(401);
  });

  it('serves the index page only with the token (query, then the HttpOnly cookie), with the CSP', async () => {
    expect((await raw('/')).status).toBe(401);
    expect((await raw('/?token=wrong')).status).toBe(401);
    const ok = await raw(`/?token=${host.token}`);
    expect(ok.status).toBe(200);
    expect(ok.headers['content-security-policy']).toContain("default-src 'none'");
    const cookie = String(ok.headers['set-cookie']).split(';')[0]!;
    expect(String(ok.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await raw('/', { headers: { cookie } })).status).toBe(200);
    expect((await raw('/assets/app.js')).status).toBe(200);
    expect((await raw('/a/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(404);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const headers = { [HOST_PROTOCOL.tokenHeader]: host.token, 'content-type': 'application/json' };
    const body = encodeWire({ channel: 'island:app:info' });
    expect(
      (
        await raw(HOST_PROTOCOL.invokePath, {
          method: 'POST',
          headers: { ...headers, host: `evil.example:${base.port}` },
          body,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await raw(HOST_PROTOCOL.invokePath, {
          method: 'POST',
          headers: { ...headers, origin: 'https://evil.example' },
          body,
        })
      ).status,
    ).toBe(403);
    expect((await raw(HOST_PROTOCOL.invokePath, { method: 'POST', headers, body })).status).toBe(200);
  });

  it('refuses a peer that is not a loopback address', async () => {
    const own = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    expect(isLoopback('10.1.2.3')).toBe(false);
    expect(isLoopback('::ffff:192.168.0.2')).toBe(false);
    expect(isLoopback('127.0.0.1') && isLoopback('::1') && isLoopback('::ffff:127.0.0.1')).toBe(true);
    if (!own) {
      console.log(
        'no non-loopback IPv4 address on this machine: the live non-loopback peer check is skipped',
      );
      return;
    }
    // Same machine, loopback destination, but the connection's source is a non-loopback address.
    const res = await raw(`/?token=${host.token}`, { localAddress: own.address });
    expect(res.status).toBe(403);
  });

  it('compares tokens in constant time and rejects any other string', () => {
    expect(tokenMatches(host.token, host.token)).toBe(true);
    expect(tokenMatches(host.token.slice(0, -1), host.token)).toBe(false);
    expect(tokenMatches(undefined, host.token)).toBe(false);
  });
});

describe('browser host handlers', () => {
  it('runs the shared handlers with run-time validation', async () => {
    expect((await invoke('island:app:info', undefined)).reply).toMatchObject({
      ok: true,
      value: { host: 'browser' },
    });
    expect((await invoke('island:scenario:load-bundled', { id: 7 })).reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect((await invoke('island:nope:nothing', {})).status).toBe(400);
    expect((await invoke('island:file:open', {})).reply).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    expect((await invoke('island:file:recent', undefined)).reply).toEqual({ ok: true, value: [] });
  });

  it('solves through the pool, streams progress over SSE and returns typed arrays', async () => {
    const events = await fetch(new URL(`${HOST_PROTOCOL.eventsPath}?token=${host.token}`, base));
    expect(events.headers.get('content-type')).toBe('text/event-stream');
    const reader = events.body!.getReader();
    const { reply } = await invoke('island:solve:run', { requestId: 'sse', scenario: representative(1) });
    expect(reply).toMatchObject({ ok: true, value: { status: 'optimal' } });
    expect(reply.ok && (reply.value as { hourly: { demandMw: unknown } }).hourly.demandMw).toBeInstanceOf(
      Float64Array,
    );
    let text = '';
    while (!text.includes('"phase":"done"')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(text).toContain('event: island:solve:progress');
    expect(text).toContain('"phase":"solve"');
  });

  it('returns exports as base64', async () => {
    const { reply } = await invoke('island:export:run', {
      format: 'lp',
      lang: 'en',
      scenarios: [representative(1)],
    });
    expect(reply).toMatchObject({
      ok: true,
      value: { path: null, mimeType: expect.stringContaining('text/plain') },
    });
    const base64 = reply.ok ? (reply.value as { base64: string }).base64 : '';
    expect(Buffer.from(base64, 'base64').toString('utf8').length).toBeGreaterThan(100);
  });

  it('renders a PDF on a solver worker and prints it here', async () => {
    const { reply } = await invoke('island:export:run', {
      format: 'pdf',
      reportType: 'proposal',
      lang: 'zh',
      scenarios: [representative(1)],
    });
    expect(reply).toMatchObject({ ok: true, value: { mimeType: 'application/pdf' } });
    const base64 = reply.ok ? (reply.value as { base64: string }).base64 : '';
    expect(Buffer.from(base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

describe('npm run serve', () => {
  it('prints the URL as its first stdout line', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'island-serve-'));
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'electron/host/cli.ts',
        '--port',
        '0',
        '--static',
        staticDir,
        '--data-dir',
        dataDir,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const first = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (c: string) => {
          out += c;
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
      expect((await fetch(first)).status).toBe(200);
      expect((await fetch(first.replace(/\?token=.*/, ''))).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
