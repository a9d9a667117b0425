// Request guards of the browser host: loopback peers only, own Host/Origin only, constant-time token check.
import { timingSafeEqual } from 'node:crypto';

/** True for an IPv4/IPv6 loopback address (127.0.0.0/8, ::1, and IPv4-mapped ::ffff:127.x). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** Compares a presented token with the real one in constant time (length leaks nothing useful: it is fixed). */
export function tokenMatches(presented: string | null | undefined, token: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented, 'utf8');
  const b = Buffer.from(token, 'utf8');
  if (a.length !== b.length) {
    // Same work either way, then fail.
    timingSafeEqual(b, b);
    return false;
  }
  return timingSafeEqual(a, b);
}

/**
 * The host's own origin. Plain HTTP is intended: the server listens on the loopback interface only, where no
 * certificate can exist; the per-run token and the Host/Origin checks stand in for TLS.
 */
export function loopbackOrigin(port: number, name: '127.0.0.1' | 'localhost' = '127.0.0.1'): string {
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- loopback only (see above)
  return `http://${name}:${port}`;
}

/** The Host header must name this server (blocks DNS-rebinding pages that resolve their name to 127.0.0.1). */
export function hostAllowed(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/** A cross-origin browser request (Origin set to another site) is refused; same-origin or no Origin is fine. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  return (
    origin === undefined || origin === loopbackOrigin(port) || origin === loopbackOrigin(port, 'localhost')
  );
}

/** Reads one cookie from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
