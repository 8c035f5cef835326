// ระยะเวลา in every form offices write: "ธ.ค. ๖๕ – พ.ค. ๖๖", "ธันวาคม 2565 – พฤษภาคม 2566", 4-digit
// BE or CE years, months without a year (within the plan's fiscal year), "ไตรมาสที่ 1–4" (fiscal
// quarters), "ตลอดปีงบประมาณ", "ทุกเดือน", "ทุกไตรมาส"; ranges joined by "-", "–" or "ถึง". A cell may
// hold one range per activity ("ธ.ค. ๖๕ - พ.ค. ๖๖ ธ.ค. ๖๕ - พ.ค. ๖๖"). Month tick columns are read in
// parser.ts and become ranges of the same shape.

import {
  THAI_MONTHS_FULL,
  THAI_MONTHS_SHORT,
  ceToBe,
  fiscalMonths,
  makeMonth,
  monthsBetween,
  beToCe,
  parseThaiMonthDetailed,
} from '../../core/thai/dates';
import { toArabicDigits } from '../../core/thai/digits';
import { IMPORT_PATTERNS, IMPORT_WORDS } from '../../core/terms';

const DIGITS = '[0-9\\u0E50-\\u0E59]';
// A month name (abbreviation with dots — loosely, for OCR slips — or full) and a 2- or 4-digit year.
const MONTH_TOKEN = new RegExp(
  `(${THAI_MONTHS_FULL.join('|')}|[\\u0E40]?[\\u0E01-\\u0E2E][\\u0E34\\u0E35]?\\s*\\.\\s*[\\u0E01-\\u0E2E]\\s*\\.?)\\s*(?:${IMPORT_PATTERNS.beEra}\\s*)?(${DIGITS}{4}|${DIGITS}{2})(?!${DIGITS})`,
  'g',
);
const escape = (s: string) => s.replace(/\./g, '\\.');
/** A month named exactly, with no year after it (read within the fiscal year). */
const BARE_MONTH = new RegExp(
  `(${[...THAI_MONTHS_FULL, ...THAI_MONTHS_SHORT.map((m) => escape(m).replace(/\\\.$/, '\\.?'))].join('|')})(?!\\s*(?:${IMPORT_PATTERNS.beEra}\\s*)?${DIGITS})`,
  'g',
);
const QUARTERS = new RegExp(
  `${IMPORT_PATTERNS.quarterWord}\\s*(${DIGITS})(?:\\s*(${IMPORT_PATTERNS.quarterJoin})\\s*(?:${IMPORT_PATTERNS.quarterWord}\\s*)?(${DIGITS}))?`,
  'g',
);
const WHOLE_YEAR = /ตลอด(?:ทั้ง)?ปี(?:งบประมาณ)?|ทั้งปี(?:งบประมาณ)?|ทุกเดือน|ทุกไตรมาส|ต่อเนื่องทั้งปี/g;
const JOINER = /^\s*(?:-|–|—|ถึง)\s*$/;

export interface MonthToken {
  text: string;
  /** CE 'YYYY-MM' or null when the name could not be read. */
  month: string | null;
  fuzzy: boolean;
  candidates: string[];
  start: number;
  end: number;
}

export interface MonthRange {
  text: string;
  start: string | null;
  end: string | null;
  /** Month names that were misspelt, with how they were read (null: not read). */
  repaired: { written: string; month: string | null; candidates: string[] }[];
  /** Thai, when the range needs the fiscal year and none is known. */
  needsYear?: boolean;
  /** The months ticked, when they are a set rather than start..end (tick columns). */
  months?: string[];
}

/** Months written with a year (BE 2 or 4 digits; a 4-digit year below 2400 is CE). */
export function findMonthTokens(text: string): MonthToken[] {
  const out: MonthToken[] = [];
  for (const m of text.matchAll(MONTH_TOKEN)) {
    let year = toArabicDigits(m[2] ?? '');
    if (year.length === 4 && Number(year) < 2400) year = String(ceToBe(Number(year)));
    const parsed = parseThaiMonthDetailed(`${m[1]} ${year}`);
    const start = m.index ?? 0;
    out.push({ text: m[0], start, end: start + m[0].length, ...parsed });
  }
  return out;
}

