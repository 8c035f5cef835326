// What an audit entry says, from what a handler reports it changed: the one home of the history's
// actions and summaries. A handler tells the write policy (electron/api/writePolicy.ts, through
// ctx.changed) which record changed and its before/after; the policy finds what the wording names
// beside it (the item code, the month: AuditRefs) and writes the entry this function composes.
//  - create / update / delete follow from before and after (null before: created; null after: gone);
//    the action is `<entity>.<verb>` with the verbs the history has always used (ACTIONS).
//  - A change that is none of those is declared (`as`): a plan approved, a list reordered, a report
//    copied, a revert; and a batch's heading line (a copy of last month, a forms import, a plan
//    edited in Excel, a revert) or a restore of the whole file, whose entry no record can say.
// The Thai wording is core/terms/audit.ts. Pure.
import type { AuditEntity } from './mutates';
import { REVERT_ACTION, revertActionOf } from './revert';
import { CHANGE_WORDS, DECLARED_WORDS as D, type AuditRefs } from './terms';

export type { AuditRefs } from './terms';
export type ChangeKind = 'create' | 'update' | 'delete';

/** A change no before/after can name; what its entry says comes from these facts. */
export type Declared =
  | { as: 'approve' | 'reopen' | 'copyPlan' | 'importPlan' }
  /** The order of a record's children changed (the record is the parent; before/after the orders). */
  | { as: 'reorder'; of: 'tool' | 'indicator' | 'item' | 'activity' }
  /** A report copied from another month as a draft (copy last month). */
  | { as: 'copyReport'; from: string; to: string }
  /** A record put back by a revert: the entry taken back names it (its summary and plan). */
  | { as: 'revert'; entry: { summary: string; planId: number | null } }
  // Headings of a batch (core/revert.ts HEADING_ACTIONS) and a restore: not a record's change.
  | { as: 'copyMonth' | 'importForms' }
  | { as: 'importXlsx'; count: number }
  | { as: 'revertBatch'; target: number; summary: string }
  | { as: 'restore'; fileName: string; safetyName: string };

/** One record a mutating method changed, as its handler reports it (ctx.changed). */
export type Change = {
  entity: AuditEntity;
  /** The record's id (null: it has none — the settings, a criteria set named by a text id, the file). */
  id: number | null;
  /** The record before the change; null or absent: it was created. */
  before?: unknown;
  /** The record after the change; null or absent: it is gone. */
  after?: unknown;
} & (Declared | { as?: undefined });

/** Where the change came from, when the method says more than the change (the plan's Excel round trip). */
export type ChangeSource = 'xlsx';

/** Verbs the history has used for create / update / delete, when not those words. */
const ACTIONS: Partial<Record<AuditEntity, Partial<Record<ChangeKind, string>>>> = {
  division: { create: 'division.add', update: 'division.rename', delete: 'division.remove' },
  evidence: { create: 'evidence.add', delete: 'evidence.remove' },
  followUp: { create: 'followUp.save', update: 'followUp.save', delete: 'followUp.clear' },
  criteriaSet: { create: 'criteria.save', update: 'criteria.save', delete: 'criteria.delete' },
};

const DECLARED_ACTIONS: Record<Exclude<Declared['as'], 'reorder' | 'revert'>, string> = {
  approve: 'plan.approve',
  reopen: 'plan.reopen',
  copyPlan: 'plan.copy',
  importPlan: 'plan.import',
  copyReport: 'followUp.copy',
  copyMonth: 'followUp.copyMonth',
  importForms: 'followUp.importForms',
  importXlsx: 'plan.importXlsx',
  revertBatch: REVERT_ACTION,
  restore: 'data.restore',
};

/** create, update or delete, by which of before and after there is. */
export function kindOf(before: unknown, after: unknown): ChangeKind {
  const none = (v: unknown) => v === null || v === undefined;
  if (none(before) && none(after)) throw new Error('a change needs a before or an after');
  return none(before) ? 'create' : none(after) ? 'delete' : 'update';
}

const rec = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The action and the Thai summary of the entry a change writes. */
export function auditEntryOf(
  change: Change,
  refs: AuditRefs,
  source?: ChangeSource,
): { action: string; summary: string } {
  const before = rec(change.before);
  const after = rec(change.after);
  switch (change.as) {
    case undefined: {
      const kind = kindOf(change.before, change.after);
      const words = CHANGE_WORDS[change.entity]?.[kind];
      if (!words) throw new Error(`no wording for ${change.entity} ${kind}`);
      const action = ACTIONS[change.entity]?.[kind] ?? `${change.entity}.${kind}`;
      return { action, summary: words(before, after, refs) + (source === 'xlsx' ? D.viaXlsx : '') };
    }
    case 'reorder':
      return { action: `${change.of}.reorder`, summary: D.reorder[change.of](refs) };
    case 'revert':
      return { action: revertActionOf(change.entity), summary: D.revert(change.entry.summary) };
    case 'approve':
    case 'reopen':
      return { action: DECLARED_ACTIONS[change.as], summary: D[change.as] };
    case 'copyPlan':
    case 'importPlan':
    case 'copyMonth':
    case 'importForms':
      return { action: DECLARED_ACTIONS[change.as], summary: D[change.as](after) };
    case 'copyReport':
      return { action: DECLARED_ACTIONS.copyReport, summary: D.copyReport(refs, change.from, change.to) };
    case 'importXlsx':
      return { action: DECLARED_ACTIONS.importXlsx, summary: D.importXlsx(change.count) };
    case 'revertBatch':
      return { action: DECLARED_ACTIONS.revertBatch, summary: D.revertBatch(change.target, change.summary) };
    case 'restore':
      return { action: DECLARED_ACTIONS.restore, summary: D.restore(change.fileName, change.safetyName) };
  }
}
