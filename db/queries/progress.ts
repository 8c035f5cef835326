// Progress roll-ups for the overview and the reports: by indicator, by division, what is overdue,
// which months were not reported. A few queries, the rest in memory (a plan is a few hundred
// activities, its reports up to the as-of month a few thousand); every rule (latest status, counts,
// overdue, as-of month, due in a month, reported) is core/rules.ts's, whose SQL twins the month
// list uses (./due.ts; tests/db/rules.test.ts checks the two agree).
import type { FollowUpStatus, Progress, ReportState } from '../../core/types';
import { isOpenDataTool } from '../../core/criteria';
import { AppError } from '../../core/errors';
import { naturalCompare } from '../../core/naturalCompare';
import { activityState, answersFor, asOfMonth, countStatuses, isDueIn, isOverdue, isReported } from '../../core/rules';
import { fiscalMonths } from '../../core/thai';
import type { Db } from '../open';
import { sql } from '../sql';
import { forDivision, monthList, monthsOf } from './due';
import { all, get } from './run';
import { listDivisions } from './settings';
import { listIndicatorRows, parseIdList } from './structure';
import { NOT_FOUND } from '../../core/terms';

interface Row {
  id: number;
  code: string;
  text: string;
  ind_number: number;
  start_month: string | null;
  end_month: string | null;
  months: string | null;
  all_divisions: number;
  division_ids: string | null;
}

/** divisionId: only the activities that division answers for (linked to it, or ทุกฝ่าย). */
export function progress(db: Db, planId: number, month?: string, divisionId?: number): Progress {
  const plan = get<{ fiscal_year: number }>(db, sql`SELECT fiscal_year FROM plan WHERE id = ${planId}`);
  if (!plan) throw new AppError('notFound', NOT_FOUND.plan);
  const asOf = asOfMonth(plan.fiscal_year, month);
  const months = fiscalMonths(plan.fiscal_year).filter((m) => m <= asOf);

  const division = divisionId ?? null;
  const ofDivision = forDivision(division);
  const activities = all<Row>(
    db,
    sql`SELECT a.id, i.code, a.text, ind.number AS ind_number, a.start_month, a.end_month, ${monthsOf()} AS months,
               a.all_divisions, (SELECT group_concat(division_id) FROM activity_division d WHERE d.activity_id = a.id) AS division_ids
        FROM item i JOIN indicator ind ON ind.id = i.indicator_id JOIN activity a ON a.item_id = i.id
        WHERE i.plan_id = ${planId} AND ${ofDivision} ORDER BY ind.number, i.position, a.position`,
  );
  const reports = all<{ activity_id: number; month: string; status: FollowUpStatus; draft: number }>(
    db,
    sql`SELECT f.activity_id, f.month, f.status, f.draft FROM item i JOIN activity a ON a.item_id = i.id
        JOIN follow_up f ON f.activity_id = a.id
        WHERE i.plan_id = ${planId} AND f.month <= ${asOf}`,
  );
  const reportsOf = new Map<number, { month: string; status: FollowUpStatus; draft: boolean }[]>();
  for (const r of reports) {
    const report = { month: r.month, status: r.status, draft: r.draft === 1 };
    const list = reportsOf.get(r.activity_id);
    if (list) list.push(report);
    else reportsOf.set(r.activity_id, [report]);
  }
  const status = new Map<number, ReportState>(
    activities.map((a) => [a.id, activityState({ startMonth: a.start_month }, reportsOf.get(a.id) ?? [], asOf)]),
  );
  const statusOf = (a: Row) => status.get(a.id)!;

  // The plan's own indicators, in its order: whatever its criteria set has.
  const byIndicator = listIndicatorRows(db, planId).map((ind) => ({
    number: ind.number,
    tool: ind.tool,
    toolName: ind.tool_name,
    name: ind.name,
    ...countStatuses(activities.filter((a) => a.ind_number === ind.number).map(statusOf)),
  }));

  const shape = new Map(
    activities.map((a) => [a.id, { allDivisions: a.all_divisions === 1, divisionIds: parseIdList(a.division_ids) }]),
  );
  const byDivision = listDivisions(db)
    .filter((d) => division === null || d.id === division)
    .map((d) => ({
      divisionId: d.id,
      name: d.name,
      ...countStatuses(activities.filter((a) => answersFor(shape.get(a.id)!, d.id)).map(statusOf)),
    }));

  const overdue = activities
    .filter((a) => isOverdue({ endMonth: a.end_month }, statusOf(a), asOf))
    .map((a) => ({
      activityId: a.id,
      itemCode: a.code,
      activityText: a.text,
      endMonth: a.end_month!,
      status: statusOf(a),
    }));

  const spans = activities.map((a) => ({
    id: a.id,
    startMonth: a.start_month,
    endMonth: a.end_month,
    months: monthList(a.months),
  }));
  // Per month up to the as-of month: activities due (the month list's rule) and how many have no report.
  const perMonth = months.map((month) => {
    const due = spans.filter((a) => isDueIn(a, month));
    const reported = due.filter((a) => isReported(reportsOf.get(a.id)?.find((r) => r.month === month))).length;
    return { month, due: due.length, missing: due.length - reported };
  });
  const monthsNotReported = perMonth
    .filter((m) => m.missing > 0)
    .map((m) => ({ month: m.month, missing: m.missing, due: m.due }));

  // The open-data tools' items (OIT, MOIT …): the ones whose work is a published link.
  const oitCodes = all<{ code: string; tool: string }>(
    db,
    sql`SELECT i.code, t.code AS tool FROM item i JOIN indicator ind ON ind.id = i.indicator_id
        JOIN tool t ON t.id = ind.tool_id WHERE i.plan_id = ${planId} ORDER BY t.position, ind.position, i.position`,
  )
    .filter((r) => isOpenDataTool(r.tool))
    .map((r) => r.code);
  // Which of them have a link among their evidence (any month): only those items' reports are read.
  const published = new Set(
    oitCodes.length === 0
      ? []
      : all<{ code: string }>(
          db,
          sql`SELECT DISTINCT i.code FROM item i JOIN activity a ON a.item_id = i.id JOIN follow_up f ON f.activity_id = a.id
              JOIN evidence e ON e.follow_up_id = f.id AND e.kind = 'url'
              WHERE i.plan_id = ${planId} AND i.code IN (SELECT value FROM json_each(${JSON.stringify(oitCodes)}))`,
        ).map((r) => r.code),
  );

  return {
    planId,
    asOfMonth: asOf,
    overall: countStatuses(activities.map(statusOf)),
    byIndicator,
    byDivision,
    overdue,
    monthsNotReported,
    // In code order (O2 before O10), whatever order the plan lists them in.
    oitWithoutUrl: oitCodes.filter((c) => !published.has(c)).sort(naturalCompare),
  };
}
