// buildXlsx(kind, data): the Excel twin of every report. The PDF side builds from the same data
// (electron/reports/data.ts), so a report's two files always say the same thing.
import type { MonthReport, OitUrlsReport, PlanReport, ReportKind, ResultsReport } from '../data';
import { buildMonthXlsx } from './month';
import { buildOitUrlsXlsx } from './oitUrls';
import { buildPlanXlsx } from './plan';
import { buildResultsXlsx } from './results';

export interface XlsxData {
  plan: PlanReport;
  month: MonthReport;
  'half-year': ResultsReport;
  annual: ResultsReport;
  'oit-urls': OitUrlsReport;
}

export async function buildXlsx<K extends ReportKind>(kind: K, data: XlsxData[K]): Promise<Uint8Array> {
  switch (kind) {
    case 'plan':
      return buildPlanXlsx(data as PlanReport);
    case 'month':
      return buildMonthXlsx(data as MonthReport);
    case 'half-year':
    case 'annual':
      return buildResultsXlsx(data as ResultsReport);
    case 'oit-urls':
      return buildOitUrlsXlsx(data as OitUrlsReport);
    default:
      throw new Error(`unknown report kind: ${String(kind)}`);
  }
}

export { buildDivisionFormXlsx } from './divisionForm';
