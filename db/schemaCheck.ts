// Is this file exactly what ITA Tracker makes? A file with the right application_id and version may
// still carry an extra trigger (one that empties the audit log on the next save, one that silences
// audit inserts), an extra view or index, a table rebuilt without its CHECKs, or rows that break the
// foreign keys. Before such a file is restored or opened, its sqlite_schema is compared with the
// schema this app's own migrations create for that version (built fresh in memory), row by row:
// type, name, table and SQL. Any difference refuses the file with a Thai message naming it.
//
// The comparison ignores only SQL comments and runs of white space, and SQLite's own statistics
// tables (sqlite_stat1/4, written by ANALYZE; they hold numbers, never code). A released
// migration's SQL must therefore never be edited: files made by it are checked against it.
import Database from 'better-sqlite3';
import { AppError } from '../core/errors';
import { andMore, SCHEMA_CHECK_MESSAGES } from '../core/terms';
import { MIGRATIONS } from './migrations';

/** The first line of a refusal of a file another program made. */
const NOT_OURS = SCHEMA_CHECK_MESSAGES.notOurs;

type Db = Database.Database;

export interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string;
}

export interface SchemaDifference {
  change: 'extra' | 'missing' | 'changed';
  type: string;
  name: string;
  table: string;
}

const KNOWN_VERSIONS = new Set(MIGRATIONS.map((m) => m.version));

/** Removes SQL comments (outside quotes) and folds white space, so only the statement's words remain. */
export function normalizeSql(sql: string | null): string {
  if (!sql) return '';
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"' || c === '`' || c === '[') {
      const close = c === '[' ? ']' : c;
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === close) {
          if (close !== ']' && sql[j + 1] === close) j += 2;
          else break;
        } else j++;
      }
      out += sql.slice(i, j + 1);
      i = j + 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      out += ' ';
      i = nl < 0 ? sql.length : nl;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      out += ' ';
      i = end < 0 ? sql.length : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The schema rows of a database, normalised, in a stable order; statistics tables left out. */
export function schemaOf(db: Db): SchemaRow[] {
  const rows = db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'")
    .all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
  return rows
    .map((r) => ({ type: r.type, name: r.name, tbl_name: r.tbl_name, sql: normalizeSql(r.sql) }))
    .sort((a, b) => (a.type + a.name < b.type + b.name ? -1 : a.type + a.name > b.type + b.name ? 1 : 0));
}

const expectedCache = new Map<number, SchemaRow[]>();

/** What this app's migrations create up to `version`, built once per version in a fresh in-memory database. */
export function expectedSchema(version: number): SchemaRow[] {
  const cached = expectedCache.get(version);
  if (cached) return cached;
  const mem = new Database(':memory:');
  try {
    for (const m of MIGRATIONS) if (m.version <= version) m.up(mem);
    const schema = schemaOf(mem);
    expectedCache.set(version, schema);
    return schema;
  } finally {
    mem.close();
  }
}

export function compareSchema(actual: SchemaRow[], expected: SchemaRow[]): SchemaDifference[] {
  const key = (r: SchemaRow) => `${r.type}\u0000${r.name}`;
  const want = new Map(expected.map((r) => [key(r), r]));
  const have = new Map(actual.map((r) => [key(r), r]));
  const out: SchemaDifference[] = [];
  for (const r of actual) {
    const w = want.get(key(r));
    const d = { type: r.type, name: r.name, table: r.tbl_name };
    if (!w) out.push({ change: 'extra', ...d });
    else if (w.sql !== r.sql || w.tbl_name !== r.tbl_name) out.push({ change: 'changed', ...d });
  }
  for (const r of expected) {
    if (!have.has(key(r))) out.push({ change: 'missing', type: r.type, name: r.name, table: r.tbl_name });
  }
  return out;
}

const KIND: Readonly<Record<string, string>> = SCHEMA_CHECK_MESSAGES.kinds;

/** One Thai line per difference: what it is, its name, and its table. */
export function describeDifference(d: SchemaDifference): string {
  const kind = KIND[d.type] ?? d.type;
  const on = d.type !== 'table' && d.table && d.table !== d.name ? SCHEMA_CHECK_MESSAGES.ofTable(d.table) : '';
  if (d.change === 'extra') return SCHEMA_CHECK_MESSAGES.extra(kind, d.name, on);
  if (d.change === 'missing') return SCHEMA_CHECK_MESSAGES.missing(kind, d.name, on);
  return SCHEMA_CHECK_MESSAGES.changed(kind, d.name, on);
}

export interface VerifyOptions {
  /** Run the full integrity_check (every page, index and constraint), not only schema and keys. */
  integrity?: boolean;
  /** Said after the reasons, e.g. 'ข้อมูลปัจจุบันไม่มีการเปลี่ยนแปลง'. */
  suffix?: string;
}

function refuse(code: 'foreignDatabase' | 'corruptDatabase', lead: string, reasons: string[], suffix?: string): never {
  const shown = reasons.slice(0, 6).map((r) => `- ${r}`);
  if (reasons.length > 6) shown.push(`- ${andMore(reasons.length - 6)}`);
  throw new AppError(code, [lead, ...shown, ...(suffix ? [suffix] : [])].join('\n'), {
    reasons,
  });
}

/**
 * Throws a Thai AppError unless the open database is exactly what this app makes at `version`: the
 * schema, UTF-8 text, foreign keys that hold, and (with `integrity`) every page and constraint whole.
 */
export function verifyDatabase(db: Db, version: number, options: VerifyOptions = {}): void {
  if (version !== 0 && !KNOWN_VERSIONS.has(version)) {
    refuse('foreignDatabase', NOT_OURS, [SCHEMA_CHECK_MESSAGES.unknownVersion(version)], options.suffix);
  }
  const encoding = String(db.pragma('encoding', { simple: true }));
  if (encoding !== 'UTF-8') {
    refuse('foreignDatabase', NOT_OURS, [SCHEMA_CHECK_MESSAGES.encoding(encoding)], options.suffix);
  }
  const differences = compareSchema(schemaOf(db), expectedSchema(version));
  if (differences.length) {
    refuse('foreignDatabase', SCHEMA_CHECK_MESSAGES.altered, differences.map(describeDifference), options.suffix);
  }
  if (options.integrity) {
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      refuse('corruptDatabase', SCHEMA_CHECK_MESSAGES.damaged, problems, options.suffix);
    }
  }
  const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
  if (broken.length) {
    const counts = new Map<string, number>();
    for (const b of broken)
      counts.set(`${b.table}\u0000${b.parent}`, (counts.get(`${b.table}\u0000${b.parent}`) ?? 0) + 1);
    refuse(
      'foreignDatabase',
      SCHEMA_CHECK_MESSAGES.dangling,
      [...counts].map(([k, n]) => {
        const [table, parent] = k.split('\u0000');
        return SCHEMA_CHECK_MESSAGES.danglingRows(String(table), n, String(parent));
      }),
      options.suffix,
    );
  }
}
