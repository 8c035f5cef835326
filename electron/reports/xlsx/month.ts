// แบบรายงานผลการดำเนินงานประจำเดือน: every activity due that month with its report, counts by
// status, and the signature blocks (ผู้รายงาน, หัวหน้าฝ่ายปกครอง, ผู้อำนวยการเขต with room for ข้อสั่งการ).
// With data.division set it is that division's own sheet.
import { percentDone, reportState, STATE_ORDER } from '../../../core/rules';
import { REPORT_STATE_NAMES } from '../../../core/terms';
import { formatFiscalYear, formatMonthLong, formatNumber, type DigitStyle } from '../../../core/thai';
import type { Evidence, MonthRow, Settings } from '../../../core/types';
import { REPORT_TITLES, type MonthReport } from '../data';
import {
  addSheet,
  fitRows,
  headerRow,
  newWorkbook,
  printedOn,
  put,
  SECTION_FILL,
  title,
  toBytes,
  writeMeta,
} from './style';

export const MONTH_HEADERS = [
  'ลำดับ',
  'ข้อ',
  'กิจกรรม',
  'เป้าหมาย',
  'ผลที่ทำได้',
  'สถานะ',
  'ผลการดำเนินงาน',
  'หลักฐาน',
  'ปัญหา/อุปสรรค',
];
export const MONTH_HEADER_ROW = 5;

/** URLs in full, files by name: one per line. */
export function evidenceText(list: Evidence[]): string {
  return list.map((e) => (e.kind === 'url' ? (e.url ?? '') : `ไฟล์: ${e.fileName ?? ''}`)).join('\n');
}

export function targetText(r: Pick<MonthRow, 'output' | 'targetQty' | 'targetUnit'>, digits: DigitStyle): string {
  if (r.output.trim()) return r.output;
  if (r.targetQty !== null) return `${formatNumber(r.targetQty, digits)} ${r.targetUnit ?? ''}`.trim();
  return '';
}

/** Three signature blocks side by side over `cols` columns; returns the next free row. */
export function signatures(
  ws: import('exceljs').Worksheet,
  row: number,
  cols: number,
  settings: Settings,
  font: string,
): number {
  const third = Math.floor(cols / 3);
  const blocks: [number, number, string, string][] = [
    [1, third, 'ผู้รายงาน', settings.reporterName],
    [third + 1, 2 * third, 'หัวหน้าฝ่ายปกครอง', settings.headOfGovernance],
    [2 * third + 1, cols, settings.directorTitle || 'ผู้อำนวยการเขต', settings.directorName],
  ];
  // Room for the director's instructions first, across the page.
  ws.mergeCells(row, 1, row, cols);
  put(ws, row, 1, `ข้อสั่งการ ${settings.directorTitle || 'ผู้อำนวยการเขต'}`, font, { bold: true, border: false });
  row++;
  for (let i = 0; i < 3; i++, row++) {
    ws.mergeCells(row, 1, row, cols);
    put(ws, row, 1, '.'.repeat(260), font, { border: false });
    ws.getRow(row).height = 24;
  }
  row++;
  const lines = (b: (typeof blocks)[number]) => [
    `ลงชื่อ ........................................ ${b[2]}`,
    `( ${b[3] || '........................................'} )`,
    'วันที่ ........../........../..........',
  ];
  for (let k = 0; k < 3; k++) {
    for (const b of blocks) {
      ws.mergeCells(row + k, b[0], row + k, b[1]);
      put(ws, row + k, b[0], lines(b)[k] ?? '', font, { border: false, align: 'center' });
    }
    ws.getRow(row + k).height = k === 0 ? 40 : 22;
  }
  return row + 3;
}

export async function buildMonthXlsx(data: MonthReport): Promise<Uint8Array> {
  const { settings, plan } = data;
  const digits = settings.numerals;
  const font = settings.reportFont;
  const cols = MONTH_HEADERS.length;
  const wb = newWorkbook();
  const ws = addSheet(wb, 'รายงานประจำเดือน', settings, {
    widths: [7, 8, 40, 16, 11, 15, 36, 36, 26],
    headerRows: [MONTH_HEADER_ROW, MONTH_HEADER_ROW],
    footer: `${plan.office} ${formatMonthLong(data.month, digits)} — ${printedOn(data.generatedAt, digits)}`,
  });
  title(ws, 1, cols, `${REPORT_TITLES.month} ${formatMonthLong(data.month, digits)}`, font);
  title(
    ws,
    2,
    cols,
    `ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ${formatFiscalYear(plan.fiscalYear, digits)}`,
    font,
    14,
  );
  title(ws, 3, cols, data.division ? `${plan.office} — ${data.division.name}` : plan.office, font, 14);
  headerRow(ws, MONTH_HEADER_ROW, MONTH_HEADERS, font);

  let r = MONTH_HEADER_ROW + 1;
  data.rows.forEach((row, i) => {
    const f = row.followUp;
    put(ws, r, 1, formatNumber(i + 1, digits), font, { align: 'center' });
    put(ws, r, 2, row.itemCode, font, { align: 'center' });
    put(ws, r, 3, row.activityText, font);
    put(ws, r, 4, targetText(row, digits), font);
    put(ws, r, 5, f?.qty !== null && f?.qty !== undefined ? formatNumber(f.qty, digits) : '', font, {
      align: 'center',
    });
    put(ws, r, 6, REPORT_STATE_NAMES[reportState(f)], font);
    put(ws, r, 7, f?.result ?? '', font);
    put(ws, r, 8, evidenceText(f?.evidence ?? []), font);
    put(ws, r, 9, f?.problems ?? '', font);
    r++;
  });
  if (data.rows.length === 0) {
    ws.mergeCells(r, 1, r, cols);
    put(ws, r, 1, 'ไม่มีกิจกรรมที่ต้องดำเนินการในเดือนนี้', font, { align: 'center' });
    r++;
  }
  fitRows(ws, MONTH_HEADER_ROW + 1, r - 1, cols);
  r++;

  // Counts by status.
  const summaryStart = r;
  ws.mergeCells(r, 1, r, 4);
  put(ws, r, 1, 'สรุปสถานะ', font, { bold: true, fill: SECTION_FILL });
  put(ws, r, 5, 'จำนวน', font, { bold: true, fill: SECTION_FILL, align: 'center' });
  r++;
  for (const s of STATE_ORDER) {
    ws.mergeCells(r, 1, r, 4);
    put(ws, r, 1, REPORT_STATE_NAMES[s], font);
    put(ws, r, 5, formatNumber(data.counts[s], digits), font, { align: 'center' });
    r++;
  }
  ws.mergeCells(r, 1, r, 4);
  put(ws, r, 1, 'รวม', font, { bold: true });
  put(ws, r, 5, formatNumber(data.counts.total, digits), font, { bold: true, align: 'center' });
  r++;
  ws.mergeCells(r, 1, r, 4);
  put(ws, r, 1, 'ร้อยละที่ดำเนินการแล้ว', font);
  put(ws, r, 5, formatNumber(percentDone(data.counts), digits), font, { align: 'center' });
  r++;
  for (let k = summaryStart; k < r; k++) ws.getRow(k).height = 22;
  r++;
  signatures(ws, r, cols, settings, font);
  writeMeta(wb, {
    kind: 'month',
    planId: plan.id,
    fiscalYear: plan.fiscalYear,
    month: data.month,
    divisionId: data.division?.id ?? '',
  });
  return toBytes(wb);
}
