// A report's PDF: its atoms measured in the printer's Chromium (in slices, so a plan of any size
// never lays out at once; the slices shared out among the printer's lanes), paginated
// (html/paginate.ts), printed whole when short (ONE_PART_PAGES) — split across the lanes when the
// printer has more than one — else in parts of PAGES_PER_PART sheets, every lane printing one, and
// joined (parts.ts). Memory stays bounded by a part's size per lane, not the report's; progress is
// reported per part. Each part's HTML is built, and the parts before it joined, while the printer
// prints (Node and Chromium work at the same time). Once a lane's page has loaded CHARS_PER_PAGE of
// HTML (printer.ts), its next document goes to a new page (renewPage), so what the ones before left does not pile up.
import { createHash } from 'node:crypto';
import type { ExportProgress } from '../../../core/types';
import type { ReportDoc } from '../rows';
import { flatten, type Flat } from '../html/atoms';
import { MEASURE_SCRIPT, measureHtml, pagesHtml } from '../html/document';
import { contentBox, PX_PER_MM, type PageSetup } from '../html/page';
import { paginate, type AtomHeight, type Measured, type Page } from '../html/paginate';
import { laneDocuments, printParts, printSplit } from './parts';
import { laneOf, loading, type PdfPrinter } from './printer';

/**
 * Sheets printed per part of a long report (fewer when their HTML would pass MAX_HTML_BYTES): what
 * a renderer lays out and holds at once; fewer, larger parts cost less (the 10× annual: 9 parts of
 * 40 used less CPU than 27 of 12).
 */
export const PAGES_PER_PART = 40;
/**
 * A report of at most this many sheets is printed as one part: one load and no join (a plan, a
 * month's sheet). Longer ones go in parts of PAGES_PER_PART, which keeps a large report's memory low.
 */
export const ONE_PART_PAGES = 40;

/** Sheets per part for a report of `pages` sheets (before MAX_HTML_BYTES may split a part further). */
export function pagesPerPartFor(pages: number): number {
  return pages <= ONE_PART_PAGES ? Math.max(1, pages) : PAGES_PER_PART;
}
/** Atoms laid out per measuring document (fewer when its HTML would pass MAX_HTML_BYTES). */
export const ATOMS_PER_MEASURE = 120;
/**
 * Largest HTML handed to a printer at once: Electron loads it as a base64 data: URL, and Chromium
 * refuses URLs over 2 MB (tests/helpers/fake-electron/web.ts MAX_URL_CHARS); base64 adds a third.
 */
export const MAX_HTML_BYTES = 600_000;

/** HTML for items [from, to) in slices of at most `per` items whose HTML stays under MAX_HTML_BYTES. */
function* slices(count: number, per: number, make: (from: number, to: number) => string) {
  for (let from = 0; from < count;) {
    let n = Math.min(per, count - from);
    let html = make(from, from + n);
    while (n > 1 && Buffer.byteLength(html) > MAX_HTML_BYTES) {
      n = Math.ceil(n / 2);
      html = make(from, from + n);
    }
    yield { from, to: from + n, html };
    from += n;
  }
}
/**
 * Part HTML kept from sizing the parts to print (so it is not built twice), in chars; the parts
 * past it are built again when printed, so a report of any size holds at most this much.
 */
const KEEP_PART_HTML_CHARS = 4 * MAX_HTML_BYTES;
/** Measuring answers kept per printer (chars of JSON), so an unchanged slice is not laid out again. */
const MEASURE_CACHE_CHARS = 2_000_000;

/**
 * Per printer (its engine lays out what it measured): a measuring document's hash → its answer.
 * Least recently used answers go first once MEASURE_CACHE_CHARS is passed. A document being laid
 * out is `pending` until its answer comes: an export asking for it meanwhile (the app's idle
 * preparation gave way to it in the middle: electron/reports/prepareWhenIdle.ts) waits for that
 * answer instead of laying it out a second time.
 */
interface MeasureCache {
  answers: Map<string, string>;
  chars: number;
  pending: Map<string, Promise<string>>;
}
const measureCaches = new WeakMap<PdfPrinter, MeasureCache>();

/** Forgets what this printer measured (the bench times a print as after an edit: measured afresh). */
export function forgetMeasurements(printer: PdfPrinter): void {
  measureCaches.delete(printer);
}

