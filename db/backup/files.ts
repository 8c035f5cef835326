// Backup files: their names, listing and retention, and writing one safely (temporary name,
// fsync, rename: db/files/atomicWrite) — automatic, manual and safety backups alike.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../core/errors';
import { BACKUP_MESSAGES } from '../../core/terms';
import { commitFileAtomic, tempNameFor, writeFailure } from '../files/atomicWrite';
import type { Db } from '../open';

export const BACKUP_PREFIX = 'ita-backup-';
/** Automatic backups kept besides one per month; manual and safety backups are never pruned. */
export const KEEP_RECENT = 14;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** auto: on start / daily; manual: "สำรองข้อมูลตอนนี้"; pre-migration / pre-restore / pre-revert: safety copies. */
export type BackupReason = 'auto' | 'manual' | 'pre-migration' | 'pre-restore' | 'pre-revert';

export interface BackupEntry {
  path: string;
  name: string;
  reason: string;
  /** Local time from the file name, ISO without zone: 2025-03-01T08:30:00. */
  createdAt: string;
  bytes: number;
}

export interface BackupInfo {
  /** The office name stored in the file's settings (or its plans). */
  office: string;
  fiscalYears: number[];
  /** ISO time of the newest change recorded in the file, null for a file without any. */
  lastChange: string | null;
  schemaVersion: number;
  planCount: number;
  followUpCount: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ita-backup-YYYYMMDD-HHMMSS-reason.sqlite, in local time (what the user's clock said). */
export function backupFileName(date: Date, reason: string): string {
  const d = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
  const t = `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
  return `${BACKUP_PREFIX}${d}-${t}${reason ? `-${reason}` : ''}.sqlite`;
}

const NAME_RE = /^ita-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-([a-z0-9-]+))?\.sqlite$/;

export function parseBackupName(name: string): { createdAt: string; reason: string } | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, reason] = m;
  // A counter added to avoid a name clash (…-manual-2) is not part of the reason.
  return { createdAt: `${y}-${mo}-${d}T${h}:${mi}:${s}`, reason: (reason ?? '').replace(/-\d+$/, '') };
}

/** The backups in a folder, newest first (by the time in their names). */
export function listBackups(dir: string): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = path.join(dir, name);
    try {
      const st = fs.statSync(file);
      if (!st.isFile()) continue;
      out.push({ path: file, name, reason: parsed.reason, createdAt: parsed.createdAt, bytes: st.size });
    } catch {
      // removed meanwhile
    }
  }
  return out.sort((a, b) =>
    a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : b.createdAt < a.createdAt ? -1 : 1,
  );
}

/**
 * Pure retention rule: of the automatic backups, keep the newest KEEP_RECENT and the newest of
 * every month; everything else automatic may go. Other reasons are never returned.
 */
export function backupsToPrune<T extends Pick<BackupEntry, 'reason' | 'createdAt'>>(
  entries: T[],
  keepRecent = KEEP_RECENT,
): T[] {
  const auto = entries.filter((e) => e.reason === 'auto').sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const keep = new Set<T>(auto.slice(0, keepRecent));
  const months = new Set<string>();
  for (const e of auto) {
    const month = e.createdAt.slice(0, 7);
    if (months.has(month)) continue;
    months.add(month);
    keep.add(e);
  }
  return auto.filter((e) => !keep.has(e));
}

export function pruneBackups(dir: string, keepRecent = KEEP_RECENT): string[] {
  const removed: string[] = [];
  for (const e of backupsToPrune(listBackups(dir), keepRecent)) {
    try {
      fs.rmSync(e.path, { force: true });
      removed.push(e.path);
    } catch {
      // a backup we cannot delete just stays
    }
  }
  return removed;
}

/** Whether an automatic backup is due: none yet, or the newest is a day old. */
export function isDailyBackupDue(entries: Pick<BackupEntry, 'reason' | 'createdAt'>[], now: Date): boolean {
  const newest = entries.filter((e) => e.reason === 'auto').map((e) => new Date(e.createdAt).getTime());
  if (newest.length === 0) return true;
  return now.getTime() - Math.max(...newest) >= DAY_MS;
}

/** Turns a fresh copy into one standalone file (no WAL), then syncs it and renames it into place. */
function finalize(tmp: string, dest: string): void {
  const copy = new Database(tmp);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  commitFileAtomic(tmp, dest, { what: backupName(dest) });
}

/** How messages name a backup file. */
const backupName = (dest: string) => BACKUP_MESSAGES.backupFile(path.basename(dest));

function cleanupTemp(tmp: string): void {
  for (const f of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
}

/** A failed backup: a full disk or a read-only folder says so; anything else is a plain failure. */
function backupFailure(e: unknown, dest: string): AppError {
  const failure = writeFailure(e, dest, backupName(dest));
  if (failure.code !== 'internal') return failure;
  return new AppError('internal', BACKUP_MESSAGES.backupFailed(path.basename(dest)), { cause: String(e) });
}

/** A consistent copy of the open database at dest, with SQLite's online backup API. */
export async function writeBackup(db: Db, dest: string): Promise<void> {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const tmp = tempNameFor(dest);
  try {
    await db.backup(tmp);
    finalize(tmp, dest);
  } catch (e) {
    cleanupTemp(tmp);
    throw backupFailure(e, dest);
  }
}

/** The same, synchronously (VACUUM INTO: a consistent snapshot), for code that cannot wait (opening). */
export function writeBackupSync(db: Db, dest: string): void {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const tmp = tempNameFor(dest);
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    finalize(tmp, dest);
  } catch (e) {
    cleanupTemp(tmp);
    throw backupFailure(e, dest);
  }
}

/**
 * A safety backup of the file as last committed, taken from inside a write transaction (a revert
 * that removes a whole plan): a second, read-only connection sees the data before the transaction's
 * changes (WAL), and VACUUM INTO, which cannot run inside a transaction, runs there.
 */
export function createCommittedBackupSync(dbPath: string, dir: string, reason: string, now = new Date()): BackupEntry {
  const file = newBackupPath(dir, reason, now);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = tempNameFor(file);
  const source = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    source.prepare('VACUUM INTO ?').run(tmp);
  } catch (e) {
    cleanupTemp(tmp);
    throw backupFailure(e, file);
  } finally {
    source.close();
  }
  try {
    finalize(tmp, file);
  } catch (e) {
    cleanupTemp(tmp);
    throw backupFailure(e, file);
  }
  return entryOf(file);
}

/** A name in dir for a new backup that does not exist yet. */
export function newBackupPath(dir: string, reason: BackupReason | string, now = new Date()): string {
  let file = path.join(dir, backupFileName(now, reason));
  for (let i = 2; fs.existsSync(file); i++) file = path.join(dir, backupFileName(now, `${reason}-${i}`));
  return file;
}

/** A backup into the backups folder; automatic ones are pruned afterwards. */
export async function createBackup(db: Db, dir: string, reason: BackupReason, now = new Date()): Promise<BackupEntry> {
  const file = newBackupPath(dir, reason, now);
  await writeBackup(db, file);
  if (reason === 'auto') pruneBackups(dir);
  return entryOf(file);
}

export function createBackupSync(db: Db, dir: string, reason: BackupReason, now = new Date()): BackupEntry {
  const file = newBackupPath(dir, reason, now);
  writeBackupSync(db, file);
  if (reason === 'auto') pruneBackups(dir);
  return entryOf(file);
}

function entryOf(file: string): BackupEntry {
  const name = path.basename(file);
  const parsed = parseBackupName(name);
  return {
    path: file,
    name,
    reason: parsed?.reason ?? '',
    createdAt: parsed?.createdAt ?? '',
    bytes: fs.statSync(file).size,
  };
}

/**
 * For openDatabase's beforeMigration option: a copy of the file as it was before any migration
 * (only called when the file has data and a migration is pending).
 */
export function backupBeforeMigration(dir: string): (db: Db, fromVersion: number) => void {
  return (db, fromVersion) => {
    createBackupSync(db, dir, `pre-migration-v${fromVersion}` as BackupReason);
  };
}
