// Pure pieces of the follow-up screen: wording, drafts, filters, evidence checks. No React here,
// so tests/renderer/followup.model.test.ts can check them in Node.
import { formatNumber, parseNumber, toArabicDigits, withDigits, type DigitStyle } from '../../../../core/thai';
import type { FollowUp, MonthRow, ReportState } from '../../../../core/types';
import { EVIDENCE_EXTENSIONS, MAX_EVIDENCE_BYTES } from '../../../../core/limits';
import { answersFor, countStatuses as count } from '../../../../core/rules';
import { URL_NEEDS_HTTP } from '../../../../core/urls';
import { EVIDENCE_WORDS, FILE_MESSAGES, QTY_WORDS } from '../../../../core/terms';

export const MAX_FILE_BYTES = MAX_EVIDENCE_BYTES;
/** What the API keeps; checked here too so a wrong file is not uploaded first. */
export const FILE_EXTENSIONS: readonly string[] = EVIDENCE_EXTENSIONS;
export const FILE_ACCEPT = FILE_EXTENSIONS.map((e) => '.' + e).join(',');

/**
 * What the user edits in one row. qty stays text while typed (Thai or Arabic digits). status is
 * notReported (ยังไม่รายงาน) until the row is first reported; typing in it reports it.
 */
export interface Draft {
  status: ReportState;
  qty: string;
  result: string;
  problems: string;
  directorRemark: string;
}

export type DraftField = keyof Draft;

export function draftOf(f: FollowUp | null, numerals: DigitStyle): Draft {
  return {
    // A copied draft shows the status it carries; it counts as not reported (rowState) until saved.
    status: f ? f.status : 'notReported',
    qty: f?.qty === null || f?.qty === undefined ? '' : withDigits(f.qty, numerals),
    result: f?.result ?? '',
    problems: f?.problems ?? '',
    directorRemark: f?.directorRemark ?? '',
  };
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return (
    a.status === b.status &&
    toArabicDigits(a.qty.trim()) === toArabicDigits(b.qty.trim()) &&
    a.result === b.result &&
    a.problems === b.problems &&
    a.directorRemark === b.directorRemark
  );
}

/** The quantity typed: null when empty, a number, or a Thai message when it is not one. */
export function parseQty(text: string): { value: number | null } | { error: string } {
  const t = text.trim();
  if (!t) return { value: null };
  const n = parseNumber(t);
  if (n === null) return { error: QTY_WORDS.notNumber(t) };
  if (n < 0) return { error: QTY_WORDS.negative };
  return { value: n };
}

export interface Filters {
  divisionId: number | null;
  status: ReportState | null;
  search: string;
}

export const NO_FILTERS: Filters = { divisionId: null, status: null, search: '' };

export function hasFilters(f: Filters): boolean {
  return f.divisionId !== null || f.status !== null || f.search.trim() !== '';
}

const norm = (s: string) => toArabicDigits(s).toLowerCase().replace(/\s+/g, '');

/** Whether a row shows under the filters; `status` is the row's status as the user last saw it. */
export function rowMatches(row: MonthRow, status: ReportState, f: Filters): boolean {
  if (f.divisionId !== null && !answersFor(row, f.divisionId)) return false;
  if (f.status !== null && status !== f.status) return false;
  const q = norm(f.search);
  if (!q) return true;
  // "o1" means the item O1, not O10–O19.
  if (/^[ieo]\d{1,2}$/.test(q)) return norm(row.itemCode) === q;
  return norm(`${row.itemCode} ${row.activityText} ${row.output}`).includes(q);
}

/** The status chips' numbers (core/rules.ts countStatuses without the totals). */
export function countStatuses(statuses: Iterable<ReportState>): Record<ReportState, number> {
  const { notStarted, inProgress, done, blocked, notReported } = count(statuses);
  return { notStarted, inProgress, done, blocked, notReported };
}

/**
 * The chips count what the division and search filters show (the status filter is the chips'
 * own choice, so it does not narrow them): "the filters rule the whole screen".
 */
export function countShown(
  rows: readonly MonthRow[],
  stateOf: (activityId: number) => ReportState,
  f: Filters,
): Record<ReportState, number> {
  const scope = { ...f, status: null };
  return countStatuses(
    rows.filter((r) => rowMatches(r, stateOf(r.activityId), scope)).map((r) => stateOf(r.activityId)),
  );
}

/** "๑๒๐ KB", "๓.๔ MB". */
export function formatSize(bytes: number, numerals: DigitStyle): string {
  if (bytes < 1024) return EVIDENCE_WORDS.bytes(formatNumber(bytes, numerals));
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), numerals)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, numerals, 1)} MB`;
}

/** A link as typed, made whole ("www.x.go.th" → "https://www.x.go.th"), or a Thai reason it can't be used. */
export function checkUrl(text: string): { url: string } | { error: string } {
  let s = text.trim();
  if (!s) return { error: EVIDENCE_WORDS.needUrl };
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s) && /^[\w-]+(\.[\w-]+)+([/?#:].*)?$/.test(s)) s = 'https://' + s;
  try {
    const u = new URL(s);
    if ((u.protocol === 'http:' || u.protocol === 'https:') && u.hostname) return { url: s };
  } catch {
    // falls through to the message
  }
  return { error: URL_NEEDS_HTTP };
}

/** Why a file can't be attached (size, type), before any upload; null when it can. */
export function fileProblem(name: string, size: number, numerals: DigitStyle): string | null {
  const ext = name.includes('.') ? (name.toLowerCase().split('.').pop() ?? '') : '';
  if (!FILE_EXTENSIONS.includes(ext)) {
    return EVIDENCE_WORDS.badType(name);
  }
  if (size === 0) return FILE_MESSAGES.empty(name);
  if (size > MAX_FILE_BYTES) return EVIDENCE_WORDS.tooLarge(name, withDigits(MAX_FILE_BYTES / 1024 / 1024, numerals));
  return null;
}

/** A short readable name for a link: host and path, without the scheme. */
export function linkName(url: string): string {
  try {
    const u = new URL(url);
    const rest = decodeURI(u.pathname + u.search).replace(/\/$/, '');
    return u.hostname.replace(/^www\./, '') + rest;
  } catch {
    return url;
  }
}

/** A file to attach: a browser File (picked or dropped) or one the desktop app's dialog read. */
export type PickedFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

/** A file the desktop app's open dialog returned (no bytes when over the size limit). */
export function pickedFile(f: { fileName: string; size: number; data: Uint8Array }): PickedFile {
  return {
    name: f.fileName,
    size: f.size,
    arrayBuffer: async () => f.data.slice().buffer,
  };
}
