// A hidden window for reports (PDF export and printing): an isolated session with no network and no
// permissions, loading the self-contained report HTML and waiting for its fonts.
import { BrowserWindow, session } from 'electron';
import { FONTS_READY_SCRIPT } from '../reports/pdf/printer';

const PARTITION = 'ita-reports';

export function createReportWindow(): BrowserWindow {
  const ses = session.fromPartition(PARTITION);
  // The HTML is self-contained (fonts inlined): anything it tries to fetch is refused.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  return new BrowserWindow({
    show: false,
    webPreferences: {
      session: ses,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      // No middle-click new windows (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

export async function loadReportHtml(win: BrowserWindow, html: string): Promise<void> {
  await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
  await win.webContents.executeJavaScript(FONTS_READY_SCRIPT);
}
