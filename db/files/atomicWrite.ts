// The one way the app writes a file a user keeps (exports, division forms, backups, evidence opened
// for viewing): a temporary file beside the target, every byte written and counted, fsynced, renamed
// over the target, the folder fsynced. On any failure the target is exactly as it was, the temporary
// file is gone, and the Thai message says what is wrong (a full disk says so).
//
// Plain Node, no Electron: db/, electron/api, electron/reports and electron/main all use it.
// Windows: antivirus and indexers briefly hold a new file open, so a rename may fail with EBUSY /
// EPERM / EACCES for a moment; the rename is retried for about a second before giving up.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { WORDS, WRITE_MESSAGES } from '../../core/terms';

/** The file-system calls the helper makes; tests pass a copy with one call failing. */
export interface AtomicFs {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fstatSync: (fd: number) => { size: number };
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
  rmSync: typeof fs.rmSync;
}

export const nodeFs: AtomicFs = {
  openSync: fs.openSync,
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fstatSync: (fd) => fs.fstatSync(fd),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  rmSync: fs.rmSync,
};

export interface AtomicOptions {
  /** File mode of a new file (default 0o644; evidence copies use 0o600). */
  mode?: number;
  fs?: AtomicFs;
  platform?: NodeJS.Platform;
  /** Waits between rename attempts, ms (default about one second in all). */
  renameDelays?: readonly number[];
}

const RENAME_DELAYS = [10, 20, 40, 80, 160, 250, 400] as const;

/** A hidden name beside dest, unique to this process and call. */
export function tempNameFor(dest: string): string {
  return path.join(
    path.dirname(dest),
    `.${path.basename(dest)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`,
  );
}

function errno(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

/** Blocks this thread for ms (a rename retry must stay synchronous for its callers). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Whether a failed rename may be a passing lock (antivirus, indexer, backup tool) worth retrying. */
export function isTransientRenameError(code: string, platform: NodeJS.Platform = process.platform): boolean {
  if (code === 'EBUSY') return true;
  return platform === 'win32' && (code === 'EPERM' || code === 'EACCES');
}

/** fs.renameSync, retried briefly while the error looks like a passing lock. */
export function renameWithRetry(from: string, to: string, options: AtomicOptions = {}): void {
  const io = options.fs ?? nodeFs;
  const delays = options.renameDelays ?? RENAME_DELAYS;
  for (let attempt = 0; ; attempt++) {
    try {
      io.renameSync(from, to);
      return;
    } catch (e) {
      const delay = delays[attempt];
      if (delay === undefined || !isTransientRenameError(errno(e), options.platform)) throw e;
      pause(delay);
    }
  }
}

export function fsyncDir(dir: string): void {
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
    // best effort: some file systems refuse to fsync a folder
  }
}

const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
const NO_PERMISSION_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

/** Whether an error (Node or SQLite) means the disk is full. */
export function isDiskFull(e: unknown): boolean {
  return DISK_FULL_CODES.has(errno(e));
}

export const DISK_FULL_HINT = WRITE_MESSAGES.diskFullHint;

/** A Thai AppError for a file that could not be written; `what` names it for the user. */
export function writeFailure(e: unknown, file: string, what = `${WORDS.file} ${path.basename(file)}`): AppError {
  if (e instanceof AppError) return e;
  const code = errno(e);
  const cause = { cause: String(e), errno: code };
  if (DISK_FULL_CODES.has(code)) {
    return new AppError('diskFull', WRITE_MESSAGES.diskFull(what, DISK_FULL_HINT), cause);
  }
  if (NO_PERMISSION_CODES.has(code)) {
    return new AppError(
      'readOnly',
      code === 'EROFS' ? WRITE_MESSAGES.readOnlyDisk(what) : WRITE_MESSAGES.noWriteRight(what),
      cause,
    );
  }
  if (code === 'EISDIR') return new AppError('invalidInput', WRITE_MESSAGES.isFolder(file), cause);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new AppError('notFound', WRITE_MESSAGES.noFolder(path.dirname(file)), cause);
  }
  if (code === 'EBUSY') {
    return new AppError('conflict', WRITE_MESSAGES.inUse(what), cause);
  }
  return new AppError('internal', WRITE_MESSAGES.failed(what), cause);
}

function writeAll(io: AtomicFs, fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const n = io.writeSync(fd, bytes, offset, bytes.byteLength - offset);
    // A write that makes no progress would loop for ever: the device took nothing (a full disk).
    if (n <= 0) throw Object.assign(new Error('no bytes written'), { code: 'ENOSPC' });
    offset += n;
  }
}

/**
 * Writes bytes to file atomically. Throws a Thai AppError (code diskFull, readOnly, notFound, …);
 * the target is then untouched and no temporary file is left.
 */
export function writeFileAtomic(file: string, bytes: Uint8Array, options: AtomicOptions = {}): void {
  const io = options.fs ?? nodeFs;
  const tmp = tempNameFor(file);
  let created = false;
  try {
    const fd = io.openSync(tmp, 'wx', options.mode ?? 0o644);
    created = true;
    try {
      writeAll(io, fd, bytes);
      // The file holds what we meant, byte for byte, before it may take the target's name.
      const size = io.fstatSync(fd).size;
      if (size !== bytes.byteLength) {
        throw Object.assign(new Error(`wrote ${size} of ${bytes.byteLength} bytes`), { code: 'ENOSPC' });
      }
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    renameWithRetry(tmp, file, options);
  } catch (e) {
    if (created) io.rmSync(tmp, { force: true });
    throw writeFailure(e, file);
  }
  fsyncDir(path.dirname(file));
}

/**
 * For a temporary file written by someone else (SQLite writing a backup): checks its length when
 * known, fsyncs it and renames it over dest. On failure the temporary file is removed.
 */
export function commitFileAtomic(
  tmp: string,
  dest: string,
  options: AtomicOptions & { expectedBytes?: number; what?: string } = {},
): void {
  const io = options.fs ?? nodeFs;
  try {
    const fd = io.openSync(tmp, 'r+');
    try {
      if (options.expectedBytes !== undefined && io.fstatSync(fd).size !== options.expectedBytes) {
        throw Object.assign(new Error('short file'), { code: 'ENOSPC' });
      }
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    renameWithRetry(tmp, dest, options);
  } catch (e) {
    io.rmSync(tmp, { force: true });
    throw writeFailure(e, dest, options.what);
  }
  fsyncDir(path.dirname(dest));
}
