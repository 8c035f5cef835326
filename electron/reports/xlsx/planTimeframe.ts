// ระยะเวลาแล้วเสร็จ of the plan sheet read back (planImport.ts): the inverse of core/rules.ts
// timeframeText, with the importer's month readers. Pure.
import { monthsBetween } from '../../../core/thai';
import { findMonthTokens, parseTimeframes, unionOfRanges } from '../../../db/import/timeframe';

export interface Timeframe {
  start: string | null;
  end: string | null;
  months: string[];
}

/**
 * Reads back what timeframeText (core/rules.ts) writes: a run ('ธ.ค. ๖๕ – พ.ค. ๖๖'), one month,
 * 'ตั้งแต่ …' / 'ภายใน …', and months with gaps as a list ('ต.ค., ม.ค., เม.ย., ก.ค.', read within the
 * plan's fiscal year; or each with its year).
 */
export function parseTimeframe(text: string, fiscalYear: number): Timeframe | null {
  const t = text.trim();
  if (t === '' || t === '-') return { start: null, end: null, months: [] };
  if (t.includes(',')) {
    const rs = parseTimeframes(t, fiscalYear);
    if (rs.length < 2 || rs.some((r) => !r.start || !r.end || r.repaired.length > 0)) return null;
    const set = unionOfRanges(rs);
    return { start: set.start, end: set.end, months: set.months ?? [] };
  }
  const tokens = findMonthTokens(text);
  if (tokens.length === 0 || tokens.length > 2 || tokens.some((t) => !t.month || t.fuzzy)) return null;
  const start = tokens[0]!.month;
  const end = tokens[tokens.length - 1]!.month;
  if (tokens.length === 1 && /^ตั้งแต่/.test(t)) return { start, end: null, months: [] };
  if (tokens.length === 1 && /^ภายใน/.test(t)) return { start: null, end, months: [] };
  if (!start || !end || start > end) return null;
  return { start, end, months: monthsBetween(start, end) };
}

export const sameMonths = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((m, i) => m === b[i]);
