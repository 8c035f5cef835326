// How a report's HTML becomes PDF bytes. Two implementations print the same HTML: Chromium driven by
// playwright-core (CLI, tests, benchmarks: chromiumPrinter.ts) and Electron's webContents.printToPDF
// (the app, in electron/main). The HTML carries everything it needs (fonts inlined, @page size and
// margins, page numbers in margin boxes), so a printer only has to:
//   1. load the HTML (no network, no file access needed),
//   2. load every @font-face and wait for `document.fonts.ready` (see FONTS_READY_SCRIPT),
//   3. print with the CSS page size: Electron `printToPDF({ preferCSSPageSize: true, printBackground: true })`,
//      playwright `page.pdf({ preferCSSPageSize: true, printBackground: true })`.
// Every printer is a pool of lanes (lanePrinter): a lane is one page or window, so one renderer
// process, printing one document at a time; two lanes lay out and print two documents at once, one
// per core (Chromium's renderer main thread is where a print's time goes).
import os from 'node:os';

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
   * holds, goes; queued with print(). A new renderer costs about 0.9 s of CPU, so it is asked only
   * once a page has loaded its share of CHARS_PER_PAGE (loading() below), not per document.
   * Optional: a printer without it reuses its page.
   */
  renewPage?(): Promise<void>;
  /** How many documents it works on at once, each in its own renderer process (its lanes); 1 when absent. */
  readonly lanes?: number;
  /**
   * Lane k (0 ≤ k < lanes) as a one-lane printer: its calls queue on that lane only (renewPage renews
   * only its page). Closing it closes nothing: the pool owns its lanes.
   */
  lane?(k: number): PdfPrinter;
}

/** One lane of a printer: its own page or window (its own renderer), one document at a time. */
export interface Lane {
  print(html: string): Promise<Uint8Array>;
  evaluate(html: string, script: string): Promise<string>;
  /** Its next document in a new page (PdfPrinter.renewPage). */
  renew?(): Promise<void>;
}

/**
 * Lanes a printer opens by default: one per core, at most two (a report's parts gain little past
 * two, and each lane's renderer holds its own copy of the fonts and of a part); one on a one-core PC.
 */
export function defaultLanes(): number {
  return Math.max(1, Math.min(2, os.availableParallelism()));
}

/** A printer's lane k, or the printer itself when it has one lane. */
export function laneOf(printer: PdfPrinter, k: number): PdfPrinter {
  return (printer.lanes ?? 1) > 1 && printer.lane ? printer.lane(k) : printer;
}

/**
 * HTML (chars) a page (of a printer, or of one lane) loads, measuring documents and printed parts
 * alike, before its next document goes to a new page (PdfPrinter.renewPage). A new page is a new
 * renderer process: its start and its first, cold layout cost about 0.9 s of CPU (the 10× annual
 * renewed before each of its 9 parts used 12.5 s of CPU, 4.1 s in one page), while what the old
 * documents left did not raise the peak (Node + Chromium): 934 MiB with the whole 10× annual
 * measured afresh and printed in one page (4.3 M chars), 937 renewed before each part. A page's
 * renderer still grows slowly (118 MiB after 0.8 M chars of parts, 230 after 5 M, 287 after 13 M):
 * so a page takes what an export of that size loads, and a report of any size still renews every
 * CHARS_PER_PAGE; the count runs on across exports. A printer of n lanes gives each lane's page
 * CHARS_PER_PAGE / n, so its renderers together hold what one would: on two lanes, each page
 * taking the whole budget raised the 10× annual's peak from 848 to 1009 MiB.
 */
export const CHARS_PER_PAGE = 5_000_000;

/** Chars each printer (or lane) has loaded in its page since it was new. */
const pageLoads = new WeakMap<PdfPrinter, number>();

/**
 * Counts a document `printer` (a one-lane printer, or one lane of a printer of `lanes`: laneOf) is
 * about to load. When it would take the page past its share of CHARS_PER_PAGE, the next document goes to a new page first, asked
 * without waiting (a failure there is left to the next print or measure to report). render.ts
 * calls it before each measuring document, parts.ts before each print.
 */
export function loading(printer: PdfPrinter, chars: number, lanes = 1): void {
  const loaded = pageLoads.get(printer) ?? 0;
  if (loaded > 0 && loaded + chars > CHARS_PER_PAGE / Math.max(1, lanes)) {
    printer.renewPage?.().catch(() => undefined);
    pageLoads.set(printer, chars);
  } else pageLoads.set(printer, loaded + chars);
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
 * A PdfPrinter over its lanes: each lane runs its documents one after another; a call to the pool
 * goes to the lane with the least HTML queued (the first lane when they are even), renewPage renews
 * every lane that loaded a document since its last new page. After close() nothing more is printed;
 * `release` then frees the browser or windows.
 */
export function lanePrinter(lanes: readonly Lane[], release: () => Promise<void>): PdfPrinter {
  if (lanes.length === 0) throw new Error('a printer needs at least one lane');
  let closed = false;
  const queues = lanes.map((lane) => ({ lane, tail: Promise.resolve() as Promise<unknown>, queued: 0, used: false }));
  type Queue = (typeof queues)[number];
  const enqueue = <T>(q: Queue, chars: number, run: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error('PDF printer is closed'));
    q.queued += chars;
    const job = q.tail.then(run);
    const done = () => void (q.queued -= chars);
    q.tail = job.then(done, done);
    return job;
  };
  const load = <T>(q: Queue, html: string, run: () => Promise<T>) =>
    enqueue(q, html.length, () => ((q.used = true), run()));
  const renew = (q: Queue): Promise<void> =>
    enqueue(q, 0, async () => {
      if (!q.used || !q.lane.renew) return;
      q.used = false;
      await q.lane.renew();
    });
  const views = queues.map((q): PdfPrinter => ({
    lanes: 1,
    print: (html) => load(q, html, () => q.lane.print(html)),
    evaluate: (html, script) => load(q, html, () => q.lane.evaluate(html, script)),
    ...(q.lane.renew && { renewPage: () => renew(q) }),
    close: async () => undefined,
  }));
  /** The lane with the least HTML queued (the first of those even), as its one-lane printer. */
  const least = () => views[queues.reduce((a, q, k) => (q.queued < queues[a]!.queued ? k : a), 0)]!;
  return {
    lanes: queues.length,
    lane: (k) => {
      const v = views[k];
      if (!v) throw new Error(`no lane ${k} (the printer has ${views.length})`);
      return v;
    },
    print: (html) => least().print(html),
    evaluate: (html, script) => least().evaluate(html, script),
    ...(lanes.some((l) => l.renew) && {
      renewPage: () => Promise.all(queues.map(renew)).then(() => undefined),
    }),
    async close() {
      closed = true;
      await Promise.all(queues.map((q) => q.tail));
      await release();
    },
  };
}
