// Undo and revert (issue 13 point 3), the pure part: which fields of a record an audit entry's
// before/after name, which entries change no data (a batch's heading line), and what a revert
// preview and result hold. The engine that reads the database and writes is
// electron/api/handlers/history.ts; the screens and the CLI show these shapes. Pure.

/** The fields a revert compares and puts back, per kind of record (the rest is bookkeeping). */
export const REVERT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  followUp: ['status', 'qty', 'result', 'problems', 'reporter', 'reportedAt', 'directorRemark', 'draft', 'copiedFrom'],
  activity: [
    'text',
    'output',
    'targetQty',
    'targetUnit',
    'awareness',
    'startMonth',
    'endMonth',
    'months',
    'responsibleText',
    'allDivisions',
    'divisionIds',
    'monitoring',
    'monitoringText',
  ],
  item: ['code', 'question', 'issue', 'indicatorId', 'subIndicatorId'],
  evidence: ['kind', 'label', 'url', 'fileName'],
  tool: ['code', 'name'],
  indicator: ['number', 'name', 'toolId'],
  subIndicator: ['label', 'name'],
};

/** The heading entry of a revert's batch. */
export const REVERT_ACTION = 'history.revert';

/**
 * The key under which a delete's or a plan removal's entry keeps the rows that went (db/queries/
 * planSnapshot), so a revert brings them back with the same ids; the history hides it from field lists.
 */
export const SNAPSHOT_KEY = 'snapshot';

/** Entries that only head a batch (what the copy or import was); they change no record themselves. */
export const HEADING_ACTIONS: ReadonlySet<string> = new Set([
  'followUp.copyMonth',
  'followUp.importForms',
  'plan.importXlsx',
  REVERT_ACTION,
]);
/** The action of a revert's entry about one record ('followUp.revert'). */
export function revertActionOf(entity: string): string {
  return `${entity}.revert`;
}

/**
 * Records a screen's Ctrl+Z / เลิกทำ takes back: the follow-up grid's (reports, evidence), the plan
 * editor's (items, activities, and the structure dialog's tools, indicators and sub-indicators).
 */
export const UNDO_SCOPES = {
  followUp: ['followUp', 'evidence'],
  plan: ['item', 'activity', 'tool', 'indicator', 'subIndicator'],
} as const satisfies Record<string, readonly string[]>;
/** Actions a scope's undo takes back although their entry is about another kind (the tools' order is the plan's). */
export const UNDO_ACTIONS: Readonly<Record<UndoScope, readonly string[]>> = {
  followUp: [],
  plan: ['tool.reorder'],
};
export type UndoScope = keyof typeof UNDO_SCOPES;

/** Kinds of record whose changes the approved-plan lock covers (a revert of them is refused then). */
export const PLAN_STRUCTURE_ENTITIES: readonly string[] = ['item', 'activity', 'tool', 'indicator', 'subIndicator'];

type Snapshot = Record<string, unknown>;

const canon = (v: unknown): string =>
  JSON.stringify(Array.isArray(v) ? [...(v as unknown[])].sort() : v === undefined ? null : v);

/** Two field values the same (id lists in any order; a missing value is null). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canon(a) === canon(b);
}

/** The fields of `entity` an entry's snapshots carry (older entries may lack some). */
export function fieldsOf(entity: string, ...snapshots: (Snapshot | null)[]): string[] {
  const known = REVERT_FIELDS[entity] ?? [];
  return known.filter((k) => snapshots.some((s) => s !== null && k in s));
}

/** The fields an update changed: before and after differ. */
export function changedFields(entity: string, before: Snapshot, after: Snapshot): string[] {
  return fieldsOf(entity, before, after).filter((k) => !sameValue(before[k], after[k]));
}

/** One record a revert changes. */
export interface RevertChange {
  /** The entry taken back. */
  entryId: number;
  entity: string;
  entityId: number | null;
  summary: string;
  /** restore: fields put back · remove: the record it added goes · recreate: the record it removed comes back. */
  kind: 'restore' | 'remove' | 'recreate';
  fields: { key: string; now: unknown; back: unknown }[];
  /** A whole plan removed or brought back: what it holds ("70 ข้อ 120 กิจกรรม …"). */
  detail?: string;
  counts?: PlanCounts;
}

/** What a whole plan holds (a plan import's revert removes all of it). */
export interface PlanCounts {
  items: number;
  activities: number;
  followUps: number;
  links: number;
  files: number;
}

/** What reverting an entry or a batch would do (previewRevert), or did (revertHistory). */
export interface RevertPreview {
  /** The entry or batch asked for. */
  target: number;
  scope: 'batch' | 'entry';
  batchId: number;
  /** The batch's own line ("คัดลอกผลเดือน … (๑๔ กิจกรรม)"), or the entry's. */
  summary: string;
  actor: string;
  at: string;
  planId: number | null;
  /** How many entries it takes back. */
  entries: number;
  changes: RevertChange[];
  /** Thai reasons it cannot be done (then nothing is written); empty when it can. */
  refusals: string[];
  /** Thai notes on what it leaves as it is (later edits of other fields, records already gone). */
  notes: string[];
  /**
   * A Thai question the user must agree to first (data entered since would go with a plan), or null;
   * revertHistory refuses without `confirmed` then.
   */
  confirm: string | null;
}

export interface RevertResult extends RevertPreview {
  /** The revert's own batch in the history (itself revertible). */
  revertBatch: number;
}
