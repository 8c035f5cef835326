// ผลผลิต → a target (quantity + unit) when it plainly reads as one, and ระยะเวลากำกับติดตาม →
// a monitoring frequency. Anything else is kept as written with no target: no guessing.

import type { Monitoring } from './types';
import { toArabicDigits } from '../../core/thai/digits';
import { FIELD_NAMES, IMPORT_PATTERNS, IMPORT_WORDS } from '../../core/terms';

export interface Target {
  qty: number | null;
  unit: string | null;
}

// Words that may come before the number without changing what is counted.
const TARGET_PREFIX = /^(?:อย่างน้อย|ไม่น้อยกว่า|เผยแพร่|จำนวน)\s*/;
// "เดือนละ ๑ ครั้ง" counts per period; the unit says so: "ครั้ง/เดือน".
const PER_PERIOD = /^(วัน|สัปดาห์|เดือน|ไตรมาส|ปี)ละ\s*/;

/**
 * "๑ ครั้ง" → 1 ครั้ง; "อย่างน้อย ๑ ฉบับ", "เผยแพร่ ๑ ช่องทาง" → 1 ฉบับ / 1 ช่องทาง;
 * "เดือนละ ๑ ครั้ง" and "๑ ครั้ง/เดือน" → 1 "ครั้ง/เดือน". The unit must be one word (Thai or
 * Latin, optionally "/period"); anything longer ("จัดทำคู่มือ… ๑๐ ฝ่าย") has no target.
 */
export function parseTarget(output: string): Target {
  const none: Target = { qty: null, unit: null };
  let s = toArabicDigits(output).replace(/\s+/g, ' ').trim();
  let period: string | null = null;
  const per = PER_PERIOD.exec(s);
  if (per) {
    period = per[1] ?? null;
    s = s.slice(per[0].length);
  } else {
    s = s.replace(TARGET_PREFIX, '');
  }
  const m =
    /^(\d+(?:\.\d+)?)\s*([A-Za-z\u0E01-\u0E2E\u0E30-\u0E3A\u0E40-\u0E4E]+)(?:\s*\/\s*([\u0E01-\u0E2E\u0E30-\u0E3A\u0E40-\u0E4E]+))?$/.exec(
      s,
    );
  if (!m) return none;
  if (period && m[3]) return none;
  const slashPeriod = m[3] ?? period;
  return { qty: Number(m[1]), unit: slashPeriod ? `${m[2]}/${slashPeriod}` : (m[2] ?? null) };
}

/**
 * "๑ ครั้ง/ เดือน", "เดือนละ ๑ ครั้ง", "ทุกเดือน" → monthly; "๑ ครั้ง/วัน", "ทุกวัน" → daily;
 * empty → none; anything else (other counts, weeks, quarters…) → other, text kept.
 */
export function parseMonitoring(text: string): Monitoring {
  const s = toArabicDigits(text).replace(/\s+/g, '').replace(/^-/, '');
  if (s === '') return 'none';
  const once = (unit: string) => new RegExp(IMPORT_PATTERNS.oncePer(unit)).test(s);
  if (once(FIELD_NAMES.month)) return 'monthly';
  if (once(IMPORT_WORDS.day)) return 'daily';
  return 'other';
}
