import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../core/errors';
import { OPEN_MESSAGES } from '../core/terms';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';
import { brokenInstallError, isNativeModuleError } from './nativeModule';
import { openFailure } from './openErrors';
import { folderWritable, snapshotOf, type Snapshot } from './readSnapshot';
import { verifyDatabase } from './schemaCheck';

/** 'ITA1' — marks a SQLite file as ours, so a foreign database is refused before we touch it. */
export const APPLICATION_ID = 0x49544131;

export type Db = Database.Database;

export interface OpenOptions {
  /** Stop at this schema version (tests of one migration); default: the latest. */
  targetVersion?: number;
  /**
   * Read only: the file must exist, is opened read-only, is never created, migrated or written; a
   * file that needs migrating is refused (outdatedDatabase) with a message asking for a writing
   * command or the app.
   */
  readonly?: boolean;
  /**
   * Called before the first pending migration when the file already holds data (user_version > 0),
   * e.g. db/backup.ts backupBeforeMigration(dir). If it throws, nothing is migrated and opening fails.
   */
  beforeMigration?: (db: Db, fromVersion: number, toVersion: number) => void;
  /**
   * Also run the full integrity_check when opening (for a file the app did not create itself, e.g.
   * one named with --db). The schema and foreign-key checks always run on a file that has data.
   */
  integrity?: boolean;
}

/**
 * Opens the database file (creating it unless read-only), checks it is ours, not from a newer app
 * and exactly what this app's migrations make (db/schemaCheck.ts), sets the pragmas every connection
 * needs and brings the schema up to date. Failures are Thai AppErrors that tell a full disk, a
 * read-only file or folder, a file that cannot be opened and a damaged file apart (db/openErrors.ts).
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const memory = file === ':memory:';
  const readonly = options.readonly ?? false;
  if (!memory && readonly && !fs.existsSync(file)) {
    throw new AppError('notFound', OPEN_MESSAGES.notFound(path.resolve(file)));
  }
  if (!memory && readonly && !folderWritable(path.dirname(path.resolve(file)))) return openSnapshot(file, options);
  let db: Db;
  try {
    if (!memory && !readonly) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file, { readonly, fileMustExist: readonly });
  } catch (e) {
    if (isNativeModuleError(e)) throw brokenInstallError(e);
    throw openFailure(e, path.resolve(file));
  }
  try {
    const version = checkIdentity(db);
    if (version > 0 || hasSchema(db)) verifyDatabase(db, version, { integrity: options.integrity ?? false });
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      // FULL: a save the user saw succeed survives a power cut, not only a crash.
      db.pragma('synchronous = FULL');
      probeWrite(db, version);
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const target = options.targetVersion ?? LATEST_VERSION;
    const pending = MIGRATIONS.some((m) => m.version > version && m.version <= target);
    if (readonly) {
      if (pending) throw outdated(file, version);
    } else {
      if (pending && version > 0 && options.beforeMigration) options.beforeMigration(db, version, target);
      migrate(db, target);
    }
    return db;
  } catch (e) {
    db.close();
    throw openFailure(e, path.resolve(file));
  }
}

/** A read-only open in a folder it may not write: the same data from a private copy (db/readSnapshot.ts). */
function openSnapshot(file: string, options: OpenOptions): Db {
  let snapshot: Snapshot;
  try {
    snapshot = snapshotOf(file);
  } catch (e) {
    throw openFailure(e, path.resolve(file));
  }
  try {
    const db = openDatabase(snapshot.file, options);
    const close = db.close.bind(db);
    db.close = () => {
      try {
        return close();
      } finally {
        snapshot.remove();
      }
    };
    return db;
  } catch (e) {
    snapshot.remove();
    throw e;
  }
}

function hasSchema(db: Db): boolean {
  return db.prepare('SELECT 1 FROM sqlite_schema LIMIT 1').get() !== undefined;
}

/**
 * SQLite opens a file it may not write read-only without saying so, and in WAL mode even a write
 * transaction starts; the first page written fails. Writing page 1 unchanged and rolling back finds
 * out now, so the user hears "read-only file" at open, not "internal error" at the first save.
 */
function probeWrite(db: Db, version: number): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    db.pragma(`user_version = ${version}`);
  } finally {
    db.exec('ROLLBACK');
  }
}

function outdated(file: string, version: number): AppError {
  return new AppError('outdatedDatabase', OPEN_MESSAGES.outdated(version, LATEST_VERSION, path.resolve(file)), {
    version,
  });
}

/** The file's user_version, after checking the file is ours and not from a newer app. */
function checkIdentity(db: Db): number {
  let appId: number;
  let version: number;
  let tables: number;
  try {
    appId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
    tables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n;
  } catch (e) {
    // A full disk, a read-only folder, a damaged header: told apart by openFailure.
    throw openFailure(e, db.name);
  }
  if (appId !== APPLICATION_ID && (appId !== 0 || tables > 0)) {
    throw new AppError('foreignDatabase', OPEN_MESSAGES.notOurs);
  }
  if (version > LATEST_VERSION) {
    throw new AppError('newerDatabase', OPEN_MESSAGES.newer(version, LATEST_VERSION));
  }
  return version;
}

/** Applies each pending migration in its own transaction, bumping user_version inside it. */
export function migrate(db: Db, targetVersion: number = LATEST_VERSION): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= targetVersion);
  for (const m of pending) applyMigration(db, m);
}

function applyMigration(db: Db, m: Migration): void {
  // PRAGMA foreign_keys is a no-op inside a transaction: switched outside, checked inside.
  if (m.foreignKeysOff) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      if (m.version === MIGRATIONS[0]!.version) db.pragma(`application_id = ${APPLICATION_ID}`);
      m.up(db);
      if (m.foreignKeysOff && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
        throw new AppError('corruptDatabase', OPEN_MESSAGES.migrationBroken(m.name));
      }
      db.pragma(`user_version = ${m.version}`);
    })();
  } finally {
    if (m.foreignKeysOff) db.pragma('foreign_keys = ON');
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