/** MEASURE_SCRIPT's answer for this document: from the printer's cache, or laid out now by `lane` (one of its lanes). */
async function measured(printer: PdfPrinter, lane: PdfPrinter, html: string, beforeLoad: () => void): Promise<string> {
  let cache = measureCaches.get(printer);
  if (!cache) measureCaches.set(printer, (cache = { answers: new Map(), chars: 0, pending: new Map() }));
  const key = createHash('sha256').update(html).digest('base64');
  const hit = cache.answers.get(key);
  if (hit !== undefined) {
    cache.answers.delete(key);
    cache.answers.set(key, hit);
    return hit;
  }
  const pending = cache.pending.get(key);
  if (pending) return pending;
  beforeLoad();
  const asked = lane.evaluate(html, MEASURE_SCRIPT);
  cache.pending.set(key, asked);
  let json: string;
  try {
    json = await asked;
  } finally {
    cache.pending.delete(key);
  }
  cache.answers.set(key, json);
  cache.chars += json.length;
  for (const [k, v] of cache.answers) {
    if (cache.chars <= MEASURE_CACHE_CHARS) break;
    cache.answers.delete(k);
    cache.chars -= v.length;
  }
  return json;
}

/** Room kept free at the foot of each page for rounding between measuring and printing (px). */
const SLACK_PX = 4;

/** Where a PDF is: measuring, printing part k of n, joining (core/types.ts ExportProgress). */
export type PdfProgress = ExportProgress;

export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
  /** Parts as progress counts them: a one-part report split across the lanes prints at once, as one part. */
  parts: number;
}

/**
 * A report of at least this many atoms is measured in as many slices as the printer has lanes (or a
 * multiple), one lane per slice at once; fewer atoms measure in one document (a second would gain
 * less than its load costs).
 */
export const SPLIT_MIN_ATOMS = 40;

/** Atoms per measuring document: ATOMS_PER_MEASURE, or fewer so that the slices keep every lane busy. */
export function atomsPerMeasure(atoms: number, lanes: number): number {
  if (lanes < 2 || atoms < SPLIT_MIN_ATOMS) return ATOMS_PER_MEASURE;
  const slices = Math.ceil(Math.ceil(atoms / ATOMS_PER_MEASURE) / lanes) * lanes;
  return Math.ceil(atoms / slices);
}

/**
 * The heights of every atom, measured slice by slice, the slices shared out among the printer's
 * lanes (a slice measured before by this printer is not laid out again). An aborted `signal` stops
 * it before the next slice (the app's idle preparation gives way to an export:
 * electron/reports/prepareWhenIdle.ts).
 */
export async function measure(
  f: Flat,
  setup: PageSetup,
  title: string,
  printer: PdfPrinter,
  signal?: AbortSignal,
): Promise<Measured> {
  const atoms: AtomHeight[] = [];
  const theads: number[] = [];
  const lanes = Math.max(1, printer.lanes ?? 1);
  const todo = slices(f.atoms.length, atomsPerMeasure(f.atoms.length, lanes), (a, b) =>
    measureHtml(title, setup, f, a, b),
  );
  // Each slice's thead heights, merged in slice order below (as one lane would have: the first slice's win).
  const theadsOf: Record<string, number>[] = [];
  let slice = 0;
  let failed = false;
  const measureOn = async (lane: PdfPrinter) => {
    for (let next = todo.next(); !next.done && !failed; next = todo.next()) {
      signal?.throwIfAborted();
      const { from, to, html } = next.value;
      const n = slice++;
      const json = await measured(printer, lane, html, () => loading(lane, html.length, lanes));
      const r = JSON.parse(json) as { atoms: Record<string, AtomHeight>; theads: Record<string, number> };
      for (let i = from; i < to; i++) {
        const m = r.atoms[String(i)];
        if (!m) throw new Error(`atom ${i} was not measured`);
        atoms[i] = m;
      }
      theadsOf[n] = r.theads;
    }
  };
  await Promise.all(
    Array.from({ length: lanes }, (_, k) =>
      measureOn(laneOf(printer, k)).catch((e: unknown) => {
        failed = true;
        throw e;
      }),
    ),
  );
  for (const r of theadsOf) for (const [t, h] of Object.entries(r)) theads[Number(t)] ??= h;
  return { atoms, theads };
}

