// The 6-month and annual result reports the office publishes for the ITA: a summary by indicator,
// then per item what was done in the period, the cumulative quantity against the target, evidence
// links, problems and next steps. Every activity row carries the item code in its first cell and
// rows never split, so items may break between their rows (no half-empty pages) without losing a
// code; the item's heading row and the section rows stay with the row after them (break-after).
import { countStatuses, isOverdue, percentDone, STATE_ORDER, targetText, timeframeText } from '../../../core/rules';
import { REPORT_STATE_NAMES, TOOL_TITLES } from '../../../core/terms';
import type { StatusCounts } from '../../../core/types';
import { REPORT_TITLES, type ActivityResult, type ItemResult, type ResultsReport } from '../data';
import { colgroup, headRow, indicatorTitle, sectionRow } from './common';
import { documentHtml, esc, fmtFor, lines, type Fmt } from './layout';
import { evidenceList } from './month';
import { SIGNATURE_CSS, signersOf, signoff } from './signatures';

export const RESULT_COLUMNS = [
  'ข้อ',
  'กิจกรรม',
  'เป้าหมาย',
  'ผลสะสม',
  'สถานะ',
  'ผลการดำเนินงานในรอบ',
  'หลักฐาน',
  'ปัญหา/อุปสรรค และแนวทางดำเนินการต่อไป',
] as const;
export const RESULT_WIDTHS = [6, 20, 8, 8, 10, 20, 16, 12];

const CSS = `
h2 { font-size: 12pt; font-weight: 700; margin: 4mm 0 2mm; break-after: avoid; }
table.summary td.n, table.summary th { text-align: center; }
table.summary tr.total td { font-weight: 700; background: #f2f2f2; }
tr.item { break-after: avoid; page-break-after: avoid; }
tr.item td { background: #fafafa; }
tr.item .code { font-weight: 700; margin-right: 1.5mm; }
.mline + .mline { margin-top: 1mm; }
${SIGNATURE_CSS}
`;

const pct = (c: StatusCounts, f: Fmt) => f.n(percentDone(c));

function summaryTable(data: ResultsReport, f: Fmt): string {
  const heads = ['ตัวชี้วัด', 'จำนวนกิจกรรม', ...STATE_ORDER.map((s) => REPORT_STATE_NAMES[s]), 'ร้อยละที่ดำเนินการแล้ว'];
  const byInd = data.plan.indicators.map((ind) => {
    const acts = data.items.filter((i) => i.indicatorNumber === ind.number).flatMap((i) => i.activities);
    return { ind, c: countStatuses(acts.map((a) => a.status)) };
  });
  const all = countStatuses(data.items.flatMap((i) => i.activities.map((a) => a.status)));
  const row = (label: string, c: StatusCounts, cls = '') =>
    `<tr class="${cls}"><td>${esc(label)}</td><td class="n">${esc(f.num(c.total))}</td>` +
    STATE_ORDER.map((s) => `<td class="n">${esc(f.num(c[s]))}</td>`).join('') +
    `<td class="n">${esc(pct(c, f))}</td></tr>`;
  return (
    `<table class="grid summary">${colgroup([30, 10, 10, 10, 10, 10, 10, 10])}` +
    `${headRow(heads)}<tbody>` +
    byInd.map(({ ind, c }) => row(`${ind.tool} ${indicatorTitle(ind, f)}`, c)).join('') +
    row('รวม', all, 'total') +
    `</tbody></table>`
  );
}

function doneInPeriod(a: ActivityResult, f: Fmt): string {
  return a.followUps
    .filter((fu) => fu.result.trim() !== '')
    .map((fu) => `<div class="mline"><b>${esc(f.month(fu.month))}:</b> ${lines(fu.result)}</div>`)
    .join('');
}

function cumulative(a: ActivityResult, f: Fmt): string {
  const reported = a.followUps.some((fu) => fu.qty !== null);
  if (!reported) return '–';
  const unit = a.activity.targetUnit ? ' ' + a.activity.targetUnit : '';
  return a.activity.targetQty !== null
    ? `${f.num(a.cumulativeQty)} จาก ${f.num(a.activity.targetQty)}${unit}`
    : `${f.num(a.cumulativeQty)}${unit}`;
}

