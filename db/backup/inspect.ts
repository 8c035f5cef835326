// Checking a file before it may replace the data: the header, a private copy opened by SQLite,
// and a summary of what it holds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../core/errors';
import { BACKUP_MESSAGES } from '../../core/terms';
import { LATEST_VERSION } from '../migrations';
import { APPLICATION_ID } from '../open';
import { verifyDatabase } from '../schemaCheck';
import type { BackupInfo } from './files';

// ---------------------------------------------------------------------------------------------
// Checking a file before it may replace the data

export const NOT_OURS = BACKUP_MESSAGES.notOurs;
export const DAMAGED = BACKUP_MESSAGES.damaged;
const UNCHANGED = BACKUP_MESSAGES.restoreUnchanged;

export function refuse(
  code: 'foreignDatabase' | 'corruptDatabase' | 'newerDatabase' | 'notFound',
  message: string,
  cause?: unknown,
): never {
  throw new AppError(code, message, cause === undefined ? undefined : { cause: String(cause) });
}

/** A private folder for copies being checked; removed by the caller. */
export function privateTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ita-restore-'));
}

/** Header checks SQLite itself does not make: the magic string and the file's length. */
export function checkHeader(file: string): void {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (e) {
    refuse('notFound', BACKUP_MESSAGES.unreadable(file), e);
  }
  if (size < 100) refuse(size === 0 ? 'foreignDatabase' : 'corruptDatabase', size === 0 ? NOT_OURS : DAMAGED);
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.subarray(0, 16).toString('latin1') !== 'SQLite format 3\0') refuse('foreignDatabase', NOT_OURS);
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) refuse('corruptDatabase', DAMAGED);
  // application_id lives at offset 68.
  if (header.readUInt32BE(68) !== APPLICATION_ID) refuse('foreignDatabase', NOT_OURS);
  // The page count in the header is trusted when its change counter matches (offsets 24 and 92).
  const pages = header.readUInt32BE(28);
  if (pages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92)) {
    if (size < pages * pageSize) refuse('corruptDatabase', DAMAGED);
  }
  if (size % pageSize !== 0) refuse('corruptDatabase', DAMAGED);
}

/** Opens a private copy and checks it is ours, not newer, and whole. Returns its summary. */
export function checkCopy(copy: string): BackupInfo {
  checkHeader(copy);
  let db: Database.Database;
  try {
    db = new Database(copy, { fileMustExist: true });
  } catch (e) {
    refuse('corruptDatabase', DAMAGED, e);
  }
  try {
    let appId: number;
    let version: number;
    try {
      appId = db.pragma('application_id', { simple: true }) as number;
      version = db.pragma('user_version', { simple: true }) as number;
    } catch (e) {
      refuse('foreignDatabase', NOT_OURS, e);
    }
    if (appId !== APPLICATION_ID || version < 10) refuse('foreignDatabase', NOT_OURS);
    if (version > LATEST_VERSION) {
      refuse('newerDatabase', BACKUP_MESSAGES.newer(version, LATEST_VERSION));
    }
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (e) {
      refuse('corruptDatabase', DAMAGED, e);
    }
    if (problems.length !== 1 || problems[0] !== 'ok') {
      refuse(
        'corruptDatabase',
        BACKUP_MESSAGES.technical(DAMAGED, problems.slice(0, 3).join('; ')),
        problems.join('; '),
      );
    }
    // Exactly what this app's migrations make at that version: no extra trigger, view or index, no
    // table rebuilt without its CHECKs, foreign keys that hold (db/schemaCheck.ts).
    try {
      verifyDatabase(db, version, { suffix: UNCHANGED });
    } catch (e) {
      if (e instanceof AppError) throw e;
      refuse('corruptDatabase', DAMAGED, e);
    }
    try {
      return summarize(db, version);
    } catch (e) {
      refuse('corruptDatabase', DAMAGED, e);
    }
  } finally {
    db.close();
  }
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** What a database holds, in words a user recognises: office, fiscal years, last change. */
export function summarize(
  db: Database.Database,
  version = db.pragma('user_version', { simple: true }) as number,
): BackupInfo {
  const plans = db
    .prepare('SELECT fiscal_year AS y, office, updated_at AS at FROM plan ORDER BY fiscal_year')
    .all() as {
    y: number;
    office: string;
    at: string;
  }[];
  const officeRow = db.prepare("SELECT value FROM setting WHERE key = 'office'").get() as { value: string } | undefined;
  let office = '';
  try {
    office = officeRow ? String(JSON.parse(officeRow.value)) : '';
  } catch {
    office = '';
  }
  if (!office) office = plans[0]?.office ?? '';
  const times: string[] = plans.map((p) => p.at);
  let followUpCount = 0;
  if (hasTable(db, 'follow_up')) {
    const r = db.prepare('SELECT count(*) AS n, max(updated_at) AS at FROM follow_up').get() as {
      n: number;
      at: string | null;
    };
    followUpCount = r.n;
    if (r.at) times.push(r.at);
  }
  if (hasTable(db, 'audit_log')) {
    const r = db.prepare('SELECT max(at) AS at FROM audit_log').get() as { at: string | null };
    if (r.at) times.push(r.at);
  }
  return {
    office,
    fiscalYears: [...new Set(plans.map((p) => p.y))],
    lastChange: times.length ? times.sort().at(-1)! : null,
    schemaVersion: version,
    planCount: plans.length,
    followUpCount,
  };
}

/** Checks a file (never touching it: a private copy is checked) and says what it holds. */
export function inspectBackupFile(file: string): BackupInfo {
  checkHeader(file);
  const dir = privateTempDir();
  try {
    const copy = path.join(dir, 'candidate.sqlite');
    fs.copyFileSync(file, copy);
    return checkCopy(copy);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
