// The Electron security checklist in one place: window preferences, CSP, navigation, new windows,
// webviews and permissions. index.ts applies it to every window and session.
// https://www.electronjs.org/docs/latest/tutorial/security
import { shell, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron';
import { contentSecurityPolicy } from '../shell-pure/csp';
import { isSafeExternalUrl } from '../../core/urls';
import { isAppUrl, type AppOrigin } from '../shell-pure/urls';
import { DEFAULT_SIZE, MIN_HEIGHT, MIN_WIDTH } from '../shell-pure/windowState';
import { mainLog } from './log';

/** BrowserWindow options: isolated, sandboxed, no Node in the page, no webviews; where it opens. */
export function secureWindowOptions(
  preloadPath: string,
  bounds: { x?: number; y?: number; width?: number; height?: number } = DEFAULT_SIZE,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
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

/**
 * CSP header on every response and a deny-all permission policy for the session, with one exception:
 * `mayWriteClipboard(webContents)` may allow 'clipboard-sanitized-write' (navigator.clipboard.writeText,
 * the About panel's copy button) for the app's own page. Chromium asks the check handler first
 * (https://www.electronjs.org/docs/latest/api/session#sessetpermissioncheckhandlerhandler).
 */
export function secureSession(
  session: Session,
  devServerUrl?: string,
  mayWriteClipboard: (webContents: WebContents | null) => boolean = () => false,
): void {
  const csp = contentSecurityPolicy(devServerUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
  session.setPermissionRequestHandler((webContents, permission, callback) =>
    callback(permission === 'clipboard-sanitized-write' && mayWriteClipboard(webContents)),
  );
  session.setPermissionCheckHandler(
    (webContents, permission) => permission === 'clipboard-sanitized-write' && mayWriteClipboard(webContents),
  );
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
      opening.catch((e: unknown) => mainLog.error('openExternal failed', e));
    }
    return { action: 'deny' };
  });
}
