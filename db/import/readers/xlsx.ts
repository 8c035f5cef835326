// An office's own plan table saved as .xlsx → rows: the first worksheet that has a table (a sheet
// whose rows hold text in at least three columns), cells as text, merged ranges as covered cells
// (below the top-left cell: covered from above; to its right: from the left).

import type ExcelJS from 'exceljs';
import { cellText, loadWorkbook } from '../../xlsxRead';
import type { SourceCell, SourceDoc, SourceRow } from '../table';

const MAX_ROWS = 5_000;
const MAX_COLUMNS = 60;

function sheetRows(ws: ExcelJS.Worksheet): SourceRow[] {
  const rows: SourceRow[] = [];
  const last = Math.min(ws.rowCount, MAX_ROWS);
  const width = Math.min(ws.columnCount, MAX_COLUMNS);
  for (let r = 1; r <= last; r++) {
    const row = ws.getRow(r);
    const cells: SourceCell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const master = cell.isMerged ? cell.master : cell;
      const text = cellText(master);
      if (master === cell || (master.row === cell.row && master.col === cell.col)) cells.push({ text, merged: 'none' });
      else if (Number(master.row) < r) cells.push({ text, merged: 'above', originLine: Number(master.row) });
      else cells.push({ text, merged: 'left', originLine: r });
    }
    while (cells.length > 0 && cells[cells.length - 1]!.text === '' && cells[cells.length - 1]!.merged === 'none') {
      cells.pop();
    }
    if (cells.every((c) => c.text === '')) continue;
    rows.push({
      line: r,
      cells,
      pageBreakBefore: false,
      outsideTable: cells.filter((c) => c.text).length === 1 && cells.length === 1,
    });
  }
  const w = Math.max(0, ...rows.map((x) => x.cells.length));
  for (const row of rows) while (row.cells.length < w) row.cells.push({ text: '', merged: 'none' });
  return rows;
}

/** Reads an .xlsx (the first sheet with a table); a file that is not one is refused in Thai. */
export async function readXlsx(name: string, data: Uint8Array): Promise<SourceDoc> {
  const wb = await loadWorkbook(name, data);
  const sheets = wb.worksheets.map((ws) => ({ ws, rows: sheetRows(ws) }));
  const table = sheets.find((s) => s.rows.filter((r) => r.cells.filter((c) => c.text !== '').length >= 3).length >= 2);
  return { kind: 'xlsx', rows: (table ?? sheets[0])?.rows ?? [], problems: [] };
}
