import type { Db } from '../open';
import { sql } from '../sql';
import { all, nowIso, run } from './run';

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

/** Called inside the same transaction as the change it records, so neither exists without the other. */
export function writeAudit(db: Db, e: AuditInput): void {
  run(
    db,
    sql`INSERT INTO audit_log (at, actor, action, entity, entity_id, plan_id, summary, before, after)
        VALUES (${nowIso()}, ${e.actor}, ${e.action}, ${e.entity}, ${e.entityId ?? null}, ${e.planId ?? null},
                ${e.summary}, ${json(e.before)}, ${json(e.after)})`,
  );
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
  return rows.map((r) => ({
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
  }));
}

/** Midnight of a local calendar day (plus `addDays`) as a UTC ISO timestamp. */
export function localDayStart(isoDate: string, addDays = 0): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + addDays).toISOString();
}
