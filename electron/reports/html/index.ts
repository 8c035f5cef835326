// One entry point: a report's data → its HTML (pure).
import type { MonthReport, OitUrlsReport, PlanReport, ReportKind, ResultsReport } from '../data';
import { monthHtml } from './month';
import { oitUrlsHtml } from './oitUrls';
import { planHtml } from './plan';
import { resultsHtml } from './results';

export { monthHtml, oitUrlsHtml, planHtml, resultsHtml };

export type ReportData =
  | { kind: 'plan'; data: PlanReport }
  | { kind: 'month'; data: MonthReport }
  | { kind: 'half-year' | 'annual'; data: ResultsReport }
  | { kind: 'oit-urls'; data: OitUrlsReport };

export function reportHtml(r: ReportData): string {
  switch (r.kind) {
    case 'plan':
      return planHtml(r.data);
    case 'month':
      return monthHtml(r.data);
    case 'half-year':
    case 'annual':
      return resultsHtml(r.data);
    case 'oit-urls':
      return oitUrlsHtml(r.data);
  }
}

export type { ReportKind };
