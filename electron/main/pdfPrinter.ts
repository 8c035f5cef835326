// The app's PdfPrinter: the same report HTML the CLI prints with Chromium, printed by Electron's
// own Chromium (webContents.printToPDF) in a hidden window of an isolated session with no network.
import { BrowserWindow, session } from 'electron';
import { FONTS_READY_SCRIPT, type PdfPrinter } from '../reports/pdf/printer';

const PARTITION = 'ita-reports';

export function createElectronPrinter(): PdfPrinter {
  let win: BrowserWindow | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const getWindow = (): BrowserWindow => {
    if (win && !win.isDestroyed()) return win;
    const ses = session.fromPartition(PARTITION);
    // The HTML is self-contained (fonts inlined): anything it tries to fetch is refused.
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
    ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    win = new BrowserWindow({
      show: false,
      webPreferences: {
        session: ses,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webviewTag: false,
      },
    });
    return win;
  };

  const printOne = async (html: string): Promise<Uint8Array> => {
    const w = getWindow();
    await w.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    await w.webContents.executeJavaScript(FONTS_READY_SCRIPT);
    const pdf = await w.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  };

  return {
    print(html) {
      if (closed) return Promise.reject(new Error('PDF printer is closed'));
      const job = queue.then(() => printOne(html));
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      closed = true;
      await queue;
      if (win && !win.isDestroyed()) win.destroy();
      win = null;
    },
  };
}
