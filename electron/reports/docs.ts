// A report's data → its row model (what every cell says), for both layouts.
import type { MonthReport, OitUrlsReport, OverviewReport, PlanReport, ReportKind, ResultsReport } from './data';
import type { ReportDoc } from './rows';
import { monthDoc } from './rows/month';
import { oitUrlsDoc } from './rows/oitUrls';
import { overviewDoc } from './rows/overview';
import { planDoc } from './rows/plan';
import { resultsDoc } from './rows/results';

export type ReportData =
  | { kind: 'plan'; data: PlanReport }
  | { kind: 'month'; data: MonthReport }
  | { kind: 'half-year' | 'annual'; data: ResultsReport }
  | { kind: 'oit-urls'; data: OitUrlsReport }
  | { kind: 'overview'; data: OverviewReport };

export function reportDoc(r: ReportData): ReportDoc {
  switch (r.kind) {
    case 'plan':
      return planDoc(r.data);
    case 'month':
      return monthDoc(r.data);
    case 'half-year':
    case 'annual':
      return resultsDoc(r.data);
    case 'oit-urls':
      return oitUrlsDoc(r.data);
    case 'overview':
      return overviewDoc(r.data);
  }
}

export type { ReportKind };
