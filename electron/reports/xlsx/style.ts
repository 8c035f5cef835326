// What every xlsx of the app shares: page setup (A4 landscape, one page wide, repeated header rows),
// the office's Thai font, borders, wrapping, row heights estimated from the text (neither Excel nor
// LibreOffice sizes merged or pre-written rows on its own), and a hidden sheet saying what the file is.
import ExcelJS from 'exceljs';
import { formatDate, withDigits, type DigitStyle } from '../../../core/thai';
import type { Settings } from '../../../core/types';
import { REPORT_TERMS as T } from '../../../core/terms';

export const BODY_SIZE = 14;
export const TITLE_SIZE = 16;
/** Points per line of TH SarabunPSK 14 pt: its line spacing is about 1.66 em (Laksaman, its free twin, measures the same). */
const LINE_PT = 23.5;
/** Column-width units one Thai letter takes at 14 pt, with room for a wider fallback font. */
const CHAR_UNITS = 1.35;
/** Excel's cell limit is 32,767 characters. */
const MAX_CELL = 32_000;

export const META_SHEET = '_ita';
export const META_MARK = 'ITA Tracker';

export type Meta = Record<string, string | number>;

/** Thin borders all round. */
export const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
export const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F3F3' } };
export const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9D6' } };

// Control characters, bidi overrides, and (after valid pairs are matched) lone surrogates.
const UNWANTED =
  // eslint-disable-next-line no-control-regex
  /[\ud800-\udbff][\udc00-\udfff]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/g;

/** Any text bound for a cell: no control characters (they make invalid XML), \r\n → \n, within Excel's limit. */
export function cleanCellText(s: string): string {
  const out = s.replace(/\r\n?/g, '\n').replace(UNWANTED, (m) => (m.length === 2 ? m : ''));
  return out.length > MAX_CELL ? out.slice(0, MAX_CELL - 1) + '…' : out;
}

export interface SheetOptions {
  /** Column widths in Excel units, in order. */
  widths: number[];
  /** Rows repeated on every printed page and frozen on screen, e.g. [4, 5]. */
  headerRows: [number, number];
  /** Left part of the printed footer. */
  footer: string;
  /** Zero-based indexes of hidden helper columns. */
  hidden?: number[];
}

/** A workbook with the app's properties. */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = META_MARK;
  wb.created = new Date();
  return wb;
}

/** Escapes & in header/footer text (it starts a code there). */
const hfText = (s: string) => cleanCellText(s).replace(/&/g, '&&').replace(/\n/g, ' ');

export function addSheet(wb: ExcelJS.Workbook, name: string, settings: Settings, o: SheetOptions): ExcelJS.Worksheet {
  const [first, last] = o.headerRows;
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: last, topLeftCell: `A${last + 1}`, activeCell: `A${last + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${first}:${last}`,
    },
    headerFooter: {
      oddFooter: `&L&"${settings.reportFont},Regular"&12${hfText(o.footer)}&R&"${settings.reportFont},Regular"&12${T.page} &P/&N`,
    },
  });
  ws.columns = o.widths.map((width, i) => ({ width, hidden: o.hidden?.includes(i) ?? false }));
  return ws;
}

export interface CellStyle {
  bold?: boolean;
  size?: number;
  align?: ExcelJS.Alignment['horizontal'];
  border?: boolean;
  fill?: ExcelJS.Fill;
  /** Excel number format; `"- "@` shows a bullet without putting it in the value. */
  numFmt?: string;
  locked?: boolean;
}

/** Writes text (always a plain string: never a formula, whatever it starts with) in the office's font. */
export function put(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  value: string | number | null,
  font: string,
  s: CellStyle = {},
) {
  const cell = ws.getCell(row, col);
  cell.value = typeof value === 'string' ? cleanCellText(value) : value;
  cell.font = { name: font, size: s.size ?? BODY_SIZE, bold: s.bold ?? false };
  cell.alignment = { wrapText: true, vertical: 'top', horizontal: s.align ?? 'left' };
  if (s.border !== false) cell.border = BORDER;
  if (s.fill) cell.fill = s.fill;
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.locked !== undefined) cell.protection = { locked: s.locked };
  return cell;
}

/** A title line across the sheet's visible width. */
export function title(ws: ExcelJS.Worksheet, row: number, cols: number, text: string, font: string, size = TITLE_SIZE) {
  ws.mergeCells(row, 1, row, cols);
  put(ws, row, 1, text, font, { bold: true, size, align: 'center', border: false });
  ws.getRow(row).height = Math.max(24, size * 1.75 * linesOf(text, totalWidth(ws, cols)));
}

