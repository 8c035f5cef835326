// The plan in the seed's layout: 8 columns, tool and indicator heading rows, one row per activity
// (activities as bullets) with the item's code, question and issue spanning its activities.
// Each item is its own <tbody class="keep">: it moves to the next page whole when it fits on one.
// An item estimated taller than a page (estimateLines) is laid out without rowspans instead (see
// tallItem): rows of at most half a page, each after the first starting with "I1 (ต่อ)", so when
// Chromium breaks between its rows, the rows on the next page still say which item they are.
import { monitoringText, responsibleText, timeframeText } from '../../../core/rules';
import { PLAN_COLUMNS, TOOL_TITLES } from '../../../core/terms';
import type { Activity, Division, Item } from '../../../core/types';
import type { PlanReport } from '../data';
import { colgroup, headRow, indicatorTitle, sectionRow } from './common';
import { bullets, documentHtml, esc, fmtFor, lines, type Fmt } from './layout';

type Divisions = ReadonlyMap<number, Division>;

export const PLAN_WIDTHS = [19, 15, 19, 10, 12, 9, 8, 8];
/** Lines of 10.5pt text an A4 landscape page holds under the repeated header (a little cautious). */
export const PAGE_LINES = 32;
/** Rough Thai characters per line for each column at its width. */
const CHARS_PER_LINE = PLAN_WIDTHS.map((w) => Math.max(6, Math.floor(w * 1.4)));

function textLines(text: string, col: number): number {
  return text.split(/\r?\n/).reduce((n, l) => n + Math.max(1, Math.ceil(l.trim().length / CHARS_PER_LINE[col]!)), 0);
}

/** Estimated height of an item in text lines (rows: the tallest cell, plus padding). */
export function estimateLines(item: Item): number {
  const head = textLines(item.question, 0) + 1;
  const issue = textLines(item.issue, 1);
  const acts = item.activities.reduce(
    (n, a) =>
      n +
      1 +
      Math.max(
        textLines(a.text, 2),
        textLines(a.output, 3),
        textLines(a.awareness, 4),
        2,
        textLines(a.responsibleText, 6),
      ),
    0,
  );
  return Math.max(head, issue, acts);
}

const CSS = `
td.q .code { font-weight: 700; margin-right: 1.5mm; }
`;

const nonEmpty = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-•]\s*/, '').trim())
    .filter((l) => l !== '');

const list = (items: string[]) =>
  items.length ? `<ul class="bl">${items.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : '';

function questionCell(item: Item): string {
  const [first = '', ...rest] = nonEmpty(item.question);
  return `<span class="code">${esc(item.code)}</span>${esc(first)}${list(rest)}`;
}

/** Lines packed greedily into chunks of at most `budget` estimated lines (a chunk holds ≥ 1 line). */
function chunk(lines: string[], col: number, budget: number): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let used = 0;
  for (const l of lines) {
    const h = textLines(l, col);
    if (cur.length && used + h > budget) {
      out.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(l);
    used += h;
  }
  if (cur.length) out.push(cur);
  return out;
}

function activityCells(a: Activity | undefined, f: Fmt, divisions: Divisions): string {
  if (!a) return '<td></td>'.repeat(6);
  return [
    `<td class="act"><ul class="bl"><li>${lines(a.text)}</li></ul></td>`,
    `<td>${lines(a.output)}</td>`,
    `<td>${bullets(a.awareness)}</td>`,
    `<td>${esc(timeframeText(a, f.digits))}</td>`,
    `<td>${lines(responsibleText(a, divisions))}</td>`,
    `<td>${lines(monitoringText(a))}</td>`,
  ].join('');
}

/**
 * An item taller than a page: no rowspans. Its question and issue lines are spread over rows of about
 * most half a page, next to its activities; every row after the first starts with "I1 (ต่อ)". Rows
 * stay whole, so each page shows the code of every row on it.
 */
function tallItem(item: Item, f: Fmt, divisions: Divisions): string {
  const budget = Math.floor(PAGE_LINES / 3);
  const [first = '', ...restQ] = nonEmpty(item.question);
  const qChunks = chunk(restQ, 0, budget);
  const issue = nonEmpty(item.issue);
  const iChunks = chunk(issue, 1, budget);
  const n = Math.max(item.activities.length, qChunks.length, iChunks.length, 1);
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const q =
      i === 0
        ? `<span class="code">${esc(item.code)}</span>${esc(first)}${list(qChunks[0] ?? [])}`
        : `<span class="code">${esc(item.code)}</span><span class="muted">(ต่อ)</span>${list(qChunks[i] ?? [])}`;
    const is = iChunks[i] ?? [];
    const issueCell = issue.length === 1 ? esc(is[0] ?? '') : list(is);
    rows.push(
      `<tr data-item="${esc(item.code)}"><td class="q">${q}</td><td>${issueCell}</td>${activityCells(item.activities[i], f, divisions)}</tr>`,
    );
  }
  return `<tbody class="tall">${rows.join('')}</tbody>`;
}

export function planItem(item: Item, f: Fmt, divisions: Divisions = new Map()): string {
  if (estimateLines(item) > PAGE_LINES) return tallItem(item, f, divisions);
  const n = Math.max(1, item.activities.length);
  const head =
    `<td class="q" rowspan="${n}">${questionCell(item)}</td>` + `<td rowspan="${n}">${bullets(item.issue)}</td>`;
  if (item.activities.length === 0) {
    return `<tbody class="keep"><tr>${head}<td colspan="6" class="muted">ยังไม่มีกิจกรรม</td></tr></tbody>`;
  }
  const rows = item.activities.map(
    (a, i) => `<tr data-item="${esc(item.code)}">${i === 0 ? head : ''}${activityCells(a, f, divisions)}</tr>`,
  );
  return `<tbody class="keep">${rows.join('')}</tbody>`;
}

export function planHtml(data: PlanReport): string {
  const f = fmtFor(data.settings);
  const { plan } = data;
  const divisions: Divisions = new Map(data.divisions.map((d) => [d.id, d]));
  const body: string[] = [];
  let tool = '';
  for (const ind of plan.indicators) {
    const heads: string[] = [];
    if (ind.tool !== tool) {
      tool = ind.tool;
      heads.push(sectionRow(TOOL_TITLES[ind.tool], 8, 'tool'));
    }
    heads.push(sectionRow(indicatorTitle(ind, f), 8, 'indicator'));
    // Headings stay with the first item under them.
    const [first, ...others] = ind.items;
    body.push(
      first
        ? planItem(first, f, divisions).replace(/^<tbody class="(\w+)">/, (m) => m + heads.join(''))
        : `<tbody class="keep">${heads.join('')}</tbody>`,
    );
    for (const item of others) body.push(planItem(item, f, divisions));
  }
  const title = plan.title || 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';
  const html =
    `<h1>${esc(title)}</h1>` +
    `<p class="sub">${esc(plan.office)} ประจำปีงบประมาณ พ.ศ. ${esc(f.n(plan.fiscalYear))}</p>` +
    `<table class="grid plan">${colgroup(PLAN_WIDTHS)}${headRow(
      [...PLAN_COLUMNS],
      PLAN_COLUMNS.map(() => 'c'),
    )}${body.join('')}</table>`;
  return documentHtml({
    title: `${title} ${plan.office} ${plan.fiscalYear}`,
    settings: data.settings,
    body: html,
    css: CSS,
  });
}
