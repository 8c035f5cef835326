// The 6-month and annual results the office publishes for the ITA: summaries by indicator and by
// division, then per item (whatever items the plan has) each activity's cumulative quantity against
// its target, the months it was done, what was done, evidence links in full, problems and the
// director's orders, and what comes next.
import { REPORT_STATE_NAMES, REPORT_TERMS as T, REPORT_TITLES } from '../../../core/terms';
import type { Division, FollowUp, StatusCounts } from '../../../core/types';
import type { ActivityResult, ResultsReport } from '../data';
import { cell, column, textLines, type Block, type Cell, type Column, type ReportDoc, type Row } from '../rows';
import { countStatuses, isOverdue, STATE_ORDER, targetWording, timeframeText } from '../../../core/rules';
import {
  countCell,
  evidenceLines,
  headingsFor,
  indicatorTitle,
  percentCell,
  signersOf,
  subHeadingFor,
  type HeadingState,
} from './common';
import { fmtFor, type Fmt } from './fmt';
import { itemCell } from './plan';
import { SUMMARY_SHEET } from './month';

const col = column;

export const RESULTS_TABLE = 'results';
export const RESULT_COLUMNS: Column[] = [
  col(T.code, 5, 8, 'center'),
  col(T.activity, 16, 36),
  col(T.target, 8, 16),
  col(T.cumulative, 7, 12, 'center'),
  col(T.monthsDone, 8, 16),
  col(T.status, 8, 15),
  col(T.result, 15, 36),
  col(T.evidence, 13, 34),
  col(T.problemsAndOrders, 11, 28),
  col(T.nextSteps, 9, 24),
];

const SUMMARY_HEADS = [T.activity, ...STATE_ORDER.map((s) => REPORT_STATE_NAMES[s]), T.percentDone];

function countRow(label: string, c: StatusCounts, f: Fmt, strong = false): Row {
  return {
    kind: 'row',
    code: '',
    cells: [
      cell(label, { strong }),
      countCell(c.total, f, strong),
      ...STATE_ORDER.map((s) => countCell(c[s], f, strong)),
      percentCell(c, f, strong),
    ],
  };
}

function summaryTable(id: string, title: string, first: string, rows: Row[]): Block {
  return {
    kind: 'table',
    id,
    title,
    columns: [col(first, 34, 50), ...SUMMARY_HEADS.map((h) => col(h, 11, 16, 'center'))],
    rows,
    sheet: SUMMARY_SHEET,
  };
}

const byMonth = (fs: FollowUp[], pick: (fu: FollowUp) => string, f: Fmt): string[] => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const fu of fs) {
    const t = textLines(pick(fu)).join(' ');
    if (!t || seen.has(t)) continue;
    seen.add(t);
    out.push(`${f.month(fu.month)}: ${t}`);
  }
  return out;
};

/** What comes next: nothing when done; hurry when overdue (core/rules.ts isOverdue), else finish by its end. */
function nextSteps(a: ActivityResult, lastMonth: string, f: Fmt): string[] {
  if (a.status === 'done') return [];
  const end = a.activity.endMonth;
  if (end && isOverdue(a.activity, a.status, lastMonth)) return [`${T.hurry} ${f.month(end)})`];
  if (end) return [`${T.finishBy} ${f.month(end)}`];
  return [T.goOn];
}

function activityCells(code: string, a: ActivityResult, lastMonth: string, f: Fmt): Cell[] {
  const act = a.activity;
  const reported = a.cumulative.counted > 0;
  const unit = act.targetUnit ?? '';
  const when = timeframeText(act, f.digits);
  const done = a.followUps.filter((fu) => fu.status === 'done').map((fu) => f.month(fu.month));
  return [
    cell([code, `(${f.n(act.position)})`], { code, align: 'center' }),
    cell([...textLines(act.text), ...(when ? [`(${when})`] : [])]),
    cell(targetWording(act, f.digits)),
    reported
      ? cell(`${f.num(a.cumulative.qty)}${unit ? ' ' + unit : ''}`, {
          qty: { value: a.cumulative.qty, unit },
          align: 'center',
        })
      : cell([], { align: 'center' }),
    cell(done.join(', ')),
    cell(REPORT_STATE_NAMES[a.status]),
    cell(byMonth(a.followUps, (fu) => fu.result, f)),
    cell(evidenceLines(a.evidence)),
    cell([
      ...byMonth(a.followUps, (fu) => fu.problems, f),
      ...byMonth(a.followUps, (fu) => fu.directorRemark, f).map((l) => `${T.orderLine} ${l}`),
    ]),
    cell(nextSteps(a, lastMonth, f)),
  ];
}

function divisionRows(data: ResultsReport, divisions: Division[], f: Fmt): Row[] {
  const acts = data.items.flatMap((i) => i.activities);
  return divisions.flatMap((d) => {
    const mine = acts.filter((a) => a.activity.allDivisions || a.activity.divisionIds.includes(d.id));
    return mine.length ? [countRow(d.name, countStatuses(mine.map((a) => a.status)), f)] : [];
  });
}

export function resultsDoc(data: ResultsReport): ReportDoc {
  const f = fmtFor(data.settings);
  const { plan } = data;
  const first = data.months[0]!;
  const last = data.months[data.months.length - 1]!;
  const period = `${f.month(first)} – ${f.month(last)}`;
  const rows: Row[] = [];
  const lastTool: HeadingState = { tool: null };
  const byIndicator: Row[] = [];
  for (const ind of plan.indicators) {
    const items = data.items.filter((i) => i.item.indicatorId === ind.id);
    rows.push(...headingsFor(ind, lastTool, f));
    for (const r of items) {
      const head = itemCell(r.item);
      rows.push(...subHeadingFor(ind, r.item, lastTool, f));
      rows.push({ kind: 'heading', level: 'item', text: head.lines.join(' ') });
      for (const a of r.activities) {
        rows.push({ kind: 'row', code: r.item.code, cells: activityCells(r.item.code, a, last, f) });
      }
    }
    const c = countStatuses(items.flatMap((i) => i.activities.map((a) => a.status)));
    byIndicator.push(countRow(`${ind.tool} ${indicatorTitle(ind, f)}`, c, f));
  }
  const all = countStatuses(data.items.flatMap((i) => i.activities.map((a) => a.status)));
  byIndicator.push(countRow(T.total, all, f, true));
  const title = f.n(REPORT_TITLES[data.period]);
  const sub = `${plan.office} ${T.fiscalYear} ${f.n(plan.fiscalYear)}`;
  return {
    title: `${title} ${sub}`,
    heading: [title, sub, `${T.period} ${period}`],
    sheet: f.n(data.period === 'annual' ? T.annualSheet : T.halfYearSheet),
    footer: `${sub} (${period}) — ${T.printedOn} ${f.date(data.generatedAt)}`,
    blocks: [
      summaryTable('byIndicator', T.resultsByIndicator, T.indicator, byIndicator),
      summaryTable('byDivision', T.resultsByDivision, T.division, divisionRows(data, data.divisions, f)),
      {
        kind: 'table',
        id: RESULTS_TABLE,
        title: T.resultsByItem,
        columns: RESULT_COLUMNS,
        rows,
        dense: true,
      },
      { kind: 'signoff', signers: signersOf(data.settings, ['reporter', 'head', 'director']) },
    ],
    meta: { kind: data.period, planId: plan.id, fiscalYear: plan.fiscalYear },
  };
}
