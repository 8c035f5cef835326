// The OIT URL list: each O item with the URL(s) published for it, ready to type into ITAS.
// A URL reported in several months is listed once, with its months.
import { REPORT_TITLES, type OitUrlRow, type OitUrlsReport } from '../data';
import { colgroup, headRow } from './common';
import { documentHtml, esc, fmtFor, urlText, type Fmt } from './layout';

export const OIT_COLUMNS = ['ข้อ', 'หัวข้อ', 'URL', 'คำอธิบาย', 'เดือนที่รายงาน'] as const;
export const OIT_WIDTHS = [6, 30, 40, 14, 10];

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

function itemRows(row: OitUrlRow, f: Fmt): string {
  const { item } = row;
  const question = `<td>${esc(item.question.split(/\r?\n/)[0]?.trim() ?? '')}</td>`;
  const urls = uniqueUrls(row);
  if (urls.length === 0) {
    return `<tr data-item="${esc(item.code)}"><td class="code">${esc(item.code)}</td>${question}<td class="muted">ยังไม่มี URL</td><td></td><td></td></tr>`;
  }
  return urls
    .map(
      (u, i) =>
        `<tr data-item="${esc(item.code)}"><td class="code">${esc(item.code)}</td>${i === 0 ? question : '<td></td>'}` +
        `<td>${urlText(u.url)}</td><td>${esc(u.label)}</td><td>${esc(u.months.map(f.month).join(', '))}</td></tr>`,
    )
    .join('');
}

export function oitUrlsHtml(data: OitUrlsReport): string {
  const f = fmtFor(data.settings);
  const { plan } = data;
  const title = REPORT_TITLES['oit-urls'];
  const withUrl = data.rows.filter((r) => r.urls.length > 0).length;
  const body =
    `<h1>${esc(title)}</h1>` +
    `<p class="sub">${esc(plan.office)} ปีงบประมาณ พ.ศ. ${esc(f.n(plan.fiscalYear))}</p>` +
    `<p class="meta">มี URL แล้ว ${esc(f.num(withUrl))} จาก ${esc(f.num(data.rows.length))} ข้อ</p>` +
    `<table class="grid oit">${colgroup(OIT_WIDTHS)}${headRow(
      [...OIT_COLUMNS],
      OIT_COLUMNS.map(() => 'c'),
    )}` +
    data.rows.map((r) => `<tbody class="keep">${itemRows(r, f)}</tbody>`).join('') +
    `</table>`;
  return documentHtml({ title, settings: data.settings, body });
}
