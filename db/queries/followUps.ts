// Monthly follow-ups: the grid of one month, saving one report, an activity's history.
import type { Evidence, FollowUp, FollowUpStatus, MonthRow, ReportState } from '../../core/types';
import { AppError } from '../../core/errors';
import { isReported } from '../../core/rules';
import type { Db } from '../open';
import { raw, sql } from '../sql';
import { dueIn, forDivision, monthList, monthsOf, stateOf } from './due';
import { all, get, nowIso, run } from './run';
import { parseIdList } from './structure';
import { NOT_FOUND } from '../../core/terms';

interface FollowUpRow {
  id: number;
  activity_id: number;
  month: string;
  status: FollowUpStatus;
  qty: number | null;
  result: string;
  problems: string;
  reporter: string;
  reported_at: string | null;
  director_remark: string;
  updated_at: string;
  draft: number;
  copied_from: string | null;
}

interface EvidenceRow {
  id: number;
  follow_up_id: number;
  kind: 'url' | 'file';
  label: string;
  url: string | null;
  file_name: string | null;
  mime_type: string | null;
  size: number | null;
  created_at: string;
}

export const EVIDENCE_COLUMNS =
  'e.id, e.follow_up_id, e.kind, e.label, e.url, e.file_name, e.mime_type, e.size, e.created_at';

export const toEvidence = (r: EvidenceRow): Evidence => ({
  id: r.id,
  followUpId: r.follow_up_id,
  kind: r.kind,
  label: r.label,
  url: r.url,
  fileName: r.file_name,
  mimeType: r.mime_type,
  size: r.size,
  createdAt: r.created_at,
});

const toFollowUp = (r: FollowUpRow, evidence: Evidence[]): FollowUp => ({
  id: r.id,
  activityId: r.activity_id,
  month: r.month,
  status: r.status,
  qty: r.qty,
  result: r.result,
  problems: r.problems,
  reporter: r.reporter,
  reportedAt: r.reported_at,
  directorRemark: r.director_remark,
  updatedAt: r.updated_at,
  evidence,
  draft: r.draft === 1,
  copiedFrom: r.copied_from,
});

function evidenceOf(db: Db, followUpId: number): Evidence[] {
  return all<EvidenceRow>(
    db,
    sql`SELECT ${raw(EVIDENCE_COLUMNS)} FROM evidence e WHERE e.follow_up_id = ${followUpId} ORDER BY e.id`,
  ).map(toEvidence);
}

export function getFollowUp(db: Db, activityId: number, month: string): FollowUp | null {
  const r = get<FollowUpRow>(db, sql`SELECT * FROM follow_up WHERE activity_id = ${activityId} AND month = ${month}`);
  return r ? toFollowUp(r, evidenceOf(db, r.id)) : null;
}

export function getFollowUpById(db: Db, id: number): FollowUp {
  const r = get<FollowUpRow>(db, sql`SELECT * FROM follow_up WHERE id = ${id}`);
  if (!r) throw new AppError('notFound', NOT_FOUND.followUp);
  return toFollowUp(r, evidenceOf(db, r.id));
}

export type FollowUpFields = Pick<
  FollowUp,
  'status' | 'qty' | 'result' | 'problems' | 'reporter' | 'reportedAt' | 'directorRemark'
> &
  Partial<Pick<FollowUp, 'draft' | 'copiedFrom'>>;

/** Saves a month's report; a save is a report (draft off) unless `f` says it is a copied draft. */
export function upsertFollowUp(db: Db, activityId: number, month: string, f: FollowUpFields): number {
  const draft = f.draft === true ? 1 : 0;
  const copiedFrom = f.draft === true ? (f.copiedFrom ?? null) : null;
  run(
    db,
    sql`INSERT INTO follow_up (activity_id, month, status, qty, result, problems, reporter, reported_at,
          director_remark, updated_at, draft, copied_from)
        VALUES (${activityId}, ${month}, ${f.status}, ${f.qty}, ${f.result}, ${f.problems}, ${f.reporter},
          ${f.reportedAt}, ${f.directorRemark}, ${nowIso()}, ${draft}, ${copiedFrom})
        ON CONFLICT (activity_id, month) DO UPDATE SET
          status = excluded.status, qty = excluded.qty, result = excluded.result, problems = excluded.problems,
          reporter = excluded.reporter, reported_at = excluded.reported_at,
          director_remark = excluded.director_remark, updated_at = excluded.updated_at,
          draft = excluded.draft, copied_from = excluded.copied_from`,
  );
  return get<{ id: number }>(db, sql`SELECT id FROM follow_up WHERE activity_id = ${activityId} AND month = ${month}`)!
    .id;
}

export function activityHistory(db: Db, activityId: number): FollowUp[] {
  return all<FollowUpRow>(db, sql`SELECT * FROM follow_up WHERE activity_id = ${activityId} ORDER BY month`).map((r) =>
    toFollowUp(r, evidenceOf(db, r.id)),
  );
}

