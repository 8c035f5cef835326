// Reading a workbook someone sends back, without trusting it (db/xlsxRead.ts: size, zip structure and
// real unpacked size checked before exceljs sees it; cells read as text — a formula is its text,
// never a computed value), and checking it is one of the forms this program exported.
import type ExcelJS from 'exceljs';
import { AppError } from '../../../core/errors';
import { XLSX_FILE_WORDS } from '../../../core/terms';
import { readMeta } from './style';

export { MAX_XLSX_BYTES, MAX_CELL_CHARS, cellText, loadWorkbook } from '../../../db/xlsxRead';

export function metaOf(name: string, wb: ExcelJS.Workbook, kind: string, what: string): Record<string, string> {
  const meta = readMeta(wb);
  if (!meta || meta.kind !== kind) {
    throw new AppError('invalidInput', XLSX_FILE_WORDS.notOurs(name, what));
  }
  return meta;
}
