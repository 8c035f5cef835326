// A whole plan as rows, to take it out and put it back with the same ids (issue 13 point 3: the
// revert of a plan import removes the plan, the revert of that revert brings it back). The tables
// are found from the schema's foreign keys — every table whose rows hang on a plan (tools,
// indicators, sub-indicators, items, activities and their divisions, reports, links, form imports,
// and any a later migration adds) — so a new table is not forgotten. Parents come before children.
import { AppError } from '../../core/errors';
import type { PlanCounts } from '../../core/revert';
import type { Db } from '../open';
import { raw, sql, type SqlFragment, type SqlValue } from '../sql';
import { all, get, run } from './run';

type Row = Record<string, SqlValue>;

/** The rows of one plan, table by table in the order they are put back. */
export interface PlanSnapshot {
  planId: number;
  tables: { table: string; rows: Row[] }[];
}

interface Fk {
  table: string;
  from: string;
  to: string;
}
interface ScopedTable {
  table: string;
  /** The foreign key that ties its rows to the plan (null for `plan` itself). */
  via: Fk | null;
  /** Its foreign keys to tables outside the plan (a division): rows whose parent is gone are skipped. */
  outside: Fk[];
  columns: string[];
}

const fksOf = (db: Db, table: string): Fk[] =>
  all<Fk>(db, sql`SELECT "table", "from", coalesce("to", 'id') AS "to" FROM pragma_foreign_key_list(${table})`);

/** The plan's tables, parents first. */
function scopedTables(db: Db): ScopedTable[] {
  const tables = all<{ name: string }>(
    db,
    sql`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
  ).map((t) => t.name);
  const fks = new Map(tables.map((t) => [t, fksOf(db, t)]));
  const scoped = new Set(['plan']);
  for (let grew = true; grew;) {
    grew = false;
    for (const t of tables) {
      if (!scoped.has(t) && fks.get(t)!.some((f) => scoped.has(f.table))) {
        scoped.add(t);
        grew = true;
      }
    }
  }
  const ordered: string[] = [];
  const visit = (t: string) => {
    if (ordered.includes(t)) return;
    for (const f of fks.get(t)!) if (scoped.has(f.table) && f.table !== t) visit(f.table);
    ordered.push(t);
  };
  [...scoped].sort().forEach(visit);
  return ordered.map((table) => {
    const own = fks.get(table)!;
    const inside = own.filter((f) => scoped.has(f.table));
    return {
      table,
      via: table === 'plan' ? null : (inside.find((f) => f.table === 'plan') ?? inside[0]!),
      outside: own.filter((f) => !scoped.has(f.table)),
      columns: all<{ name: string }>(db, sql`SELECT name FROM pragma_table_info(${table})`).map((c) => c.name),
    };
  });
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** SQL selecting the key `column` of `table`'s rows that belong to the plan (one bound parameter). */
function keysOf(byName: Map<string, ScopedTable>, table: string, column: string): string {
  const t = byName.get(table)!;
  if (!t.via) return `SELECT ${q(column)} FROM plan WHERE id = ?`;
  return `SELECT ${q(column)} FROM ${q(table)} WHERE ${q(t.via.from)} IN (${keysOf(byName, t.via.table, t.via.to)})`;
}

/** Every row of the plan. */
export function readPlanSnapshot(db: Db, planId: number): PlanSnapshot {
  const tables = scopedTables(db);
  const byName = new Map(tables.map((t) => [t.table, t]));
  return {
    planId,
    tables: tables.map(({ table, via }) => {
      const where = via ? `${q(via.from)} IN (${keysOf(byName, via.table, via.to)})` : 'id = ?';
      const query: SqlFragment = [`SELECT * FROM ${q(table)} WHERE ${where}`, [planId]];
      const rows = all<Row>(db, query);
      if (rows.some((r) => Object.values(r).some((v) => typeof v === 'object' && v !== null))) {
        throw new AppError('internal', `plan snapshot: ${table} holds binary data`);
      }
      return { table, rows };
    }),
  };
}

/** How many rows of `table` the snapshot holds. */
export function snapshotCount(s: PlanSnapshot, table: string): number {
  return s.tables.find((t) => t.table === table)?.rows.length ?? 0;
}

/** The tables whose rows the snapshot would put back under ids already taken (by data added since). */
export function takenIds(db: Db, s: PlanSnapshot): string[] {
  return s.tables
    .filter((t) => t.rows.length > 0 && 'id' in t.rows[0]!)
    .filter(
      (t) =>
        get(
          db,
          sql`SELECT 1 FROM ${raw(q(t.table))} WHERE id IN (SELECT value FROM json_each(${JSON.stringify(
            t.rows.map((r) => r.id),
          )}))`,
        ) !== undefined,
    )
    .map((t) => t.table);
}

/** Puts every row back as it was; returns how many rows were left out because what they name is gone. */
export function restorePlanSnapshot(db: Db, s: PlanSnapshot): number {
  const byName = new Map(scopedTables(db).map((t) => [t.table, t]));
  let skipped = 0;
  for (const { table, rows } of s.tables) {
    const t = byName.get(table);
    if (!t) throw new AppError('internal', `plan snapshot: no table ${table}`);
    for (const row of rows) {
      const gone = t.outside.some(
        (f) => row[f.from] !== null && row[f.from] !== undefined && !parentExists(db, f, row[f.from]!),
      );
      if (gone) {
        skipped += 1;
        continue;
      }
      const cols = Object.keys(row).filter((c) => t.columns.includes(c));
      const query: SqlFragment = [
        `INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
        cols.map((c) => row[c]!),
      ];
      run(db, query);
    }
  }
  return skipped;
}

function parentExists(db: Db, f: Fk, value: SqlValue): boolean {
  return get(db, [`SELECT 1 FROM ${q(f.table)} WHERE ${q(f.to)} = ?`, [value]]) !== undefined;
}

export function planCounts(db: Db, planId: number): PlanCounts {
  return get<PlanCounts>(
    db,
    sql`SELECT
          (SELECT count(*) FROM item WHERE plan_id = ${planId}) AS items,
          (SELECT count(*) FROM activity a JOIN item i ON i.id = a.item_id WHERE i.plan_id = ${planId}) AS activities,
          (SELECT count(*) FROM follow_up f JOIN activity a ON a.id = f.activity_id JOIN item i ON i.id = a.item_id
            WHERE i.plan_id = ${planId}) AS followUps,
          (SELECT count(*) FROM evidence e JOIN follow_up f ON f.id = e.follow_up_id JOIN activity a ON a.id = f.activity_id
            JOIN item i ON i.id = a.item_id WHERE i.plan_id = ${planId} AND e.kind = 'url') AS links,
          (SELECT count(*) FROM evidence e JOIN follow_up f ON f.id = e.follow_up_id JOIN activity a ON a.id = f.activity_id
            JOIN item i ON i.id = a.item_id WHERE i.plan_id = ${planId} AND e.kind = 'file') AS files`,
  )!;
}

/** Edits of the plan after entry `afterId` that still stand (its reports and links are counted apart). */
export function laterPlanEntries(db: Db, planId: number, afterId: number, batchId: number): number {
  return get<{ n: number }>(
    db,
    sql`SELECT count(*) AS n FROM audit_log WHERE plan_id = ${planId} AND id > ${afterId}
          AND (batch_id IS NULL OR batch_id <> ${batchId}) AND reverted_by IS NULL
          AND action NOT LIKE '%.revert' AND action <> 'history.revert' AND entity NOT IN ('followUp', 'evidence')`,
  )!.n;
}
