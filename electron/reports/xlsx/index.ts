// buildXlsx(kind, data): the Excel twin of every report, laid out from the same row model as the
// PDF (reports/rows.ts), so a report's two files always say the same thing.
import type { MonthReport, OitUrlsReport, OverviewReport, PlanReport, ReportKind, ResultsReport } from '../data';
import { reportDoc, type ReportData } from '../docs';
import { PDF_FONTS } from '../html/page';
import { buildDocXlsx } from './layout';

export interface XlsxData {
  plan: PlanReport;
  month: MonthReport;
  'half-year': ResultsReport;
  annual: ResultsReport;
  'oit-urls': OitUrlsReport;
  overview: OverviewReport;
}

export async function buildXlsx<K extends ReportKind>(kind: K, data: XlsxData[K]): Promise<Uint8Array> {
  const r = { kind, data } as ReportData;
  // Sizes are TH Sarabun PSK points; a font the app knows to draw larger is scaled down.
  return buildDocXlsx(reportDoc(r), data.settings, PDF_FONTS[data.settings.reportFont]?.scale ?? 1);
}

export { buildDivisionFormXlsx } from './divisionForm';
