// Restoring a backup into the open database, checking an open database, and replacing a damaged
// data file with a backup.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../core/errors';
import { commitFileAtomic, tempNameFor, writeFailure } from '../files/atomicWrite';
import { migrate, openDatabase, type Db } from '../open';
import { BACKUP_PREFIX, backupFileName, createBackup, type BackupEntry, type BackupInfo } from './files';
import { checkCopy, checkHeader, DAMAGED, inspectBackupFile, privateTempDir, refuse, summarize } from './inspect';
import { BACKUP_MESSAGES, DATA_FILE_WORDS, FILE_MESSAGES } from '../../core/terms';

/**
 * Replaces the data of the open database with the file's: checks a private copy, brings it up to
 * the current schema, backs up the current data into backupsDir, then copies it in with one online
 * backup step (one transaction on the live file). Any failure before that leaves the data untouched.
 */
export async function restoreFromFile(
  db: Db,
  file: string,
  backupsDir: string,
): Promise<{ info: BackupInfo; safetyBackup: BackupEntry }> {
  checkHeader(file);
  const dir = privateTempDir();
  try {
    const copy = path.join(dir, 'candidate.sqlite');
    fs.copyFileSync(file, copy);
    checkCopy(copy);
    // Bring the copy up to date (an older backup) and check it once more, as it will be.
    const migrated = openDatabase(copy);
    let info: BackupInfo;
    try {
      migrated.pragma('journal_mode = DELETE');
      matchPageSize(migrated, db.pragma('page_size', { simple: true }) as number);
      const ok = migrated.pragma('integrity_check', { simple: true });
      if (ok !== 'ok') refuse('corruptDatabase', DAMAGED, ok);
      info = summarize(migrated);
    } finally {
      migrated.close();
    }
    const safetyBackup = await createBackup(db, backupsDir, 'pre-restore');
    const source = new Database(copy, { readonly: true, fileMustExist: true });
    try {
      // The first step only starts; the second copies every page at once: one transaction.
      await source.backup(db.name, { progress: () => 0x7fffffff });
    } catch (e) {
      throw new AppError('internal', BACKUP_MESSAGES.restoreFailed, { cause: String(e) });
    } finally {
      source.close();
    }
    // The connection sees the new schema on its next statement; make sure it is whole and current.
    migrate(db);
    return { info, safetyBackup };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * SQLite's online backup cannot write into a WAL database of another page size (it fails half way,
 * after the safety backup). The private copy is rebuilt with the live file's page size first, so any
 * page size restores, and a copy that cannot be rebuilt is refused before anything is written.
 */
function matchPageSize(copy: Db, pageSize: number): void {
  if (copy.pragma('page_size', { simple: true }) === pageSize) return;
  try {
    copy.pragma(`page_size = ${pageSize}`);
    copy.exec('VACUUM');
  } catch (e) {
    refuse('corruptDatabase', DAMAGED, e);
  }
  if (copy.pragma('page_size', { simple: true }) !== pageSize) refuse('corruptDatabase', DAMAGED, 'page size');
}

/** Runs a quick check of an open database; throws corruptDatabase when it finds damage. */
export function assertHealthy(db: Db): void {
  let result: string;
  try {
    result = String(db.pragma('quick_check', { simple: true }));
  } catch (e) {
    throw new AppError('corruptDatabase', FILE_MESSAGES.damagedUnreadable, { cause: String(e) });
  }
  if (result !== 'ok') throw new AppError('corruptDatabase', FILE_MESSAGES.damaged, { cause: result });
}

/**
 * The damaged file is moved aside (kept, with its -wal/-shm, as …corrupt-<time>) and a checked copy
 * of the backup takes its place. For the shell when opening failed; nothing else has the file open.
 */
export function replaceDamagedWithBackup(dbPath: string, backupPath: string, now = new Date()): string {
  inspectBackupFile(backupPath);
  const stamp = backupFileName(now, '').replace(BACKUP_PREFIX, '').replace('.sqlite', '');
  const aside = `${dbPath}.corrupt-${stamp}`;
  const tmp = tempNameFor(dbPath);
  try {
    fs.copyFileSync(backupPath, tmp);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw writeFailure(e, dbPath, DATA_FILE_WORDS.dataFile);
  }
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (fs.existsSync(dbPath + suffix)) fs.renameSync(dbPath + suffix, aside + suffix);
  }
  commitFileAtomic(tmp, dbPath, { expectedBytes: fs.statSync(backupPath).size, what: DATA_FILE_WORDS.dataFile });
  return aside;
}
