// The domain's shapes: what the API returns and what its layers pass around. Pure types: every
// layer (db, reports, api, CLI, renderer) imports them from here.
import type {
  FOLLOW_UP_STATUSES,
  MONITORINGS,
  NUMERALS,
  PLAN_STATUSES,
  REPORT_STATES,
  REPORT_FORMATS,
  REPORT_KINDS,
  TOOLS,
} from './enums';

export type * from './importTypes';

/**
 * A tool's short code, as its plan names it (GLOSSARY: tool): the NACC's IIT, EIT survey items and
 * OIT checklist, or another scheme's (MOIT …). A plan owns its tools; none is assumed.
 */
export type Tool = string;
/** The NACC's three tools, whose official names core/terms/tools.ts knows. */
export type NaccTool = (typeof TOOLS)[number];
/** ระยะเวลากำกับติดตามโดย ผอ.เขต, as the importer reads it. */
export type Monitoring = (typeof MONITORINGS)[number];

export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
/**
 * What a month's row, or an activity as of a month, reads: the status of a saved report, or
 * notReported (ยังไม่รายงาน) when nobody reported it. Not reported is not "not started"
 * (core/rules.ts reportState, activityState).
 */
export type ReportState = (typeof REPORT_STATES)[number];
/** Why "copy from last month" leaves a row behind (core/rules.ts carryOver; Thai in COPY_SKIP_NAMES). */
export type CopySkip = 'done' | 'blocked' | 'draft' | 'filled' | 'nothing';

/** What "copy from last month" carries of one report into the next month, as a draft to check. */
export interface CarriedReport {
  status: 'notStarted' | 'inProgress';
  result: string;
  problems: string;
  /** Lines left behind because they name a day or month (core/thai/dated.ts). */
  dropped: string[];
}

/** One activity reported in the month copied from: what it carries, or why it carries nothing. */
export interface CopyMonthRow {
  activityId: number;
  itemCode: string;
  activityPosition: number;
  activityText: string;
  carried: CarriedReport | null;
  skipped: CopySkip | null;
}

/** copyMonth's answer: the preview (dryRun) or what was copied, as one batch of the history. */
export interface CopyMonthResult {
  planId: number;
  from: string;
  to: string;
  dryRun: boolean;
  rows: CopyMonthRow[];
  /** Rows carried (or, in a dry run, that would be). */
  copied: number;
  /** The history batch of the copy (one undo takes it back); null in a dry run or when nothing was copied. */
  batchId: number | null;
}
export type Numerals = (typeof NUMERALS)[number];
/** The reports the app exports (exportReport) and the formats it writes. */
export type ReportKind = (typeof REPORT_KINDS)[number];
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface PlanSummary {
  id: number;
  fiscalYear: number;
  office: string;
  title: string;
  status: PlanStatus;
  approvedAt: string | null;
  itemCount: number;
  activityCount: number;
  updatedAt: string;
  /** The criteria set the plan follows (its tools, indicators and items), if tied to one. */
  criteriaSet: string | null;
}

export interface Activity {
  id: number;
  itemId: number;
  position: number;
  text: string;
  output: string;
  targetQty: number | null;
  targetUnit: string | null;
  awareness: string;
  /** The first of its months (or of an open span); null when not known. */
  startMonth: string | null;
  /** The last of its months (or of an open span); null when not known. */
  endMonth: string | null;
  /**
   * The months it is due in ('YYYY-MM', sorted; gaps allowed: quarterly ต.ค., ม.ค., เม.ย., ก.ค.);
   * empty when its start or end is not known (core/rules.ts isDueIn, dueMonths).
   */
  months: string[];
  responsibleText: string;
  allDivisions: boolean;
  divisionIds: number[];
  monitoring: Monitoring;
  monitoringText: string;
}

export interface Item {
  id: number;
  planId: number;
  indicatorId: number;
  /** The sub-indicator it sits under (ตัวชี้วัดย่อยที่ 9.1 …), if the indicator has them. */
  subIndicatorId: number | null;
  /** Free, unique in the plan: I1, O31, MOIT3 … */
  code: string;
  question: string;
  issue: string;
  position: number;
  activities: Activity[];
}

/** One of a plan's tools (แบบวัด / แบบตรวจ): its short code and its name as the plan writes it. */
export interface PlanTool {
  id: number;
  planId: number;
  code: Tool;
  name: string;
  position: number;
}

/** ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน: a label ("9.1") and a name, under one indicator. */
export interface SubIndicator {
  id: number;
  indicatorId: number;
  label: string;
  name: string;
  position: number;
}

export interface Indicator {
  id: number;
  planId: number;
  toolId: number;
  /** The tool's code and name, for headings. */
  tool: Tool;
  toolName: string;
  /** As the plan numbers it; unique in the plan. */
  number: number;
  name: string;
  position: number;
  subIndicators: SubIndicator[];
  items: Item[];
}