export function headerRow(ws: ExcelJS.Worksheet, row: number, labels: readonly string[], font: string) {
  labels.forEach((l, i) => {
    const c = put(ws, row, i + 1, l, font, { bold: true, align: 'center', fill: HEADER_FILL });
    c.alignment = { ...c.alignment, vertical: 'middle' };
  });
  ws.getRow(row).height = Math.max(...labels.map((l, i) => linesOf(l, widthOf(ws, i + 1)))) * LINE_PT + 6;
}

const widthOf = (ws: ExcelJS.Worksheet, col: number) => ws.getColumn(col).width ?? 10;
const totalWidth = (ws: ExcelJS.Worksheet, cols: number) => {
  let w = 0;
  for (let c = 1; c <= cols; c++) w += widthOf(ws, c);
  return w;
};

/** Letters that take no width of their own (Thai vowels above/below and tone marks). */
const ZERO_WIDTH = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;

/** Lines a text needs in a column of that width. */
export function linesOf(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - 1) / CHAR_UNITS));
  let n = 0;
  for (const para of text.split('\n')) n += Math.max(1, Math.ceil(para.replace(ZERO_WIDTH, '').length / perLine));
  return n;
}

/** Sets each row's height from the longest text in it (merged blocks: spread over their rows). */
export function fitRows(ws: ExcelJS.Worksheet, from: number, to: number, cols: number, minLines = 1) {
  const need = new Map<number, number>();
  for (let r = from; r <= to; r++) {
    let lines = minLines;
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      if (cell.isMerged && cell.master !== cell) continue;
      const v = cell.value;
      if (typeof v !== 'string' || v === '') continue;
      const l = linesOf(v, mergedWidth(ws, cell, c));
      if (cell.isMerged) continue; // merged blocks are handled below
      lines = Math.max(lines, l);
    }
    need.set(r, lines);
  }
  // Vertically merged cells: make sure their rows together are tall enough.
  for (let r = from; r <= to; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      if (!cell.isMerged || cell.master !== cell || typeof cell.value !== 'string') continue;
      let end = r;
      while (end + 1 <= to && ws.getCell(end + 1, c).master === cell) end++;
      const l = linesOf(cell.value, mergedWidth(ws, cell, c));
      let have = 0;
      for (let k = r; k <= end; k++) have += need.get(k) ?? 1;
      if (l > have) need.set(end, (need.get(end) ?? 1) + l - have);
    }
  }
  for (const [r, lines] of need) ws.getRow(r).height = Math.min(409, lines * LINE_PT + 4);
}

function mergedWidth(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, col: number): number {
  if (!cell.isMerged) return widthOf(ws, col);
  let w = widthOf(ws, col);
  for (let c = col + 1; ws.getCell(cell.row, c).isMerged && ws.getCell(cell.row, c).master === cell; c++) {
    w += widthOf(ws, c);
  }
  return w;
}

/** The hidden sheet saying what the file is: imports check it before reading anything else. */
export function writeMeta(wb: ExcelJS.Workbook, meta: Meta) {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  ws.getCell(1, 1).value = META_MARK;
  Object.entries(meta).forEach(([k, v], i) => {
    ws.getCell(i + 2, 1).value = k;
    ws.getCell(i + 2, 2).value = String(v);
  });
}

export function readMeta(wb: ExcelJS.Workbook): Record<string, string> | null {
  const ws = wb.getWorksheet(META_SHEET);
  if (!ws || ws.getCell(1, 1).value !== META_MARK) return null;
  const out: Record<string, string> = {};
  for (let r = 2; r <= Math.min(ws.rowCount, 50); r++) {
    const k = ws.getCell(r, 1).value;
    const v = ws.getCell(r, 2).value;
    if (typeof k === 'string') out[k] = typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  }
  return out;
}

/** "พิมพ์เมื่อ ๒๕ พฤศจิกายน ๒๕๖๙" for footers. */
export function printedOn(iso: string, digits: DigitStyle): string {
  return `${T.printedOn} ${formatDate(iso, digits)}`;
}

export const num = (n: number, digits: DigitStyle) => withDigits(String(Math.round(n * 100) / 100), digits);

/**
 * The workbook as .xlsx bytes. Zipped at deflate level 1 (JSZip's default is 6): the zipping was
 * about half of an export's time at 6 and takes ~40% less at 1; the sample plan's file grows from
 * 25 to 35 kB.
 */
const ZIP = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as const;

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer(ZIP);
  return new Uint8Array(buf as ArrayBuffer);
}
