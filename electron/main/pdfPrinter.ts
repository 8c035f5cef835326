// The app's PdfPrinter: the same report HTML the CLI prints with Chromium, printed by Electron's
// own Chromium (webContents.printToPDF) in a hidden report window.
import type { BrowserWindow } from 'electron';
import { queuedPrinter, type PdfPrinter } from '../reports/pdf/printer';
import { warmUpPrinter } from '../reports/pdf/warmUp';
import { createReportWindow, loadReportHtml } from './reportWindow';

/**
 * As the CLI prints (playwright's page.pdf defaults to no margins): the CSS @page rules decide the
 * page size and margins. Electron's printToPDF would otherwise add its default 1 cm margins.
 */
export const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
} as const;

export interface ElectronPrinter extends PdfPrinter {
  /**
   * Makes the report window and exports a small report like the plan (measured and printed, then
   * discarded: reports/pdf/warmUp.ts), then keeps the window: the first real export costs what later
   * ones do. Failures are left to the real export to report.
   */
  warm(): Promise<void>;
}

export function createElectronPrinter(): ElectronPrinter {
  let win: BrowserWindow | null = null;

  const printOne = async (html: string): Promise<Uint8Array> => {
    if (!win || win.isDestroyed()) win = createReportWindow();
    const report = await loadReportHtml(win, html);
    try {
      const pdf = await win.webContents.printToPDF(PDF_OPTIONS);
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      report.done();
    }
  };

  // Measuring (reports/html/document.ts MEASURE_SCRIPT) runs in the same hidden window:
  // executeJavaScript resolves with the value of the script's promise (Electron docs, webContents).
  const evaluateOne = async (html: string, script: string): Promise<string> => {
    if (!win || win.isDestroyed()) win = createReportWindow();
    const report = await loadReportHtml(win, html);
    try {
      return String(await win.webContents.executeJavaScript(script));
    } finally {
      report.done();
    }
  };

  const drop = async () => {
    if (win && !win.isDestroyed()) win.destroy();
    win = null;
  };
  // A long report's next part in a new window (PdfPrinter.renewPage): the old window's renderer goes.
  const printer = queuedPrinter(printOne, drop, evaluateOne, drop);
  return {
    ...printer,
    warm: () =>
      warmUpPrinter(printer).then(
        () => undefined,
        () => undefined,
      ),
  };
}

/** Straight to paper: the system print dialog over the same HTML; resolves false when cancelled. */
export async function printWithDialog(html: string): Promise<boolean> {
  const win = createReportWindow();
  let report: { done(): void } | null = null;
  try {
    report = await loadReportHtml(win, html);
    return await new Promise<boolean>((resolve) =>
      win.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success)),
    );
  } finally {
    report?.done();
    if (!win.isDestroyed()) win.destroy();
  }
}
