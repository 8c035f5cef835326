// The app's PdfPrinter: the same report HTML the CLI prints with Chromium, printed by Electron's
// own Chromium (webContents.printToPDF) in a hidden report window.
import type { BrowserWindow } from 'electron';
import { defaultLanes, lanePrinter, type Lane, type PdfPrinter } from '../reports/pdf/printer';
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

export function createElectronPrinter(lanes = defaultLanes()): ElectronPrinter {
  const windows: (BrowserWindow | null)[] = [];

  /**
   * Lane k of the printer (reports/pdf/printer.ts): a hidden report window of its own. "Each instance
   * of the BrowserWindow class creates an application window that loads a web page in a separate
   * renderer process" (https://www.electronjs.org/docs/latest/tutorial/process-model), so two lanes
   * lay out and print at once; destroying a window ends its renderer ("When a BrowserWindow instance is
   * destroyed, its corresponding renderer process gets terminated as well", ibid.).
   */
  const lane = (k: number): Lane => {
    const win = () => {
      let w = windows[k];
      if (!w || w.isDestroyed()) windows[k] = w = createReportWindow();
      return w;
    };
    /** Loads the HTML in the lane's window, runs `then` on it, then lets the report file go. */
    const onWindow = async <T>(html: string, then: (w: BrowserWindow) => Promise<T>): Promise<T> => {
      const w = win();
      const report = await loadReportHtml(w, html);
      try {
        return await then(w);
      } finally {
        report.done();
      }
    };
    return {
      print: (html) =>
        onWindow(html, async (w) => {
          const pdf = await w.webContents.printToPDF(PDF_OPTIONS);
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        }),
      // Measuring (reports/html/document.ts MEASURE_SCRIPT) runs in the same hidden window:
      // executeJavaScript resolves with the value of the script's promise (Electron docs, webContents).
      evaluate: (html, script) => onWindow(html, async (w) => String(await w.webContents.executeJavaScript(script))),
      // A long report's next part in a new window (PdfPrinter.renewPage): the old window's renderer goes.
      renew: async () => drop(k),
    };
  };

  const drop = (k: number) => {
    const w = windows[k];
    if (w && !w.isDestroyed()) w.destroy();
    windows[k] = null;
  };
  const count = Math.max(1, lanes);
  const printer = lanePrinter(
    Array.from({ length: count }, (_, k) => lane(k)),
    async () => {
      for (let k = 0; k < count; k++) drop(k);
    },
  );
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
