// แบบรายงานผลการดำเนินงานประจำเดือน: page 1 sums up (counts by status, by division reported / due,
// the problems that need the director's order), then every activity due that month under its tool
// and indicator headings, with who is responsible, its report and the director's orders; signatures.
// With data.division set it is that division's own sheet; with data.onlyReported, the table lists
// only the activities reported that month (the summary still counts all).
import { REPORT_STATE_NAMES, REPORT_TERMS as T, REPORT_TITLES, reportCounts, STATUS_NAMES } from '../../../core/terms';
import type { Indicator, Item, MonthRow } from '../../../core/types';
import type { MonthReport } from '../data';
import { cell, column, textLines, type Block, type Cell, type Column, type ReportDoc, type Row } from '../rows';
import {
  countStatuses,
  divisionsDue,
  isReported,
  reportState,
  responsibleText,
  STATE_ORDER,
  targetWording,
} from '../../../core/rules';
import {
  countCell,
  directorOf,
  evidenceLines,
  headingsFor,
  percentCell,
  signersOf,
  subHeadingFor,
  type HeadingState,
} from './common';
import { fmtFor, type Fmt } from './fmt';

const col = column;

export const MONTH_TABLE = 'month';
/** The Excel sheet of the summaries (the PDF's page 1). */
export const SUMMARY_SHEET = T.summarySheet;
export const MONTH_COLUMNS: Column[] = [
  col(T.code, 6, 8, 'center'),
  col(T.activity, 16, 36),
  col(T.responsible, 10, 18),
  col(T.target, 8, 16),
  col(T.achieved, 7, 12, 'center'),
  col(T.status, 9, 15),
  col(T.result, 14, 32),
  col(T.evidence, 12, 34),
  col(T.problems, 9, 24),
  col(T.orders, 9, 24),
];

/** "มีนาคม พ.ศ. ๒๕๖๖" */
export function monthTitle(month: string, f: Fmt): string {
  const [name, year] = f.monthLong(month).split(' ');
  return `${name} ${T.yearOf} ${year}`;
}

function codeCell(code: string, position: number, f: Fmt): Cell {
  return cell([code, `(${f.n(position)})`], { code, align: 'center' });
}

function monthCells(r: MonthRow, data: MonthReport, f: Fmt): Cell[] {
  const fu = r.followUp;
  const qty = fu?.qty ?? null;
  const unit = r.targetUnit ?? '';
  return [
    codeCell(r.itemCode, r.activityPosition, f),
    cell(textLines(r.activityText)),
    cell(responsibleText(r, data.divisions).split('\n')),
    cell(targetWording(r, f.digits)),
    qty === null
      ? cell([], { align: 'center' })
      : cell(`${f.num(qty)}${unit ? ' ' + unit : ''}`, { qty: { value: qty, unit }, align: 'center' }),
    cell(REPORT_STATE_NAMES[reportState(fu)]),
    cell(textLines(fu?.result)),
    cell(evidenceLines(fu?.evidence ?? [])),
    cell(textLines(fu?.problems)),
    cell(textLines(fu?.directorRemark)),
  ];
}

function statusTable(data: MonthReport, f: Fmt): Block {
  const c = data.counts;
  const reported = data.rows.filter((r) => isReported(r.followUp)).length;
  const heads = [T.due, T.reported, ...STATE_ORDER.map((s) => REPORT_STATE_NAMES[s]), T.percentDone];
  const values = [
    countCell(c.total, f),
    countCell(reported, f),
    ...STATE_ORDER.map((s) => countCell(c[s], f)),
    percentCell(c, f),
  ];
  return {
    kind: 'table',
    id: 'status',
    title: T.monthStatusCaption,
    columns: heads.map((h) => col(h, 100 / heads.length, 16, 'center')),
    rows: [{ kind: 'row', code: '', cells: values }],
    sheet: SUMMARY_SHEET,
  };
}

