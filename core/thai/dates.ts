// Buddhist Era years, fiscal years and Thai month names.
// Months are stored as CE 'YYYY-MM'; users read BE years and Thai month names.

import { toArabicDigits, withDigits, type DigitStyle } from './digits';

const BE_OFFSET = 543;

/** January first. */
export const THAI_MONTHS_FULL = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

/** January first. */
export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

export function ceToBe(year: number): number {
  return year + BE_OFFSET;
}

export function beToCe(year: number): number {
  return year - BE_OFFSET;
}

/** 'YYYY-MM' with a real month. */
export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

function splitMonth(month: string): { year: number; month: number } {
  if (!isMonth(month)) throw new RangeError(`not a 'YYYY-MM' month: ${month}`);
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

export function makeMonth(ceYear: number, month: number): string {
  return `${String(ceYear).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The BE fiscal year a CE month falls in; FY2566 runs 2022-10 … 2023-09. */
export function fiscalYearOfMonth(month: string): number {
  const m = splitMonth(month);
  return ceToBe(m.year) + (m.month >= 10 ? 1 : 0);
}

/** The 12 months of a BE fiscal year in fiscal order (ต.ค. … ก.ย.). */
export function fiscalMonths(fiscalYear: number): string[] {
  const start = beToCe(fiscalYear) - 1;
  const out: string[] = [];
  for (let i = 0; i < 12; i++) {
    const m = ((9 + i) % 12) + 1;
    out.push(makeMonth(m >= 10 ? start : start + 1, m));
  }
  return out;
}

/** The month after: '2022-12' → '2023-01'. */
export function nextMonth(month: string): string {
  const m = splitMonth(month);
  return m.month === 12 ? makeMonth(m.year + 1, 1) : makeMonth(m.year, m.month + 1);
}

/** Every month from `start` to `end`, both included, in order; none when `start` is after `end`. */
export function monthsBetween(start: string, end: string): string[] {
  const out: string[] = [];
  splitMonth(end);
  for (let m = start; m <= end; m = nextMonth(m)) out.push(m);
  return out;
}

/** '2022-12' → 'ธ.ค.': the abbreviation alone, for a list of months inside one fiscal year. */
export function formatMonthAbbrev(month: string): string {
  return THAI_MONTHS_SHORT[splitMonth(month).month - 1]!;
}

// --- formatting ------------------------------------------------------------------------------

const INTL_LOCALE = 'th-TH-u-ca-buddhist-nu-thai';
let intlOk: boolean | null = null;

/**
 * Intl gives the same strings as the tables when full ICU is present (Node 22, Electron).
 * Probe once; with small ICU or none we fall back to the tables, so output never changes.
 */
function intlAgrees(): boolean {
  if (intlOk !== null) return intlOk;
  try {
    const f = new Intl.DateTimeFormat(INTL_LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    intlOk = f.format(new Date(Date.UTC(2026, 10, 25))) === '๒๕ พฤศจิกายน ๒๕๖๙';
  } catch {
    intlOk = false;
  }
  return intlOk;
}

/** '2022-12' → 'ธ.ค. ๖๕' (2-digit BE year). */
export function formatMonthShort(month: string, digits: DigitStyle = 'thai'): string {
  const m = splitMonth(month);
  const yy = String(ceToBe(m.year) % 100).padStart(2, '0');
  return `${THAI_MONTHS_SHORT[m.month - 1]} ${withDigits(yy, digits)}`;
}

/** '2022-12' → 'ธันวาคม ๒๕๖๕'. */
export function formatMonthLong(month: string, digits: DigitStyle = 'thai'): string {
  const m = splitMonth(month);
  return `${THAI_MONTHS_FULL[m.month - 1]} ${withDigits(ceToBe(m.year), digits)}`;
}

/** '2026-11-25' (or a full ISO timestamp, date part used) → '๒๕ พฤศจิกายน ๒๕๖๙'. */
export function formatDate(isoDate: string, digits: DigitStyle = 'thai'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new RangeError(`not an ISO date: ${isoDate}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > 31) throw new RangeError(`not an ISO date: ${isoDate}`);
  if (digits === 'thai' && intlAgrees()) {
    const f = new Intl.DateTimeFormat(INTL_LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return f.format(new Date(Date.UTC(y, m - 1, d)));
  }
  return `${withDigits(d, digits)} ${THAI_MONTHS_FULL[m - 1]} ${withDigits(ceToBe(y), digits)}`;
}

/** 2566 → 'ปีงบประมาณ พ.ศ. ๒๕๖๖'. */
export function formatFiscalYear(fiscalYear: number, digits: DigitStyle = 'thai'): string {
  return `ปีงบประมาณ พ.ศ. ${withDigits(fiscalYear, digits)}`;
}

// --- parsing ---------------------------------------------------------------------------------

/** Month names compared without dots and spaces: 'ธ.ค.' / 'ธ.ค' / 'ธ ค' all read 'ธค'. */
function monthKey(token: string): string {
  return token.replace(/[.\s]/g, '');
}

const SHORT_KEYS = THAI_MONTHS_SHORT.map(monthKey);

function exactMonthIndex(key: string): number {
  const short = SHORT_KEYS.indexOf(key);
  if (short >= 0) return short;
  return (THAI_MONTHS_FULL as readonly string[]).indexOf(key);
}

/** Indexes (0 = January) of abbreviations one letter away from `key` (substitution only). */
export function nearMonthIndexes(token: string): number[] {
  const key = monthKey(token);
  const out: number[] = [];
  SHORT_KEYS.forEach((k, i) => {
    if (k.length !== key.length) return;
    let diff = 0;
    for (let j = 0; j < k.length; j++) if (k[j] !== key[j]) diff++;
    if (diff === 1) out.push(i);
  });
  return out;
}

/** 2- or 4-digit BE year text → CE year; 2 digits are read as 25xx. */
export function beYearTextToCe(yearText: string): number | null {
  const y = toArabicDigits(yearText);
  if (/^\d{2}$/.test(y)) return beToCe(2500 + Number(y));
  if (/^\d{4}$/.test(y) && Number(y) >= 2400) return beToCe(Number(y));
  return null;
}

export interface MonthParse {
  /** CE 'YYYY-MM' */
  month: string | null;
  /** True when the name was not exact and was read as its only one-letter neighbour. */
  fuzzy: boolean;
  /** With a misspelt name: every month one letter away (CE 'YYYY-MM'). */
  candidates: string[];
}

const MONTH_TEXT_RE = /^(.+?)\s*([0-9\u0E50-\u0E59]{4}|[0-9\u0E50-\u0E59]{2})$/;

/** Like parseThaiMonth, but also reports misspelt names and their candidates. */
export function parseThaiMonthDetailed(text: string): MonthParse {
  const none: MonthParse = { month: null, fuzzy: false, candidates: [] };
  const match = MONTH_TEXT_RE.exec(text.trim());
  if (!match) return none;
  const ceYear = beYearTextToCe(match[2] ?? '');
  if (ceYear === null) return none;
  const key = monthKey(match[1] ?? '');
  if (!/^[\u0E01-\u0E4E]+$/.test(key)) return none;
  const exact = exactMonthIndex(key);
  if (exact >= 0) return { month: makeMonth(ceYear, exact + 1), fuzzy: false, candidates: [] };
  const near = nearMonthIndexes(key).map((i) => makeMonth(ceYear, i + 1));
  if (near.length === 1) return { month: near[0] ?? null, fuzzy: true, candidates: near };
  return { month: null, fuzzy: false, candidates: near };
}

/**
 * 'ธ.ค. ๖๕' / 'ธ.ค.๖๕' / 'ธ.ค 65' / 'ธันวาคม ๒๕๖๕' → '2022-12'; null when not a month.
 * A name one letter off an abbreviation is accepted only when exactly one month is that close.
 */
export function parseThaiMonth(text: string): string | null {
  return parseThaiMonthDetailed(text).month;
}
