// The business rules of the follow-up, each written once: which activities are due in a month, an
// activity's latest status as of a month, status counts and the percent done, what is overdue, the
// month a view is "as of", and how the responsible / timeframe / monitoring cells read. The screens,
// the roll-up (db/queries/progress.ts), the reports and the CLI all call these. The one rule that
// also has a SQL form, "due in a month", keeps it beside the queries (db/queries/due.ts), tested
// equal to isDueIn (tests/db/rules.test.ts). Pure.
import { DEFAULT_DIVISIONS, responsibleLines } from './divisions';
import { AppError } from './errors';
import { ALL_DIVISIONS, MONITORING_NAMES, READ_AS_WORDS, VALIDATION_WORDS } from './terms';
import {
  fiscalMonths,
  fiscalYearOfMonth,
  formatMonthAbbrev,
  formatMonthShort,
  formatNumber,
  monthsBetween,
  splitDatedLines,
  withDigits,
  type DigitStyle,
} from './thai';
import type { Activity, CarriedReport, CopySkip, Division, FollowUpStatus, ReportState, StatusCounts } from './types';

/** The order statuses are listed, counted and charted in: what is finished first, what cannot be done last. */
export const STATUS_ORDER: readonly FollowUpStatus[] = ['done', 'inProgress', 'notStarted', 'blocked'];
/** The same with ยังไม่รายงาน after every reported status (chips, cards, bars, report tables). */
export const STATE_ORDER: readonly ReportState[] = [...STATUS_ORDER, 'notReported'];

export type MonthSpan = Pick<Activity, 'startMonth' | 'endMonth' | 'months'>;

/**
 * Due in `month` ('YYYY-MM'): one of the activity's months (a set: ticks with gaps are months left
 * out); an activity without months (its start or end not known) is due wherever its open span reaches.
 */
export function isDueIn(a: MonthSpan, month: string): boolean {
  if (a.months.length > 0) return a.months.includes(month);
  return (a.startMonth === null || a.startMonth <= month) && (a.endMonth === null || a.endMonth >= month);
}

/**
 * The timeframe as it is stored (db/queries/planWrites.ts): months given → that set, sorted, its first
 * and last month as start and end; none given → a closed range becomes its months (the range
 * shortcut), an open one (start or end missing) has none.
 */
export function dueMonths(t: {
  startMonth: string | null;
  endMonth: string | null;
  months?: readonly string[] | null | undefined;
}): MonthSpan {
  const given = [...new Set(t.months ?? [])].sort();
  if (given.length > 0) return { startMonth: given[0]!, endMonth: given[given.length - 1]!, months: given };
  const { startMonth, endMonth } = t;
  return { startMonth, endMonth, months: startMonth && endMonth ? monthsBetween(startMonth, endMonth) : [] };
}

/** Months with none left out between the first and the last (one run, as one range reads). */
export function isMonthRun(months: readonly string[]): boolean {
  return months.length === 0 || monthsBetween(months[0]!, months[months.length - 1]!).length === months.length;
}

/**
 * A division answers for an activity linked to it, and for every ทุกฝ่าย one (counted for each
 * division). The month list and the roll-up use its SQL form, db/queries/due.ts forDivision.
 */
export function answersFor(a: Pick<Activity, 'allDivisions' | 'divisionIds'>, divisionId: number): boolean {
  return a.allDivisions || a.divisionIds.includes(divisionId);
}

/** A month's report as the rules read it. */
export interface ReportLike {
  month: string;
  status: FollowUpStatus;
  /** Copied from another month and not yet checked (FollowUp.draft). */
  draft?: boolean;
}

/**
 * Whether a month's report counts as reported: someone saved it. A row without one reads
 * ยังไม่รายงาน, never ยังไม่ดำเนินการ (nobody said the work has not started); so does a draft
 * copied from another month until someone checks and saves it.
 */
export function isReported(f: Pick<ReportLike, 'status' | 'draft'> | null | undefined): boolean {
  return f !== null && f !== undefined && f.draft !== true;
}

/** What one month's row reads: its report's status, or notReported (ยังไม่รายงาน). */
export function reportState(f: Pick<ReportLike, 'status' | 'draft'> | null | undefined): ReportState {
  return f && isReported(f) ? f.status : 'notReported';
}

function latestReport<R extends ReportLike>(reports: readonly R[], asOf: string): R | null {
  let latest: R | null = null;
  for (const r of reports) {
    if (r.month <= asOf && isReported(r) && (latest === null || r.month >= latest.month)) latest = r;
  }
  return latest;
}

