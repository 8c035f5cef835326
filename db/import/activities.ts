// One item's rows → its activities. In each row the activity cell's entries are the activities;
// the output, awareness and timeframe entries of the same row are lined up with them by position.
// (The sample puts all of an item's activities in one row as bullets; Word tables often give each
// activity its own row, with the code cell merged over them.)

import type { ColumnRole } from './headers';
import type { ImportProblem, Monitoring, ParsedActivity } from './types';
import type { Column } from './cells';
import { parseTarget, parseMonitoring } from './outputs';
import { parseResponsible } from './divisions';
import { monthsOfRange, parseTimeframes, tickedRange, unionOfRanges, type MonthRange } from './timeframe';
import { fiscalMonths, formatMonthShort } from '../../core/thai/dates';
import { IMPORT_ACTIVITY_MESSAGES } from '../../core/terms';

export interface Source {
  line: number;
  text: string;
}

/** One table row of an item (with the rows a page break split from it). */
export interface ItemRow {
  line: number;
  activities: Column;
  outputs: Column;
  awareness: Column;
  /** Raw cell text per physical row, kept with its line for precise problems. */
  timeframe: Source[];
  responsible: Source[];
  monitoring: Source[];
  /** Ticked fiscal months (0 = ต.ค.), from month or quarter tick columns. */
  ticks: number[];
}

export const emptyRow = (line: number): ItemRow => ({
  line,
  activities: { segments: [] },
  outputs: { segments: [] },
  awareness: { segments: [] },
  timeframe: [],
  responsible: [],
  monitoring: [],
  ticks: [],
});

export interface BuildContext {
  fiscalYear: number | null;
  monthFrequency: Map<string, number>;
  divisions: readonly string[];
  problems: ImportProblem[];
  unknownDivisions: string[];
  /** The problem's line and, when it concerns one cell, its column's header. */
  at(line: number, role?: ColumnRole): { line: number; column?: string };
}

const warn = (ctx: BuildContext, line: number, role: ColumnRole | undefined, message: string) =>
  ctx.problems.push({ ...ctx.at(line, role), severity: 'warning', message });

/**
 * Spread a column over n activities:
 * - as many entries as activities: one each;
 * - more entries than activities: the extra ones belong to the last activity, joined by a line
 *   break (in the sample: a single activity published on a website *and* at a meeting);
 * - a single awareness entry is a channel for the whole row: every activity gets it;
 * - otherwise fewer entries than activities: by position, the rest left empty, and reported.
 *   A single output is not copied: it is a countable target, and copying it would count it
 *   once per activity (sample O24, O27: "เผยแพร่ ๑ ช่องทาง" belongs to the publishing activity
 *   only, which comes first).
 */
export function spread(values: string[], n: number, shareSingle: boolean): { values: string[]; ambiguous: boolean } {
  const k = values.length;
  if (k === n) return { values: [...values], ambiguous: false };
  if (k === 0) return { values: Array<string>(n).fill(''), ambiguous: false };
  if (k === 1 && shareSingle) return { values: Array<string>(n).fill(values[0] as string), ambiguous: false };
  if (k > n) return { values: [...values.slice(0, n - 1), values.slice(n - 1).join('\n')], ambiguous: false };
  return { values: [...values, ...Array<string>(n - k).fill('')], ambiguous: true };
}

function ranges(ctx: BuildContext, code: string, row: ItemRow): MonthRange[] {
  const ticked = tickedRange(ctx.fiscalYear, row.ticks);
  if (ticked) {
    if (ticked.needsYear) warn(ctx, row.line, 'month', IMPORT_ACTIVITY_MESSAGES.ticksNeedYear(code));
    return [ticked];
  }
  const out: MonthRange[] = [];
  for (const src of row.timeframe) {
    for (const r of parseTimeframes(src.text, ctx.fiscalYear, ctx.monthFrequency)) {
      for (const fix of r.repaired) {
        warn(
          ctx,
          src.line,
          'timeframe',
          fix.month
            ? IMPORT_ACTIVITY_MESSAGES.monthMisspelt(code, fix.written, formatMonthShort(fix.month))
            : IMPORT_ACTIVITY_MESSAGES.monthUnreadable(code, fix.written),
        );
      }
      if (r.needsYear) warn(ctx, src.line, 'timeframe', IMPORT_ACTIVITY_MESSAGES.needsYear(code, r.text));
      if (r.start && r.end && r.start > r.end) {
        warn(ctx, src.line, 'timeframe', IMPORT_ACTIVITY_MESSAGES.startAfterEnd(code, r.text));
      }
      if (ctx.fiscalYear !== null && r.start && r.end) {
        const months = fiscalMonths(ctx.fiscalYear);
        if (!months.includes(r.start) || !months.includes(r.end)) {
          warn(ctx, src.line, 'timeframe', IMPORT_ACTIVITY_MESSAGES.outsideYear(code, r.text, ctx.fiscalYear));
        }
      }
      out.push(r);
    }
  }
  return out;
}

