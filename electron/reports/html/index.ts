// One entry point: a report's data → its HTML (pure).
import type { MonthReport, OitUrlsReport, PlanReport, ReportKind, ResultsReport } from '../data';
import { documentHtml } from './layout';
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

/**
 * What a report window prints once at start (then thrown away): a page like the reports' — their
 * fonts, regular and bold Thai text, a ruled table — so the renderer, the fonts and Chromium's
 * print service are ready before the first real export.
 */
export function warmUpHtml(): string {
  return documentHtml({
    title: 'ITA Tracker',
    settings: { numerals: 'thai' },
    body: `<h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h1>
<table class="grid"><thead><tr><th>ตัวชี้วัด</th><th>กิจกรรม</th></tr></thead>
<tbody><tr><td class="code">O1</td><td>ประชุมชี้แจงเจ้าหน้าที่ ๑ ครั้ง</td></tr></tbody></table>`,
  });
}

export type { ReportKind };