export function writingHeightPx(setup: PageSetup): number {
  return contentBox(setup).height * PX_PER_MM - SLACK_PX;
}

/** A one-page report (ReportDoc.onePage) shrinks its type in steps of this share of the settings' size… */
export const FIT_STEP = 0.05;
/** …down to this share at the least (Sarabun 6.5 pt for the default 14 pt table, still read on A4). */
export const FIT_MIN_SCALE = 0.6;

/** The page setup with its type sizes times `k`. */
export function scaledSetup(setup: PageSetup, k: number): PageSetup {
  const round = (n: number) => Math.round(n * 4) / 4;
  return { ...setup, textPt: round(setup.textPt * k), tablePt: round(setup.tablePt * k), scale: k };
}

/**
 * Pages of the report: measured, then paginated. A one-page report that runs over is laid out again
 * in smaller type until it fits (or FIT_MIN_SCALE is reached); the setup it fitted with is returned.
 */
export async function layoutPages(doc: ReportDoc, setup: PageSetup, printer: PdfPrinter, signal?: AbortSignal) {
  const f = flatten(doc);
  for (let step = 0; ; step++) {
    const k = 1 - step * FIT_STEP;
    const s = step === 0 ? setup : scaledSetup(setup, k);
    const measured = await measure(f, s, doc.title, printer, signal);
    const pages: Page[] = paginate(f.atoms, measured, writingHeightPx(s));
    if (!doc.onePage || pages.length === 1 || k - FIT_STEP < FIT_MIN_SCALE - 1e-9) {
      return { f, pages, measured, setup: s };
    }
  }
}

/** One document of all the pages (for the print dialog). */
export async function paginatedHtml(doc: ReportDoc, setup: PageSetup, printer: PdfPrinter): Promise<string> {
  const { f, pages, setup: fitted } = await layoutPages(doc, setup, printer);
  return pagesHtml(doc.title, fitted, f, pages, 0, pages.length);
}

/**
 * A one-part report of at least this many sheets is split across the printer's lanes (one part per
 * lane, printed at once, joined); a shorter one prints whole on one lane, where a second load and
 * the join would cost about what the second lane saves.
 */
export const SPLIT_MIN_PAGES = 4;

export async function renderPdf(
  doc: ReportDoc,
  setup: PageSetup,
  printer: PdfPrinter,
  onProgress: (p: PdfProgress) => void = () => undefined,
  pagesPerPart?: number,
): Promise<RenderedPdf> {
  onProgress({ phase: 'measure', part: 0, parts: 0 });
  const { f, pages, setup: fitted } = await layoutPages(doc, setup, printer);
  const lanes = Math.max(1, printer.lanes ?? 1);
  const per = pagesPerPart ?? pagesPerPartFor(pages.length);
  if (lanes > 1 && pages.length >= SPLIT_MIN_PAGES && pages.length <= per) {
    const documents = laneDocuments(doc.title, fitted, f, pages, lanes);
    if (documents.every((d) => Buffer.byteLength(d) <= MAX_HTML_BYTES)) {
      return { bytes: await printSplit(documents, printer, onProgress), pages: pages.length, parts: 1 };
    }
  }
  const make = (a: number, b: number) => pagesHtml(doc.title, fitted, f, pages, a, b);
  // Which sheets go in which part; their HTML is kept for printing while KEEP_PART_HTML_CHARS lasts.
  const ranges: { from: number; to: number; html: string | null }[] = [];
  let kept = 0;
  for (const { from, to, html } of slices(pages.length, per, make)) {
    const keep = kept + html.length <= KEEP_PART_HTML_CHARS;
    if (keep) kept += html.length;
    ranges.push({ from, to, html: keep ? html : null });
  }
  const parts = ranges.length;
  const htmlOf = (k: number) => {
    const r = ranges[k]!;
    const html = r.html ?? make(r.from, r.to);
    r.html = null;
    return html;
  };
  if (parts === 1) {
    onProgress({ phase: 'print', part: 1, parts });
    const html = htmlOf(0);
    const lane = laneOf(printer, 0); // a short report that is not split: lane 0, whose page it counts in
    loading(lane, html.length, lanes);
    return { bytes: await lane.print(html), pages: pages.length, parts };
  }
  return { bytes: await printParts(parts, htmlOf, printer, onProgress), pages: pages.length, parts };
}
