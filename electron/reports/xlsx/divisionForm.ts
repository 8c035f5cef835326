// แบบฟอร์มรายงานของฝ่าย: one xlsx per division per month, the activities due pre-filled (locked),
// yellow cells to fill in (status from a list of the 4 Thai statuses, quantity, result, problems,
// evidence URLs). A hidden column holds the activity ids and the hidden sheet says which plan,
// month and division the form is for, with the form's own id and when it was issued, so formsImport.ts
// can read it back and an import can tell the same form (or a copy of it) from another.
import { randomUUID } from 'node:crypto';
import { formatFiscalYear, formatMonthLong } from '../../../core/thai';
import type { MonthReport } from '../data';
import { STATUS_ORDER, targetWording } from '../../../core/rules';
import { ALL_DIVISIONS, PLAN_TITLE, REPORT_TERMS as T, REPORT_TITLES, STATUS_NAMES } from '../../../core/terms';
import { addSheet, fitRows, headerRow, INPUT_FILL, newWorkbook, put, title, toBytes, writeMeta } from './style';

export const FORM_SHEET = T.formSheet;
export const FORM_HEADERS = [T.code, T.activity, T.target, T.status, T.formQty, T.result, T.problems, T.formUrls];
export const FORM_HEADER_ROW = 6;
export const FORM_REPORTER_CELL = { row: 4, col: 3 };
/** 1-based columns. */
export const FORM_COL = { code: 1, activity: 2, target: 3, status: 4, qty: 5, result: 6, problems: 7, urls: 8, id: 9 };
export const FORM_MAX_ROWS = 2_000;

/** Who a form is: written into it when issued, read back on import (formsImport.ts). */
export interface FormIdentityMeta {
  /** Unique per issued form: two copies of one file share it, a form issued again gets a new one. */
  formId: string;
  /** ISO time the form was issued. */
  issuedAt: string;
}

export async function buildDivisionFormXlsx(
  data: MonthReport,
  identity: FormIdentityMeta = { formId: randomUUID(), issuedAt: data.generatedAt },
): Promise<Uint8Array> {
  const { settings, plan } = data;
  const digits = settings.numerals;
  const font = settings.reportFont;
  const cols = FORM_HEADERS.length;
  const division = data.division?.name ?? ALL_DIVISIONS;
  const wb = newWorkbook();
  const ws = addSheet(wb, FORM_SHEET, settings, {
    widths: [8, 40, 16, 20, 12, 36, 28, 36, 8],
    headerRows: [FORM_HEADER_ROW, FORM_HEADER_ROW],
    footer: `${plan.office} ${division} ${formatMonthLong(data.month, digits)}`,
    hidden: [FORM_COL.id - 1],
  });
  title(ws, 1, cols, `${REPORT_TITLES.month} ${formatMonthLong(data.month, digits)}`, font);
  title(ws, 2, cols, `${PLAN_TITLE} ${plan.office} ${formatFiscalYear(plan.fiscalYear, digits)}`, font, 14);
  title(ws, 3, cols, division, font, 14);
  ws.mergeCells(4, 1, 4, 2);
  put(ws, 4, 1, T.formReporter, font, { bold: true, border: false, align: 'right' });
  ws.mergeCells(4, FORM_REPORTER_CELL.col, 4, FORM_REPORTER_CELL.col + 2);
  put(ws, 4, FORM_REPORTER_CELL.col, '', font, { fill: INPUT_FILL, locked: false });
  ws.mergeCells(5, 1, 5, cols);
  put(ws, 5, 1, T.formHint, font, { border: false, size: 12 });
  ws.getRow(4).height = 24;
  ws.getRow(5).height = 22;
  headerRow(ws, FORM_HEADER_ROW, FORM_HEADERS, font);
  put(ws, FORM_HEADER_ROW, FORM_COL.id, 'activity', font, { border: false });

  const statusList = `"${STATUS_ORDER.map((s) => STATUS_NAMES[s]).join(',')}"`;
  let r = FORM_HEADER_ROW + 1;
  for (const row of data.rows) {
    put(ws, r, FORM_COL.code, row.itemCode, font, { align: 'center' });
    put(ws, r, FORM_COL.activity, row.activityText, font);
    put(ws, r, FORM_COL.target, targetWording(row, digits), font);
    for (const c of [FORM_COL.status, FORM_COL.qty, FORM_COL.result, FORM_COL.problems, FORM_COL.urls]) {
      put(ws, r, c, null, font, { fill: INPUT_FILL, locked: false, align: c === FORM_COL.qty ? 'center' : 'left' });
    }
    ws.getCell(r, FORM_COL.status).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [statusList],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: T.formBadStatusTitle,
      error: T.formBadStatus,
    };
    ws.getCell(r, FORM_COL.qty).dataValidation = {
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: T.formBadQtyTitle,
      error: T.formBadQty,
    };
    put(ws, r, FORM_COL.id, String(row.activityId), font, { border: false });
    r++;
  }
  fitRows(ws, FORM_HEADER_ROW + 1, r - 1, cols, 2);
  // Locked except the yellow cells; no password (this guards against slips, not people).
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  writeMeta(wb, {
    kind: 'divisionForm',
    planId: plan.id,
    fiscalYear: plan.fiscalYear,
    office: plan.office,
    month: data.month,
    divisionId: data.division?.id ?? '',
    division,
    rows: data.rows.length,
    formId: identity.formId,
    issuedAt: identity.issuedAt,
  });
  return toBytes(wb);
}
