import type { Db } from '../open';
import { sql } from '../sql';
import { all, get, nowIso, run } from './run';

export interface AuditInput {
  actor: string;
  action: string;
  entity: string;
  entityId?: number | null;
  planId?: number | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

export interface WriteOptions {
  /** The batch of the call writing it (null: this entry starts one, named by its own id). */
  batch: number | null;
  /**
   * Over 0: when the newest entry about the same record is the same action by the same person,
   * alone in its batch, standing (not reverted) and at most this old, it takes this change instead
   * (its before stays, its after and time move): one row's edits within a minute are one entry.
   */
  mergeWithinMs?: number;
}

/**
 * Called inside the same transaction as the change it records, so neither exists without the other.
 * Returns the batch the entry belongs to.
 */
export function writeAudit(db: Db, e: AuditInput, options: WriteOptions = { batch: null }): number {
  const at = nowIso();
  const merged = options.mergeWithinMs ? mergeTarget(db, e, at, options.mergeWithinMs) : null;
  if (merged) {
    run(
      db,
      sql`UPDATE audit_log SET at = ${at}, summary = ${e.summary}, after = ${json(e.after)} WHERE id = ${merged.id}`,
    );
    return merged.batch_id;
  }
  const { lastInsertRowid } = run(
    db,
    sql`INSERT INTO audit_log (at, actor, action, entity, entity_id, plan_id, summary, before, after, batch_id)
        VALUES (${at}, ${e.actor}, ${e.action}, ${e.entity}, ${e.entityId ?? null}, ${e.planId ?? null},
                ${e.summary}, ${json(e.before)}, ${json(e.after)}, ${options.batch})`,
  );
  const id = Number(lastInsertRowid);
  if (options.batch !== null) return options.batch;
  run(db, sql`UPDATE audit_log SET batch_id = ${id} WHERE id = ${id}`);
  return id;
}

function mergeTarget(db: Db, e: AuditInput, at: string, withinMs: number) {
  if (e.entityId === undefined || e.entityId === null) return null;
  const last = get<{
    id: number;
    batch_id: number;
    at: string;
    actor: string;
    action: string;
    reverted_by: number | null;
  }>(
    db,
    sql`SELECT id, batch_id, at, actor, action, reverted_by FROM audit_log
        WHERE entity = ${e.entity} AND entity_id = ${e.entityId} ORDER BY id DESC LIMIT 1`,
  );
  if (!last || last.actor !== e.actor || last.action !== e.action || last.reverted_by !== null) return null;
  if (Date.parse(at) - Date.parse(last.at) > withinMs) return null;
  const size = get<{ n: number }>(db, sql`SELECT count(*) AS n FROM audit_log WHERE batch_id = ${last.batch_id}`)!.n;
  return size === 1 ? last : null;
}

export interface AuditFilter {
  planId?: number | undefined;
  actor?: string | undefined;
  entity?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  search?: string | undefined;
  limit: number;
  offset: number;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  plan_id: number | null;
  summary: string;
  before: string | null;
  after: string | null;
  batch_id: number | null;
  reverted_by: number | null;
}

export function listAudit(db: Db, f: AuditFilter) {
  // Optional filters as "(? IS NULL OR …)" keep one cached statement for every combination.
  // Dates are the user's local days; `at` is stored in UTC.
  const from = f.from ? localDayStart(f.from) : null;
  const toExclusive = f.to ? localDayStart(f.to, 1) : null;
  const like = f.search ? `%${f.search.replace(/[\\%_]/g, (c) => '\\' + c)}%` : null;
  const rows = all<AuditRow>(
    db,
    sql`SELECT * FROM audit_log
        WHERE (${f.planId ?? null} IS NULL OR plan_id = ${f.planId ?? null})
          AND (${f.actor ?? null} IS NULL OR actor = ${f.actor ?? null})
          AND (${f.entity ?? null} IS NULL OR entity = ${f.entity ?? null})
          AND (${from} IS NULL OR at >= ${from})
          AND (${toExclusive} IS NULL OR at < ${toExclusive})
          AND (${like} IS NULL OR summary LIKE ${like} ESCAPE '\\')
        ORDER BY id DESC LIMIT ${f.limit} OFFSET ${f.offset}`,
  );
  return rows.map(toEntry);
}

const toEntry = (r: AuditRow) => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  planId: r.plan_id,
  summary: r.summary,
  before: r.before === null ? null : (JSON.parse(r.before) as unknown),
  after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  batchId: r.batch_id ?? r.id,
  revertedBy: r.reverted_by,
});

