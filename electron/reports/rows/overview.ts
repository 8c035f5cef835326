// สรุปผลการติดตาม…: the overview on one page for the director — the roll-up as of a month (by status
// and by division), who has not yet reported what is due that month, and what is past its end. Lists
// are cut to fit one page ("และอีก … ข้อ"); the whole lists are on the overview screen and in the
// monthly sheet.
import { itemCodesText, percentDone, STATE_ORDER } from '../../../core/rules';
import {
  REPORT_STATE_NAMES,
  REPORT_TERMS,
  ENTITY_NAMES,
  NOT_REPORTED,
  CHASE_WORDS,
  OVERVIEW_REPORT_WORDS as SAY,
  officeYear,
} from '../../../core/terms';
import type { OverviewReport } from '../data';
import { cell, column, type Block, type ReportDoc, type Row } from '../rows';
import { countCell, percentCell, signersOf } from './common';
import { fmtFor, type Fmt } from './fmt';
import { monthTitle } from './month';

/** At most this many item codes in a line of the page; the rest are counted. */
export const CODES_ON_PAGE = 4;
/** At most this many overdue activities are named. */
export const OVERDUE_ON_PAGE = 12;

/** Item codes once each, in order: "I1, I3, O4, O12 … อีก ๕ ข้อ". */
export function codeList(codes: readonly string[], f: Fmt, max = CODES_ON_PAGE): string {
  return itemCodesText(codes, f.digits, max);
}

function overallTable(data: OverviewReport, f: Fmt): Block {
  const c = data.progress.overall;
  const heads = [SAY.allActivities, ...STATE_ORDER.map((s) => REPORT_STATE_NAMES[s]), REPORT_TERMS.percentDone];
  return {
    kind: 'table',
    id: 'overall',
    title: SAY.overallTitle(monthTitle(data.month, f)),
    columns: heads.map((h) => column(h, 100 / heads.length, 16, 'center')),
    dense: true,
    rows: [
      {
        kind: 'row',
        code: '',
        cells: [countCell(c.total, f), ...STATE_ORDER.map((s) => countCell(c[s], f)), percentCell(c, f)],
      },
    ],
  };
}

function divisionTable(data: OverviewReport, f: Fmt): Block {
  const progress = new Map(data.progress.byDivision.map((d) => [d.divisionId, d]));
  const rows: Row[] = data.divisionsDue.map((d) => {
    const p = progress.get(d.divisionId);
    return {
      kind: 'row',
      code: '',
      cells: [
        cell(d.name),
        cell(`${f.num(d.due - d.missing.length)}/${f.num(d.due)}`, { align: 'center' }),
        countCell(d.missing.length, f, d.missing.length > 0),
        cell(
          d.missing.length
            ? codeList(
                d.missing.map((r) => r.itemCode),
                f,
              )
            : SAY.allReported,
        ),
        p ? cell(`${f.num(p.done)}/${f.num(p.total)} (${f.n(percentDone(p))}%)`, { align: 'center' }) : cell([]),
      ],
    };
  });
  return {
    kind: 'table',
    id: 'divisions',
    title: SAY.divisionsTitle(monthTitle(data.month, f)),
    columns: [
      column(ENTITY_NAMES.division, 36, 30),
      column(SAY.reportedOfDue, 13, 14, 'center'),
      column(NOT_REPORTED, 10, 12, 'center'),
      column(SAY.itemsNotReported, 26, 50),
      column(SAY.doneThisYear, 15, 16, 'center'),
    ],
    dense: true,
    rows,
    empty: SAY.noneDue,
  };
}

function overdueNote(data: OverviewReport, f: Fmt): Block {
  const o = data.progress.overdue;
  if (o.length === 0) return { kind: 'note', text: SAY.noneOverdue };
  const named = o.slice(0, OVERDUE_ON_PAGE).map((a) => `${a.itemCode} (${f.month(a.endMonth)})`);
  const more = o.length > OVERDUE_ON_PAGE ? SAY.moreOverdue(f.num(o.length - OVERDUE_ON_PAGE)) : '';
  return { kind: 'note', text: SAY.overdue(f.num(o.length), named.join(', ') + more) };
}

export function overviewDoc(data: OverviewReport): ReportDoc {
  const f = fmtFor(data.settings);
  const { plan } = data;
  const title = SAY.title(monthTitle(data.month, f));
  const late = data.divisionsDue.filter((d) => d.missing.length > 0);
  return {
    title,
    orientation: 'portrait',
    onePage: true,
    heading: [title, officeYear(plan.office, f.n(plan.fiscalYear))],
    sheet: SAY.sheet,
    footer: SAY.footer(plan.office, f.monthLong(data.month), f.date(data.generatedAt)),
    blocks: [
      overallTable(data, f),
      divisionTable(data, f),
      {
        kind: 'note',
        strong: late.length > 0,
        text: late.length
          ? SAY.lateDivisions(f.num(late.length), f.num(data.divisionsDue.length))
          : CHASE_WORDS.allReported,
      },
      overdueNote(data, f),
      { kind: 'signoff', signers: signersOf(data.settings, ['reporter', 'head']) },
    ],
    meta: { kind: 'overview', planId: plan.id, fiscalYear: plan.fiscalYear, month: data.month },
  };
}
