// A printer's warm-up (the app's report window once the first screen has loaded; the bench as the
// app does): a small real report through the whole path of an export (measured by MEASURE_SCRIPT,
// paginated, printed print-only with every font loaded), so the first real export costs what later
// ones do. Printing a page alone left the measuring document, its script and the print-only path
// cold: the first export after it took twice a later one.
import { DEFAULT_SETTINGS } from '../../../db/queries/settings';
import { warmUpDoc } from '../html';
import { pageSetup } from '../html/page';
import type { PdfPrinter } from './printer';
import { renderPdf } from './render';

export async function warmUpPrinter(printer: PdfPrinter): Promise<void> {
  await renderPdf(warmUpDoc(), pageSetup(DEFAULT_SETTINGS), printer);
}