/** Per division: activities due (its own and ทุกฝ่าย) and how many were reported. */
function divisionTable(data: MonthReport, f: Fmt): Block {
  const rows: Row[] = [];
  for (const d of divisionsDue(data.rows, data.divisions)) {
    const c = countStatuses(d.rows.map((r) => reportState(r.followUp)));
    rows.push({
      kind: 'row',
      code: '',
      cells: [
        cell(d.name),
        countCell(d.due, f),
        countCell(d.due - d.missing.length, f),
        countCell(d.missing.length, f),
        countCell(c.done, f),
        countCell(c.blocked, f),
      ],
    });
  }
  return {
    kind: 'table',
    id: 'divisions',
    title: T.monthDivisionCaption,
    columns: [
      col(T.division, 30, 34),
      col(T.due, 14, 14, 'center'),
      col(T.reported, 14, 14, 'center'),
      col(REPORT_STATE_NAMES.notReported, 14, 14, 'center'),
      col(STATUS_NAMES.done, 14, 16, 'center'),
      col(STATUS_NAMES.blocked, 14, 20, 'center'),
    ],
    rows,
    sheet: SUMMARY_SHEET,
  };
}

/** Reports with problems or that could not be done: what the director is asked to order on. */
function problemsTable(data: MonthReport, f: Fmt): Block {
  const rows: Row[] = data.rows
    .filter((r) => r.followUp && (r.followUp.problems.trim() !== '' || r.followUp.status === 'blocked'))
    .map((r) => ({
      kind: 'row',
      code: r.itemCode,
      cells: [
        codeCell(r.itemCode, r.activityPosition, f),
        cell(textLines(r.activityText)),
        cell(responsibleText(r, data.divisions).split('\n')),
        cell(REPORT_STATE_NAMES[reportState(r.followUp)]),
        cell(textLines(r.followUp!.problems)),
      ],
    }));
  return {
    kind: 'table',
    id: 'problems',
    title: T.monthProblemsCaption,
    columns: [
      col(T.code, 8, 8, 'center'),
      col(T.activity, 32, 40),
      col(T.responsible, 16, 20),
      col(T.status, 14, 18),
      col(T.problems, 30, 40),
    ],
    rows,
    empty: T.monthNoProblems,
    sheet: SUMMARY_SHEET,
  };
}

export function monthDoc(data: MonthReport): ReportDoc {
  const f = fmtFor(data.settings);
  const { plan } = data;
  const indicatorOf = new Map<number, { ind: Indicator; item: Item }>();
  for (const ind of plan.indicators) for (const item of ind.items) indicatorOf.set(item.id, { ind, item });
  const shown = data.onlyReported ? data.rows.filter((r) => isReported(r.followUp)) : data.rows;
  const rows: Row[] = [];
  const last: HeadingState = { tool: null };
  let indicator: Indicator | undefined;
  for (const r of shown) {
    const at = indicatorOf.get(r.itemId);
    if (at && at.ind !== indicator) {
      indicator = at.ind;
      rows.push(...headingsFor(at.ind, last, f));
    }
    if (at) rows.push(...subHeadingFor(at.ind, at.item, last, f));
    rows.push({ kind: 'row', code: r.itemCode, cells: monthCells(r, data, f) });
  }
  const title = `${REPORT_TITLES.month} ${monthTitle(data.month, f)}`;
  const where = data.division ? `${data.division.name} ${plan.office}` : plan.office;
  const heading = [title, `${T.monthSubtitle} ${f.n(plan.fiscalYear)}`, where];
  const blocks: Block[] = [statusTable(data, f)];
  if (!data.division) blocks.push(divisionTable(data, f));
  blocks.push(problemsTable(data, f));
  if (data.onlyReported) {
    blocks.push({
      kind: 'note',
      text: reportCounts.onlyReported(f.num(shown.length), f.num(data.rows.length)),
    });
  }
  blocks.push(
    {
      kind: 'table',
      id: MONTH_TABLE,
      title: T.monthRowsCaption,
      columns: MONTH_COLUMNS,
      rows,
      dense: true,
      empty: data.onlyReported ? T.monthNoneReported : T.monthNoneDue,
    },
    {
      kind: 'signoff',
      orders: `${T.orderLine}${directorOf(data.settings)}`,
      signers: signersOf(data.settings, ['reporter', 'head', 'director']),
    },
  );
  return {
    title,
    heading,
    sheet: T.monthSheet,
    footer: `${where} ${f.monthLong(data.month)} — ${T.printedOn} ${f.date(data.generatedAt)}`,
    blocks,
    meta: {
      kind: 'month',
      planId: plan.id,
      fiscalYear: plan.fiscalYear,
      month: data.month,
      divisionId: data.division?.id ?? '',
    },
  };
}