/** The month (1–12) of an exact name ("ต.ค.", "ต.ค", "ตุลาคม"). */
function monthNumber(name: string): number {
  const full = (THAI_MONTHS_FULL as readonly string[]).indexOf(name);
  if (full >= 0) return full + 1;
  const key = name.replace(/\./g, '');
  return THAI_MONTHS_SHORT.findIndex((s) => s.replace(/\./g, '') === key) + 1;
}

/** The CE month of a fiscal year's month (1–12): Oct–Dec fall in the year before. */
function inFiscalYear(fiscalYear: number, month: number): string {
  const ce = beToCe(fiscalYear);
  return makeMonth(month >= 10 ? ce - 1 : ce, month);
}

/**
 * Resolve a misspelt month from its one-letter neighbours: keep those inside the plan's
 * fiscal year, then the one the plan itself writes most often. Unique → taken; else null.
 */
export function repairMonth(
  candidates: string[],
  fiscalYear: number | null,
  frequency: Map<string, number>,
): string | null {
  let pool = candidates;
  if (fiscalYear !== null) {
    const inYear = fiscalMonths(fiscalYear);
    const kept = pool.filter((c) => inYear.includes(c));
    if (kept.length > 0) pool = kept;
  }
  if (pool.length === 1) return pool[0] ?? null;
  const counts = pool.map((c) => frequency.get(c) ?? 0);
  const best = Math.max(0, ...counts);
  const top = pool.filter((_, i) => counts[i] === best);
  return best > 0 && top.length === 1 ? (top[0] ?? null) : null;
}

interface Point {
  at: number;
  end: number;
  month: string | null;
  repaired: MonthRange['repaired'];
  needsYear: boolean;
}

const overlaps = (taken: [number, number][], a: number, b: number) => taken.some(([x, y]) => a < y && b > x);

/** A fiscal quarter (1–4) → its first and last month. */
function quarterMonths(fiscalYear: number, q: number): [string, string] {
  const months = fiscalMonths(fiscalYear);
  return [months[(q - 1) * 3] as string, months[(q - 1) * 3 + 2] as string];
}

