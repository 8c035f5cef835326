// Pasted text → rows: one table row per line, cells separated by tabs (what Word, a PDF viewer
// and Excel put on the clipboard as text/plain, or a .txt/.tsv file). Excel quotes a cell that
// holds line breaks ("…"), with "" for a quote inside; such a cell is read whole. Cells that carry
// HTML fragments (text exported from a PDF) are read through the HTML reader. A blank line is where
// a page ended.

import type { SourceCell, SourceDoc, SourceRow } from '../table';
import { htmlFragmentText } from './html';

const HAS_MARKUP = /<\/?[a-z][^>]*>|&(?:#x?[0-9a-f]+|[a-z]+);/i;

function cellOf(raw: string): SourceCell {
  const text = HAS_MARKUP.test(raw) ? htmlFragmentText(raw) : raw.replace(/[ \u00A0]+/g, ' ').trim();
  return { text, merged: 'none' };
}

interface RawRow {
  line: number;
  cells: string[];
}

/**
 * Split text into rows of cells. A cell that starts with a quote and whose closing quote is
 * followed by a tab or the end of a line may span lines (Excel's format); any other quote is text.
 */
export function splitTsv(text: string): RawRow[] {
  const rows: RawRow[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i <= n) {
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let atCellStart = true;
    for (;;) {
      if (i >= n) {
        cells.push(cell);
        i = n + 1;
        break;
      }
      const ch = text[i] as string;
      if (atCellStart && ch === '"') {
        const quoted = readQuoted(text, i);
        if (quoted) {
          cell = quoted.value;
          line += quoted.newlines;
          i = quoted.end;
          atCellStart = false;
          continue;
        }
      }
      atCellStart = false;
      if (ch === '\t') {
        cells.push(cell);
        cell = '';
        atCellStart = true;
        i++;
        continue;
      }
      if (ch === '\n' || ch === '\r') {
        cells.push(cell);
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        break;
      }
      cell += ch;
      i++;
    }
    rows.push({ line: startLine, cells });
  }
  if (rows.length > 0 && rows[rows.length - 1]!.cells.every((c) => c === '')) rows.pop();
  return rows;
}

function readQuoted(text: string, start: number): { value: string; end: number; newlines: number } | null {
  let value = '';
  let newlines = 0;
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i++;
        continue;
      }
      const next = text[i + 1];
      if (next === undefined || next === '\t' || next === '\n' || next === '\r') {
        // Only a cell that really spans lines (or holds an escaped quote) is read as quoted.
        if (newlines === 0 && !text.slice(start + 1, i).includes('""')) return null;
        return { value, end: i + 1, newlines };
      }
      return null;
    }
    if (ch === '\n') newlines++;
    if (ch === '\r' && text[i + 1] !== '\n') newlines++;
    value += ch === '\r' ? '' : ch;
  }
  return null;
}

export function readText(text: string): SourceDoc {
  const rows: SourceRow[] = [];
  let blank = false;
  for (const raw of splitTsv(text)) {
    if (raw.cells.length === 1 && raw.cells[0]!.trim() === '') {
      blank = true;
      continue;
    }
    rows.push({
      line: raw.line,
      cells: raw.cells.map(cellOf),
      pageBreakBefore: blank,
      outsideTable: raw.cells.length === 1,
    });
    blank = false;
  }
  return { kind: 'text', rows, problems: [] };
}
