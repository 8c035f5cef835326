// The plan as the office files it: the 8 columns, a row per tool and indicator, a row per activity
// (bullets shown by the number format, so the cell holds the text exactly as the app does), the
// item's columns merged over its activities. Two hidden columns carry item and activity ids so a
// copy edited in Excel can be read back (planImport.ts).
import { formatFiscalYear, formatMonthShort, withDigits, type DigitStyle } from '../../../core/thai';
import type { Activity, Division, Tool } from '../../../core/types';
import type { PlanReport } from '../data';
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
import { PLAN_COLUMNS } from '../../../core/terms';

export const PLAN_SHEET = 'แผน';
export const PLAN_HEADERS = PLAN_COLUMNS;
export const PLAN_HEADER_ROW = 4;
/** 1-based columns of the hidden ids. */
export const COL_ITEM_ID = 9;
export const COL_ACTIVITY_ID = 10;
/** Shown as "- text" while the cell keeps the text itself. */
export const BULLET_FMT = '"- "@';

export const TOOL_TITLES: Record<Tool, string> = {
  IIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (Internal Integrity and Transparency Assessment : IIT)',
  EIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก (External Integrity and Transparency Assessment : EIT)',
  OIT: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)',
};

/** "ธ.ค. ๖๕ – พ.ค. ๖๖"; one month alone when start and end agree. */
export function timeframeText(a: Pick<Activity, 'startMonth' | 'endMonth'>, digits: DigitStyle): string {
  const s = a.startMonth ? formatMonthShort(a.startMonth, digits) : '';
  const e = a.endMonth ? formatMonthShort(a.endMonth, digits) : '';
  if (s && e) return s === e ? s : `${s} – ${e}`;
  return s || e;
}

export function responsibleLabel(a: Activity, divisions: Division[]): string {
  if (a.responsibleText.trim()) return a.responsibleText;
  if (a.allDivisions) return 'ทุกฝ่าย';
  return a.divisionIds
    .map((id) => divisions.find((d) => d.id === id)?.name ?? '')
    .filter(Boolean)
    .join('/');
}

export function monitoringLabel(a: Activity, digits: DigitStyle): string {
  if (a.monitoringText.trim()) return a.monitoringText;
  if (a.monitoring === 'monthly') return `${withDigits(1, digits)} ครั้ง/เดือน`;
  if (a.monitoring === 'daily') return 'ทุกวัน';
  return '';
}

export const itemLabel = (code: string, question: string) => (question ? `${code} ${question}` : code);

export async function buildPlanXlsx(data: PlanReport): Promise<Uint8Array> {
  const { settings, plan, divisions } = data;
  const digits = settings.numerals;
  const font = settings.reportFont;
  const wb = newWorkbook();
  const cols = PLAN_HEADERS.length;
  const ws = addSheet(wb, PLAN_SHEET, settings, {
    widths: [30, 28, 42, 18, 22, 19, 16, 14, 8, 8],
    headerRows: [PLAN_HEADER_ROW, PLAN_HEADER_ROW],
    footer: `${plan.office} ${formatFiscalYear(plan.fiscalYear, digits)} — ${printedOn(data.generatedAt, digits)}`,
    hidden: [COL_ITEM_ID - 1, COL_ACTIVITY_ID - 1],
  });
  title(ws, 1, cols, plan.title || 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', font);
  title(ws, 2, cols, `${plan.office} ประจำ${formatFiscalYear(plan.fiscalYear, digits)}`, font);
  headerRow(ws, PLAN_HEADER_ROW, PLAN_HEADERS, font);
  put(ws, PLAN_HEADER_ROW, COL_ITEM_ID, 'item', font);
  put(ws, PLAN_HEADER_ROW, COL_ACTIVITY_ID, 'activity', font);

  let r = PLAN_HEADER_ROW + 1;
  const section = (text: string, marker: string, bold: boolean) => {
    ws.mergeCells(r, 1, r, cols);
    put(ws, r, 1, text, font, { bold, fill: SECTION_FILL });
    for (let c = 2; c <= cols; c++) ws.getCell(r, c).border = ws.getCell(r, 1).border;
    put(ws, r, COL_ITEM_ID, marker, font, { border: false });
    r++;
  };
  let tool: Tool | null = null;
  for (const ind of plan.indicators) {
    if (ind.tool !== tool) {
      tool = ind.tool;
      section(TOOL_TITLES[tool], `tool:${tool}`, true);
    }
    section(`${withDigits(ind.number, digits)}) ${ind.name}`, `ind:${ind.number}`, true);
    for (const item of ind.items) {
      const first = r;
      const acts: (Activity | null)[] = item.activities.length ? item.activities : [null];
      for (const a of acts) {
        put(ws, r, 1, itemLabel(item.code, item.question), font);
        put(ws, r, 2, item.issue, font);
        put(ws, r, 3, a?.text ?? '', font, { numFmt: a ? BULLET_FMT : undefined });
        put(ws, r, 4, a?.output ?? '', font, { numFmt: a?.output ? BULLET_FMT : undefined });
        put(ws, r, 5, a?.awareness ?? '', font, { numFmt: a?.awareness ? BULLET_FMT : undefined });
        put(ws, r, 6, a ? timeframeText(a, digits) : '', font, { align: 'center' });
        put(ws, r, 7, a ? responsibleLabel(a, divisions) : '', font);
        put(ws, r, 8, a ? monitoringLabel(a, digits) : '', font, { align: 'center' });
        put(ws, r, COL_ITEM_ID, String(item.id), font, { border: false });
        put(ws, r, COL_ACTIVITY_ID, a ? String(a.id) : '', font, { border: false });
        r++;
      }
      if (r - 1 > first) {
        ws.mergeCells(first, 1, r - 1, 1);
        ws.mergeCells(first, 2, r - 1, 2);
      }
    }
  }
  fitRows(ws, PLAN_HEADER_ROW + 1, r - 1, cols);
  writeMeta(wb, { kind: 'plan', planId: plan.id, fiscalYear: plan.fiscalYear, office: plan.office });
  return toBytes(wb);
}
