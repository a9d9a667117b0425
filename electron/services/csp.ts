// The one Content-Security-Policy of the app, sent by Electron's app:// handler and by the browser host.

/**
 * Strict CSP for the renderer: scripts, styles, fonts and images only from the app's own origin, fetch and
 * EventSource only to it (the browser host's /api), no plugins, no frames, no base or form targets.
 * React's `style` props go through the CSSOM, which CSP does not restrict, so no 'unsafe-inline' is needed.
 * `blob:` images allow chart snapshots made in the page; nothing is loaded from another origin.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; font-src 'self'; " +
  "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-src 'none'; frame-ancestors 'none'";

/** Response headers sent with every page and asset (CSP plus the usual hardening headers). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
