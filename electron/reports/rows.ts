// What a report says, cell by cell: one model that the PDF (reports/html) and the Excel file
// (reports/xlsx) only lay out, so a report's two files always say the same thing. The builders in
// rows/ turn a report's data (data.ts) into a ReportDoc; nothing in a layout decides wording.
// Pure: no Node, no DOM.

export type Align = 'left' | 'center';

/** One cell: what it says, a paragraph per line. */
export interface Cell {
  lines: string[];
  /** 'each': every line a bullet (PDF list; Excel "- " per line); 'one': one bullet for the cell. */
  bullet?: 'each' | 'one';
  /** A quantity: Excel keeps the number (its format reads as `lines` do); `decimals` fixed, else up to 2. */
  qty?: { value: number; unit: string; decimals?: number };
  /** The first line starts with this code (printed bold in the PDF). */
  code?: string;
  align?: Align;
  /** Printed bold. */
  strong?: boolean;
}

export interface Column {
  head: string;
  /** Share of the PDF table's width, in percent. */
  pdf: number;
  /** Excel column width (character units). */
  xlsx: number;
  align?: Align;
}

/** A full-width heading row inside a table: tool, indicator, sub-indicator or item. */
export interface HeadingRow {
  kind: 'heading';
  level: 'tool' | 'indicator' | 'subIndicator' | 'item';
  text: string;
  /** Values of the table's hidden Excel columns (machine keys, e.g. for the plan's round trip). */
  hidden?: string[];
}

export interface CellsRow {
  kind: 'row';
  /** The code of the item the row belongs to (repeated on a page it continues on). */
  code: string;
  cells: Cell[];
  hidden?: string[];
}

/**
 * Rows sharing their first `lead.length` cells (the plan's item: code and question, issue) over
 * its activity rows. The PDF prints the lead beside the rows and, when the group continues on
 * the next page, repeats the code with "(ต่อ)"; Excel merges the lead cells over the rows.
 */
export interface GroupRow {
  kind: 'group';
  code: string;
  lead: Cell[];
  rows: { cells: Cell[]; hidden?: string[] }[];
  /** Printed when the group has no rows (in place of the row cells). */
  empty?: string;
  /** Hidden Excel values of the group's one row when it has no rows. */
  hidden?: string[];
}

export type Row = HeadingRow | CellsRow | GroupRow;

export interface Table {
  kind: 'table';
  /** Stable name of the table in its report (tests match the PDF's and the Excel's by it). */
  id: string;
  /** A heading printed above the table. */
  title?: string;
  columns: Column[];
  /** Excel only: hidden columns after the visible ones (their headings). */
  hidden?: string[];
  rows: Row[];
  /** Printed in place of the table when it has no rows. */
  empty?: string;
  /** Dense: the smaller (table) type size; otherwise body size. */
  dense?: boolean;
  /** The Excel sheet the table goes on (default: the report's first sheet). */
  sheet?: string;
}

export interface Signer {
  /** What the signer is (ผู้รายงาน …), printed under the name. */
  role: string;
  name: string;
  /** A line above the signature ("ผู้เสนอแผน"). */
  label?: string;
  /** A date already known (the plan's approval); else a line to write it on. */
  date?: string;
}

export interface Signoff {
  kind: 'signoff';
  /**
   * Only on paper: the plan's Excel file is the copy the office edits and reads back
   * (xlsx/planImport.ts), so its approval signatures are printed, not written into the sheet.
   */
  printOnly?: boolean;
  /** Room for the director's orders written by hand, above the signatures. */
  orders?: string;
  signers: Signer[];
}

export interface Note {
  kind: 'note';
  text: string;
  strong?: boolean;
}

export type Block = Table | Signoff | Note;

export interface ReportDoc {
  /** The document's title: the PDF's metadata title, the file's subject. */
  title: string;
  /** The PDF's page (A4 landscape unless the report says otherwise: the director's one-page summary is portrait). */
  orientation?: 'portrait' | 'landscape';
  /** Printed on one page: the type shrinks to fit (the director's summary, whatever the divisions). */
  onePage?: boolean;
  /** Title lines printed on page 1 (the first larger). */
  heading: string[];
  blocks: Block[];
  /** The Excel sheet of blocks that name none. */
  sheet: string;
  /** Printed in the Excel footer and the PDF's last line: office, year, date printed. */
  footer: string;
  /** Key/value pairs for the Excel's hidden sheet (what the file is, for re-import). */
  meta: Record<string, string | number>;
}

// ── helpers the builders share ───────────────────────────────────────────────────────────────

/** Lines of a text: trimmed, blank lines dropped. */
export function textLines(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Lines of a list written with "- " or "• " bullets, the markers dropped. */
export function listLines(text: string | null | undefined): string[] {
  return textLines(text)
    .map((l) => l.replace(/^[-•]\s*/, '').trim())
    .filter((l) => l !== '');
}

export const cell = (lines: string | string[], o: Omit<Cell, 'lines'> = {}): Cell => ({
  lines: typeof lines === 'string' ? textLines(lines) : lines,
  ...o,
});

export const EMPTY: Cell = { lines: [] };

export const column = (head: string, pdf: number, xlsx: number, align: Align = 'left'): Column => ({
  head,
  pdf,
  xlsx,
  align,
});

/** What a cell reads as, one string (lines joined by newlines): what tests compare. */
export function cellText(c: Cell): string {
  return c.lines.join('\n');
}

export function tables(doc: ReportDoc): Table[] {
  return doc.blocks.filter((b): b is Table => b.kind === 'table');
}
