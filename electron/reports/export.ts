// From an export request to a file: load the report's data through the Api, render (PDF: HTML →
// printer; xlsx: the Excel builder), write atomically (db/files/atomicWrite). The API handler calls this.
import { AppError } from '../../core/errors';
import type { Api } from '../../core/contract';
import { writeFileAtomic } from '../../db/files/atomicWrite';
import {
  loadMonthReport,
  loadOitUrlsReport,
  loadOverviewReport,
  loadPlanReport,
  loadResultsReport,
  type ReportFormat,
  type ReportKind,
} from './data';
import { reportDoc, type ReportData } from './docs';
import { pageSetup, type PageSetup } from './html/page';
import type { ReportDoc } from './rows';
import { renderPdf, type PdfProgress } from './pdf/render';
import type { PdfPrinter } from './pdf/printer';
import { buildXlsxFile } from './xlsxExport';
import { MONTH_REPORT_NEEDS_MONTH } from '../../core/schemas';
import { PDF_WORDS } from '../../core/terms';

export interface ExportRequest {
  planId: number;
  report: ReportKind;
  format: ReportFormat;
  month?: string | undefined;
  divisionId?: number | undefined;
  /** Monthly sheet: print only the activities reported that month. */
  onlyReported?: boolean | undefined;
}

export interface ExportResult {
  path: string;
  bytes: number;
  pages: number | null;
}

export async function loadReportData(api: Api, r: ExportRequest): Promise<ReportData> {
  switch (r.report) {
    case 'plan':
      return { kind: 'plan', data: await loadPlanReport(api, r.planId) };
    case 'month': {
      if (!r.month) throw new AppError('invalidInput', MONTH_REPORT_NEEDS_MONTH);
      return {
        kind: 'month',
        data: await loadMonthReport(api, r.planId, r.month, r.divisionId, r.onlyReported ?? false),
      };
    }
    case 'half-year':
    case 'annual':
      return { kind: r.report, data: await loadResultsReport(api, r.planId, r.report) };
    case 'oit-urls':
      return { kind: 'oit-urls', data: await loadOitUrlsReport(api, r.planId) };
    case 'overview':
      return { kind: 'overview', data: await loadOverviewReport(api, r.planId, r.month) };
  }
}

/** A report's row model and the page setup its PDF is laid out on (the settings' sizes, its orientation). */
export function pdfDocOf(data: ReportData): { doc: ReportDoc; setup: PageSetup } {
  const doc = reportDoc(data);
  return { doc, setup: pageSetup(data.data.settings, doc.orientation) };
}

/** The report's bytes in the format asked (no file written). */
export async function renderReport(
  data: ReportData,
  format: ReportFormat,
  printer: (() => PdfPrinter) | undefined,
  onProgress?: (p: PdfProgress) => void,
): Promise<{ bytes: Uint8Array; pages: number | null }> {
  if (format === 'xlsx') return { bytes: await buildXlsxFile(data), pages: null };
  if (!printer) throw new AppError('unsupported', PDF_WORDS.noPrinter);
  try {
    const { doc, setup } = pdfDocOf(data);
    const pdf = await renderPdf(doc, setup, printer(), onProgress);
    return { bytes: pdf.bytes, pages: pdf.pages };
  } catch (e) {
    throw new AppError('internal', PDF_WORDS.failed, { cause: String(e) });
  }
}

export async function exportReport(
  api: Api,
  r: ExportRequest & { outPath: string },
  printer: (() => PdfPrinter) | undefined,
  onProgress?: (p: PdfProgress) => void,
): Promise<ExportResult> {
  const data = await loadReportData(api, r);
  const { bytes, pages } = await renderReport(data, r.format, printer, onProgress);
  writeFileAtomic(r.outPath, bytes);
  return { path: r.outPath, bytes: bytes.byteLength, pages };
}
