// How a report's HTML becomes PDF bytes. Two implementations print the same HTML: Chromium driven by
// playwright-core (CLI, tests, benchmarks: chromiumPrinter.ts) and Electron's webContents.printToPDF
// (the app, in electron/main). The HTML carries everything it needs (fonts inlined, @page size and
// margins, page numbers in margin boxes), so a printer only has to:
//   1. load the HTML (no network, no file access needed),
//   2. load every @font-face and wait for `document.fonts.ready` (see FONTS_READY_SCRIPT),
//   3. print with the CSS page size: Electron `printToPDF({ preferCSSPageSize: true, printBackground: true })`,
//      playwright `page.pdf({ preferCSSPageSize: true, printBackground: true })`.

export interface PdfPrinter {
  /** The PDF bytes of one self-contained HTML document. Calls may overlap; implementations queue them. */
  print(html: string): Promise<Uint8Array>;
  /**
   * Loads the HTML as print() would and returns what `script` (an expression evaluating to a
   * promise of a string, e.g. MEASURE_SCRIPT: the laid-out heights) resolves to. Queued with print().
   */
  evaluate(html: string, script: string): Promise<string>;
  /** Frees the browser/window. The printer may not be used afterwards. */
  close(): Promise<void>;
  /**
   * The next document is loaded in a new page, so the old page's renderer, and everything it still
   * holds, goes; queued with print(). A browser frees old documents lazily, and over a long report's
   * documents (the 10× annual: 11 measuring documents and 27 parts) they piled up to ≈ 120 MiB.
   * A new page costs less than a forced garbage collection. Optional: a printer without it reuses its page.
   */
  renewPage?(): Promise<void>;
}

/**
 * Evaluate in the page before printing: loads every @font-face of the document (a print-only
 * document, html/document.ts, shows nothing on screen, so no layout asks for them) and resolves
 * with their count once all have loaded. A face that fails to load rejects it.
 */
export const FONTS_READY_SCRIPT =
  'Promise.all([...document.fonts].map((f) => f.load())).then(() => document.fonts.ready).then(() => document.fonts.size)';

/** Page count of a PDF written by Chromium (Skia writes plain, uncompressed page objects). */
export function countPdfPages(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const n = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  return n > 0 ? n : null;
}

/**
 * A PdfPrinter from one print function: prints run one after another (one page or window is
 * reused), and after close() nothing more is printed; `release` frees the browser or window.
 */
export function queuedPrinter(
  printOne: (html: string) => Promise<Uint8Array>,
  release: () => Promise<void>,
  evaluateOne: (html: string, script: string) => Promise<string>,
  renewOne?: () => Promise<void>,
): PdfPrinter {
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  const enqueue = <T>(run: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error('PDF printer is closed'));
    const job = queue.then(run);
    queue = job.catch(() => undefined);
    return job;
  };
  return {
    print: (html) => enqueue(() => printOne(html)),
    evaluate: (html, script) => enqueue(() => evaluateOne(html, script)),
    ...(renewOne && { renewPage: () => enqueue(renewOne) }),
    async close() {
      closed = true;
      await queue;
      await release();
    },
  };
}