interface MonthJoinRow {
  a_id: number;
  item_id: number;
  code: string;
  ind_number: number;
  position: number;
  text: string;
  output: string;
  target_qty: number | null;
  target_unit: string | null;
  start_month: string | null;
  end_month: string | null;
  months: string | null;
  responsible_text: string;
  all_divisions: number;
  division_ids: string | null;
  f_id: number | null;
}

export function listMonth(
  db: Db,
  planId: number,
  month: string,
  filter: { divisionId?: number | undefined; status?: ReportState | undefined } = {},
): MonthRow[] {
  const division = filter.divisionId ?? null;
  const status = filter.status ?? null;
  const rows = all<MonthJoinRow>(
    db,
    sql`SELECT a.id AS a_id, a.item_id, i.code, ind.number AS ind_number, a.position, a.text, a.output, a.target_qty,
              a.target_unit, a.start_month, a.end_month, ${monthsOf()} AS months, a.responsible_text, a.all_divisions,
              (SELECT group_concat(division_id) FROM activity_division d WHERE d.activity_id = a.id) AS division_ids,
              f.id AS f_id
       FROM item i
       JOIN indicator ind ON ind.id = i.indicator_id
       JOIN activity a ON a.item_id = i.id
       LEFT JOIN follow_up f ON f.activity_id = a.id AND f.month = ${month}
       WHERE i.plan_id = ${planId} AND ${dueIn(month)} AND ${forDivision(division)}
         AND (${status} IS NULL OR ${stateOf()} = ${status})
       ORDER BY ind.number, i.position, i.id, a.position, a.id`,
  );
  const followUps = new Map<number, FollowUpRow>();
  const evidence = new Map<number, Evidence[]>();
  const ids = rows.map((r) => r.f_id).filter((x): x is number => x !== null);
  if (ids.length > 0) {
    const list = JSON.stringify(ids);
    for (const f of all<FollowUpRow>(
      db,
      sql`SELECT * FROM follow_up WHERE id IN (SELECT value FROM json_each(${list}))`,
    )) {
      followUps.set(f.id, f);
    }
    const evRows = all<EvidenceRow>(
      db,
      sql`SELECT ${raw(EVIDENCE_COLUMNS)} FROM evidence e
          WHERE e.follow_up_id IN (SELECT value FROM json_each(${list})) ORDER BY e.id`,
    );
    for (const e of evRows) evidence.set(e.follow_up_id, [...(evidence.get(e.follow_up_id) ?? []), toEvidence(e)]);
  }
  return rows.map((r) => {
    const f = r.f_id === null ? undefined : followUps.get(r.f_id);
    const followUp = f ? toFollowUp(f, evidence.get(f.id) ?? []) : null;
    return {
      activityId: r.a_id,
      itemId: r.item_id,
      itemCode: r.code,
      indicatorNumber: r.ind_number,
      activityPosition: r.position,
      activityText: r.text,
      output: r.output,
      targetQty: r.target_qty,
      targetUnit: r.target_unit,
      startMonth: r.start_month,
      endMonth: r.end_month,
      months: monthList(r.months),
      responsibleText: r.responsible_text,
      allDivisions: r.all_divisions === 1,
      divisionIds: parseIdList(r.division_ids),
      followUp,
      reported: isReported(followUp),
    };
  });
}

/**
 * For "copy from last month": each activity due in `to` that has a report in `from`, in plan order,
 * with that report and whether `to` already holds one.
 */
export function copySources(db: Db, planId: number, from: string, to: string) {
  return all<{
    activity_id: number;
    code: string;
    position: number;
    text: string;
    status: FollowUpStatus;
    result: string;
    problems: string;
    draft: number;
    filled: number;
  }>(
    db,
    sql`SELECT a.id AS activity_id, i.code, a.position, a.text, p.status, p.result, p.problems, p.draft,
               (t.id IS NOT NULL) AS filled
        FROM item i JOIN indicator ind ON ind.id = i.indicator_id JOIN activity a ON a.item_id = i.id
        JOIN follow_up p ON p.activity_id = a.id AND p.month = ${from}
        LEFT JOIN follow_up t ON t.activity_id = a.id AND t.month = ${to}
        WHERE i.plan_id = ${planId} AND ${dueIn(to)}
        ORDER BY ind.number, i.position, i.id, a.position, a.id`,
  );
}

export function planIdOfActivity(db: Db, activityId: number): number {
  const r = get<{ plan_id: number }>(
    db,
    sql`SELECT i.plan_id FROM activity a JOIN item i ON i.id = a.item_id WHERE a.id = ${activityId}`,
  );
  if (!r) throw new AppError('notFound', NOT_FOUND.activity);
  return r.plan_id;
}

/** An activity as users name it: its item's code and its place among the item's activities. */
export function activityRef(db: Db, activityId: number): { code: string; position: number } {
  const r = get<{ code: string; position: number }>(
    db,
    sql`SELECT i.code, (SELECT count(*) FROM activity b WHERE b.item_id = a.item_id AND
          (b.position < a.position OR (b.position = a.position AND b.id <= a.id))) AS position
        FROM activity a JOIN item i ON i.id = a.item_id WHERE a.id = ${activityId}`,
  );
  if (!r) throw new AppError('notFound', NOT_FOUND.activity);
  return r;
}
