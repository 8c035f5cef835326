// The plan as the office files it: the 8 columns, a row per tool and indicator, a row per activity
// (bullets shown by the number format, so the cell holds the text exactly as the app does), the
// item's columns merged over its activities. Two hidden columns carry item and activity ids so a
// copy edited in Excel can be read back (planImport.ts).
import { monitoringText, responsibleText, timeframeText } from '../../../core/rules';
import { PLAN_COLUMNS, TOOL_TITLES } from '../../../core/terms';
import { formatFiscalYear, withDigits } from '../../../core/thai';
import type { Activity, Tool } from '../../../core/types';
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

export const PLAN_SHEET = 'แผน';
export const PLAN_HEADERS = PLAN_COLUMNS;
export const PLAN_HEADER_ROW = 4;
/** 1-based columns of the hidden ids. */
export const COL_ITEM_ID = 9;
export const COL_ACTIVITY_ID = 10;
/** Shown as "- text" while the cell keeps the text itself. */
export const BULLET_FMT = '"- "@';

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
        put(ws, r, 7, a ? responsibleText(a, divisions) : '', font);
        put(ws, r, 8, a ? monitoringText(a) : '', font, { align: 'center' });
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