/** Problems reported in the period, the director's orders, and what happens next. */
function nextSteps(a: ActivityResult, lastMonth: string, f: Fmt): string {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const fu of a.followUps) {
    const p = fu.problems.trim();
    if (p && !seen.has(p)) {
      seen.add(p);
      out.push(`<div class="mline">${esc(f.month(fu.month))}: ${lines(p)}</div>`);
    }
    if (fu.directorRemark.trim()) out.push(`<div class="mline"><b>ข้อสั่งการ:</b> ${lines(fu.directorRemark)}</div>`);
  }
  const end = a.activity.endMonth;
  if (a.status !== 'done') {
    if (end && isOverdue(a.activity, a.status, lastMonth)) {
      out.push(`<div class="mline">เร่งรัดดำเนินการ (กำหนดแล้วเสร็จ ${esc(f.month(end))})</div>`);
    } else if (end) out.push(`<div class="mline">ดำเนินการต่อให้แล้วเสร็จภายใน ${esc(f.month(end))}</div>`);
    else out.push(`<div class="mline">ดำเนินการต่อ</div>`);
  }
  return out.join('');
}

function itemRows(r: ItemResult, lastMonth: string, f: Fmt): string {
  const { item } = r;
  const question = item.question.split(/\r?\n/)[0]?.trim() ?? '';
  const head = `<tr class="item" data-item="${esc(item.code)}"><td colspan="8"><span class="code">${esc(item.code)}</span>${esc(question)}</td></tr>`;
  const rows = r.activities.map((a, i) => {
    const when = timeframeText(a.activity, f.digits);
    const cells = [
      `<td class="code">${esc(item.code)}<br><span class="muted">(${esc(f.n(i + 1))})</span></td>`,
      `<td>${lines(a.activity.text)}${when ? `<div class="muted">${esc(when)}</div>` : ''}</td>`,
      `<td>${esc(targetText(a.activity, f.digits)) || lines(a.activity.output)}</td>`,
      `<td class="c">${esc(cumulative(a, f))}</td>`,
      `<td>${esc(REPORT_STATE_NAMES[a.status])}</td>`,
      `<td>${doneInPeriod(a, f)}</td>`,
      `<td>${evidenceList(a.evidence)}</td>`,
      `<td>${nextSteps(a, lastMonth, f)}</td>`,
    ];
    return `<tr data-item="${esc(item.code)}">${cells.join('')}</tr>`;
  });
  return head + rows.join('');
}

export function resultsHtml(data: ResultsReport): string {
  const f = fmtFor(data.settings);
  const { plan } = data;
  const first = data.months[0]!;
  const last = data.months[data.months.length - 1]!;
  const title = REPORT_TITLES[data.period];
  const sub = [
    `${plan.office} ปีงบประมาณ พ.ศ. ${f.n(plan.fiscalYear)}`,
    `ระยะเวลา ${f.month(first)} – ${f.month(last)}`,
  ];
  const body: string[] = [];
  let tool = '';
  for (const ind of plan.indicators) {
    const heads: string[] = [];
    if (ind.tool !== tool) {
      tool = ind.tool;
      heads.push(sectionRow(TOOL_TITLES[ind.tool], 8, 'tool'));
    }
    heads.push(sectionRow(indicatorTitle(ind, f), 8, 'indicator'));
    const items = data.items.filter((i) => i.item.indicatorId === ind.id);
    items.forEach((r, i) => body.push(`<tbody>${i === 0 ? heads.join('') : ''}${itemRows(r, last, f)}</tbody>`));
    if (items.length === 0) body.push(`<tbody class="keep">${heads.join('')}</tbody>`);
  }
  const html =
    `<h1>${esc(title)}</h1>` +
    sub.map((s) => `<p class="sub">${esc(s)}</p>`).join('') +
    `<h2>สรุปผลการดำเนินงานตามตัวชี้วัด</h2>${summaryTable(data, f)}` +
    `<h2>ผลการดำเนินงานรายข้อ</h2>` +
    `<table class="grid results">${colgroup(RESULT_WIDTHS)}${headRow(
      [...RESULT_COLUMNS],
      RESULT_COLUMNS.map(() => 'c'),
    )}${body.join('')}</table>` +
    signoff(signersOf(data.settings, ['reporter', 'head', 'director']), false);
  return documentHtml({ title, settings: data.settings, body: html, css: CSS });
}
