// Why a database file could not be opened or written, told apart: a full disk, a read-only file, a
// read-only folder, a file that cannot be opened at all, a damaged file. Each answer says what is wrong
// and what to do. Only real damage is 'corruptDatabase' (the only one the app offers to restore);
// a healthy file on a full disk or in a read-only folder is never called damaged.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/errors';
import { FILE_MESSAGES, OPEN_MESSAGES } from '../core/terms';

function codeOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

/** Free bytes on the disk holding `dir`, or null when the system cannot say. */
export function freeBytes(dir: string): number | null {
  try {
    const st = fs.statfsSync(dir);
    return Number(st.bavail) * Number(st.bsize);
  } catch {
    return null;
  }
}

export function diskFullOnOpen(file: string, cause: unknown): AppError {
  return new AppError('diskFull', OPEN_MESSAGES.diskFull(file), { cause: String(cause) });
}

export function readOnlyFolder(file: string, cause: unknown): AppError {
  return new AppError('readOnly', OPEN_MESSAGES.readOnlyFolder(path.dirname(file), file), {
    cause: String(cause),
    folder: true,
  });
}

export function readOnlyFile(file: string, cause: unknown): AppError {
  return new AppError('readOnly', OPEN_MESSAGES.readOnlyFile(file), { cause: String(cause), folder: false });
}

function accessError(file: string, mode: number): string | null {
  try {
    fs.accessSync(file, mode);
    return null;
  } catch (e) {
    return codeOf(e) || 'EACCES';
  }
}

/**
 * SQLite says only "unable to open database file": find out why. A file the user may not read, a
 * missing file or folder, a folder that may not be written (SQLite needs its -wal and -shm there; a
 * read-only mount answers EROFS even to root), a file that may not be written.
 */
function cannotOpen(file: string, cause: unknown): AppError {
  const dir = path.dirname(file);
  const read = accessError(file, fs.constants.R_OK);
  let why: string = OPEN_MESSAGES.maybeLocked;
  if (read === 'ENOENT') {
    why = fs.existsSync(dir) ? OPEN_MESSAGES.noFile : OPEN_MESSAGES.noFolder(dir);
  } else if (read) {
    why = OPEN_MESSAGES.noReadRight;
  } else if (accessError(dir, fs.constants.W_OK)) {
    return readOnlyFolder(file, cause);
  } else if (accessError(file, fs.constants.W_OK)) {
    return readOnlyFile(file, cause);
  }
  return new AppError('cannotOpen', OPEN_MESSAGES.cannotOpen(why, file), { cause: String(cause) });
}

/**
 * Turns what SQLite or the system threw while opening (or first reading) a database into a Thai
 * AppError; an AppError, or an error without a code, passes through. `file` is the database file.
 */
export function openFailure(e: unknown, file: string): unknown {
  if (e instanceof AppError) return e;
  const code = codeOf(e);
  // Not SQLite's or the system's (a hook's own error, e.g. a failed pre-migration backup): as it is.
  if (!code) return e;
  if (code === 'SQLITE_NOTADB') {
    return new AppError('foreignDatabase', OPEN_MESSAGES.notOursOrDamaged, { cause: String(e) });
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new AppError('corruptDatabase', FILE_MESSAGES.damagedUnreadable, { cause: String(e) });
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return diskFullOnOpen(file, e);
  if (code.startsWith('SQLITE_IOERR')) {
    // SHMSIZE: no room to create the -shm beside the file. Other I/O errors: a full disk says so.
    const free = freeBytes(path.dirname(file));
    if (code === 'SQLITE_IOERR_SHMSIZE' || free === 0) return diskFullOnOpen(file, e);
    return new AppError('cannotOpen', OPEN_MESSAGES.ioError(file), { cause: String(e) });
  }
  if (code === 'SQLITE_READONLY_DIRECTORY' || code === 'EROFS') return readOnlyFolder(file, e);
  if (code.startsWith('SQLITE_READONLY')) return readOnlyFile(file, e);
  if (code === 'EACCES' || code === 'EPERM') return readOnlyFolder(file, e);
  if (code.startsWith('SQLITE_CANTOPEN')) return cannotOpen(file, e);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('locked', OPEN_MESSAGES.busy(file), {
      cause: String(e),
    });
  }
  return new AppError('internal', OPEN_MESSAGES.other(code || OPEN_MESSAGES.unknownCause, file), { cause: String(e) });
}