function rowActivities(ctx: BuildContext, code: string, row: ItemRow): ParsedActivity[] {
  const texts = [...row.activities.segments];
  if (texts.length === 0) {
    if (row.outputs.segments.length === 0 && row.awareness.segments.length === 0) return [];
    warn(ctx, row.line, 'activity', IMPORT_ACTIVITY_MESSAGES.noActivityText(code));
    texts.push('');
  }
  const n = texts.length;
  const outputs = spread(row.outputs.segments, n, false);
  const awareness = spread(row.awareness.segments, n, true);
  if (outputs.ambiguous) {
    warn(ctx, row.line, 'output', IMPORT_ACTIVITY_MESSAGES.outputsUneven(code, row.outputs.segments.length, n));
  }
  if (awareness.ambiguous) {
    warn(ctx, row.line, 'awareness', IMPORT_ACTIVITY_MESSAGES.awarenessUneven(code, row.awareness.segments.length, n));
  }

  const timeText = row.timeframe
    .map((s) => s.text)
    .join(' ')
    .trim();
  const rs = ranges(ctx, code, row);
  if (rs.length === 0) {
    warn(
      ctx,
      row.line,
      'timeframe',
      timeText
        ? IMPORT_ACTIVITY_MESSAGES.timeframeUnreadable(code, timeText)
        : IMPORT_ACTIVITY_MESSAGES.noTimeframe(code),
    );
  } else if (rs.length !== 1 && rs.length !== n && n !== 1) {
    warn(ctx, row.line, 'timeframe', IMPORT_ACTIVITY_MESSAGES.rangesUneven(code, rs.length, n));
  }
  // One activity with several ranges or months listed: all of them are its months.
  const one = n === 1 && rs.length > 1 ? unionOfRanges(rs) : null;
  const rangeFor = (i: number): MonthRange | null =>
    one ?? (rs.length === 0 ? null : rs.length === 1 ? (rs[0] ?? null) : (rs[Math.min(i, rs.length - 1)] ?? null));

  const responsibleText = row.responsible
    .map((s) => s.text)
    .filter(Boolean)
    .join('/');
  const resp = parseResponsible(responsibleText, ctx.divisions);
  for (const unknown of resp.unknown) {
    const line = row.responsible.find((s) => s.text.includes(unknown))?.line ?? row.line;
    warn(ctx, line, 'responsible', IMPORT_ACTIVITY_MESSAGES.unknownDivision(code, unknown));
    if (!ctx.unknownDivisions.includes(unknown)) ctx.unknownDivisions.push(unknown);
  }
  if (!responsibleText) warn(ctx, row.line, 'responsible', IMPORT_ACTIVITY_MESSAGES.noResponsible(code));

  const monitoringText = row.monitoring
    .map((s) => s.text)
    .join(' ')
    .trim();
  const monitoring: Monitoring = parseMonitoring(monitoringText);

  return texts.map((text, i) => {
    const output = outputs.values[i] ?? '';
    const target = parseTarget(output);
    const range = rangeFor(i);
    return {
      text,
      output,
      targetQty: target.qty,
      targetUnit: target.unit,
      awareness: awareness.values[i] ?? '',
      startMonth: range?.start ?? null,
      endMonth: range?.end ?? null,
      months: range ? monthsOfRange(range) : [],
      timeframeText: range?.text ?? timeText,
      responsibleText,
      divisions: [...resp.divisions],
      allDivisions: resp.allDivisions,
      monitoring,
      monitoringText,
    };
  });
}

/** The item's activities, row by row; `hasMonitoring`: the table has a monitoring column. */
export function buildActivities(
  ctx: BuildContext,
  item: { code: string; line: number; rows: ItemRow[] },
  hasMonitoring: boolean,
): ParsedActivity[] {
  const out = item.rows.flatMap((row) => rowActivities(ctx, item.code, row));
  if (out.length === 0) warn(ctx, item.line, 'activity', IMPORT_ACTIVITY_MESSAGES.noActivities(item.code));
  if (hasMonitoring && out.length > 0 && out.every((a) => a.monitoring === 'none')) {
    warn(ctx, item.line, 'monitoring', IMPORT_ACTIVITY_MESSAGES.noMonitoring(item.code));
  }
  return out;
}
