// ระยะเวลาแล้วเสร็จ: "ธ.ค. ๖๕ - พ.ค. ๖๖ ธ.ค. ๖๕ - พ.ค. ๖๖" holds one range per activity.

import { THAI_MONTHS_FULL, fiscalMonths, parseThaiMonthDetailed } from '../../core/thai/dates';

// A month name (abbreviation with dots, or full) followed by a 2- or 4-digit BE year.
const MONTH_TOKEN = new RegExp(
  `(${THAI_MONTHS_FULL.join('|')}|[เ]?[\\u0E01-\\u0E2E][\\u0E34\\u0E35]?\\s*\\.\\s*[\\u0E01-\\u0E2E]\\s*\\.?)\\s*([0-9\\u0E50-\\u0E59]{4}|[0-9\\u0E50-\\u0E59]{2})(?![0-9\\u0E50-\\u0E59])`,
  'g',
);

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
}

export function findMonthTokens(text: string): MonthToken[] {
  const out: MonthToken[] = [];
  for (const m of text.matchAll(MONTH_TOKEN)) {
    const parsed = parseThaiMonthDetailed(`${m[1]} ${m[2]}`);
    const start = m.index ?? 0;
    out.push({ text: m[0], start, end: start + m[0].length, ...parsed });
  }
  return out;
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

/**
 * All ranges in a timeframe cell, in order. Two months joined by "-", "–" or "ถึง" make a range;
 * a month on its own is a one-month range.
 */
export function parseTimeframes(
  text: string,
  fiscalYear: number | null = null,
  frequency: Map<string, number> = new Map(),
): MonthRange[] {
  const tokens = findMonthTokens(text);
  const resolved = tokens.map((t) => {
    if (t.month !== null && !t.fuzzy) return { t, month: t.month, repaired: false };
    const month = repairMonth(t.candidates, fiscalYear, frequency);
    return { t, month, repaired: true };
  });
  const ranges: MonthRange[] = [];
  for (let i = 0; i < resolved.length; i++) {
    const a = resolved[i]!;
    const b = resolved[i + 1];
    const joined = b !== undefined && /^\s*(?:-|–|—|ถึง)\s*$/.test(text.slice(a.t.end, b.t.start));
    const parts = joined ? [a, b] : [a];
    ranges.push({
      text: text
        .slice(a.t.start, (joined ? b : a).t.end)
        .replace(/\s+/g, ' ')
        .trim(),
      start: a.month,
      end: (joined ? b : a).month,
      repaired: parts
        .filter((p) => p.repaired)
        .map((p) => ({ written: p.t.text.trim(), month: p.month, candidates: p.t.candidates })),
    });
    if (joined) i++;
  }
  return ranges;
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
