// The app's PdfPrinter: the same report HTML the CLI prints with Chromium, printed by Electron's
// own Chromium (webContents.printToPDF) in a hidden report window.
import type { BrowserWindow } from 'electron';
import { queuedPrinter, type PdfPrinter } from '../reports/pdf/printer';
import { createReportWindow, loadReportHtml } from './reportWindow';

export function createElectronPrinter(): PdfPrinter {
  let win: BrowserWindow | null = null;

  const printOne = async (html: string): Promise<Uint8Array> => {
    if (!win || win.isDestroyed()) win = createReportWindow();
    await loadReportHtml(win, html);
    const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  };

  return queuedPrinter(printOne, async () => {
    if (win && !win.isDestroyed()) win.destroy();
    win = null;
  });
}

/** Straight to paper: the system print dialog over the same HTML; resolves false when cancelled. */
export async function printWithDialog(html: string): Promise<boolean> {
  const win = createReportWindow();
  try {
    await loadReportHtml(win, html);
    return await new Promise<boolean>((resolve) =>
      win.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success)),
    );
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
