// A printer's warm-up (the app's report window once the first screen has loaded; the bench as the
// app does): a small real report through the whole path of an export (measured by MEASURE_SCRIPT,
// paginated, printed print-only with every font loaded), so the first real export costs what later
// ones do. Printing a page alone left the measuring document, its script and the print-only path
// cold: the first export after it took twice a later one. Every lane (printer.ts) is warmed, each
// with its own export at once: a report split across the lanes finds each renderer warm.
import { DEFAULT_SETTINGS } from '../../../db/queries/settings';
import { warmUpDoc } from '../html';
import { pageSetup } from '../html/page';
import { laneOf, type PdfPrinter } from './printer';
import { renderPdf } from './render';

export async function warmUpPrinter(printer: PdfPrinter): Promise<void> {
  const lanes = Math.max(1, printer.lanes ?? 1);
  await Promise.all(
    Array.from({ length: lanes }, (_, k) => renderPdf(warmUpDoc(), pageSetup(DEFAULT_SETTINGS), laneOf(printer, k))),
  );
}
