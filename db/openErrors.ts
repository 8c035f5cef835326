// Why a database file could not be opened or written, told apart: a full disk, a read-only file, a
// read-only folder, a file that cannot be opened at all, a damaged file. Each answer says what is wrong
// and what to do. Only real damage is 'corruptDatabase' (the only one the app offers to restore);
// a healthy file on a full disk or in a read-only folder is never called damaged.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/errors';
import { FILE_MESSAGES } from '../core/terms';

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

const NOT_DAMAGED = 'ไฟล์ข้อมูลไม่ได้เสียหาย';

export function diskFullOnOpen(file: string, cause: unknown): AppError {
  return new AppError(
    'diskFull',
    `เปิดไฟล์ข้อมูลไม่ได้: พื้นที่ดิสก์เต็ม (โปรแกรมต้องใช้พื้นที่ว่างเล็กน้อยข้างไฟล์ข้อมูลเพื่อเปิดไฟล์) ${NOT_DAMAGED}\n` +
      `กรุณาลบไฟล์ที่ไม่ใช้ในดิสก์นี้ให้มีพื้นที่ว่าง แล้วเปิดอีกครั้ง\nไฟล์: ${file}`,
    { cause: String(cause) },
  );
}

export function readOnlyFolder(file: string, cause: unknown): AppError {
  return new AppError(
    'readOnly',
    `เปิดไฟล์ข้อมูลไม่ได้: โฟลเดอร์ของไฟล์ข้อมูลเป็นแบบอ่านอย่างเดียว (ไม่มีสิทธิ์เขียน) ` +
      `โปรแกรมต้องเขียนไฟล์ประกอบข้างไฟล์ข้อมูล ${NOT_DAMAGED}\n` +
      `กรุณาย้ายไฟล์ข้อมูลไปไว้ในโฟลเดอร์ที่เขียนได้ หรือให้ผู้ดูแลระบบเปิดสิทธิ์เขียนโฟลเดอร์ ${path.dirname(file)}\nไฟล์: ${file}`,
    { cause: String(cause), folder: true },
  );
}

export function readOnlyFile(file: string, cause: unknown): AppError {
  return new AppError(
    'readOnly',
    `ไฟล์ข้อมูลเป็นแบบอ่านอย่างเดียว (ไม่มีสิทธิ์เขียน) จึงบันทึกไม่ได้ ${NOT_DAMAGED}\n` +
      'กรุณาเอาเครื่องหมาย "อ่านอย่างเดียว" (Read-only) ออกจากคุณสมบัติของไฟล์ หรือให้ผู้ดูแลระบบเปิดสิทธิ์เขียน ' +
      `หรือคัดลอกไฟล์ไปไว้ในโฟลเดอร์ของตนเองแล้วเปิดไฟล์นั้น\nไฟล์: ${file}`,
    { cause: String(cause), folder: false },
  );
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
  let why = 'ไฟล์อาจถูกโปรแกรมอื่นล็อกไว้ หรืออยู่บนไดรฟ์เครือข่ายที่หลุดการเชื่อมต่อ';
  if (read === 'ENOENT') {
    why = fs.existsSync(dir) ? 'ไม่พบไฟล์ กรุณาตรวจสอบชื่อไฟล์' : `ไม่พบโฟลเดอร์ ${dir} กรุณาตรวจสอบชื่อโฟลเดอร์`;
  } else if (read) {
    why = 'ไม่มีสิทธิ์อ่านไฟล์นี้ กรุณาให้ผู้ดูแลระบบเปิดสิทธิ์อ่านและเขียน';
  } else if (accessError(dir, fs.constants.W_OK)) {
    return readOnlyFolder(file, cause);
  } else if (accessError(file, fs.constants.W_OK)) {
    return readOnlyFile(file, cause);
  }
  return new AppError('cannotOpen', `เปิดไฟล์ข้อมูลไม่ได้: ${why}\nไฟล์: ${file}`, { cause: String(cause) });
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
    return new AppError('foreignDatabase', 'ไฟล์นี้ไม่ใช่ฐานข้อมูลของ ITA Tracker หรือไฟล์เสียหาย', { cause: String(e) });
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new AppError('corruptDatabase', FILE_MESSAGES.damagedUnreadable, { cause: String(e) });
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return diskFullOnOpen(file, e);
  if (code.startsWith('SQLITE_IOERR')) {
    // SHMSIZE: no room to create the -shm beside the file. Other I/O errors: a full disk says so.
    const free = freeBytes(path.dirname(file));
    if (code === 'SQLITE_IOERR_SHMSIZE' || free === 0) return diskFullOnOpen(file, e);
    return new AppError(
      'cannotOpen',
      `อ่านหรือเขียนไฟล์ข้อมูลไม่ได้ (ดิสก์หรือไดรฟ์เครือข่ายมีปัญหา) กรุณาตรวจสอบดิสก์หรือการเชื่อมต่อ แล้วลองอีกครั้ง\nไฟล์: ${file}`,
      { cause: String(e) },
    );
  }
  if (code === 'SQLITE_READONLY_DIRECTORY' || code === 'EROFS') return readOnlyFolder(file, e);
  if (code.startsWith('SQLITE_READONLY')) return readOnlyFile(file, e);
  if (code === 'EACCES' || code === 'EPERM') return readOnlyFolder(file, e);
  if (code.startsWith('SQLITE_CANTOPEN')) return cannotOpen(file, e);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('locked', `ไฟล์ข้อมูลกำลังถูกใช้โดยโปรแกรมอื่น กรุณาปิดโปรแกรมนั้นก่อนแล้วลองอีกครั้ง\nไฟล์: ${file}`, {
      cause: String(e),
    });
  }
  return new AppError('internal', `เปิดไฟล์ข้อมูลไม่ได้ (${code || 'ไม่ทราบสาเหตุ'})\nไฟล์: ${file}`, { cause: String(e) });
}
