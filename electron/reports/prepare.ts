// What the app measures while the user is idle (electron/reports/prepareWhenIdle.ts decides when;
// the bench calls this the very same way): the reports the user most likely exports next — the open
// plan's plan report and the month sheet of the month its follow-up screen shows — laid out in the
// printer's Chromium (pdf/render.ts layoutPages). The printer keeps what it measured, so the next export
// of either finds every slice measured; an unchanged slice costs no layout here either, and after an
// edit only the slices it changed are laid out again. The plan report is also printed once per printer
// and plan (the PDF thrown away): a renderer's first print of a document that size costs half again a
// later one (its heaps grow to fit; the small warm-up report does not grow them), so without it the first
// export after start took 270–530 ms against 185 ms (sample plan, two lanes, quiet machine).
import { planOpeningMonth } from '../../core/rules';
import { fiscalMonths } from '../../core/thai';
import type { Api } from '../../core/contract';
import { loadReportData, pdfDocOf, type ExportRequest } from './export';
import type { PdfPrinter } from './pdf/printer';
import { layoutPages, renderPdf } from './pdf/render';

/** The plan each printer has printed once for its warm-up (prepareReports): printed again only for another plan. */
const printedPlan = new WeakMap<PdfPrinter, number>();

/**
 * Lets the main process answer the page between steps (setImmediate runs after the I/O waiting,
 * IPC calls among them): the preparation's Node work comes in pieces of ~5–15 ms, not one block.
 */
const letThePageIn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface PreparedReports {
  /** The month whose sheet was measured. */
  month: string;
  /** Sheets of the plan report and of the month sheet, as their export will print them. */
  pages: { plan: number; month: number };
}

/**
 * Measures the plan report of `planId` and its month sheet of `month` (the whole office, every activity
 * due: what the export dialog offers first). Without `month`, or with one outside the plan's year (a
 * plan switch), the month its screens open on (core/rules.ts planOpeningMonth, as the renderer's store). An aborted `signal` stops it
 * between measuring documents (throwing its reason).
 */
export async function prepareReports(
  api: Api,
  printer: PdfPrinter,
  planId: number,
  month?: string,
  signal?: AbortSignal,
): Promise<PreparedReports> {
  const step = async () => {
    await letThePageIn();
    signal?.throwIfAborted();
  };
  const pagesOf = async (request: ExportRequest) => {
    await step();
    const data = await loadReportData(api, request);
    await step();
    const { doc, setup } = pdfDocOf(data);
    await step();
    return { data, doc, setup, pages: (await layoutPages(doc, setup, printer, signal)).pages.length };
  };
  const plan = await pagesOf({ planId, report: 'plan', format: 'pdf' });
  if (printedPlan.get(printer) !== planId) {
    await step();
    // Its slices are measured now: this only prints (on every lane, as the export will).
    await renderPdf(plan.doc, plan.setup, printer);
    printedPlan.set(printer, planId);
  }
  const detail = plan.data.data.plan;
  const sheetMonth =
    month !== undefined && fiscalMonths(detail.fiscalYear).includes(month) ? month : planOpeningMonth(detail);
  const sheet = await pagesOf({ planId, report: 'month', month: sheetMonth, format: 'pdf' });
  return { month: sheetMonth, pages: { plan: plan.pages, month: sheet.pages } };
}
