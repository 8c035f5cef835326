// How a report printed in more than one document is printed and joined (render.ts decides the
// parts): a one-part report split across the printer's lanes (printSplit), or a long report's parts
// handed out to the lanes as each finishes its last (printParts); joined in order with @cantoo/pdf-lib
// (a maintained pdf-lib: joining copies pages and needs no Thai shaping) into the first part, so the
// file is described as Chromium describes a one-part print.
import type { Flat } from '../html/atoms';
import { sheetHtmls, sheetsDocument } from '../html/document';
import type { PageSetup } from '../html/page';
import type { Page } from '../html/paginate';
import type { ExportProgress as PdfProgress } from '../../../core/types';
import { laneOf, loading, type PdfPrinter } from './printer';

/**
 * Where sheets of these HTML sizes are cut into `parts` parts (at most one per sheet) of about equal
 * HTML, every part at least a sheet: [0, …, sizes.length].
 */
export function balancedCuts(sizes: readonly number[], parts: number): number[] {
  const n = sizes.length;
  const count = Math.max(1, Math.min(parts, n));
  const before = [0]; // before[i]: HTML of sheets [0, i)
  for (const size of sizes) before.push(before.at(-1)! + size);
  const cuts = [0];
  for (let j = 1; j < count; j++) {
    const target = (before[n]! * j) / count;
    let best = cuts[j - 1]! + 1;
    for (let c = best + 1; c <= n - (count - j); c++) {
      if (Math.abs(before[c]! - target) < Math.abs(before[best]! - target)) best = c;
    }
    cuts.push(best);
  }
  cuts.push(n);
  return cuts;
}

/**
 * A one-part report as one document per lane: its sheets cut into parts of about the same HTML.
 */
export function laneDocuments(title: string, setup: PageSetup, f: Flat, pages: Page[], lanes: number): string[] {
  const sheets = sheetHtmls(setup, f, pages, 0, pages.length);
  const cuts = balancedCuts(
    sheets.map((s) => s.value.length),
    lanes,
  );
  return cuts.slice(1).map((to, k) => sheetsDocument(title, setup, sheets.slice(cuts[k], to)));
}

/**
 * A one-part report split across the lanes (laneDocuments), printed at once and joined in order.
 * Each lane prints in the page it measured in (a new page would be a new, cold renderer).
 */
export function printSplit(documents: string[], printer: PdfPrinter, onProgress: (p: PdfProgress) => void) {
  onProgress({ phase: 'print', part: 1, parts: 1 });
  return printJoined(documents.length, (k) => documents[k]!, printer);
}

/** A long report's parts, progress told per part. */
export function printParts(
  parts: number,
  htmlOf: (k: number) => string,
  printer: PdfPrinter,
  onProgress: (p: PdfProgress) => void,
): Promise<Uint8Array> {
  return printJoined(parts, htmlOf, printer, {
    onPrint: (k) => onProgress({ phase: 'print', part: k + 1, parts }),
    onJoin: () => onProgress({ phase: 'join', part: parts, parts }),
  });
}

/**
 * Prints documents 0 … count − 1 on the printer's lanes and joins them in order. Each lane takes the
 * next document as soon as it has printed its last, so documents are handed out in order; the next
 * one's HTML is built while the lanes print, and the documents printed are joined as they come, in
 * order. pdf-lib loads while Chromium prints. The first failure stops handing out documents and is
 * thrown once the documents printing have ended.
 */
async function printJoined(
  count: number,
  htmlOf: (k: number) => string,
  printer: PdfPrinter,
  o: { onPrint?: (k: number) => void; onJoin?: () => void } = {},
): Promise<Uint8Array> {
  const lib = import('@cantoo/pdf-lib');
  lib.catch(() => undefined); // awaited, and so reported, by the join
  const printed = Array.from({ length: count }, () => {
    let settle!: { resolve(b: Uint8Array): void; reject(e: unknown): void };
    const bytes = new Promise<Uint8Array>((resolve, reject) => (settle = { resolve, reject }));
    bytes.catch(() => undefined); // awaited in order below; a later one failing first must not go unhandled
    return { bytes, ...settle };
  });
  let failed = false;
  const fail = (e: unknown) => {
    failed = true;
    for (const p of printed) p.reject(e); // those printed already stay resolved
  };
  let next = 0;
  let ready: { k: number; html: string } | null = null;
  const take = () => {
    const job = ready ?? (next < count ? { k: next, html: htmlOf(next++) } : null);
    ready = null;
    return job;
  };
  const printOn = async (lane: PdfPrinter) => {
    try {
      for (let job = take(); job && !failed; job = take()) {
        o.onPrint?.(job.k);
        loading(lane, job.html.length, printer.lanes); // a new page first once the lane's has loaded its share
        const printing = lane.print(job.html);
        if (!ready && next < count) ready = { k: next, html: htmlOf(next++) }; // built while the lanes print
        printed[job.k]!.resolve(await printing);
      }
    } catch (e) {
      fail(e);
    }
  };
  const lanes = Math.min(count, Math.max(1, printer.lanes ?? 1));
  const printing = Promise.all(Array.from({ length: lanes }, (_, k) => printOn(laneOf(printer, k))));
  try {
    const { PDFDocument } = await lib;
    // The first document is the file (its title, creator and producer kept, as a one-part print's);
    // the others' pages are appended to it in order.
    const joined = await PDFDocument.load(await printed[0]!.bytes, { updateMetadata: false });
    for (let k = 1; k < count; k++) {
      const bytes = await printed[k]!.bytes;
      if (k === count - 1) o.onJoin?.();
      const part = await PDFDocument.load(bytes, { updateMetadata: false });
      const copied = await joined.copyPages(part, part.getPageIndices());
      for (const p of copied) joined.addPage(p);
    }
    // Without object streams, as Chromium writes a PDF: saving takes about half the time.
    return await joined.save({ useObjectStreams: false });
  } finally {
    failed = true; // nothing more is handed out once the join has ended, or failed
    await printing;
  }
}
