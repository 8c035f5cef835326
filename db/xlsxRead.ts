// Opening an .xlsx someone sends us (a filled-in form, an office's own plan table) without trusting
// it: size, zip structure and the real unpacked size are checked (zipCheck.ts) before exceljs sees
// it, and cells are read as text — a formula is its text, never a computed value.
import ExcelJS from 'exceljs';
import { AppError } from '../core/errors';
import { checkZip } from './zipCheck';
import { FILE_MESSAGES, ZIP_MESSAGES } from '../core/terms';

export const MAX_XLSX_BYTES = 5 * 1024 * 1024;
export const MAX_CELL_CHARS = 20_000;

/** Loads an xlsx sent back by a user; every failure is a Thai AppError naming the file. */
export async function loadWorkbook(name: string, data: Uint8Array): Promise<ExcelJS.Workbook> {
  if (data.byteLength === 0) throw new AppError('invalidInput', FILE_MESSAGES.empty(name));
  if (data.byteLength > MAX_XLSX_BYTES) {
    throw new AppError('tooLarge', FILE_MESSAGES.tooLarge(name, MAX_XLSX_BYTES / 1024 / 1024));
  }
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  checkZip(name, buf, ZIP_MESSAGES.xlsxKind);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalidInput', ZIP_MESSAGES.xlsxUnopenable(name));
  }
  return wb;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A cell as text: strings as they are, numbers as digits, rich text joined, hyperlinks by their
 * text, formulas as "=" + their text (never the cached result). Control characters are stripped.
 */
export function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  let s: string;
  if (v === null || v === undefined) s = '';
  else if (typeof v === 'string') s = v;
  else if (typeof v === 'number' || typeof v === 'boolean') s = String(v);
  else if (v instanceof Date) s = v.toISOString().slice(0, 10);
  else if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) s = (o.richText as { text?: unknown }[]).map((t) => String(t.text ?? '')).join('');
    else if ('formula' in o || 'sharedFormula' in o) s = `=${String(o.formula ?? o.sharedFormula ?? '')}`;
    else if ('text' in o) {
      const t = o.text as unknown;
      s =
        typeof t === 'string'
          ? t
          : t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)
            ? (t as { richText: { text?: unknown }[] }).richText.map((x) => String(x.text ?? '')).join('')
            : String(o.hyperlink ?? '');
    } else if ('error' in o) s = String(o.error);
    else s = '';
  } else s = '';
  return s.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}