/**
 * An activity's status as of `asOf`: that of its latest report in any month up to and including
 * `asOf` (whether or not the activity was due that month); notStarted when there is none.
 */
export function latestStatus(reports: readonly ReportLike[], asOf: string): FollowUpStatus {
  return latestReport(reports, asOf)?.status ?? 'notStarted';
}

/**
 * An activity as of `asOf` (the roll-up, the overview, the results reports): its latest report's
 * status; never reported: notReported once it has been due (its start month reached or open),
 * notStarted while its first month is still ahead (nothing was asked of it yet).
 */
export function activityState(
  a: Pick<Activity, 'startMonth'>,
  reports: readonly ReportLike[],
  asOf: string,
): ReportState {
  const latest = latestReport(reports, asOf);
  if (latest) return latest.status;
  return a.startMonth === null || a.startMonth <= asOf ? 'notReported' : 'notStarted';
}

/**
 * How many of the given states are which (ยังไม่รายงาน apart from ยังไม่ดำเนินการ);
 * percentDone = done / total (0 when there are none).
 */
export function countStatuses(statuses: Iterable<ReportState>): StatusCounts {
  const c: StatusCounts = {
    total: 0,
    notStarted: 0,
    inProgress: 0,
    done: 0,
    blocked: 0,
    notReported: 0,
    percentDone: 0,
  };
  for (const s of statuses) {
    c[s] += 1;
    c.total += 1;
  }
  c.percentDone = c.total === 0 ? 0 : c.done / c.total;
  return c;
}

/** The percent done as every screen, report and the CLI print it: a whole percent, rounded (2/3 → 67). */
export function percentDone(c: Pick<StatusCounts, 'done' | 'total'>): number {
  return c.total === 0 ? 0 : Math.round((c.done / c.total) * 100);
}

/** Overdue as of `asOf`: its last month has passed (ended before `asOf`) and it is not done. */
export function isOverdue(a: Pick<Activity, 'endMonth'>, status: ReportState, asOf: string): boolean {
  return a.endMonth !== null && a.endMonth < asOf && status !== 'done';
}

/**
 * What a month's report carries into another month: its status and texts, as a draft; never a done
 * or blocked status (a monthly activity must be reported again), nor a line that names a day or a
 * month, nor the quantity, the director's remark or the evidence (each month has its own). An
 * unchecked draft carries nothing (it is not anyone's report yet), and neither does a report that
 * would leave only an empty ยังไม่ดำเนินการ.
 */
export function carryOver(
  source: Pick<ReportLike, 'status' | 'draft'> & { result: string; problems: string },
): { carried: CarriedReport } | { skipped: CopySkip } {
  if (source.draft === true) return { skipped: 'draft' };
  if (source.status === 'done' || source.status === 'blocked') return { skipped: source.status };
  const result = splitDatedLines(source.result);
  const problems = splitDatedLines(source.problems);
  if (source.status === 'notStarted' && !result.kept && !problems.kept) return { skipped: 'nothing' };
  return {
    carried: {
      status: source.status,
      result: result.kept,
      problems: problems.kept,
      dropped: [...result.dated, ...problems.dated],
    },
  };
}

