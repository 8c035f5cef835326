// Reading a workbook someone sends back, without trusting it: size, zip structure and the real
// (not declared) unpacked size are checked before exceljs sees it, and cells are read as text —
// a formula is its text, never a computed value.
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { AppError } from '../../../core/errors';
import { readMeta } from './style';

export const MAX_XLSX_BYTES = 5 * 1024 * 1024;
const MAX_UNPACKED = 60 * 1024 * 1024;
const MAX_ENTRIES = 2_000;
export const MAX_CELL_CHARS = 20_000;

/** Walks the zip's central directory and inflates each entry with a hard output cap (zip bombs stop here). */
function checkZip(name: string, b: Buffer): void {
  const bad = (why: string) => new AppError('invalidInput', `ไฟล์ ${name} ไม่ใช่ไฟล์ Excel (.xlsx) ที่ถูกต้อง (${why})`);
  if (b.length < 22 || b.readUInt32LE(0) !== 0x04034b50) throw bad('ไม่ใช่ไฟล์ xlsx');
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad('ไฟล์ไม่สมบูรณ์');
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  if (count === 0 || count > MAX_ENTRIES) throw bad('จำนวนส่วนประกอบในไฟล์ผิดปกติ');
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) throw bad('ไฟล์ไม่สมบูรณ์');
    const method = b.readUInt16LE(p + 10);
    const csize = b.readUInt32LE(p + 20);
    const usize = b.readUInt32LE(p + 24);
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    const local = b.readUInt32LE(p + 42);
    const entry = b.toString('utf8', p + 46, Math.min(b.length, p + 46 + nameLen));
    // Macros never run here, but a form that comes back with a VBA project was not saved by Excel
    // as the .xlsx we sent: refuse it rather than pass it on.
    if (/(^|\/)vbaProject[^/]*\.bin$/i.test(entry)) {
      throw new AppError(
        'invalidInput',
        `ไฟล์ ${name} มีแมโคร (VBA) ซึ่งโปรแกรมไม่รับ กรุณาบันทึกเป็นไฟล์ Excel (.xlsx) ธรรมดาแล้วส่งใหม่`,
      );
    }
    p += 46 + nameLen + extraLen + commentLen;
    total += usize;
    if (total > MAX_UNPACKED) throw bad('ข้อมูลเมื่อขยายใหญ่ผิดปกติ');
    if (local + 30 > b.length || b.readUInt32LE(local) !== 0x04034b50) throw bad('ไฟล์ไม่สมบูรณ์');
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    if (start + csize > b.length) throw bad('ไฟล์ไม่สมบูรณ์');
    if (method === 0) continue;
    if (method !== 8) throw bad('รูปแบบการบีบอัดที่ไม่รองรับ');
    try {
      // The declared size may lie: inflate with a cap just above it, so a bomb fails here, cheaply.
      const out = zlib.inflateRawSync(b.subarray(start, start + csize), { maxOutputLength: usize + 1 });
      if (out.length !== usize) throw new Error('size');
    } catch {
      throw bad('ข้อมูลในไฟล์เสียหาย');
    }
  }
}

/** Loads an xlsx sent back by a user; every failure is a Thai AppError naming the file. */
export async function loadWorkbook(name: string, data: Uint8Array): Promise<ExcelJS.Workbook> {
  if (data.byteLength === 0) throw new AppError('invalidInput', `ไฟล์ ${name} ว่างเปล่า`);
  if (data.byteLength > MAX_XLSX_BYTES) {
    throw new AppError('tooLarge', `ไฟล์ ${name} ใหญ่เกิน ${MAX_XLSX_BYTES / 1024 / 1024} MB`);
  }
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  checkZip(name, buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalidInput', `เปิดไฟล์ ${name} ไม่ได้ ไฟล์อาจเสียหายหรือไม่ใช่ไฟล์ Excel (.xlsx)`);
  }
  return wb;
}

export function metaOf(name: string, wb: ExcelJS.Workbook, kind: string, what: string): Record<string, string> {
  const meta = readMeta(wb);
  if (!meta || meta.kind !== kind) {
    throw new AppError('invalidInput', `ไฟล์ ${name} ไม่ใช่${what}ที่ส่งออกจากโปรแกรมนี้ (ไม่พบข้อมูลกำกับแบบฟอร์ม)`);
  }
  return meta;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A cell as text: strings as they are, numbers as digits, rich text joined, hyperlinks by their
 * text, formulas as "=" + their text (never the cached result). Control characters are stripped.
 */
export function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  let s: string;
  if (v === null || v === undefined) s = '';
  else if (typeof v === 'string') s = v;
  else if (typeof v === 'number' || typeof v === 'boolean') s = String(v);
  else if (v instanceof Date) s = v.toISOString().slice(0, 10);
  else if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) s = (o.richText as { text?: unknown }[]).map((t) => String(t.text ?? '')).join('');
    else if ('formula' in o || 'sharedFormula' in o) s = `=${String(o.formula ?? o.sharedFormula ?? '')}`;
    else if ('text' in o) {
      const t = o.text as unknown;
      s =
        typeof t === 'string'
          ? t
          : t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)
            ? (t as { richText: { text?: unknown }[] }).richText.map((x) => String(x.text ?? '')).join('')
            : String(o.hyperlink ?? '');
    } else if ('error' in o) s = String(o.error);
    else s = '';
  } else s = '';
  return s.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}
