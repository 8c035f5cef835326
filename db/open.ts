import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../core/errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';
import { brokenInstallError, isNativeModuleError } from './nativeModule';

/** 'ITA1' — marks a SQLite file as ours, so a foreign database is refused before we touch it. */
export const APPLICATION_ID = 0x49544131;

export type Db = Database.Database;

export interface OpenOptions {
  /** Stop at this schema version (tests of one migration); default: the latest. */
  targetVersion?: number;
  readonly?: boolean;
  /**
   * Called before the first pending migration when the file already holds data (user_version > 0),
   * e.g. db/backup.ts backupBeforeMigration(dir). If it throws, nothing is migrated and opening fails.
   */
  beforeMigration?: (db: Db, fromVersion: number, toVersion: number) => void;
}

function sqliteCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

/**
 * Opens (creating if needed) the database file, checks it is ours and not from a newer app,
 * sets the pragmas every connection needs and brings the schema up to date.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    if (isNativeModuleError(e)) throw brokenInstallError(e);
    throw new AppError('corruptDatabase', `เปิดไฟล์ฐานข้อมูลไม่ได้: ${file}`, { cause: String(e) });
  }
  try {
    checkIdentity(db);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // FULL: a save the user saw succeed survives a power cut, not only a crash.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      const target = options.targetVersion ?? LATEST_VERSION;
      const from = db.pragma('user_version', { simple: true }) as number;
      const pending = MIGRATIONS.some((m) => m.version > from && m.version <= target);
      if (pending && from > 0 && options.beforeMigration) options.beforeMigration(db, from, target);
      migrate(db, target);
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function checkIdentity(db: Db): void {
  let appId: number;
  let version: number;
  let tables: number;
  try {
    appId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
    tables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n;
  } catch (e) {
    if (sqliteCode(e) === 'SQLITE_NOTADB') {
      throw new AppError('foreignDatabase', 'ไฟล์นี้ไม่ใช่ฐานข้อมูลของ ITA Tracker หรือไฟล์เสียหาย');
    }
    throw new AppError('corruptDatabase', 'ไฟล์ฐานข้อมูลเสียหาย อ่านไม่ได้', { cause: String(e) });
  }
  if (appId !== APPLICATION_ID && (appId !== 0 || tables > 0)) {
    throw new AppError('foreignDatabase', 'ไฟล์นี้ไม่ใช่ฐานข้อมูลของ ITA Tracker');
  }
  if (version > LATEST_VERSION) {
    throw new AppError(
      'newerDatabase',
      `ฐานข้อมูลนี้สร้างจาก ITA Tracker รุ่นที่ใหม่กว่า (รุ่นฐานข้อมูล ${version} แต่โปรแกรมนี้รองรับถึง ${LATEST_VERSION}) กรุณาปรับปรุงโปรแกรมก่อนเปิดไฟล์นี้`,
    );
  }
}

/** Applies each pending migration in its own transaction, bumping user_version inside it. */
export function migrate(db: Db, targetVersion: number = LATEST_VERSION): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= targetVersion);
  for (const m of pending) applyMigration(db, m);
}

function applyMigration(db: Db, m: Migration): void {
  db.transaction(() => {
    if (m.version === MIGRATIONS[0]!.version) db.pragma(`application_id = ${APPLICATION_ID}`);
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
  })();
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
