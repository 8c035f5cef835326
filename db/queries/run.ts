import type Database from 'better-sqlite3';
import type { SqlFragment } from '../sql';

type Statement = Database.Statement<unknown[], unknown>;
const cache = new WeakMap<Database.Database, Map<string, Statement>>();

/** Prepared statements are cached per connection: the hot paths (saving a follow-up) stay cheap. */
export function prepare(db: Database.Database, query: string): Statement {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let stmt = perDb.get(query);
  if (!stmt) {
    stmt = db.prepare(query);
    perDb.set(query, stmt);
  }
  return stmt;
}

export function all<R>(db: Database.Database, [query, params]: SqlFragment): R[] {
  return prepare(db, query).all(...params) as R[];
}

export function get<R>(db: Database.Database, [query, params]: SqlFragment): R | undefined {
  return prepare(db, query).get(...params) as R | undefined;
}

export function run(db: Database.Database, [query, params]: SqlFragment): Database.RunResult {
  return prepare(db, query).run(...params);
}

export function nowIso(): string {
  return new Date().toISOString();
}
