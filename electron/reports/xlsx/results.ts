// รายงานผลรอบ ๖ เดือน / ประจำปี: per activity what was done in the period, cumulative quantity
// against the target, evidence, problems and next steps; a second sheet sums up by indicator.
import { countStatuses, percentDone } from '../../../core/rules';
import { NOT_REPORTED, REPORT_STATE_NAMES, TOOL_TITLES } from '../../../core/terms';
import { formatFiscalYear, formatMonthShort, formatNumber, withDigits } from '../../../core/thai';
import type { FollowUp } from '../../../core/types';
import { REPORT_TITLES, type ResultsReport } from '../data';
import { evidenceText } from './month';
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

export const RESULTS_HEADERS = [
  'ข้อ',
  'กิจกรรม',
  'ผลการดำเนินงานในรอบ',
  'ผลสะสม / เป้าหมาย',
  'สถานะ',
  'หลักฐาน',
  'ปัญหา/อุปสรรค',
  'แนวทางต่อไป/ข้อสั่งการ',
];
export const SUMMARY_HEADERS = [
  'ตัวชี้วัด',
  'กิจกรรมทั้งหมด',
  'ดำเนินการแล้ว',
  'อยู่ระหว่างดำเนินการ',
  'ยังไม่ดำเนินการ',
  'ไม่สามารถดำเนินการได้',
  NOT_REPORTED,
  'ร้อยละที่ดำเนินการแล้ว',
];
export const RESULTS_HEADER_ROW = 4;

const byMonth = (fs: FollowUp[], pick: (f: FollowUp) => string, digits: 'thai' | 'arabic') =>
  fs
    .filter((f) => pick(f).trim())
    .map((f) => `${formatMonthShort(f.month, digits)}: ${pick(f).trim()}`)
    .join('\n');

