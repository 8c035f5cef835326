// The plan as the office files it: the 8 columns, tool and indicator heading rows, each item a
// group (its code and question, and its issue, beside its activities). Two hidden Excel columns
// carry the item and activity ids, so a copy edited in Excel can be read back (xlsx/planImport.ts).
import { PLAN_COLUMNS, PLAN_TITLE, REPORT_TERMS as T } from '../../../core/terms';
import type { Activity, Item } from '../../../core/types';
import type { PlanReport } from '../data';
import {
  cell,
  listLines,
  textLines,
  type Cell,
  type Column,
  type GroupRow,
  type ReportDoc,
  type Row,
  type Signoff,
} from '../rows';
import { monitoringText, responsibleText, timeframeText } from '../../../core/rules';
import { directorOf, headingsFor, subHeadingFor, type HeadingState } from './common';
import { fmtFor, type Fmt } from './fmt';

export const PLAN_TABLE = 'plan';

const PDF_WIDTHS = [17, 15, 19, 10, 11, 9, 9, 10];
const XLSX_WIDTHS = [30, 28, 42, 18, 22, 19, 16, 14];

export const PLAN_TABLE_COLUMNS: Column[] = PLAN_COLUMNS.map((head, i) => ({
  head,
  pdf: PDF_WIDTHS[i]!,
  xlsx: XLSX_WIDTHS[i]!,
  align: i === 5 || i === 7 ? 'center' : 'left',
}));
/** Hidden Excel columns after the 8: the ids the round trip reads. */
export const PLAN_HIDDEN = ['item', 'activity'];

/** Code and question: "I1 เจ้าหน้าที่…", the question's further lines below. */
export function itemCell(item: Pick<Item, 'code' | 'question'>): Cell {
  const [first = '', ...rest] = listLines(item.question);
  return cell([first ? `${item.code} ${first}` : item.code, ...rest], { code: item.code });
}

export function activityCells(a: Activity, data: PlanReport, f: Fmt): Cell[] {
  return [
    cell(textLines(a.text), { bullet: 'one' }),
    cell(textLines(a.output)),
    cell(listLines(a.awareness), { bullet: 'each' }),
    cell(timeframeText(a, f.digits), { align: 'center' }),
    cell(responsibleText(a, data.divisions).split('\n')),
    cell(monitoringText(a), { align: 'center' }),
  ];
}

function itemGroup(item: Item, data: PlanReport, f: Fmt): GroupRow {
  const issue = listLines(item.issue);
  return {
    kind: 'group',
    code: item.code,
    lead: [itemCell(item), cell(issue, issue.length > 1 ? { bullet: 'each' } : {})],
    rows: item.activities.map((a) => ({ cells: activityCells(a, data, f), hidden: [String(item.id), String(a.id)] })),
    hidden: [String(item.id), ''],
  };
}

/** ผู้เสนอแผน and ผู้อนุมัติ (the director), with the approval date once the plan is approved. */
function approval(data: PlanReport, f: Fmt): Signoff {
  const { settings, plan } = data;
  const approvedOn = plan.status === 'approved' && plan.approvedAt ? f.date(plan.approvedAt) : undefined;
  return {
    kind: 'signoff',
    printOnly: true,
    signers: [
      { label: T.proposer, role: settings.headTitle || T.headOfGovernance, name: settings.headOfGovernance },
      {
        label: T.approver,
        role: directorOf(settings),
        name: settings.directorName,
        ...(approvedOn ? { date: approvedOn } : {}),
      },
    ],
  };
}

export function planDoc(data: PlanReport): ReportDoc {
  const f = fmtFor(data.settings);
  const { plan } = data;
  const rows: Row[] = [];
  const last: HeadingState = { tool: null };
  for (const ind of plan.indicators) {
    rows.push(...headingsFor(ind, last, f));
    for (const item of ind.items) rows.push(...subHeadingFor(ind, item, last, f), itemGroup(item, data, f));
  }
  const title = plan.title || PLAN_TITLE;
  const sub = `${plan.office} ${T.planFiscalYear} ${f.n(plan.fiscalYear)}`;
  return {
    title: `${title} ${sub}`,
    heading: [title, sub],
    sheet: T.planSheet,
    footer: `${sub} — ${T.printedOn} ${f.date(data.generatedAt)}`,
    blocks: [
      { kind: 'table', id: PLAN_TABLE, columns: PLAN_TABLE_COLUMNS, hidden: PLAN_HIDDEN, rows, dense: true },
      approval(data, f),
    ],
    meta: { kind: 'plan', planId: plan.id, fiscalYear: plan.fiscalYear, office: plan.office },
  };
}
