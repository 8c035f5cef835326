// From an export request to a file: load the report's data through the Api, render (PDF: HTML →
// printer; xlsx: the Excel builder), write atomically. Node only (fs); the API handler calls this.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import type { Api } from '../../core/contract';
import {
  loadMonthReport,
  loadOitUrlsReport,
  loadPlanReport,
  loadResultsReport,
  type ReportFormat,
  type ReportKind,
} from './data';
import { reportHtml, type ReportData } from './html';
import { countPdfPages, type PdfPrinter } from './pdf/printer';
import { buildXlsxFile } from './xlsxExport';

export interface ExportRequest {
  planId: number;
  report: ReportKind;
  format: ReportFormat;
  month?: string | undefined;
  divisionId?: number | undefined;
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
      if (!r.month) throw new AppError('invalidInput', 'รายงานประจำเดือนต้องระบุเดือน');
      return { kind: 'month', data: await loadMonthReport(api, r.planId, r.month, r.divisionId) };
    }
    case 'half-year':
    case 'annual':
      return { kind: r.report, data: await loadResultsReport(api, r.planId, r.report) };
    case 'oit-urls':
      return { kind: 'oit-urls', data: await loadOitUrlsReport(api, r.planId) };
  }
}

/** The report's bytes in the format asked (no file written). */
export async function renderReport(
  data: ReportData,
  format: ReportFormat,
  printer: (() => PdfPrinter) | undefined,
): Promise<{ bytes: Uint8Array; pages: number | null }> {
  if (format === 'xlsx') return { bytes: await buildXlsxFile(data), pages: null };
  if (!printer) throw new AppError('unsupported', 'เครื่องนี้ยังสร้างไฟล์ PDF ไม่ได้ (ไม่มีตัวพิมพ์ PDF)');
  let bytes: Uint8Array;
  try {
    bytes = await printer().print(reportHtml(data));
  } catch (e) {
    throw new AppError('internal', 'สร้างไฟล์ PDF ไม่สำเร็จ', { cause: String(e) });
  }
  return { bytes, pages: countPdfPages(bytes) };
}

/** Writes to a temp file beside the target, then renames: a failure never leaves half a file. */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const dir = path.dirname(file);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new AppError('notFound', `บันทึกไฟล์ไม่ได้: ไม่พบโฟลเดอร์ ${dir}`);
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'wx', 0o644);
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') {
      throw new AppError('invalidInput', `บันทึกไฟล์ไม่ได้: ไม่มีสิทธิ์เขียนไฟล์ ${file}`);
    }
    if (code === 'EISDIR') throw new AppError('invalidInput', `บันทึกไฟล์ไม่ได้: ${file} เป็นโฟลเดอร์`);
    if (code === 'ENOSPC') throw new AppError('internal', 'บันทึกไฟล์ไม่ได้: พื้นที่ดิสก์เต็ม');
    throw new AppError('internal', `บันทึกไฟล์ ${file} ไม่ได้`, { cause: String(e) });
  }
}

export async function exportReport(
  api: Api,
  r: ExportRequest & { outPath: string },
  printer: (() => PdfPrinter) | undefined,
): Promise<ExportResult> {
  const data = await loadReportData(api, r);
  const { bytes, pages } = await renderReport(data, r.format, printer);
  writeFileAtomic(r.outPath, bytes);
  return { path: r.outPath, bytes: bytes.byteLength, pages };
}
