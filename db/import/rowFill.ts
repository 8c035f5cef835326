// How one table row's cells go into the item it belongs to (parser.ts decides which item): the
// item's own columns (question, issue) and the activity row's columns (activity, output, awareness,
// timeframe, responsible, monitoring, month and quarter ticks). A cell a vertical merge covers is
// taken only where the row belongs to the same item and the column is not the activity's own.

import type { ParsedItem } from './types';
import type { SourceCell, SourceRow } from './table';
import type { CellPlace, CellReader, Column } from './cells';
import type { ItemRow } from './activities';
import type { ColumnMapping, ColumnRole } from './headers';

const TICK = /^[✓✔√/xX×✗✘●•■▲*+ü]$/;

/** An item being read: its fields, its item-level columns and its activity rows. */
export interface Draft {
  item: Omit<ParsedItem, 'activities' | 'question' | 'issue'>;
  question: Column;
  issue: Column;
  rows: ItemRow[];
}

/** 'new': a fresh item row (or the item's first row); 'append': more of the last one. */
export type FillMode = 'new' | 'append';

export function rowFiller(reader: CellReader, columns: ColumnMapping[]) {
  const col = (role: ColumnRole) => columns.find((c) => c.role === role)?.index ?? -1;
  const place = (line: number, role: ColumnRole): CellPlace => ({
    line,
    column: { index: col(role), header: columns.find((c) => c.role === role)?.header ?? role },
  });
  const cellOf = (row: SourceRow, role: ColumnRole): SourceCell | undefined => {
    const i = col(role);
    return i >= 0 ? row.cells[i] : undefined;
  };
  const textOf = (row: SourceRow, role: ColumnRole) => cellOf(row, role)?.text ?? '';

  /** Put a row's cells into an item row. */
  const fill = (target: ItemRow, row: SourceRow, mode: FillMode, sameItemMerge: boolean) => {
    const use = (role: ColumnRole): SourceCell | null => {
      const cell = cellOf(row, role);
      if (!cell || cell.text.trim() === '') return null;
      if (cell.merged === 'above')
        return mode === 'new' && sameItemMerge && role !== 'output' && role !== 'activity' ? cell : null;
      return cell;
    };
    for (const [role, column] of [
      ['activity', target.activities],
      ['output', target.outputs],
      ['awareness', target.awareness],
    ] as const) {
      const cell = use(role);
      if (!cell) continue;
      const entries = reader.entries(cell.text, place(row.line, role));
      if (mode === 'new' && column.segments.length === 0) column.segments.push(...entries.segments);
      else reader.append(column, entries, place(row.line, role));
    }
    for (const [role, list] of [
      ['timeframe', target.timeframe],
      ['responsible', target.responsible],
      ['monitoring', target.monitoring],
    ] as const) {
      const cell = use(role);
      if (!cell) continue;
      const text = reader.entries(cell.text, place(row.line, role)).segments.join(' ');
      if (text) list.push({ line: row.line, text });
    }
    for (const c of columns) {
      if (c.role !== 'month' && c.role !== 'quarter') continue;
      const cell = row.cells[c.index];
      if (!cell || !(TICK.test(cell.text.trim()) || (cell.merged === 'left' && TICK.test(cell.text.trim())))) continue;
      const p = c.period ?? 0;
      target.ticks.push(...(c.role === 'month' ? [p] : [p * 3, p * 3 + 1, p * 3 + 2]));
    }
  };

  /** The item's own columns: its question (after the code, or its own column) and its issue. */
  const itemLevel = (draft: Draft, row: SourceRow, mode: FillMode, rest: string | null) => {
    const question = rest ?? textOf(row, 'code');
    const qCell = cellOf(row, 'question');
    const parts = [question, qCell && qCell.merged !== 'above' ? qCell.text : ''].filter((t) => t.trim() !== '');
    for (const text of parts)
      reader.append(draft.question, reader.entries(text, place(row.line, 'code')), place(row.line, 'code'));
    const issue = cellOf(row, 'issue');
    if (issue && issue.merged !== 'above' && issue.text.trim() !== '') {
      const entries = reader.entries(issue.text, place(row.line, 'issue'));
      if (mode === 'new' && draft.issue.segments.length === 0) draft.issue.segments.push(...entries.segments);
      else reader.append(draft.issue, entries, place(row.line, 'issue'));
    }
  };

  return { col, cellOf, fill, itemLevel };
}