export async function buildResultsXlsx(data: ResultsReport): Promise<Uint8Array> {
  const { settings, plan } = data;
  const digits = settings.numerals;
  const font = settings.reportFont;
  const first = data.months[0]!;
  const last = data.months[data.months.length - 1]!;
  const period = `${formatMonthShort(first, digits)} – ${formatMonthShort(last, digits)}`;
  const wb = newWorkbook();
  const footer = `${plan.office} ${formatFiscalYear(plan.fiscalYear, digits)} (${period}) — ${printedOn(data.generatedAt, digits)}`;
  const cols = RESULTS_HEADERS.length;
  const ws = addSheet(wb, data.period === 'annual' ? 'ผลประจำปี' : 'ผลรอบ ๖ เดือน', settings, {
    widths: [8, 36, 38, 16, 15, 34, 26, 26],
    headerRows: [RESULTS_HEADER_ROW, RESULTS_HEADER_ROW],
    footer,
  });
  title(ws, 1, cols, REPORT_TITLES[data.period], font);
  title(ws, 2, cols, `${plan.office} ${formatFiscalYear(plan.fiscalYear, digits)} (ข้อมูล ${period})`, font, 14);
  headerRow(ws, RESULTS_HEADER_ROW, RESULTS_HEADERS, font);
  let r = RESULTS_HEADER_ROW + 1;
  let tool = '';
  let indicator = -1;
  for (const ir of data.items) {
    const ind = plan.indicators.find((i) => i.number === ir.indicatorNumber);
    if (ind && ind.tool !== tool) {
      tool = ind.tool;
      ws.mergeCells(r, 1, r, cols);
      put(ws, r, 1, TOOL_TITLES[ind.tool], font, { bold: true, fill: SECTION_FILL });
      r++;
    }
    if (ind && ind.number !== indicator) {
      indicator = ind.number;
      ws.mergeCells(r, 1, r, cols);
      put(ws, r, 1, `ตัวชี้วัดที่ ${withDigits(ind.number, digits)} ${ind.name}`, font, { bold: true, fill: SECTION_FILL });
      r++;
    }
    ws.mergeCells(r, 1, r, cols);
    put(ws, r, 1, ir.item.question ? `${ir.item.code} ${ir.item.question}` : ir.item.code, font, { bold: true });
    r++;
    for (const ar of ir.activities) {
      const a = ar.activity;
      const target =
        a.targetQty !== null
          ? `${formatNumber(ar.cumulativeQty, digits)} / ${formatNumber(a.targetQty, digits)} ${a.targetUnit ?? ''}`.trim()
          : `${formatNumber(ar.cumulativeQty, digits)}${a.output ? ` (เป้าหมาย: ${a.output})` : ''}`;
      put(ws, r, 1, ir.item.code, font, { align: 'center' });
      put(ws, r, 2, a.text, font);
      put(
        ws,
        r,
        3,
        byMonth(ar.followUps, (f) => f.result, digits),
        font,
      );
      put(ws, r, 4, target, font, { align: 'center' });
      put(ws, r, 5, REPORT_STATE_NAMES[ar.status], font);
      // A link reported in several months is listed once.
      const evidence = ar.evidence.filter(
        (e, i, all) => all.findIndex((x) => (x.url ?? `file:${x.id}`) === (e.url ?? `file:${e.id}`)) === i,
      );
      put(ws, r, 6, evidenceText(evidence), font);
      put(
        ws,
        r,
        7,
        byMonth(ar.followUps, (f) => f.problems, digits),
        font,
      );
      put(
        ws,
        r,
        8,
        byMonth(ar.followUps, (f) => f.directorRemark, digits),
        font,
      );
      r++;
    }
  }
  fitRows(ws, RESULTS_HEADER_ROW + 1, r - 1, cols);

  // Summary by indicator, counted from the same rows.
  const sw = addSheet(wb, 'สรุปตามตัวชี้วัด', settings, {
    widths: [46, 14, 14, 18, 16, 20, 14, 16],
    headerRows: [3, 3],
    footer,
  });
  title(sw, 1, SUMMARY_HEADERS.length, `สรุปผลตามตัวชี้วัด ${plan.office} (${period})`, font);
  headerRow(sw, 3, SUMMARY_HEADERS, font);
  let s = 4;
  const all: ReturnType<typeof countStatuses>[] = [];
  for (const ind of plan.indicators) {
    const statuses = data.items
      .filter((i) => i.indicatorNumber === ind.number)
      .flatMap((i) => i.activities.map((a) => a.status));
    const c = countStatuses(statuses);
    all.push(c);
    const cells = [
      `${ind.tool} ตัวชี้วัดที่ ${withDigits(ind.number, digits)} ${ind.name}`,
      formatNumber(c.total, digits),
      formatNumber(c.done, digits),
      formatNumber(c.inProgress, digits),
      formatNumber(c.notStarted, digits),
      formatNumber(c.blocked, digits),
      formatNumber(c.notReported, digits),
      formatNumber(percentDone(c), digits),
    ];
    cells.forEach((v, i) => put(sw, s, i + 1, v, font, { align: i === 0 ? 'left' : 'center' }));
    s++;
  }
  const total = countStatuses(data.items.flatMap((i) => i.activities.map((a) => a.status)));
  [
    'รวม',
    formatNumber(total.total, digits),
    formatNumber(total.done, digits),
    formatNumber(total.inProgress, digits),
    formatNumber(total.notStarted, digits),
    formatNumber(total.blocked, digits),
    formatNumber(total.notReported, digits),
    formatNumber(percentDone(total), digits),
  ].forEach((v, i) => put(sw, s, i + 1, v, font, { bold: true, align: i === 0 ? 'left' : 'center' }));
  fitRows(sw, 4, s, SUMMARY_HEADERS.length);
  writeMeta(wb, { kind: data.period, planId: plan.id, fiscalYear: plan.fiscalYear });
  return toBytes(wb);
}