/** The calendar month of a moment, local time: 'YYYY-MM'. */
export function monthOf(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** A month kept inside a BE fiscal year: before it → its first month, after it → its last. */
export function clampToFiscalYear(fiscalYear: number, month: string): string {
  const months = fiscalMonths(fiscalYear);
  const first = months[0]!;
  const last = months[months.length - 1]!;
  return month < first ? first : month > last ? last : month;
}

/**
 * The month a roll-up is as of when none is asked (the API, the CLI): the one remembered if it lies
 * in the plan's fiscal year, else this month kept inside the year (before it → its first month,
 * after it → its last). Screens open on openingMonth.
 */
export function currentFiscalMonth(fiscalYear: number, remembered: string | null = null, now = new Date()): string {
  if (remembered !== null && fiscalMonths(fiscalYear).includes(remembered)) return remembered;
  return clampToFiscalYear(fiscalYear, monthOf(now));
}

/**
 * The month a plan's screens open on (follow-up, overview, export — the same one everywhere): this
 * month when it lies in the plan's fiscal year; otherwise the last month with an activity due (a
 * year gone by), or the first one (a year not begun); with nothing due at all, the year's nearest end.
 */
export function openingMonth(fiscalYear: number, spans: readonly MonthSpan[], now = new Date()): string {
  const months = fiscalMonths(fiscalYear);
  const today = monthOf(now);
  if (months.includes(today)) return today;
  const due = months.filter((m) => spans.some((a) => isDueIn(a, m)));
  if (due.length === 0) return clampToFiscalYear(fiscalYear, today);
  return today > months[months.length - 1]! ? due[due.length - 1]! : due[0]!;
}

/** openingMonth of a plan: its fiscal year, and the months of every activity in it. */
export function planOpeningMonth(
  plan: { fiscalYear: number; indicators: readonly { items: readonly { activities: readonly MonthSpan[] }[] }[] },
  now = new Date(),
): string {
  const spans = plan.indicators.flatMap((i) => i.items.flatMap((it) => it.activities));
  return openingMonth(plan.fiscalYear, spans, now);
}

/** The month a roll-up is "as of": the one asked (it must lie in the fiscal year), else currentFiscalMonth. */
export function asOfMonth(fiscalYear: number, month?: string, now = new Date()): string {
  if (month === undefined) return currentFiscalMonth(fiscalYear, null, now);
  if (!fiscalMonths(fiscalYear).includes(month)) {
    throw new AppError('invalidInput', VALIDATION_WORDS.monthOutsideYear(month, fiscalYear));
  }
  return month;
}

function monthText(month: string, digits: DigitStyle, space: string): string {
  try {
    return formatMonthShort(month, digits).replace(/ /g, space);
  } catch {
    return month;
  }
}

/**
 * ระยะเวลาแล้วเสร็จ as it reads: 'ธ.ค. ๖๕ – พ.ค. ๖๖'; one month alone when start and end agree; months
 * with gaps as a list, 'ต.ค., ม.ค., เม.ย., ก.ค.' (each with its year when they span two fiscal years);
 * 'ตั้งแต่ ธ.ค. ๖๕' / 'ภายใน พ.ค. ๖๖' when only one end is known; '' when neither. `space` goes
 * inside each month (a screen passes a no-break space so a month never wraps).
 */
export function timeframeText(a: MonthSpan, digits: DigitStyle, space = ' '): string {
  const { startMonth: start, endMonth: end, months } = a;
  if (!isMonthRun(months)) {
    const oneYear = new Set(months.map(fiscalYearOfMonth)).size === 1;
    return months.map((m) => (oneYear ? formatMonthAbbrev(m) : monthText(m, digits, space))).join(', ');
  }
  if (start && end) {
    return start === end
      ? monthText(start, digits, space)
      : `${monthText(start, digits, space)} – ${monthText(end, digits, space)}`;
  }
  if (start) return READ_AS_WORDS.since(monthText(start, digits, space));
  if (end) return READ_AS_WORDS.by(monthText(end, digits, space));
  return '';
}

/**
 * ผู้รับผิดชอบ as it reads: "ทุกฝ่าย" when all, else the divisions set in the app (the plan's own
 * spelling is often abbreviated or split by stray spaces), in the order linked, with what the plan's
 * text says beyond them (core/divisions.ts responsibleLines); with no division set, the text as written. `separator` goes between names: a line break, or ' / ' where the cell is one line.
 */
export function responsibleText(
  a: Pick<Activity, 'allDivisions' | 'divisionIds' | 'responsibleText'>,
  divisions: ReadonlyMap<number, Pick<Division, 'name'>> | readonly Division[],
  separator = '\n',
): string {
  const byId: ReadonlyMap<number, Pick<Division, 'name'>> = divisions instanceof Map
    ? divisions
    : new Map((divisions as readonly Division[]).map((d) => [d.id, d]));
  const names = a.allDivisions ? [] : a.divisionIds.map((id) => byId.get(id)?.name).filter((n): n is string => !!n);
  if (!a.allDivisions && names.length === 0) return a.responsibleText;
  const known = [...[...byId.values()].map((d) => d.name), ...DEFAULT_DIVISIONS];
  return responsibleLines(names, a.responsibleText, known, a.allDivisions ? ALL_DIVISIONS : undefined).join(separator);
}

/**
 * ระยะเวลากำกับติดตามโดย ผอ.เขต as it reads: the text as written; when there is none, "ทุกเดือน" /
 * "ทุกวัน" for a monthly / daily check, and nothing otherwise.
 */
export function monitoringText(a: Pick<Activity, 'monitoring' | 'monitoringText'>): string {
  const written = a.monitoringText.trim();
  if (written) return written;
  return a.monitoring === 'monthly' || a.monitoring === 'daily' ? MONITORING_NAMES[a.monitoring] : '';
}

/** A number in the office's digits, e.g. in '๑๒/๒๐ (๖๐%)'. */
export function percentText(c: Pick<StatusCounts, 'done' | 'total'>, digits: DigitStyle): string {
  return `${withDigits(percentDone(c), digits)}%`;
}

/** เป้าหมาย in the monthly sheet, results and forms: the target ('๑ ครั้ง'), else the output as written. */
export function targetWording(a: Pick<Activity, 'targetQty' | 'targetUnit' | 'output'>, digits: DigitStyle): string {
  return targetText(a, digits) || a.output.replace(/[ \t]+/g, ' ').trim();
}

/** The target as it reads: '๑ ครั้ง' (quantity and unit), or '' when the plan gives no number. */
export function targetText(a: Pick<Activity, 'targetQty' | 'targetUnit'>, digits: DigitStyle): string {
  if (a.targetQty === null) return '';
  return `${formatNumber(a.targetQty, digits)}${a.targetUnit ? ' ' + a.targetUnit : ''}`;
}

/** A report as the cumulative rule reads it: its month, its quantity, whether it is a draft. */
export type QtyReport = Pick<ReportLike, 'month' | 'draft'> & { qty: number | null };

/** An activity's quantity added up over months, against its target (the year panel, the results reports). */
export interface Cumulative {
  /** Sum of the quantities reported. */
  qty: number;
  /** How many reports gave a quantity (0: nothing to print in ผลสะสม). */
  counted: number;
  /** The plan's target quantity, or null when it gives none. */
  target: number | null;
  /** qty / target as a whole percent (core's rounding), null without a target. */
  percent: number | null;
  /** The target is met (qty ≥ target > 0). */
  reached: boolean;
}

/**
 * The cumulative quantity (ผลสะสม): the quantities of the activity's reports in the months `inPeriod`
 * keeps (every month by default), added up. A draft copied from another month is nobody's report
 * yet and adds nothing; a report without a quantity adds nothing but is still a report.
 */
export function cumulativeQty(
  reports: readonly QtyReport[],
  targetQty: number | null,
  inPeriod: (month: string) => boolean = () => true,
): Cumulative {
  let qty = 0;
  let counted = 0;
  for (const r of reports) {
    if (r.draft === true || r.qty === null || !inPeriod(r.month)) continue;
    qty += r.qty;
    counted += 1;
  }
  const target = targetQty !== null && targetQty > 0 ? targetQty : null;
  return {
    qty,
    counted,
    target: targetQty,
    percent: target === null ? null : Math.round((qty / target) * 100),
    reached: target !== null && qty >= target,
  };
}

/** A division's month: the activities it answers for that are due, and those nobody reported yet. */
export interface DivisionMonth<R> {
  divisionId: number;
  name: string;
  due: number;
  /** Every row due, in the month list's order. */
  rows: R[];
  /** Due and not reported (ยังไม่รายงาน; a copied draft too), in the month list's order. */
  missing: R[];
}

/**
 * Per division, in the office's order, what is due in the month and not yet reported (the overview's
 * chase list, "ส่งแบบฟอร์มให้ฝ่าย", the director's summary). A ทุกฝ่าย activity counts for every
 * division (answersFor). Divisions with nothing due are left out.
 */
export function divisionsDue<R extends Pick<Activity, 'allDivisions' | 'divisionIds'> & { reported: boolean }>(
  rows: readonly R[],
  divisions: readonly Pick<Division, 'id' | 'name'>[],
): DivisionMonth<R>[] {
  return divisions
    .map((d) => {
      const mine = rows.filter((r) => answersFor(r, d.id));
      return { divisionId: d.id, name: d.name, due: mine.length, rows: mine, missing: mine.filter((r) => !r.reported) };
    })
    .filter((d) => d.due > 0);
}

/** The divisions still to chase: something due in the month that nobody reported. */
export function lateDivisions<R extends Pick<Activity, 'allDivisions' | 'divisionIds'> & { reported: boolean }>(
  rows: readonly R[],
  divisions: readonly Pick<Division, 'id' | 'name'>[],
): DivisionMonth<R>[] {
  return divisionsDue(rows, divisions).filter((d) => d.missing.length > 0);
}

/** Item codes once each, in order, the first `max` of them: "I1, I3, O4, O12 … อีก ๕ ข้อ" (the chase list, the director's page). */
export function itemCodesText(codes: readonly string[], digits: DigitStyle, max: number): string {
  const unique = [...new Set(codes)];
  const shown = unique.slice(0, max).join(', ');
  return unique.length > max ? READ_AS_WORDS.moreItems(shown, formatNumber(unique.length - max, digits)) : shown;
}
