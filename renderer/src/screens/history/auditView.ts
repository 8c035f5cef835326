// Pure wording for the audit log: Thai date-times, Thai field names, and the before/after diff.
import {
  ceToBe,
  formatMonthShort,
  isMonth,
  THAI_MONTHS_SHORT,
  withDigits,
  type DigitStyle,
} from '../../../../core/thai';
import type { AuditEntry } from '../../../../core/types';
import { dueMonths, timeframeText } from '../../../../core/rules';
import { SNAPSHOT_KEY } from '../../../../core/revert';
import {
  ENTITY_NAMES as ENTITY_TERMS,
  EVIDENCE_KIND_NAMES,
  FIELD_NAMES,
  MONITORING_NAMES,
  NUMERALS_NAMES,
  PLAN_STATUS_NAMES,
  STATUS_NAMES,
  STRUCTURE_WORDS,
  AUDIT_VALUE_WORDS,
} from '../../../../core/terms';

export { formatDateTime } from '../../../../core/thai';

/** 'YYYY-MM-DD' → '๒๕ พ.ย. ๒๕๖๙' (for the BE echo beside a native date input). */
export function formatIsoDateShort(isoDate: string, style: DigitStyle): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return '';
  const month = THAI_MONTHS_SHORT[Number(m[2]) - 1];
  if (!month) return '';
  return withDigits(`${Number(m[3])} ${month} ${ceToBe(Number(m[1]))}`, style);
}

/** Kinds of record and field names as the history reads them (core/terms), the field names in the order it lists a record's changes. */
export const ENTITY_NAMES: Readonly<Record<string, string>> = ENTITY_TERMS;
export const FIELD_LABELS: Readonly<Record<string, string>> = FIELD_NAMES;

/** Bookkeeping that means nothing to a reader of the log. */
const HIDDEN = new Set([
  'id',
  'planId',
  'itemId',
  'indicatorId',
  'activityId',
  'followUpId',
  'createdAt',
  'updatedAt',
  'evidence',
  SNAPSHOT_KEY,
]);

const VALUE_WORDS: Record<string, Readonly<Record<string, string>>> = {
  status: { ...STATUS_NAMES, ...PLAN_STATUS_NAMES },
  numerals: NUMERALS_NAMES,
  monitoring: MONITORING_NAMES,
  kind: EVIDENCE_KIND_NAMES,
};

export interface ValueContext {
  digits: DigitStyle;
  /** division id → name, for divisionIds. */
  divisionName?: (id: number) => string | undefined;
}

/** One value as a person reads it; '–' for empty. */
export function formatValue(key: string, value: unknown, ctx: ValueContext): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? AUDIT_VALUE_WORDS.yes : AUDIT_VALUE_WORDS.no;
  const words = VALUE_WORDS[key];
  if (typeof value === 'string' && words?.[value]) return words[value]!;
  if (typeof value === 'string' && isMonth(value)) return formatMonthShort(value, ctx.digits);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatIsoDateShort(value, ctx.digits);
  if (typeof value === 'number') return withDigits(value, ctx.digits);
  // An activity's months read as its timeframe does (a run, or the months with gaps listed).
  if (key === 'months' && Array.isArray(value) && value.every(isMonth)) {
    return timeframeText(dueMonths({ startMonth: null, endMonth: null, months: value }), ctx.digits) || '–';
  }
  if (key === 'divisionIds' && Array.isArray(value)) {
    if (value.length === 0) return '–';
    return value
      .map((id) => ctx.divisionName?.(Number(id)) ?? AUDIT_VALUE_WORDS.divisionId(withDigits(Number(id), ctx.digits)))
      .join(', ');
  }
  if (Array.isArray(value)) return AUDIT_VALUE_WORDS.entries(withDigits(value.length, ctx.digits));
  if (typeof value === 'object') return JSON.stringify(value);
  // Free text keeps its own digits: it is what the user typed.
  return String(value);
}

export interface FieldChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields that changed, in a sensible order, with Thai labels. An addition lists what was filled
 * in, a removal what was there; a value that is not an object shows as one line.
 */
export function diffFields(before: unknown, after: unknown, ctx: ValueContext): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) {
    if (same(before, after)) return [];
    return [
      {
        key: 'value',
        label: AUDIT_VALUE_WORDS.value,
        before: formatValue('', before, ctx),
        after: formatValue('', after, ctx),
      },
    ];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((k) => !HIDDEN.has(k));
  const order = Object.keys(FIELD_LABELS);
  keys.sort((x, y) => rank(order, x) - rank(order, y));
  const out: FieldChange[] = [];
  for (const key of keys) {
    const bv = b?.[key];
    const av = a?.[key];
    if (same(bv, av)) continue;
    // Additions and removals: skip fields that are empty on the only side there is.
    if ((!b || !a) && formatValue(key, b ? bv : av, ctx) === '–') continue;
    out.push({
      key,
      label: FIELD_LABELS[key] ?? key,
      before: b ? formatValue(key, bv, ctx) : '–',
      after: a ? formatValue(key, av, ctx) : '–',
    });
  }
  return out;
}

function rank(order: string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}

export interface ActivityRef {
  itemCode: string;
  position: number;
}

/**
 * The summary as the user reads it: CE months 'YYYY-MM' as BE ('ม.ค. ๖๖'), digits by setting, and a
 * monthly report named by its item and activity number instead of the activity's database id.
 */
export function displaySummary(
  entry: Pick<AuditEntry, 'action' | 'summary' | 'after' | 'before'>,
  style: DigitStyle,
  activity?: (activityId: number) => ActivityRef | undefined,
): string {
  let text = entry.summary;
  if (entry.action === 'settings.update') {
    // "แก้ไขการตั้งค่า" alone says little: name the fields.
    const b = asRecord(entry.before);
    const a = asRecord(entry.after);
    const changed = Object.keys(a ?? {}).filter((k) => b && a && !same(b[k], a[k]) && !HIDDEN.has(k));
    if (changed.length > 0) text = `${text}: ${changed.map((k) => FIELD_LABELS[k] ?? k).join(', ')}`;
  }
  if (entry.action === 'followUp.save' && activity) {
    const rec = asRecord(entry.after) ?? asRecord(entry.before);
    const ref = typeof rec?.activityId === 'number' ? activity(rec.activityId) : undefined;
    if (ref) text = text.replace(/กิจกรรมรหัส \d+/, STRUCTURE_WORDS.activityOf(ref.itemCode, ref.position));
  }
  // Links stay as typed; in the wording, months read BE and numbers follow the setting, but item
  // codes (I1, O30) keep their Latin digits as on the paper form.
  return text
    .split(/(https?:\/\/\S+)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/(?<![\w-])(\d{4}-(?:0[1-9]|1[0-2]))(?![\w-])/g, (m) => formatMonthShort(m, style))
            .replace(/(?<![\w.-])\d+/g, (m) => withDigits(m, style)),
    )
    .join('');
}
