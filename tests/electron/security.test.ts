import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { secureSession, secureWebContents, secureWindowOptions } from '../../electron/main/security';
import { contentSecurityPolicy, PRODUCTION_CSP } from '../../electron/shell-pure/csp';
import { isSafeExternalUrl } from '../../core/urls';
import { dbPathFromArgs, isAppUrl } from '../../electron/shell-pure/urls';
import { fake, FAKE_APP_INDEX, FakeSession, FakeWebContents } from '../helpers/fake-electron';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

type Session = Parameters<typeof secureSession>[0];
type WebContents = Parameters<typeof secureWebContents>[0];
const origin = { indexUrl: FAKE_APP_INDEX };
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('BrowserWindow options', () => {
  const opts = secureWindowOptions('/app/out/preload/index.js');
  it('isolate and sandbox the page, with no Node and no webviews', () => {
    expect(opts.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });
});

describe('webContents hardening', () => {
  let wc: FakeWebContents;
  beforeEach(() => {
    wc = new FakeWebContents();
    fake.shell.opened.length = 0;
    secureWebContents(wc as unknown as WebContents, origin);
  });

  it('blocks navigation away from the app', () => {
    expect(wc.emit('will-navigate', 'https://evil.example/').defaultPrevented).toBe(true);
    expect(wc.emit('will-navigate', 'file:///etc/passwd').defaultPrevented).toBe(true);
    expect(wc.emit('will-redirect', 'https://evil.example/').defaultPrevented).toBe(true);
    // Reloading our own page is not navigation away.
    expect(wc.emit('will-navigate', FAKE_APP_INDEX).defaultPrevented).toBe(false);
  });

  it('refuses to attach webviews', () => {
    expect(wc.emit('will-attach-webview', {}, {}).defaultPrevented).toBe(true);
  });

  it('denies window.open; safe http(s) links go to the system browser instead', async () => {
    const handler = wc.windowOpenHandler;
    expect(handler).toBeTypeOf('function');
    expect(handler!({ url: 'https://www.nacc.go.th/ita' })).toEqual({ action: 'deny' });
    expect(handler!({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ action: 'deny' });
    expect(handler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    await flush();
    expect(fake.shell.opened).toEqual(['https://www.nacc.go.th/ita']);
  });
});

describe('session hardening', () => {
  let s: FakeSession;
  beforeEach(() => {
    s = new FakeSession();
    secureSession(s as unknown as Session);
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      s.permissionRequestHandler!({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(s.permissionCheckHandler!({}, permission), permission).toBe(false);
    }
  });

  it('sets the CSP header on responses, replacing any the response had', () => {
    let out: Record<string, string[]> | undefined;
    s.headersListener!(
      { responseHeaders: { 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"], 'X-Other': ['1'] } },
      (r) => (out = r.responseHeaders),
    );
    expect(out).toEqual({ 'Content-Security-Policy': [PRODUCTION_CSP], 'X-Other': ['1'] });
  });
});

describe('Content-Security-Policy', () => {
  it('production allows no inline or eval scripts, no objects, frames or foreign base', () => {
    const scriptSrc = PRODUCTION_CSP.split(';').find((d) => d.trim().startsWith('script-src'));
    expect(scriptSrc?.trim()).toBe("script-src 'self'");
    expect(PRODUCTION_CSP).not.toMatch(/unsafe-eval/);
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-src 'none'", "default-src 'self'"]) {
      expect(PRODUCTION_CSP).toContain(d);
    }
  });

  it('renderer/index.html carries the same policy in its meta tag', () => {
    const html = fs.readFileSync(path.join(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta?.[1]).toBe(PRODUCTION_CSP);
  });

  it('dev mode adds only the dev server origin and its websocket', () => {
    const dev = contentSecurityPolicy('http://localhost:5173/');
    expect(dev).toContain('http://localhost:5173');
    expect(dev).toContain('ws://localhost:5173');
    expect(dev).not.toMatch(/unsafe-eval/);
    expect(contentSecurityPolicy(undefined)).toBe(PRODUCTION_CSP);
  });
});

describe('pure URL helpers', () => {
  it('isSafeExternalUrl: http(s) with a host only', () => {
    for (const ok of ['https://www.nacc.go.th/', 'http://example.com/a?b=c#d', 'https://ดุสิต.example/']) {
      expect(isSafeExternalUrl(ok), ok).toBe(true);
    }
    for (const bad of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,x',
      'ms-settings:',
      'smb://server/share',
      'https://',
      'http:/relative',
      ' https://example.com/',
      'https://exa\tmple.com/',
      'https://example.com/a b',
      'https://user:pass@example.com/',
      'not a url',
      '',
      'https://example.com/' + 'a'.repeat(3000),
    ]) {
      expect(isSafeExternalUrl(bad), bad).toBe(false);
    }
    expect(isSafeExternalUrl(undefined)).toBe(false);
  });

  it('isAppUrl: our index.html or, in dev, the dev server origin', () => {
    expect(isAppUrl(FAKE_APP_INDEX + '#x', origin)).toBe(true);
    expect(isAppUrl('file:///opt/ita-tracker/out/renderer/other.html', origin)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', origin)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', { ...origin, devServerUrl: 'http://localhost:5173' })).toBe(true);
  });

  it('isAppUrl matches our index.html in a folder with spaces and Thai letters, encoded or not', () => {
    const indexUrl = pathToFileURL('/home/ผู้ใช้/ITA Tracker/out/renderer/index.html').href;
    expect(isAppUrl(indexUrl, { indexUrl })).toBe(true);
    expect(isAppUrl('file:///home/ผู้ใช้/ITA Tracker/out/renderer/index.html#/plan', { indexUrl })).toBe(true);
    expect(isAppUrl('file:///home/ผู้ใช้/ITA Tracker/out/renderer/evil.html', { indexUrl })).toBe(false);
  });

  it('isAppUrl on Windows: the app started from c:\\… is served as file:///C:/… (Chromium upper-cases the drive)', async () => {
    const { chromiumFileUrl, platform } = await import('../helpers/fake-electron/web');
    const index =
      'c:\\Users\\สมชาย ใจดี\\AppData\\Local\\Programs\\ITA Tracker\\resources\\app.asar\\out\\renderer\\index.html';
    // What Node's pathToFileURL makes of the path on Windows: the drive letter as typed.
    const indexUrl =
      'file:///' + index.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/').replace('c%3A', 'c:');
    platform.os = 'win32';
    const served = chromiumFileUrl(index);
    platform.os = process.platform;
    expect(served.startsWith('file:///C:/')).toBe(true);
    expect(isAppUrl(served + '#/plan', { indexUrl }, 'win32')).toBe(true);
    expect(isAppUrl(served.replace('index.html', 'evil.html'), { indexUrl }, 'win32')).toBe(false);
    // Elsewhere paths are case-sensitive.
    expect(isAppUrl('file:///opt/ITA/index.html', { indexUrl: 'file:///opt/ita/index.html' }, 'linux')).toBe(false);
  });

  it('dbPathFromArgs reads --db PATH and --db=PATH', () => {
    expect(dbPathFromArgs(['electron', '.', '--db', '/tmp/a.sqlite'])).toBe('/tmp/a.sqlite');
    expect(dbPathFromArgs(['app.exe', '--db=C:\\data\\ita.sqlite'])).toBe('C:\\data\\ita.sqlite');
    expect(dbPathFromArgs(['electron', '.'])).toBeNull();
    expect(dbPathFromArgs(['electron', '.', '--db'])).toBeNull();
    expect(dbPathFromArgs(['electron', '.', '--db', '--other'])).toBeNull();
  });
});
