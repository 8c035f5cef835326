// Which records a call changed, row by row, and whether its audit entries name each exactly once
// (writePolicy.test.ts runs it for every mutating method of the contract on a real SQLite file).
import { HEADING_ACTIONS } from '../../core/revert';
import { peek } from '../helpers/api';

type Row = Record<string, unknown>;
/** Every row of every table but the audit log, by table and primary key. */
export type Rows = Map<string, Map<string, Row>>;

export function readRows(dbPath: string): Rows {
  const db = peek(dbPath);
  try {
    const out: Rows = new Map();
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log'",
      )
      .all() as { name: string }[];
    for (const { name } of tables) {
      const pk = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; pk: number }[])
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name);
      const rows = new Map<string, Row>();
      for (const r of db.prepare(`SELECT * FROM "${name}"`).all() as Row[]) {
        rows.set(pk.map((k) => String(r[k])).join(':'), r);
      }
      out.set(name, rows);
    }
    return out;
  } finally {
    db.close();
  }
}

export interface NewEntry {
  action: string;
  entity: string;
  entity_id: number | null;
  before: string | null;
  after: string | null;
}

export function newEntries(dbPath: string, afterId: number): NewEntry[] {
  const db = peek(dbPath);
  try {
    return db
      .prepare('SELECT action, entity, entity_id, before, after FROM audit_log WHERE id > ? ORDER BY id')
      .all(afterId) as NewEntry[];
  } finally {
    db.close();
  }
}

export function lastEntryId(dbPath: string): number {
  const db = peek(dbPath);
  try {
    return (db.prepare('SELECT coalesce(max(id), 0) AS m FROM audit_log').get() as { m: number }).m;
  } finally {
    db.close();
  }
}

/** The kind of record (the audit log's entity) each table holds; null: part of its owner's record. */
const ENTITY_OF: Record<string, string | null> = {
  plan: 'plan',
  tool: 'tool',
  indicator: 'indicator',
  sub_indicator: 'subIndicator',
  item: 'item',
  activity: 'activity',
  follow_up: 'followUp',
  evidence: 'evidence',
  division: 'division',
  setting: 'settings',
  criteria_set: 'criteriaSet',
  activity_division: null,
  activity_month: null,
};
/** Bookkeeping no user edits: which division form files were imported (the import's heading names them). */
const BOOKKEEPING = new Set(['form_import']);

/** The records a row belongs to, nearest first (an activity's item, indicator, tool, plan). */
const PARENTS: Record<string, [column: string, table: string][]> = {
  activity_division: [['activity_id', 'activity']],
  activity_month: [['activity_id', 'activity']],
  evidence: [['follow_up_id', 'follow_up']],
  follow_up: [['activity_id', 'activity']],
  activity: [['item_id', 'item']],
  item: [
    ['sub_indicator_id', 'sub_indicator'],
    ['indicator_id', 'indicator'],
    ['plan_id', 'plan'],
  ],
  sub_indicator: [['indicator_id', 'indicator']],
  indicator: [
    ['tool_id', 'tool'],
    ['plan_id', 'plan'],
  ],
  tool: [['plan_id', 'plan']],
};

const same = (a: Row | undefined, b: Row | undefined) =>
  JSON.stringify(a, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)) ===
  JSON.stringify(b, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v));

/**
 * What is wrong with the entries a call wrote, given the rows before and after it (empty: nothing).
 * Each changed record has exactly one entry: its own, or — when it came or went with a larger
 * record (a plan imported or copied with its items, an item deleted with its activities) — that
 * record's; a sibling whose only change is its position belongs to the order of its
 * parent, named by the entry of the child added or removed there, or of the reorder. Every entry names a record that changed; no record has two; a plan
 * whose only change is updated_at was touched by the write policy after an edit inside it; a batch
 * has at most one heading line; a restore (entity 'database') stands for every row.
 */
