// Backups of the one data file: automatic (on start and daily), manual, before a migration and
// before a restore; checking a file before it may replace anything; restoring it safely.
//
// A backup is a standalone SQLite file (rollback journal, no -wal/-shm next to it) written to a
// temporary name, fsynced and renamed into place: a crash never leaves a half-written backup under
// a real name. Restoring copies the chosen file to a private temporary folder, checks and migrates
// that copy, then copies it into the open database with SQLite's online backup API in a single
// step — one write transaction, so a failure leaves the current data exactly as it was.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from './errors';
import { LATEST_VERSION } from './migrations';
import { APPLICATION_ID, migrate, openDatabase, type Db } from './open';

export const BACKUP_PREFIX = 'ita-backup-';
/** Automatic backups kept besides one per month; manual and safety backups are never pruned. */
export const KEEP_RECENT = 14;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** auto: on start / daily; manual: "สำรองข้อมูลตอนนี้"; pre-migration / pre-restore: safety copies. */
export type BackupReason = 'auto' | 'manual' | 'pre-migration' | 'pre-restore';

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

function tempNameFor(dest: string): string {
  return path.join(
    path.dirname(dest),
    `.${path.basename(dest)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`,
  );
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  // Windows cannot open a folder for fsync; the rename is durable enough there.
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // best effort
  }
}

/** Turns a fresh copy into one standalone file (no WAL), syncs it and renames it into place. */
function finalize(tmp: string, dest: string): void {
  const copy = new Database(tmp);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  fsyncFile(tmp);
  fs.renameSync(tmp, dest);
  fsyncDir(path.dirname(dest));
}

function cleanupTemp(tmp: string): void {
  for (const f of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
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
    throw new AppError('internal', `สำรองข้อมูลไม่สำเร็จ: ${path.basename(dest)}`, { cause: String(e) });
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
    throw new AppError('internal', `สำรองข้อมูลไม่สำเร็จ: ${path.basename(dest)}`, { cause: String(e) });
  }
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

// ---------------------------------------------------------------------------------------------
// Checking a file before it may replace the data

const NOT_OURS = 'ไฟล์นี้ไม่ใช่ไฟล์ข้อมูลของ ITA Tracker จึงนำมากู้คืนไม่ได้ ข้อมูลปัจจุบันไม่มีการเปลี่ยนแปลง';
const DAMAGED = 'ไฟล์นี้เสียหายหรือไม่สมบูรณ์ (อาจคัดลอกมาไม่ครบ) จึงนำมากู้คืนไม่ได้ ข้อมูลปัจจุบันไม่มีการเปลี่ยนแปลง';

function refuse(
  code: 'foreignDatabase' | 'corruptDatabase' | 'newerDatabase' | 'notFound',
  message: string,
  cause?: unknown,
): never {
  throw new AppError(code, message, cause === undefined ? undefined : { cause: String(cause) });
}

/** A private folder for copies being checked; removed by the caller. */
function privateTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ita-restore-'));
}

/** Header checks SQLite itself does not make: the magic string and the file's length. */
function checkHeader(file: string): void {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (e) {
    refuse('notFound', `ไม่พบไฟล์หรือเปิดอ่านไม่ได้: ${file}`, e);
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
function checkCopy(copy: string): BackupInfo {
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
      refuse(
        'newerDatabase',
        `ไฟล์นี้สร้างจาก ITA Tracker รุ่นที่ใหม่กว่า (รุ่นฐานข้อมูล ${version} แต่โปรแกรมนี้รองรับถึง ${LATEST_VERSION}) ` +
          'กรุณาปรับปรุงโปรแกรมก่อนกู้คืนไฟล์นี้ ข้อมูลปัจจุบันไม่มีการเปลี่ยนแปลง',
      );
    }
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (e) {
      refuse('corruptDatabase', DAMAGED, e);
    }
    if (problems.length !== 1 || problems[0] !== 'ok')
      refuse('corruptDatabase', DAMAGED, problems.slice(0, 5).join('; '));
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
      const ok = migrated.pragma('integrity_check', { simple: true });
      if (ok !== 'ok') refuse('corruptDatabase', DAMAGED, ok);
      migrated.pragma('journal_mode = DELETE');
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
      throw new AppError('internal', 'กู้คืนข้อมูลไม่สำเร็จ ข้อมูลปัจจุบันไม่มีการเปลี่ยนแปลง', { cause: String(e) });
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

/** Runs a quick check of an open database; throws corruptDatabase when it finds damage. */
export function assertHealthy(db: Db): void {
  let result: string;
  try {
    result = String(db.pragma('quick_check', { simple: true }));
  } catch (e) {
    throw new AppError('corruptDatabase', 'ไฟล์ฐานข้อมูลเสียหาย อ่านไม่ได้', { cause: String(e) });
  }
  if (result !== 'ok') throw new AppError('corruptDatabase', 'ไฟล์ฐานข้อมูลเสียหาย', { cause: result });
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
  fs.copyFileSync(backupPath, tmp);
  fsyncFile(tmp);
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (fs.existsSync(dbPath + suffix)) fs.renameSync(dbPath + suffix, aside + suffix);
  }
  fs.renameSync(tmp, dbPath);
  fsyncDir(path.dirname(dbPath));
  return aside;
}
