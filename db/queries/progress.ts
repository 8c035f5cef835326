// Progress roll-ups for the overview and the reports: by indicator, by division, what is overdue,
// which months were not reported. Two queries, the rest in memory: a plan is a few hundred activities.
import type { FollowUpStatus, Progress, StatusCounts } from '../../core/types';
import { AppError } from '../../core/errors';
import type { Db } from '../open';
import { fiscalMonths } from '../../core/thai';
import { listDivisions } from './settings';
import { INDICATORS, parseIdList } from './structure';

interface Row {
  id: number;
  code: string;
  text: string;
  ind_number: number;
  start_month: string | null;
  end_month: string | null;
  all_divisions: number;
  division_ids: string | null;
}

function counts(statuses: FollowUpStatus[]): StatusCounts {
  const c: StatusCounts = { total: statuses.length, notStarted: 0, inProgress: 0, done: 0, blocked: 0, percentDone: 0 };
  for (const s of statuses) c[s] += 1;
  c.percentDone = c.total === 0 ? 0 : c.done / c.total;
  return c;
}

export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** The month a roll-up is "as of": the one asked, else this month, kept inside the plan's fiscal year. */
export function asOfMonth(fiscalYear: number, month?: string, now = new Date()): string {
  const months = fiscalMonths(fiscalYear);
  const first = months[0]!;
  const last = months[months.length - 1]!;
  if (month !== undefined) {
    if (month < first || month > last) {
      throw new AppError('invalidInput', `เดือน ${month} ไม่อยู่ในปีงบประมาณ พ.ศ. ${fiscalYear}`);
    }
    return month;
  }
  const cur = currentMonth(now);
  return cur < first ? first : cur > last ? last : cur;
}

export function progress(db: Db, planId: number, month?: string): Progress {
  const plan = db.prepare('SELECT fiscal_year FROM plan WHERE id = ?').get(planId) as
    { fiscal_year: number } | undefined;
  if (!plan) throw new AppError('notFound', 'ไม่พบแผนที่ระบุ');
  const asOf = asOfMonth(plan.fiscal_year, month);
  const months = fiscalMonths(plan.fiscal_year).filter((m) => m <= asOf);

  const activities = db
    .prepare(
      `SELECT a.id, i.code, a.text, ind.number AS ind_number, a.start_month, a.end_month, a.all_divisions,
              (SELECT group_concat(division_id) FROM activity_division d WHERE d.activity_id = a.id) AS division_ids
       FROM item i JOIN indicator ind ON ind.id = i.indicator_id JOIN activity a ON a.item_id = i.id
       WHERE i.plan_id = ? ORDER BY ind.number, i.position, a.position`,
    )
    .all(planId) as Row[];
  const reports = db
    .prepare(
      `SELECT f.activity_id, f.month, f.status FROM item i JOIN activity a ON a.item_id = i.id
       JOIN follow_up f ON f.activity_id = a.id
       WHERE i.plan_id = ? AND f.month <= ? ORDER BY f.month`,
    )
    .all(planId, asOf) as { activity_id: number; month: string; status: FollowUpStatus }[];

  const latest = new Map<number, FollowUpStatus>();
  const reported = new Set<string>();
  for (const r of reports) {
    latest.set(r.activity_id, r.status);
    reported.add(`${r.activity_id}|${r.month}`);
  }
  const statusOf = (a: Row) => latest.get(a.id) ?? 'notStarted';

  const byIndicator = INDICATORS.map((ind) => {
    const names = db.prepare('SELECT name FROM indicator WHERE plan_id = ? AND number = ?').get(planId, ind.number) as
      { name: string } | undefined;
    return {
      number: ind.number,
      tool: ind.tool,
      name: names?.name ?? ind.name,
      ...counts(activities.filter((a) => a.ind_number === ind.number).map(statusOf)),
    };
  });

  const divisionsOf = (a: Row) => new Set(parseIdList(a.division_ids));
  const byDivision = listDivisions(db).map((d) => ({
    divisionId: d.id,
    name: d.name,
    ...counts(activities.filter((a) => a.all_divisions === 1 || divisionsOf(a).has(d.id)).map(statusOf)),
  }));

  const overdue = activities
    .filter((a) => a.end_month !== null && a.end_month < asOf && statusOf(a) !== 'done')
    .map((a) => ({
      activityId: a.id,
      itemCode: a.code,
      activityText: a.text,
      endMonth: a.end_month!,
      status: statusOf(a),
    }));

  const isDue = (a: Row, m: string) =>
    (a.start_month === null || a.start_month <= m) && (a.end_month === null || a.end_month >= m);
  const monthsNotReported = months
    .map((m) => {
      const due = activities.filter((a) => isDue(a, m));
      return { month: m, due: due.length, missing: due.filter((a) => !reported.has(`${a.id}|${m}`)).length };
    })
    .filter((m) => m.missing > 0);

  const withUrl = db
    .prepare(
      `SELECT DISTINCT i.code FROM item i JOIN activity a ON a.item_id = i.id JOIN follow_up f ON f.activity_id = a.id
       JOIN evidence e ON e.follow_up_id = f.id AND e.kind = 'url' WHERE i.plan_id = ?`,
    )
    .all(planId) as { code: string }[];
  const published = new Set(withUrl.map((r) => r.code));
  const oitCodes = db
    .prepare("SELECT code FROM item WHERE plan_id = ? AND code GLOB 'O*' ORDER BY position")
    .all(planId) as {
    code: string;
  }[];

  return {
    planId,
    asOfMonth: asOf,
    overall: counts(activities.map(statusOf)),
    byIndicator,
    byDivision,
    overdue,
    monthsNotReported,
    oitWithoutUrl: oitCodes.map((r) => r.code).filter((c) => !published.has(c)),
  };
}
