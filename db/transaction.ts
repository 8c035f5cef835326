// One transaction around a piece of work that may be async (it may read a file or an uploaded
// workbook before writing). Outside a transaction it is BEGIN IMMEDIATE … COMMIT (the write lock is
// taken up front, so it never fails half-way for want of it); inside one (a CLI command is one
// transaction, better-sqlite3's db.transaction() in a query) it is a savepoint, so an inner failure
// undoes only its own part. On any error everything it did is rolled back.
import type { Db } from './open';

let savepoints = 0;

export function inTransaction<T>(db: Db, work: () => T | Promise<T>): T | Promise<T> {
  const outer = !db.inTransaction;
  const name = `api_${++savepoints}`;
  db.exec(outer ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${name}`);
  const commit = () => db.exec(outer ? 'COMMIT' : `RELEASE ${name}`);
  const rollback = () => {
    if (!db.inTransaction) return;
    db.exec(outer ? 'ROLLBACK' : `ROLLBACK TO ${name}; RELEASE ${name}`);
  };
  let out: T | Promise<T>;
  try {
    out = work();
  } catch (e) {
    rollback();
    throw e;
  }
  if (!(out instanceof Promise)) {
    commit();
    return out;
  }
  return out.then(
    (value) => {
      commit();
      return value;
    },
    (e: unknown) => {
      rollback();
      throw e;
    },
  );
}

/** SQLite's count of rows changed on this connection so far (to see whether work wrote anything). */
export function totalChanges(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}
