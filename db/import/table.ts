// What every reader produces: the document as rows of cells, whatever it came from (pasted text,
// the clipboard's HTML, a .docx, an .xlsx). The plan parser reads only this, so every format gets
// the same headers, headings, codes, merges, lists and warnings.

export type SourceKind = 'text' | 'html' | 'docx' | 'xlsx';

export interface SourceCell {
  /**
   * Plain text; paragraphs and line breaks inside the cell as '\n'; list markers as written
   * ("- ", "• ", "1) ") or, from markup, "- " for a bullet and "1) " for a numbered entry.
   */
  text: string;
  /**
   * 'above': the cell is covered by a vertical merge (vMerge, rowspan) started in an earlier row,
   * `text` is that cell's; 'left': covered by a horizontal merge (gridSpan, colspan); 'none' otherwise.
   */
  merged: 'none' | 'above' | 'left';
  /** The line of the row where the merge started (merged cells only). */
  originLine?: number;
}

export interface SourceRow {
  /** 1-based: the line of pasted text, or the row's number in the document (tables and paragraphs). */
  line: number;
  cells: SourceCell[];
  /** A page break comes right before this row: a blank line in pasted text, a new table, a hard break. */
  pageBreakBefore: boolean;
  /** A paragraph outside any table (a title or a heading between tables). */
  outsideTable: boolean;
}

export interface SourceDoc {
  kind: SourceKind;
  rows: SourceRow[];
  /** Problems the reader found (unreadable file, a table too big …): Thai, with their line. */
  problems: { line: number; severity: 'error' | 'warning'; message: string }[];
}

export { locationWord } from '../../core/terms';

export const plainCell = (text: string): SourceCell => ({ text, merged: 'none' });

/** The row's cells as text, a covered cell reading as its merge's text. */
export const rowTexts = (row: SourceRow): string[] => row.cells.map((c) => c.text);