export function entryProblems(before: Rows, after: Rows, entries: NewEntry[]): string[] {
  const problems: string[] = [];
  const keyOf = (e: NewEntry) => {
    if (e.entity !== 'criteriaSet') return `${e.entity}#${e.entity_id ?? ''}`;
    const rec = JSON.parse(e.after ?? e.before ?? '{}') as Row;
    return `criteriaSet#${String(rec.id)}`;
  };
  const headings = entries.filter((e) => HEADING_ACTIONS.has(e.action));
  const records = entries.filter((e) => !HEADING_ACTIONS.has(e.action));
  if (headings.length > 1) problems.push(`${headings.length} heading lines in one batch`);
  const named = new Map<string, number>();
  for (const e of records) named.set(keyOf(e), (named.get(keyOf(e)) ?? 0) + 1);
  for (const [k, n] of named) if (n > 1) problems.push(`${k} has ${n} entries`);
  if (named.has('database#')) return problems;

  const rowOf = (table: string, key: string) => after.get(table)?.get(key) ?? before.get(table)?.get(key);
  /** The records a row belongs to, itself first, as audit keys. */
  const lineage = (table: string, key: string): string[] => {
    const out: string[] = [];
    const entity = ENTITY_OF[table];
    if (entity === 'settings') out.push('settings#');
    else if (entity) out.push(`${entity}#${key}`);
    const row = rowOf(table, key);
    for (const [col, parent] of PARENTS[table] ?? []) {
      const id = row?.[col];
      if (id !== null && id !== undefined) out.push(...lineage(parent, String(id)));
    }
    return out;
  };

  const TABLE_OF = Object.fromEntries(Object.entries(ENTITY_OF).map(([table, entity]) => [entity, table]));
  const cameOrWent = (k: string) => {
    const [entity, id] = k.split('#') as [string, string];
    const table = TABLE_OF[entity];
    return !!table && before.get(table)?.has(id) !== after.get(table)?.has(id);
  };
  const covered = new Set<string>();
  /** Parents whose children's order an entry names (a child added, removed or moved, or a reorder). */
  const orders = new Set<string>();
  const positionOnly: { table: string; key: string; parent: string | undefined }[] = [];
  let changedRows = 0;
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    if (BOOKKEEPING.has(table)) continue;
    if (!(table in ENTITY_OF)) {
      problems.push(`table ${table} is not known to this test: name the record it belongs to`);
      continue;
    }
    const b = before.get(table) ?? new Map<string, Row>();
    const a = after.get(table) ?? new Map<string, Row>();
    for (const key of new Set([...b.keys(), ...a.keys()])) {
      if (same(b.get(key), a.get(key))) continue;
      changedRows++;
      const mine = lineage(table, key);
      mine.forEach((k) => covered.add(k));
      // A row of a table without a kind of its own (an activity's divisions) is part of its owner.
      const own = mine[0];
      if (own && named.has(own)) {
        if (ENTITY_OF[table] && mine[1]) orders.add(mine[1]);
        continue;
      }
      // A record that came or went with a larger one: a plan imported or copied with its items, an
      // item deleted with its activities.
      if (mine.slice(1).some((k) => named.has(k) && cameOrWent(k))) continue;
      // Siblings closing up after a delete (or moving for an insert): the order is the parent's.
      const bRow = b.get(key);
      const aRow = a.get(key);
      if (bRow && aRow && same({ ...bRow, position: null }, { ...aRow, position: null })) {
        positionOnly.push({ table, key, parent: mine[1] });
        continue;
      }
      const touched =
        table === 'plan' &&
        b.has(key) &&
        a.has(key) &&
        same({ ...b.get(key), updated_at: null }, { ...a.get(key), updated_at: null }) &&
        records.length > 0;
      if (!touched) problems.push(`${table} ${key} changed without an entry about it or a record it belongs to`);
    }
  }
  for (const k of named.keys()) orders.add(k);
  for (const p of positionOnly) {
    if (!p.parent || !orders.has(p.parent)) {
      problems.push(`${p.table} ${p.key} moved without an entry about its parent's order or a sibling`);
    }
  }
  for (const k of named.keys()) {
    if (!covered.has(k)) problems.push(`entry about ${k}, which did not change`);
  }
  if (records.length > 0 && changedRows === 0) problems.push('entries but no row changed');
  return problems;
}
