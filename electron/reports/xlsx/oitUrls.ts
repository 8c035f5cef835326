// The OIT URL list: each O item with its published URL(s), one URL per row, ready to copy into ITAS.
import { formatFiscalYear, formatMonthShort } from '../../../core/thai';
import { REPORT_TITLES, type OitUrlsReport } from '../data';
import { addSheet, fitRows, headerRow, newWorkbook, printedOn, put, title, toBytes, writeMeta } from './style';

export const OIT_HEADERS = ['ข้อ', 'หัวข้อ', 'URL', 'เดือน', 'คำอธิบาย'];
export const OIT_HEADER_ROW = 4;

export async function buildOitUrlsXlsx(data: OitUrlsReport): Promise<Uint8Array> {
  const { settings, plan } = data;
  const digits = settings.numerals;
  const font = settings.reportFont;
  const cols = OIT_HEADERS.length;
  const wb = newWorkbook();
  const ws = addSheet(wb, 'OIT URL', settings, {
    widths: [8, 56, 70, 12, 40],
    headerRows: [OIT_HEADER_ROW, OIT_HEADER_ROW],
    footer: `${plan.office} ${formatFiscalYear(plan.fiscalYear, digits)} — ${printedOn(data.generatedAt, digits)}`,
  });
  title(ws, 1, cols, REPORT_TITLES['oit-urls'], font);
  title(ws, 2, cols, `${plan.office} ${formatFiscalYear(plan.fiscalYear, digits)}`, font, 14);
  headerRow(ws, OIT_HEADER_ROW, OIT_HEADERS, font);
  let r = OIT_HEADER_ROW + 1;
  for (const row of data.rows) {
    // The same link reported in several months is listed once (its first month).
    const seen = new Set<string>();
    const urls = row.urls.filter((u) => !seen.has(u.url) && seen.add(u.url));
    if (urls.length === 0) {
      put(ws, r, 1, row.item.code, font, { align: 'center' });
      put(ws, r, 2, row.item.question, font);
      put(ws, r, 3, 'ยังไม่มี URL', font);
      put(ws, r, 4, '', font);
      put(ws, r, 5, '', font);
      r++;
      continue;
    }
    urls.forEach((u, i) => {
      put(ws, r, 1, i === 0 ? row.item.code : '', font, { align: 'center' });
      put(ws, r, 2, i === 0 ? row.item.question : '', font);
      put(ws, r, 3, u.url, font);
      put(ws, r, 4, formatMonthShort(u.month, digits), font, { align: 'center' });
      put(ws, r, 5, u.label, font);
      r++;
    });
  }
  fitRows(ws, OIT_HEADER_ROW + 1, r - 1, cols);
  writeMeta(wb, { kind: 'oit-urls', planId: plan.id, fiscalYear: plan.fiscalYear });
  return toBytes(wb);
}
