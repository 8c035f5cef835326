// The record-level SQL of undo and revert (electron/api/handlers/history.ts): a month's report or
// a link put back as it was (under its old id when that is free), removed, or cleared.
import type { FollowUp } from '../../core/types';
import type { Db } from '../open';
import { sql } from '../sql';
import { get, nowIso, run } from './run';

/** A month's report as audit entries hold it (older entries lack the draft fields). */
export type FollowUpSnapshot = Omit<FollowUp, 'updatedAt' | 'evidence' | 'draft' | 'copiedFrom'> &
  Partial<Pick<FollowUp, 'draft' | 'copiedFrom'>>;

/** Puts a report back as the snapshot says (its old id when free), or updates the row in its place. */
export function putFollowUp(db: Db, f: FollowUpSnapshot): number {
  const free = !get(db, sql`SELECT 1 FROM follow_up WHERE id = ${f.id}`);
  const id = free ? f.id : null;
  run(
    db,
    sql`INSERT INTO follow_up (id, activity_id, month, status, qty, result, problems, reporter, reported_at,
          director_remark, updated_at, draft, copied_from)
        VALUES (${id}, ${f.activityId}, ${f.month}, ${f.status}, ${f.qty}, ${f.result}, ${f.problems}, ${f.reporter},
          ${f.reportedAt}, ${f.directorRemark}, ${nowIso()}, ${f.draft === true ? 1 : 0}, ${f.copiedFrom ?? null})
        ON CONFLICT (activity_id, month) DO UPDATE SET
          status = excluded.status, qty = excluded.qty, result = excluded.result, problems = excluded.problems,
          reporter = excluded.reporter, reported_at = excluded.reported_at,
          director_remark = excluded.director_remark, updated_at = excluded.updated_at,
          draft = excluded.draft, copied_from = excluded.copied_from`,
  );
  return get<{ id: number }>(
    db,
    sql`SELECT id FROM follow_up WHERE activity_id = ${f.activityId} AND month = ${f.month}`,
  )!.id;
}

export function followUpIdOf(db: Db, activityId: number, month: string): number | null {
  return (
    get<{ id: number }>(db, sql`SELECT id FROM follow_up WHERE activity_id = ${activityId} AND month = ${month}`)?.id ??
    null
  );
}

/** Removes a month's report (its evidence goes with it: the caller removes and records that first). */
export function deleteFollowUpRow(db: Db, id: number): void {
  run(db, sql`DELETE FROM follow_up WHERE id = ${id}`);
}

export function evidenceCountOf(db: Db, followUpId: number): number {
  return get<{ n: number }>(db, sql`SELECT count(*) AS n FROM evidence WHERE follow_up_id = ${followUpId}`)!.n;
}

export function activityExists(db: Db, id: number): boolean {
  return !!get(db, sql`SELECT 1 FROM activity WHERE id = ${id}`);
}

export function followUpExists(db: Db, id: number): boolean {
  return !!get(db, sql`SELECT 1 FROM follow_up WHERE id = ${id}`);
}

/** A link put back under its old id when that is free. */
export function putEvidenceUrl(
  db: Db,
  e: { id: number; followUpId: number; url: string; label: string; createdAt?: string },
): number {
  const free = !get(db, sql`SELECT 1 FROM evidence WHERE id = ${e.id}`);
  const r = run(
    db,
    sql`INSERT INTO evidence (id, follow_up_id, kind, label, url, created_at)
        VALUES (${free ? e.id : null}, ${e.followUpId}, 'url', ${e.label}, ${e.url}, ${e.createdAt ?? nowIso()})`,
  );
  return Number(r.lastInsertRowid);
}

/** Activities left under an item. */
export function activityCountOfItem(db: Db, itemId: number): number {
  return get<{ n: number }>(db, sql`SELECT count(*) AS n FROM activity WHERE item_id = ${itemId}`)!.n;
}
