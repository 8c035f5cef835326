// A report's Excel file, laid out from the same row model as its PDF (reports/rows.ts): each sheet
// opens with the report's title lines, then its tables (caption, header, heading rows merged across,
// item groups with their lead cells merged down), notes and signatures. Quantities stay numbers
// whose format reads as the PDF does (Thai digits when the numerals setting says so).
import type ExcelJS from 'exceljs';
import type { Settings } from '../../../core/types';
import { cellText, type Block, type Cell, type ReportDoc, type Signer, type Table } from '../rows';
import {
  addSheet,
  BODY_SIZE,
  fitRows,
  headerRow,
  newWorkbook,
  put,
  SECTION_FILL,
  title,
  TITLE_SIZE,
  toBytes,
  writeMeta,
} from './style';
import { REPORT_TERMS as T } from '../../../core/terms';

/** Shown as "- text" while the cell keeps the text itself. */
export const BULLET_FMT = '"- "@';
/**
 * Thai digits in a number format: the extended locale code [$-D00041E] (numeral system 0x0D = Thai,
 * default calendar, locale 041E = Thai), which Excel and LibreOffice both read (LibreOffice maps it
 * to [NatNum1][$-41E] and writes it back the same way: its test tdf#36038 "extended LCID").
 */
export const THAI_DIGITS = '[$-D00041E]';