/** All ranges in a timeframe cell, in order. */
export function parseTimeframes(
  text: string,
  fiscalYear: number | null = null,
  frequency: Map<string, number> = new Map(),
): MonthRange[] {
  const found: { at: number; range: MonthRange }[] = [];
  const taken: [number, number][] = [];
  const year = fiscalYear !== null ? fiscalMonths(fiscalYear) : null;

  for (const m of text.matchAll(WHOLE_YEAR)) {
    const at = m.index ?? 0;
    taken.push([at, at + m[0].length]);
    found.push({
      at,
      range: { text: m[0], start: year?.[0] ?? null, end: year?.[11] ?? null, repaired: [], needsYear: !year },
    });
  }
  for (const m of text.matchAll(QUARTERS)) {
    const at = m.index ?? 0;
    if (overlaps(taken, at, at + m[0].length)) continue;
    taken.push([at, at + m[0].length]);
    const a = Number(toArabicDigits(m[1] ?? ''));
    const b = m[3] ? Number(toArabicDigits(m[3])) : a;
    const spans = m[2] === IMPORT_WORDS.and || m[2] === ',' ? [[a, a] as const, [b, b] as const] : [[a, b] as const];
    for (const [q1, q2] of spans) {
      const ok = q1 >= 1 && q1 <= 4 && q2 >= q1 && q2 <= 4;
      found.push({
        at,
        range: {
          text: m[0].trim(),
          start: ok && fiscalYear !== null ? quarterMonths(fiscalYear, q1)[0] : null,
          end: ok && fiscalYear !== null ? quarterMonths(fiscalYear, q2)[1] : null,
          repaired: [],
          needsYear: fiscalYear === null,
        },
      });
    }
  }

  const points: Point[] = [];
  for (const t of findMonthTokens(text)) {
    if (overlaps(taken, t.start, t.end)) continue;
    taken.push([t.start, t.end]);
    const exact = t.month !== null && !t.fuzzy;
    const month = exact ? t.month : repairMonth(t.candidates, fiscalYear, frequency);
    points.push({
      at: t.start,
      end: t.end,
      month,
      repaired: exact ? [] : [{ written: t.text.trim(), month, candidates: t.candidates }],
      needsYear: false,
    });
  }
  for (const m of text.matchAll(BARE_MONTH)) {
    const at = m.index ?? 0;
    if (overlaps(taken, at, at + m[0].length)) continue;
    taken.push([at, at + m[0].length]);
    const n = monthNumber(m[1] ?? '');
    points.push({
      at,
      end: at + m[0].length,
      month: fiscalYear !== null && n > 0 ? inFiscalYear(fiscalYear, n) : null,
      repaired: [],
      needsYear: fiscalYear === null,
    });
  }
  points.sort((a, b) => a.at - b.at);
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Point;
    const b = points[i + 1];
    const joined = b !== undefined && JOINER.test(text.slice(a.end, b.at));
    const last = joined ? (b as Point) : a;
    found.push({
      at: a.at,
      range: {
        text: text.slice(a.at, last.end).replace(/\s+/g, ' ').trim(),
        start: a.month,
        end: last.month,
        repaired: [...a.repaired, ...(joined ? (b as Point).repaired : [])],
        needsYear: a.needsYear || last.needsYear,
      },
    });
    if (joined) i++;
  }
  return found.sort((x, y) => x.at - y.at).map((f) => f.range);
}

/** How often each month is written correctly in these cells: context for repairing typos. */
export function monthFrequency(cells: string[]): Map<string, number> {
  const freq = new Map<string, number>();
  for (const cell of cells) {
    for (const t of findMonthTokens(cell)) {
      if (t.month && !t.fuzzy) freq.set(t.month, (freq.get(t.month) ?? 0) + 1);
    }
  }
  return freq;
}

/** Tick columns → the months ticked, exactly (gaps kept), with the first and last as start and end (months: fiscal indexes 0–11). */
export function tickedRange(fiscalYear: number | null, months: number[]): MonthRange | null {
  if (months.length === 0) return null;
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const fy = fiscalYear !== null ? fiscalMonths(fiscalYear) : null;
  const names = sorted.map((i) => THAI_MONTHS_SHORT[(i + 9) % 12]).join(' ');
  const ticked = fy ? sorted.map((i) => fy[i]).filter((m): m is string => m !== undefined) : [];
  return {
    text: names,
    start: ticked[0] ?? null,
    end: ticked.at(-1) ?? null,
    repaired: [],
    needsYear: fy === null,
    months: ticked,
  };
}

/** The months of a range: those ticked, else start..end; none while either end is unknown. */
export function monthsOfRange(r: MonthRange): string[] {
  if (r.months) return r.months;
  return r.start && r.end ? monthsBetween(r.start, r.end) : [];
}

/**
 * Several ranges for one activity ("ต.ค., ม.ค., เม.ย., ก.ค.", "ไตรมาสที่ 1 และ 3"): one set of
 * months, all of them, gaps kept.
 */
export function unionOfRanges(rs: readonly MonthRange[]): MonthRange {
  const months = [...new Set(rs.flatMap(monthsOfRange))].sort();
  return {
    text: rs.map((r) => r.text).join(', '),
    start: months[0] ?? null,
    end: months.at(-1) ?? null,
    repaired: rs.flatMap((r) => r.repaired),
    needsYear: rs.some((r) => r.needsYear),
    months,
  };
}