/** The plan with its whole structure: tools in order, each tool's indicators in order, their items. */
export interface PlanDetail extends PlanSummary {
  tools: PlanTool[];
  indicators: Indicator[];
}

export interface Division {
  id: number;
  name: string;
  position: number;
  isStandard: boolean;
}

export interface Evidence {
  id: number;
  followUpId: number;
  kind: 'url' | 'file';
  label: string;
  url: string | null;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
  createdAt: string;
}

export interface EvidenceFile {
  id: number;
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}

export interface FollowUp {
  id: number;
  activityId: number;
  month: string;
  status: FollowUpStatus;
  qty: number | null;
  result: string;
  problems: string;
  reporter: string;
  reportedAt: string | null;
  directorRemark: string;
  updatedAt: string;
  evidence: Evidence[];
  /**
   * Copied from another month ("copy from last month") and not yet saved by anyone: a draft to
   * check, which counts as not reported (core/rules.ts isReported). Any save makes it a report.
   */
  draft: boolean;
  /** The month a draft was copied from ('YYYY-MM'), else null. */
  copiedFrom: string | null;
}

/** One line of a month's follow-up grid: the activity due that month and its report, if any. */
export interface MonthRow {
  activityId: number;
  itemId: number;
  itemCode: string;
  indicatorNumber: number;
  activityPosition: number;
  activityText: string;
  output: string;
  targetQty: number | null;
  targetUnit: string | null;
  startMonth: string | null;
  endMonth: string | null;
  /** The activity's months (Activity.months). */
  months: string[];
  /** ผู้รับผิดชอบ as written in the plan (shown when no division is linked). */
  responsibleText: string;
  allDivisions: boolean;
  divisionIds: number[];
  followUp: FollowUp | null;
  /** Whether this month's report was saved (core/rules.ts isReported); false reads ยังไม่รายงาน. */
  reported: boolean;
}

export interface Settings {
  office: string;
  directorTitle: string;
  directorName: string;
  headOfGovernance: string;
  reporterName: string;
  /** The signers' positions printed under their names (empty: ผู้รายงาน / หัวหน้าฝ่ายปกครอง). */
  reporterTitle: string;
  headTitle: string;
  numerals: Numerals;
  /** The font Excel files name; PDFs embed it when the app ships it, else Sarabun (reports/html/page.ts). */
  reportFont: string;
  /** Body text size of PDFs, in TH Sarabun PSK points (16 by default). */
  reportTextPt: number;
  /** Text size of dense tables, in TH Sarabun PSK points (14 by default, never less). */
  reportTablePt: number;
  /** Page margins in mm (20), and the binding edge's (30: left on portrait, top on landscape pages). */
  reportMarginMm: number;
  reportBindingMm: number;
  /** "หน้า ๑/๒๔" at the foot of every page, or "- ๒ -" at the head from page 2 (สารบรรณ). */
  pageNumbers: 'fraction' | 'dash';
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  planId: number | null;
  summary: string;
  before: unknown;
  after: unknown;
  /** The entries one call wrote together share a batch, named by its first entry's id. */
  batchId: number;
  /** The batch (a revert) that took this entry back; null while it stands. */
  revertedBy: number | null;
}

/** Where a PDF export is (exportProgress): measuring the layout, printing part k of n, joining. */
export interface ExportProgress {
  phase: 'measure' | 'print' | 'join';
  part: number;
  parts: number;
}

export interface StatusCounts {
  total: number;
  notStarted: number;
  inProgress: number;
  done: number;
  blocked: number;
  /** Due but nobody reported it (ยังไม่รายงาน), counted apart from notStarted. */
  notReported: number;
  /** done / total, 0–1 (0 when total is 0). */
  percentDone: number;
}

export interface OverdueActivity {
  activityId: number;
  itemCode: string;
  activityText: string;
  endMonth: string;
  status: ReportState;
}

export interface MissingMonth {
  month: string;
  /** Activities due that month with no follow-up saved. */
  missing: number;
  due: number;
}

export interface Progress {
  planId: number;
  asOfMonth: string;
  overall: StatusCounts;
  byIndicator: (StatusCounts & { number: number; tool: Tool; toolName: string; name: string })[];
  byDivision: (StatusCounts & { divisionId: number; name: string })[];
  overdue: OverdueActivity[];
  monthsNotReported: MissingMonth[];
  /** OIT items whose activities have no URL evidence yet. */
  oitWithoutUrl: string[];
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dbPath: string;
}

/** A backup file in the backups folder (see db/backup.ts). */
export interface BackupListEntry {
  path: string;
  name: string;
  /** auto, manual, pre-migration-vNN, pre-restore */
  reason: string;
  /** Local time, ISO without zone. */
  createdAt: string;
  bytes: number;
}
/** What a database file holds, shown before it may replace anything. */
export interface BackupFileInfo {
  office: string;
  fiscalYears: number[];
  lastChange: string | null;
  schemaVersion: number;
  planCount: number;
  followUpCount: number;
}