/** The number format that shows a quantity as the PDF prints it: "๑,๒๓๔.๕ ครั้ง". */
export function qtyFormat(q: NonNullable<Cell['qty']>, digits: 'thai' | 'arabic'): string {
  const decimals = q.decimals ?? (Number.isInteger(q.value) ? 0 : 2);
  const number = decimals === 0 ? '#,##0' : q.decimals === undefined ? '#,##0.##' : `#,##0.${'0'.repeat(decimals)}`;
  const unit = q.unit.replace(/["\\]/g, '').trim();
  return `${digits === 'thai' ? THAI_DIGITS : ''}${number}${unit ? `" ${unit}"` : ''}`;
}

interface Ctx {
  ws: ExcelJS.Worksheet;
  font: string;
  size: number;
  digits: 'thai' | 'arabic';
  /** Visible columns of the sheet. */
  cols: number;
  row: number;
}

function writeCell(c: Ctx, r: number, col: number, cell: Cell, bold = false) {
  const value = cell.qty ? cell.qty.value : cellText(cell);
  const x = put(c.ws, r, col, value, c.font, {
    size: c.size,
    bold: bold || cell.strong,
    align: cell.align ?? 'left',
    numFmt: cell.qty ? qtyFormat(cell.qty, c.digits) : cell.bullet && cell.lines.length ? BULLET_FMT : undefined,
  });
  return x;
}

/** Text across `width` columns: a ruled heading row of a table, or (`plain`) a caption or note. */
function mergedText(
  c: Ctx,
  r: number,
  width: number,
  text: string,
  o: { bold?: boolean; fill?: ExcelJS.Fill; plain?: boolean } = {},
) {
  if (width > 1) c.ws.mergeCells(r, 1, r, width);
  put(c.ws, r, 1, text, c.font, { size: c.size, bold: o.bold ?? false, fill: o.fill, border: !o.plain });
  if (!o.plain) for (let k = 2; k <= width; k++) c.ws.getCell(r, k).border = c.ws.getCell(r, 1).border;
  // Neither Excel nor LibreOffice grows a merged row to its text: room for one line at this size.
  c.ws.getRow(r).height = Math.max(c.ws.getRow(r).height ?? 0, Math.round(c.size * 1.7));
}

function writeTable(c: Ctx, t: Table, dense: number): { header: number } {
  const n = t.columns.length;
  c.size = t.dense ? dense : c.size;
  if (t.title) {
    mergedText(c, c.row, n, t.title, { bold: true, plain: true });
    c.row++;
  }
  const header = c.row;
  headerRow(
    c.ws,
    header,
    t.columns.map((col) => col.head),
    c.font,
  );
  (t.hidden ?? []).forEach((h, i) => put(c.ws, header, n + 1 + i, h, c.font, { border: false }));
  c.row++;
  const first = c.row;
  // Machine keys go only where the table has hidden columns for them (the plan's round trip).
  const hidden = (r: number, values: string[] | undefined) =>
    (values ?? [])
      .slice(0, t.hidden?.length ?? 0)
      .forEach((v, i) => put(c.ws, r, n + 1 + i, v, c.font, { border: false }));
  if (t.rows.length === 0) {
    mergedText(c, c.row++, n, t.empty ?? '');
  }
  for (const row of t.rows) {
    if (row.kind === 'heading') {
      mergedText(c, c.row, n, row.text, { bold: true, fill: SECTION_FILL });
      hidden(c.row, row.hidden);
      c.row++;
    } else if (row.kind === 'row') {
      row.cells.forEach((cell, i) => writeCell(c, c.row, i + 1, cell));
      hidden(c.row, row.hidden);
      c.row++;
    } else {
      const start = c.row;
      const lead = row.lead.length;
      if (row.rows.length === 0) {
        row.lead.forEach((cell, i) => writeCell(c, c.row, i + 1, cell));
        if (n > lead + 1) c.ws.mergeCells(c.row, lead + 1, c.row, n);
        put(c.ws, c.row, lead + 1, row.empty ?? '', c.font, { size: c.size });
        hidden(c.row, row.hidden);
        c.row++;
        continue;
      }
      for (const sub of row.rows) {
        row.lead.forEach((cell, i) =>
          c.row === start ? writeCell(c, c.row, i + 1, cell) : put(c.ws, c.row, i + 1, null, c.font),
        );
        sub.cells.forEach((cell, i) => writeCell(c, c.row, lead + i + 1, cell));
        hidden(c.row, sub.hidden);
        c.row++;
      }
      if (c.row - 1 > start) for (let i = 1; i <= lead; i++) c.ws.mergeCells(start, i, c.row - 1, i);
    }
  }
  fitRows(c.ws, first, c.row - 1, n);
  c.row++;
  return { header };
}

function writeSignoff(c: Ctx, orders: string | undefined, signers: Signer[]) {
  const { ws, cols } = c;
  if (orders) {
    mergedText(c, c.row, cols, orders, { bold: true, plain: true });
    c.row++;
    for (let i = 0; i < 3; i++, c.row++) {
      ws.mergeCells(c.row, 1, c.row, cols);
      put(ws, c.row, 1, '.'.repeat(260), c.font, { border: false });
      ws.getRow(c.row).height = 24;
    }
    c.row++;
  }
  const per = Math.max(1, Math.floor(cols / Math.max(1, signers.length)));
  const lines = (s: Signer) => [
    ...(s.label ? [s.label] : []),
    `${T.signHere} ........................................`,
    `( ${s.name.trim() || '........................................'} )`,
    s.role,
    s.date ? `${T.dateWord} ${s.date}` : `${T.dateWord} ........../........../..........`,
  ];
  const height = Math.max(...signers.map((s) => lines(s).length));
  signers.forEach((s, k) => {
    const from = 1 + k * per;
    const to = k === signers.length - 1 ? cols : from + per - 1;
    lines(s).forEach((l, i) => {
      if (to > from) ws.mergeCells(c.row + i, from, c.row + i, to);
      put(ws, c.row + i, from, l, c.font, { border: false, align: 'center', size: c.size });
    });
  });
  for (let i = 0; i < height; i++) ws.getRow(c.row + i).height = i === (signers[0]?.label ? 1 : 0) ? 40 : 22;
  c.row += height;
}

/** Sheets in the order they first appear, each with the blocks that go on it. */
function sheetsOf(doc: ReportDoc): Map<string, Block[]> {
  const out = new Map<string, Block[]>();
  for (const b of doc.blocks) {
    const name = (b.kind === 'table' && b.sheet) || doc.sheet;
    out.set(name, [...(out.get(name) ?? []), b]);
  }
  return out;
}

/** Column widths of a sheet: for each column, the widest its tables ask for. */
function widthsOf(blocks: Block[]): number[] {
  const w: number[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    b.columns.forEach((c, i) => (w[i] = Math.max(w[i] ?? 0, c.xlsx)));
    (b.hidden ?? []).forEach((_, i) => (w[b.columns.length + i] = Math.max(w[b.columns.length + i] ?? 0, 8)));
  }
  return w.length ? w : [60];
}

export async function buildDocXlsx(doc: ReportDoc, settings: Settings, scale = 1): Promise<Uint8Array> {
  const wb = newWorkbook();
  const size = Math.round(settings.reportTextPt * scale);
  const dense = Math.round(Math.max(14, settings.reportTablePt) * scale);
  for (const [name, blocks] of sheetsOf(doc)) {
    const widths = widthsOf(blocks);
    const visible = Math.max(1, ...blocks.filter((b): b is Table => b.kind === 'table').map((t) => t.columns.length));
    const hiddenCols = blocks
      .filter((b): b is Table => b.kind === 'table')
      .flatMap((t) => (t.hidden ?? []).map((_, i) => t.columns.length + i));
    // The header of the sheet's main (longest) table repeats on every printed page.
    const main = blocks
      .filter((b): b is Table => b.kind === 'table')
      .reduce<Table | null>((m, t) => (!m || t.rows.length >= m.rows.length ? t : m), null);
    const ws = addSheet(wb, name, settings, { widths, headerRows: [1, 1], footer: doc.footer, hidden: hiddenCols });
    const c: Ctx = { ws, font: settings.reportFont, size, digits: settings.numerals, cols: visible, row: 1 };
    doc.heading.forEach((line, i) => title(ws, c.row++, visible, line, c.font, i === 0 ? TITLE_SIZE : BODY_SIZE));
    c.row++;
    let mainHeader = 1;
    for (const b of blocks) {
      c.size = size;
      if (b.kind === 'table') {
        const { header } = writeTable(c, b, dense);
        if (b === main) mainHeader = header;
      } else if (b.kind === 'note') {
        mergedText(c, c.row, visible, b.text, { bold: b.strong ?? false, plain: true });
        c.row += 2;
      } else if (!b.printOnly) {
        writeSignoff(c, b.orders, b.signers);
      }
    }
    if (main?.dense) {
      ws.pageSetup.printTitlesRow = `${mainHeader}:${mainHeader}`;
      ws.views = [
        {
          state: 'frozen',
          xSplit: 0,
          ySplit: mainHeader,
          topLeftCell: `A${mainHeader + 1}`,
          activeCell: `A${mainHeader + 1}`,
        },
      ];
    } else {
      delete ws.pageSetup.printTitlesRow;
      ws.views = [];
    }
  }
  writeMeta(wb, doc.meta);
  return toBytes(wb);
}
