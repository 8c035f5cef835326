// A record with everything its delete takes along, as rows, to take it out and put it back with the
// same ids (issue 13 point 3): a whole plan (the revert of a plan import removes it, the revert of
// that revert brings it back), or a tool, indicator, sub-indicator or item deleted in the structure
// dialog. The tables are found from the schema's foreign keys — every table whose rows go with the
// root by ON DELETE CASCADE (tools, indicators, sub-indicators, items, activities and their
// divisions, reports, links, form imports, and any a later migration adds) — so a new table is not
// forgotten; rows outside that only lose their link (ON DELETE SET NULL) get it back. Parents first.
import { AppError } from '../../core/errors';
import type { PlanCounts } from '../../core/revert';
import type { Db } from '../open';
import { raw, sql, type SqlFragment, type SqlValue } from '../sql';
import { all, get, run } from './run';

type Row = Record<string, SqlValue>;

/** The rows of one record and what hangs on it, table by table in the order they are put back. */
export interface PlanSnapshot {
  /** The root's table ('plan' for a whole plan) and id. */
  root?: string;
  planId: number;
  tables: { table: string; rows: Row[] }[];
  /** Rows outside that pointed at one of these (ON DELETE SET NULL): the link put back. */
  links?: { table: string; column: string; id: number; value: SqlValue }[];
}

interface Fk {
  table: string;
  from: string;
  to: string;
  on_delete: string;
}
interface ScopedTable {
  table: string;
  /** The foreign key that ties its rows to the plan (null for `plan` itself). */
  via: Fk | null;
  /** Its foreign keys to tables outside the plan (a division): rows whose parent is gone are skipped. */
  outside: Fk[];
  columns: string[];
  setNull: Fk[];
}

const fksOf = (db: Db, table: string): Fk[] =>
  all<Fk>(
    db,
    sql`SELECT "table", "from", coalesce("to", 'id') AS "to", on_delete FROM pragma_foreign_key_list(${table})`,
  );

const cascades = (f: Fk) => f.on_delete.toUpperCase() === 'CASCADE';

/** The tables whose rows go with a `root` row, parents first. */
function scopedTables(db: Db, root: string): ScopedTable[] {
  const tables = all<{ name: string }>(
    db,
    sql`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
  ).map((t) => t.name);
  const fks = new Map(tables.map((t) => [t, fksOf(db, t)]));
  const scoped = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const t of tables) {
      if (!scoped.has(t) && fks.get(t)!.some((f) => cascades(f) && scoped.has(f.table))) {
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
    const inside = own.filter((f) => cascades(f) && scoped.has(f.table));
    return {
      table,
      via: table === root ? null : (inside.find((f) => f.table === root) ?? inside[0]!),
      outside: own.filter((f) => !scoped.has(f.table)),
      columns: all<{ name: string }>(db, sql`SELECT name FROM pragma_table_info(${table})`).map((c) => c.name),
      setNull: [],
    };
  });
}

/** Foreign keys from any table that only unlink (SET NULL) when a row of `table` goes. */
function unlinking(db: Db, table: string): Fk[] {
  const tables = all<{ name: string }>(
    db,
    sql`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
  ).map((t) => t.name);
  return tables.flatMap((t) =>
    fksOf(db, t)
      .filter((f) => f.table === table && f.on_delete.toUpperCase() === 'SET NULL')
      .map((f) => ({ ...f, table: t, to: f.from, from: f.to })),
  );
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** SQL selecting the key `column` of `table`'s rows that go with the root (one bound parameter). */
function keysOf(byName: Map<string, ScopedTable>, table: string, column: string): string {
  const t = byName.get(table)!;
  if (!t.via) return `SELECT ${q(column)} FROM ${q(table)} WHERE id = ?`;
  return `SELECT ${q(column)} FROM ${q(table)} WHERE ${q(t.via.from)} IN (${keysOf(byName, t.via.table, t.via.to)})`;
}

/** Row `id` of `root` ('plan', 'tool', 'indicator', 'sub_indicator', 'item') and every row that goes with it. */
export function readSnapshot(db: Db, root: string, id: number, planId: number): PlanSnapshot {
  const tables = scopedTables(db, root);
  const byName = new Map(tables.map((t) => [t.table, t]));
  const snapshot: PlanSnapshot = {
    root,
    planId,
    tables: tables.map(({ table, via }) => {
      const where = via ? `${q(via.from)} IN (${keysOf(byName, via.table, via.to)})` : 'id = ?';
      const query: SqlFragment = [`SELECT * FROM ${q(table)} WHERE ${where}`, [id]];
      const rows = all<Row>(db, query);
      if (rows.some((r) => Object.values(r).some((v) => typeof v === 'object' && v !== null))) {
        throw new AppError('internal', `plan snapshot: ${table} holds binary data`);
      }
      return { table, rows };
    }),
    links: [],
  };
  // Rows left behind that point at what goes (an item's sub-indicator): their link comes back too.
  for (const t of snapshot.tables) {
    const inside = new Set(t.rows.map((r) => r.id));
    for (const f of unlinking(db, t.table)) {
      if (byName.has(f.table)) continue;
      const found = all<{ id: number; value: SqlValue }>(db, [
        `SELECT id, ${q(f.to)} AS value FROM ${q(f.table)} WHERE ${q(f.to)} IN (SELECT value FROM json_each(?))`,
        [JSON.stringify([...inside])],
      ]);
      for (const r of found) snapshot.links!.push({ table: f.table, column: f.to, id: r.id, value: r.value });
    }
  }
  return snapshot;
}

/** Every row of a plan. */
export function readPlanSnapshot(db: Db, planId: number): PlanSnapshot {
  return readSnapshot(db, 'plan', planId, planId);
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
  const byName = new Map(scopedTables(db, s.root ?? 'plan').map((t) => [t.table, t]));
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
  for (const l of s.links ?? []) {
    const t = byName.get(l.table) ?? null;
    if (t) continue;
    const cols = all<{ name: string }>(db, sql`SELECT name FROM pragma_table_info(${l.table})`).map((c) => c.name);
    if (!cols.includes(l.column)) continue;
    run(db, [`UPDATE ${q(l.table)} SET ${q(l.column)} = ? WHERE id = ? AND ${q(l.column)} IS NULL`, [l.value, l.id]]);
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

/** The snapshot's root back at its old place among its siblings (those from there on move down one). */
export function placeRoot(db: Db, s: PlanSnapshot, siblingColumn: string): void {
  const root = s.tables.find((t) => t.table === s.root)?.rows[0];
  if (!root || typeof root.position !== 'number') return;
  const table = q(s.root!);
  const col = q(siblingColumn);
  run(db, [
    `UPDATE ${table} SET position = position + 1 WHERE ${col} = ? AND id <> ? AND position >= ?`,
    [root[siblingColumn]!, root.id!, root.position],
  ]);
  const ids = all<{ id: number }>(db, [
    `SELECT id FROM ${table} WHERE ${col} = ? ORDER BY position, id`,
    [root[siblingColumn]!],
  ]);
  ids.forEach((r, i) => run(db, [`UPDATE ${table} SET position = ? WHERE id = ?`, [i + 1, r.id]]));
}