export type StoredAuditEntry = ReturnType<typeof toEntry>;

export function getAuditEntry(db: Db, id: number): StoredAuditEntry | null {
  const r = get<AuditRow>(db, sql`SELECT * FROM audit_log WHERE id = ${id}`);
  return r ? toEntry(r) : null;
}

/** The entries of one batch, oldest first. */
export function batchEntries(db: Db, batchId: number): StoredAuditEntry[] {
  return all<AuditRow>(db, sql`SELECT * FROM audit_log WHERE coalesce(batch_id, id) = ${batchId} ORDER BY id`).map(
    toEntry,
  );
}

/** The newest entry about the same record written after `afterId` outside `batchId`, if any. */
export function laterEntry(db: Db, entity: string, entityId: number, afterId: number, batchId: number) {
  const r = get<AuditRow>(
    db,
    sql`SELECT * FROM audit_log WHERE entity = ${entity} AND entity_id = ${entityId} AND id > ${afterId}
          AND coalesce(batch_id, id) <> ${batchId} ORDER BY id DESC LIMIT 1`,
  );
  return r ? toEntry(r) : null;
}

/** Marks entries taken back by the batch `by`. */
export function markReverted(db: Db, ids: readonly number[], by: number): void {
  run(
    db,
    sql`UPDATE audit_log SET reverted_by = ${by} WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
}

/** Entries a revert had taken back stand again once that revert is itself taken back. */
export function unmarkReverted(db: Db, by: number): void {
  run(db, sql`UPDATE audit_log SET reverted_by = NULL WHERE reverted_by = ${by}`);
}

/**
 * The batch a screen's undo takes back: the newest one by `actor` in the plan that still stands,
 * is not itself a revert, and touches one of `entities` (or is one of `actions`).
 */
export function newestUndoable(
  db: Db,
  planId: number,
  actor: string,
  entities: readonly string[],
  revertAction: string,
  actions: readonly string[] = [],
) {
  const r = get<{ batch: number }>(
    db,
    sql`SELECT coalesce(a.batch_id, a.id) AS batch FROM audit_log a
        WHERE a.plan_id = ${planId} AND a.actor = ${actor} AND a.reverted_by IS NULL
          AND (a.entity IN (SELECT value FROM json_each(${JSON.stringify(entities)}))
               OR a.action IN (SELECT value FROM json_each(${JSON.stringify(actions)})))
          AND NOT EXISTS (SELECT 1 FROM audit_log h WHERE coalesce(h.batch_id, h.id) = coalesce(a.batch_id, a.id)
                            AND h.action = ${revertAction})
        ORDER BY a.id DESC LIMIT 1`,
  );
  return r?.batch ?? null;
}

/** Plans whose records of `entities` the batch changed (the write policy's lock after a revert). */
export function plansTouchedByBatch(db: Db, batchId: number, entities: readonly string[]): number[] {
  return all<{ plan_id: number }>(
    db,
    sql`SELECT DISTINCT plan_id FROM audit_log WHERE batch_id = ${batchId} AND plan_id IS NOT NULL
          AND entity IN (SELECT value FROM json_each(${JSON.stringify(entities)}))`,
  ).map((r) => r.plan_id);
}

/** Midnight of a local calendar day (plus `addDays`) as a UTC ISO timestamp. */
export function localDayStart(isoDate: string, addDays = 0): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + addDays).toISOString();
}
