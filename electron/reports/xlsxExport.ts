// The one place where the Excel builder plugs into the export: the API method, the CLI's
// --format xlsx and atomic writing all go through this function.
import type { ReportData } from './docs';
import { buildXlsx } from './xlsx';

export async function buildXlsxFile(r: ReportData): Promise<Uint8Array> {
  return buildXlsx(r.kind, r.data as never);
}
