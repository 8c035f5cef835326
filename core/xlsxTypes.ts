// What the Excel import/export API methods return. Pure types: the renderer may import them.
import type { FollowUpStatus, PlanSummary } from './types';

/** A file the API wrote (like exportReport): where, and its size in bytes. */
export interface ExportedFile {
  path: string;
  bytes: number;
}

// --- plan xlsx round trip ----------------------------------------------------------------------

export interface PlanFieldChange {
  field: string;
  /** Thai column name, e.g. กิจกรรมที่จะดำเนินการ */
  label: string;
  before: string;
  after: string;
}

export type PlanChangeKind =
  'itemChanged' | 'itemAdded' | 'itemRemoved' | 'activityChanged' | 'activityAdded' | 'activityRemoved';

export interface PlanChange {
  kind: PlanChangeKind;
  /** Sheet row (1-based) the change was read from; null for removals. */
  row: number | null;
  itemId: number | null;
  activityId: number | null;
  itemCode: string;
  /** Thai, e.g. "แก้ไขกิจกรรมที่ 2 ของข้อ O1". */
  summary: string;
  fields: PlanFieldChange[];
}

export interface PlanXlsxPreview {
  planId: number;
  fiscalYear: number;
  changes: PlanChange[];
  /** Thai; any error means apply will refuse. */
  errors: string[];
  warnings: string[];
  ok: boolean;
}

export interface PlanXlsxApplyResult {
  applied: number;
  plan: PlanSummary;
}

// --- division forms ----------------------------------------------------------------------------

export interface FormRowPreview {
  /** Sheet row (1-based). */
  row: number;
  activityId: number;
  itemCode: string;
  activityText: string;
  status: FollowUpStatus;
  qty: number | null;
  result: string;
  problems: string;
  urls: string[];
  /** create: no report yet for that month; update: replaces what is saved. */
  action: 'create' | 'update';
}

export interface FormFilePreview {
  name: string;
  month: string | null;
  divisionId: number | null;
  division: string;
  reporter: string;
  rows: FormRowPreview[];
  /** Rows left empty (not reported). */
  skipped: number;
  errors: string[];
  /** Another file of this batch holding the very same form (a copy): this one is counted once, there. */
  sameAs?: string;
  /** When this same form, with the same content, was imported before: importing it again changes nothing. */
  importedAt?: string;
}

export interface FormsPreview {
  planId: number;
  files: FormFilePreview[];
  /** Every file's errors, in order ("ไฟล์ … แถว … คอลัมน์ …: …"). Any error refuses the whole import. */
  errors: string[];
  warnings: string[];
  /** Follow-ups that would be saved (one per activity and month, after merging files). */
  toRecord: number;
  ok: boolean;
}

export interface FormsImportResult {
  recorded: number;
  urlsAdded: number;
  files: number;
  /** Files left out: copies of another file in the batch, and forms imported before unchanged. */
  unchanged: string[];
}
