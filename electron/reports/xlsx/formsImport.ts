// A filled division form, read back: every fill-in cell checked, a Thai error per bad cell naming
// file, row and column. Pure: the handler says which activities the form may hold and saves.
import type ExcelJS from 'exceljs';
import { parseNumber } from '../../../core/thai';
import type { FollowUpStatus } from '../../../core/types';
import { isSafeExternalUrl } from '../../../core/urls';
import { FORM_COL, FORM_HEADER_ROW, FORM_HEADERS, FORM_MAX_ROWS, FORM_REPORTER_CELL, FORM_SHEET } from './divisionForm';
import {
  STATUS_NAMES,
  ENTITY_NAMES,
  INPUT_WORDS,
  FORM_IMPORT_WORDS as SAY,
  XLSX_FILE_WORDS,
} from '../../../core/terms';
import { cellText, MAX_CELL_CHARS, metaOf } from './read';

export interface FormRow {
  row: number;
  activityId: number;
  status: FollowUpStatus;
  qty: number | null;
  result: string;
  problems: string;
  urls: string[];
}

export interface ParsedForm {
  planId: number;
  /** The form's identity (divisionForm.ts); null for forms issued before forms carried one. */
  formId: string | null;
  issuedAt: string | null;
  month: string;
  divisionId: number | null;
  division: string;
  reporter: string;
  rows: FormRow[];
  skipped: number;
  errors: string[];
}

const STATUS_BY_TEXT = new Map<string, FollowUpStatus>();
for (const [code, label] of Object.entries(STATUS_NAMES) as [FollowUpStatus, string][]) {
  STATUS_BY_TEXT.set(label.replace(/\s+/g, ''), code);
  STATUS_BY_TEXT.set(code.toLowerCase(), code);
}

export function parseStatus(text: string): FollowUpStatus | null {
  return (
    STATUS_BY_TEXT.get(text.replace(/\s+/g, '').toLowerCase()) ?? STATUS_BY_TEXT.get(text.replace(/\s+/g, '')) ?? null
  );
}

/** Only http(s) with a host and no user name or password: the same rule as links typed in the app. */
export function checkUrl(s: string): boolean {
  return s.length <= 2_000 && isSafeExternalUrl(s);
}

/** At most this many links in one row's evidence cell. */
const MAX_URLS = 50;

const COLUMN_NAME = (c: number) => (c === FORM_COL.urls ? ENTITY_NAMES.evidence : (FORM_HEADERS[c - 1] ?? String(c)));

export function parseForm(name: string, wb: ExcelJS.Workbook): ParsedForm {
  const meta = metaOf(name, wb, 'divisionForm', SAY.what);
  const ws = wb.getWorksheet(FORM_SHEET);
  const out: ParsedForm = {
    planId: Number(meta.planId),
    formId: meta.formId && /^[0-9a-f-]{36}$/i.test(meta.formId) ? meta.formId.toLowerCase() : null,
    issuedAt: meta.issuedAt ? meta.issuedAt.slice(0, 40) : null,
    month: meta.month ?? '',
    divisionId: meta.divisionId ? Number(meta.divisionId) : null,
    division: meta.division ?? '',
    reporter: '',
    rows: [],
    skipped: 0,
    errors: [],
  };
  const err = (row: number, col: number, msg: string) =>
    out.errors.push(XLSX_FILE_WORDS.cellProblem(name, row, COLUMN_NAME(col), msg));
  if (!ws) {
    out.errors.push(XLSX_FILE_WORDS.noSheet(name, FORM_SHEET));
    return out;
  }
  if (ws.rowCount > FORM_MAX_ROWS + FORM_HEADER_ROW) {
    out.errors.push(SAY.tooManyRows(name, FORM_MAX_ROWS.toLocaleString('en')));
    return out;
  }
  const reporter = cellText(ws.getCell(FORM_REPORTER_CELL.row, FORM_REPORTER_CELL.col));
  out.reporter = reporter.slice(0, 200);
  const seen = new Set<number>();
  for (let r = FORM_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const text = (c: number) => cellText(ws.getCell(r, c));
    const idText = text(FORM_COL.id);
    const fill = {
      status: text(FORM_COL.status),
      qty: text(FORM_COL.qty),
      result: text(FORM_COL.result),
      problems: text(FORM_COL.problems),
      urls: text(FORM_COL.urls),
    };
    const empty = Object.values(fill).every((v) => v === '');
    if (!/^\d{1,12}$/.test(idText)) {
      // Not one of the form's rows (a note typed below the table, say): only an error if filled in.
      if (!empty) {
        err(r, FORM_COL.activity, SAY.notFormRow);
      }
      continue;
    }
    const activityId = Number(idText);
    if (seen.has(activityId)) {
      if (!empty) err(r, FORM_COL.activity, SAY.repeatedRow);
      continue;
    }
    seen.add(activityId);
    if (empty) {
      out.skipped++;
      continue;
    }
    let ok = true;
    for (const [col, v] of [
      [FORM_COL.result, fill.result],
      [FORM_COL.problems, fill.problems],
      [FORM_COL.urls, fill.urls],
    ] as const) {
      if (v.length > MAX_CELL_CHARS) {
        err(r, col, INPUT_WORDS.tooLong(MAX_CELL_CHARS.toLocaleString('en')));
        ok = false;
      }
    }
    const status = parseStatus(fill.status);
    if (!fill.status) {
      err(r, FORM_COL.status, SAY.needStatus);
      ok = false;
    } else if (!status) {
      err(r, FORM_COL.status, SAY.badStatus(fill.status.slice(0, 50), Object.values(STATUS_NAMES)));
      ok = false;
    }
    let qty: number | null = null;
    if (fill.qty) {
      const n = parseNumber(fill.qty);
      if (n === null || !Number.isFinite(n)) {
        err(r, FORM_COL.qty, SAY.notNumber(fill.qty.slice(0, 50)));
        ok = false;
      } else if (n < 0) {
        err(r, FORM_COL.qty, INPUT_WORDS.qtyNotNegative);
        ok = false;
      } else if (n > 1e9) {
        err(r, FORM_COL.qty, SAY.qtyTooLarge);
        ok = false;
      } else qty = n;
    }
    const urls = [...new Set(fill.urls.split(/\s+/).filter(Boolean))];
    for (const u of urls) {
      if (!checkUrl(u)) {
        err(r, FORM_COL.urls, SAY.badUrl(u.slice(0, 80)));
        ok = false;
      }
    }
    if (urls.length > MAX_URLS) {
      err(r, FORM_COL.urls, SAY.tooManyUrls(MAX_URLS));
      ok = false;
    }
    if (ok && status) {
      out.rows.push({ row: r, activityId, status, qty, result: fill.result, problems: fill.problems, urls });
    }
  }
  return out;
}
