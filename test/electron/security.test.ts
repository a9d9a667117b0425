// Security wiring: navigation and popups denied, permissions denied, CSP added, openExternal only for the allow-list.
import { describe, expect, it, vi } from 'vitest';
import { FakeWebContents, session, shell } from './fake-electron';
import { CONTENT_SECURITY_POLICY } from '../../electron/services/csp';

vi.mock('electron', async () => (await import('./fake-electron')).electronFake);
const security = await import('../../electron/main/security');
const { fileForUrl } = await import('../../electron/main/protocol');

describe('web contents hardening', () => {
  it('blocks navigation, redirects, webviews and new windows', () => {
    const wc = new FakeWebContents();
    security.hardenWebContents(wc as never);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn(), url: 'https://evil.example/' };
      wc.emit(name, event);
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(wc.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(wc.windowOpenHandler?.({ url: 'https://climate.onebuilding.org/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://climate.onebuilding.org/');
  });

  it('opens only exact allow-listed URLs externally', () => {
    shell.openExternal.mockClear();
    for (const url of security.EXTERNAL_ALLOW_LIST) expect(security.openExternalIfAllowed(url)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledTimes(security.EXTERNAL_ALLOW_LIST.length);
    for (const url of [
      'https://climate.onebuilding.org.evil.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://climate.onebuilding.org',
    ]) {
      expect(security.openExternalIfAllowed(url)).toBe(false);
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(security.EXTERNAL_ALLOW_LIST.length);
  });
});

describe('session hardening', () => {
  it('denies every permission, cancels remote requests and adds the CSP', () => {
    const ses = session.defaultSession;
    security.hardenSession(ses as never, { withCsp: true });
    const answer = vi.fn();
    ses.permissionRequestHandler?.(null, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(ses.permissionCheckHandler?.()).toBe(false);
    const cancel = (url: string) => {
      let result: boolean | undefined;
      ses.beforeRequest?.({ url }, (r) => (result = r.cancel));
      return result;
    };
    expect(cancel('app://island/index.html')).toBe(false);
    expect(cancel('https://example.com/x.js')).toBe(true);
    expect(cancel('http://localhost:8080/')).toBe(true);
    expect(cancel('file:///etc/passwd')).toBe(true);
    let headers: unknown;
    ses.headersReceived?.({ responseHeaders: {} }, (r) => (headers = r));
    expect(headers).toEqual({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('has a strict CSP: nothing inline, nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('recognises only the app origin, and app:// never escapes the renderer folder', () => {
    expect(security.isAppUrl('app://island/index.html')).toBe(true);
    expect(security.isAppUrl('app://other/index.html')).toBe(false);
    expect(security.isAppUrl('file:///index.html')).toBe(false);
    expect(fileForUrl('/r', 'app://island/')).toBe('/r/index.html');
    expect(fileForUrl('/r', 'app://island/assets/a.js')).toBe('/r/assets/a.js');
    expect(fileForUrl('/r', 'app://island/../etc/passwd')).toBe('/r/etc/passwd');
    expect(fileForUrl('/r', 'app://island/%2e%2e/%2e%2e/etc/passwd')).toBe('/r/etc/passwd');
    expect(fileForUrl('/r', 'app://island/a/..%2f..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(fileForUrl('/r', 'app://evil/index.html')).toBeNull();
  });
});
