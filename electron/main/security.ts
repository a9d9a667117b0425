// Electron's security checklist applied to every session and web contents: CSP, no navigation, no popups, no permissions.
import { shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../services/csp';

/** The app's own privileged scheme and origin: the renderer is served from app://island/. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'island';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True for a URL of the app's own pages (the only frames whose IPC is answered). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Pages the app may open in the user's browser: exact URLs, nothing built from page input. */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [
  'https://climate.onebuilding.org/',
  'https://climate.onebuilding.org/WMO_Region_2_Asia/CHN_China/index.html',
  'https://www.energyplus.net/weather',
  'https://highs.dev/',
];

/**
 * Opens an allow-listed URL in the system browser; anything else is ignored. Each call passes a constant,
 * so no page-supplied string ever reaches shell.openExternal.
 */
export function openExternalIfAllowed(url: string): boolean {
  switch (url) {
    case 'https://climate.onebuilding.org/':
      void shell.openExternal('https://climate.onebuilding.org/');
      return true;
    case 'https://climate.onebuilding.org/WMO_Region_2_Asia/CHN_China/index.html':
      void shell.openExternal('https://climate.onebuilding.org/WMO_Region_2_Asia/CHN_China/index.html');
      return true;
    case 'https://www.energyplus.net/weather':
      void shell.openExternal('https://www.energyplus.net/weather');
      return true;
    case 'https://highs.dev/':
      void shell.openExternal('https://highs.dev/');
      return true;
    default:
      return false;
  }
}

/** Requests a page may make: its own scheme, in-page blobs/data, and devtools. No network at all. */
export function isAllowedRequest(url: string): boolean {
  return /^(app:\/\/island\/|blob:app:\/\/island\/|data:|devtools:|chrome-extension:)/.test(url);
}

/**
 * Hardens a session: every permission request and check denied, CSP added to every response, and every
 * request outside the app's own scheme cancelled (no remote content). `withCsp` is false for the PDF
 * session, whose report HTML carries its own inline styles and runs with JavaScript disabled.
 */
export function hardenSession(ses: Session, opts: { withCsp: boolean; allowFiles?: boolean }): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAllowedRequest(details.url) || (opts.allowFiles === true && details.url.startsWith('file://'));
    callback({ cancel: !allowed });
  });
  if (opts.withCsp) {
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
      });
    });
  }
}

/**
 * Hardens one web contents: no navigation away from the loaded page, no redirects, no <webview>, and no new
 * windows (allow-listed links open in the system browser instead).
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
}
