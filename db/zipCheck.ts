// A zip someone sends us (.xlsx, .docx), checked before any library unpacks it: size, zip structure
// and the real (not declared) unpacked size. One home for the Excel forms and the plan readers.
import zlib from 'node:zlib';
import { AppError } from '../core/errors';
import { ZIP_MESSAGES } from '../core/terms';

const TRUNCATED = ZIP_MESSAGES.truncated;

const MAX_UNPACKED = 60 * 1024 * 1024;
const MAX_ENTRIES = 2_000;

/**
 * Walks the zip's central directory and inflates each entry with a hard output cap (zip bombs stop
 * here). `what` names the expected format in the message, e.g. 'ไฟล์ Excel (.xlsx)'.
 */
export function checkZip(name: string, b: Buffer, what: string): void {
  const bad = (why: string) => new AppError('invalidInput', ZIP_MESSAGES.invalid(name, what, why));
  if (b.length < 22 || b.readUInt32LE(0) !== 0x04034b50) throw bad(ZIP_MESSAGES.badFormat);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad(TRUNCATED);
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  if (count === 0 || count > MAX_ENTRIES) throw bad(ZIP_MESSAGES.entryCount);
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) throw bad(TRUNCATED);
    const method = b.readUInt16LE(p + 10);
    const csize = b.readUInt32LE(p + 20);
    const usize = b.readUInt32LE(p + 24);
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    const local = b.readUInt32LE(p + 42);
    const entry = b.toString('utf8', p + 46, Math.min(b.length, p + 46 + nameLen));
    // Macros never run here, but a file that comes with a VBA project was not saved as the plain
    // .xlsx/.docx we read: refuse it rather than pass it on.
    if (/(^|\/)vbaProject[^/]*\.bin$/i.test(entry)) {
      throw new AppError('invalidInput', ZIP_MESSAGES.macros(name, what));
    }
    p += 46 + nameLen + extraLen + commentLen;
    total += usize;
    if (total > MAX_UNPACKED) throw bad(ZIP_MESSAGES.tooBigUnpacked);
    if (local + 30 > b.length || b.readUInt32LE(local) !== 0x04034b50) throw bad(TRUNCATED);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    if (start + csize > b.length) throw bad(TRUNCATED);
    if (method === 0) continue;
    if (method !== 8) throw bad(ZIP_MESSAGES.compression);
    try {
      // The declared size may lie: inflate with a cap just above it, so a bomb fails here, cheaply.
      const out = zlib.inflateRawSync(b.subarray(start, start + csize), { maxOutputLength: usize + 1 });
      if (out.length !== usize) throw new Error('size');
    } catch {
      throw bad(ZIP_MESSAGES.corrupt);
    }
  }
}
