// The OIT URL list: each item of the open-data assessment with the URL(s) published for it, in
// code order (O2 before O10), ready to type into ITAS. A URL reported in several months is listed
// once, with its months.
import { REPORT_TERMS as T, REPORT_TITLES, reportCounts } from '../../../core/terms';
import type { OitUrlRow, OitUrlsReport } from '../data';
import { cell, type Column, type GroupRow, type ReportDoc } from '../rows';
import { linkLine } from '../../../core/lookAlike';
import { naturalCompare } from '../../../core/naturalCompare';
import { fmtFor } from './fmt';
import { itemCell } from './plan';

export const OIT_TABLE = 'oit';
export const OIT_COLUMNS: Column[] = [
  { head: T.code, pdf: 28, xlsx: 56 },
  { head: T.url, pdf: 42, xlsx: 70 },
  { head: T.urlLabel, pdf: 16, xlsx: 40 },
  { head: T.monthReported, pdf: 14, xlsx: 16, align: 'center' },
];

export interface OitUrlEntry {
  url: string;
  label: string;
  months: string[];
}

export function uniqueUrls(row: OitUrlRow): OitUrlEntry[] {
  const byUrl = new Map<string, OitUrlEntry>();
  for (const u of row.urls) {
    const e = byUrl.get(u.url);
    if (!e) byUrl.set(u.url, { url: u.url, label: u.label, months: [u.month] });
    else {
      if (!e.months.includes(u.month)) e.months.push(u.month);
      if (!e.label && u.label) e.label = u.label;
    }
  }
  return [...byUrl.values()];
}

export function oitUrlsDoc(data: OitUrlsReport): ReportDoc {
  const f = fmtFor(data.settings);
  const { plan } = data;
  const sorted = [...data.rows].sort((a, b) => naturalCompare(a.item.code, b.item.code));
  const rows: GroupRow[] = sorted.map((r) => ({
    kind: 'group',
    code: r.item.code,
    lead: [itemCell({ code: r.item.code, question: r.item.question.split(/\r?\n/)[0] ?? '' })],
    rows: uniqueUrls(r).map((u) => ({
      // A look-alike domain in punycode, with its Thai warning (core/lookAlike.ts).
      cells: [cell(linkLine(u.url)), cell(u.label), cell(u.months.map(f.month).join(', '), { align: 'center' })],
    })),
    empty: T.noUrl,
  }));
  const withUrl = data.rows.filter((r) => r.urls.length > 0).length;
  const title = REPORT_TITLES['oit-urls'];
  const sub = `${plan.office} ${T.fiscalYear} ${f.n(plan.fiscalYear)}`;
  return {
    title: `${title} ${sub}`,
    heading: [title, sub],
    sheet: 'OIT URL',
    footer: `${sub} — ${T.printedOn} ${f.date(data.generatedAt)}`,
    blocks: [
      { kind: 'note', text: reportCounts.withUrl(f.num(withUrl), f.num(data.rows.length)) },
      { kind: 'table', id: OIT_TABLE, columns: OIT_COLUMNS, rows },
    ],
    meta: { kind: 'oit-urls', planId: plan.id, fiscalYear: plan.fiscalYear },
  };
}
