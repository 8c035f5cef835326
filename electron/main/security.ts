// The Electron security checklist in one place: window preferences, CSP, navigation, new windows,
// webviews and permissions. index.ts applies it to every window and session.
// https://www.electronjs.org/docs/latest/tutorial/security
import { shell, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron';
import { contentSecurityPolicy } from '../shell-pure/csp';
import { isSafeExternalUrl } from '../../core/urls';
import { isAppUrl, type AppOrigin } from '../shell-pure/urls';

/** BrowserWindow options: isolated, sandboxed, no Node in the page, no webviews. */
export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'ITA Tracker',
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would otherwise try to open a link in a new window (electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
    },
  };
}

/** CSP header on every response and a deny-all permission policy for the session. */
export function secureSession(session: Session, devServerUrl?: string): void {
  const csp = contentSecurityPolicy(devServerUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Per page: no navigation away from our app, no new windows (safe http(s) links open in the
 * user's browser instead), no webviews.
 */
export function secureWebContents(contents: WebContents, origin: AppOrigin): void {
  const blockNavigation = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, origin)) event.preventDefault();
  };
  contents.on('will-navigate', blockNavigation);
  contents.on('will-redirect', blockNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      // Only http(s) with a host gets here (isSafeExternalUrl, tests/electron + tests/hostile).
      const opening = shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
      opening.catch((e: unknown) => console.error('openExternal failed', e));
    }
    return { action: 'deny' };
  });
}
