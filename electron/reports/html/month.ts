// The monthly follow-up sheet (แบบรายงานผลการดำเนินงานประจำเดือน … พ.ศ. …): every activity due that
// month, counts by status, signature blocks. The same function makes a division's own sheet.
// Every row carries its item code in its first cell, and rows never split: a code is never orphaned.
import { reportState, STATE_ORDER, targetText } from '../../../core/rules';
import { REPORT_STATE_NAMES } from '../../../core/terms';
import { ceToBe, THAI_MONTHS_FULL } from '../../../core/thai';
import type { Evidence, MonthRow } from '../../../core/types';
import { REPORT_TITLES, type MonthReport } from '../data';
import { colgroup, headRow } from './common';
import { documentHtml, esc, fmtFor, lines, urlText, type Fmt } from './layout';
import { SIGNATURE_CSS, signersOf, signoff } from './signatures';

export const MONTH_COLUMNS = [
  'ข้อ',
  'กิจกรรม',
  'เป้าหมาย',
  'ผลที่ทำได้',
  'สถานะ',
  'ผลการดำเนินงาน',
  'หลักฐาน',
  'ปัญหา/อุปสรรค',
] as const;
export const MONTH_WIDTHS = [6, 21, 8, 8, 10, 19, 17, 11];

const CSS = `
table.counts { border-collapse: collapse; margin: 0 auto 3mm; }
table.counts td, table.counts th { border: 0.6pt solid #000; padding: 0.8mm 3mm; text-align: center; }
table.counts th { background: #e8e8e8; font-weight: 700; }
.remark { margin-top: 1mm; }
.ev + .ev { margin-top: 1mm; }
${SIGNATURE_CSS}
`;

/** "มีนาคม พ.ศ. ๒๕๖๖" */
export function monthTitle(month: string, f: Fmt): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${THAI_MONTHS_FULL[m - 1]} พ.ศ. ${f.n(ceToBe(y))}`;
}

export function evidenceList(evidence: Evidence[]): string {
  return evidence
    .map((e) => {
      const label = e.label.trim() ? `${esc(e.label.trim())}: ` : '';
      if (e.kind === 'url' && e.url) return `<div class="ev">${label}${urlText(e.url)}</div>`;
      return `<div class="ev">${label}ไฟล์ ${esc(e.fileName ?? '')}</div>`;
    })
    .join('');
}

function qty(row: MonthRow, f: Fmt): string {
  const q = row.followUp?.qty;
  if (q === null || q === undefined) return '';
  return `${f.num(q)}${row.targetUnit ? ' ' + row.targetUnit : ''}`;
}

function monthRow(row: MonthRow, f: Fmt): string {
  const fu = row.followUp;
  const remark = fu?.directorRemark.trim()
    ? `<div class="remark"><b>ข้อสั่งการ:</b> ${lines(fu.directorRemark)}</div>`
    : '';
  const cells = [
    `<td class="code">${esc(row.itemCode)}<br><span class="muted">(${esc(f.n(row.activityPosition))})</span></td>`,
    `<td>${lines(row.activityText)}</td>`,
    `<td>${esc(targetText(row, f.digits)) || lines(row.output)}</td>`,
    `<td class="c">${esc(qty(row, f))}</td>`,
    `<td>${esc(REPORT_STATE_NAMES[reportState(fu)])}</td>`,
    `<td>${lines(fu?.result ?? '')}${remark}</td>`,
    `<td>${evidenceList(fu?.evidence ?? [])}</td>`,
    `<td>${lines(fu?.problems ?? '')}</td>`,
  ];
  return `<tr data-item="${esc(row.itemCode)}">${cells.join('')}</tr>`;
}

export function countsTable(counts: MonthReport['counts'], f: Fmt): string {
  const heads = ['ทั้งหมด', ...STATE_ORDER.map((s) => REPORT_STATE_NAMES[s])];
  const values = [counts.total, ...STATE_ORDER.map((s) => counts[s])];
  return (
    `<table class="counts"><tr>${heads.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>` +
    `<tr>${values.map((v) => `<td>${esc(f.num(v))}</td>`).join('')}</tr></table>`
  );
}

export function monthHtml(data: MonthReport): string {
  const f = fmtFor(data.settings);
  const { plan } = data;
  const title = `${REPORT_TITLES.month} ${monthTitle(data.month, f)}`;
  const sub = [
    `ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. ${f.n(plan.fiscalYear)}`,
    data.division ? `${data.division.name} ${plan.office}` : plan.office,
  ];
  const rows = data.rows.map((r) => monthRow(r, f)).join('');
  const table = data.rows.length
    ? `<table class="grid month">${colgroup(MONTH_WIDTHS)}${headRow(
        [...MONTH_COLUMNS],
        MONTH_COLUMNS.map(() => 'c'),
      )}<tbody>${rows}</tbody></table>`
    : `<p class="meta">ไม่มีกิจกรรมที่ต้องดำเนินการในเดือนนี้</p>`;
  const body =
    `<h1>${esc(title)}</h1>` +
    sub.map((s) => `<p class="sub">${esc(s)}</p>`).join('') +
    countsTable(data.counts, f) +
    table +
    signoff(signersOf(data.settings, ['reporter', 'head', 'director']), true);
  return documentHtml({ title, settings: data.settings, body, css: CSS });
}
