// Undo, revert and clearing a row (issue 13 point 3). A revert takes back one entry or one batch of
// the history (a copy of last month, a forms import, a plan import from Excel) after a preview, and
// is itself one batch of entries — about each record it put back, and a heading line — which can be
// reverted in turn. The screens' Ctrl+Z / เลิกทำ reverts the newest batch of the user's own saves
// there. Writes go through the write policy (core/contract: revertHistory, undoLast and
// clearFollowUp declare mutates); the plan lock is checked on the records a revert changes.
import fs from 'node:fs';
import { AppError } from '../../../core/errors';
import type { Handlers } from '../../../core/contract';
import type { AuditEntity } from '../../../core/mutates';
import { REVERT_ACTION, SNAPSHOT_KEY, UNDO_ACTIONS, UNDO_SCOPES, type RevertResult } from '../../../core/revert';
import { NOTHING_TO_UNDO, PLAN_REVERT_WORDS, REVERT_WORDS } from '../../../core/terms';
import { createCommittedBackupSync } from '../../../db/backup';
import { restorePlanSnapshot, type PlanSnapshot } from '../../../db/queries/planSnapshot';
import type { ActivityInput } from '../../../db/queries/planWrites';
import { insertActivity, updateItemRow, updateActivityRow } from '../../../db/queries/planWrites';
import { deleteActivityRow, deleteItemRow, deletePlanRow } from '../../../db/queries/planEdits';
import { markReverted, newestUndoable, unmarkReverted } from '../../../db/queries/audit';
import { deleteEvidence } from '../../../db/queries/evidence';
import { activityRef, getFollowUp, planIdOfActivity } from '../../../db/queries/followUps';
import { deleteFollowUpRow, putEvidenceUrl, putFollowUp, type FollowUpSnapshot } from '../../../db/queries/revert';
import type { Ctx } from '../context';
import { backupsDirOf } from './backup';
import { loadRecord, planRevert, type Snap, type Step } from './revertPlan';
import { applyOrder, applyStructure } from './revertStructure';

type HistoryHandlers = Pick<Handlers, 'previewRevert' | 'revertHistory' | 'undoLast' | 'clearFollowUp'>;

/**
 * The activity a snapshot names. An entry written before activities had months (migration 0080)
 * puts back start and end only: its months are then that range (core/rules.ts dueMonths).
 */
const activityInputOf = (a: Snap, fields: readonly string[]): ActivityInput => {
  const { id: _id, itemId: _item, position: _pos, ...rest } = a;
  const range = !fields.includes('months') && (fields.includes('startMonth') || fields.includes('endMonth'));
  return { ...(rest as unknown as ActivityInput), ...(range || !Array.isArray(a.months) ? { months: undefined } : {}) };
};

export function historyHandlers(ctx: Ctx): HistoryHandlers {
  const { db } = ctx;

  /** Applies one step; returns the id of the record it leaves (a removed one keeps its id). */
  const apply = (s: Step, ids: Map<string, number>, done: string[]): number => {
    const mapped = (entity: string, id: number) => ids.get(`${entity}:${id}`) ?? id;
    const back = s.back ?? {};
    if (s.order) {
      applyOrder(db, s.order);
      return s.id;
    }
    if (applyStructure(db, s.entity, s.kind, s.id, s.now, s.back)) return s.id;
    switch (`${s.entity}.${s.kind}`) {
      case 'followUp.restore':
      case 'followUp.recreate':
        return putFollowUp(db, { ...(back as unknown as FollowUpSnapshot), id: s.id });
      case 'followUp.remove':
        deleteFollowUpRow(db, s.id);
        return s.id;
      case 'evidence.remove':
        deleteEvidence(db, s.id);
        return s.id;
      case 'evidence.recreate':
        return putEvidenceUrl(db, {
          id: s.id,
          followUpId: mapped('followUp', Number(back.followUpId)),
          url: String(back.url),
          label: String(back.label ?? ''),
          createdAt: typeof back.createdAt === 'string' ? back.createdAt : undefined,
        });
      case 'activity.restore':
        updateActivityRow(db, s.id, activityInputOf(back, s.fields));
        return s.id;
      case 'activity.remove':
        deleteActivityRow(db, { id: s.id, itemId: Number(s.now!.itemId) });
        return s.id;
      case 'activity.recreate':
        return insertActivity(db, mapped('item', Number(back.itemId)), activityInputOf(back, s.fields));
      case 'item.restore':
        updateItemRow(db, s.id, Object.fromEntries(s.fields.map((k) => [k, back[k]])));
        return s.id;
      case 'item.remove':
        deleteItemRow(db, { id: s.id, indicatorId: Number(s.now!.indicatorId) });
        return s.id;
      case 'plan.remove':
        // A whole plan goes: a safety copy of the file first (the revert's entry keeps its rows too).
        if (fs.existsSync(ctx.options.dbPath)) {
          done.push(
            PLAN_REVERT_WORDS.backedUp(
              createCommittedBackupSync(ctx.options.dbPath, backupsDirOf(ctx), 'pre-revert').name,
            ),
          );
        }
        deletePlanRow(db, s.id);
        return s.id;
      case 'plan.recreate': {
        const skipped = restorePlanSnapshot(db, back[SNAPSHOT_KEY] as PlanSnapshot);
        if (skipped > 0) done.push(PLAN_REVERT_WORDS.skipped(skipped));
        return s.id;
      }
      default:
        throw new AppError('internal', `no revert step for ${s.entity}.${s.kind}`);
    }
  };

  const revert = (target: number, entryOnly: boolean, confirmed = false): RevertResult => {
    const plan = planRevert(db, target, entryOnly);
    const { preview } = plan;
    if (preview.refusals.length > 0) {
      throw new AppError('conflict', `${REVERT_WORDS.refused}\n${preview.refusals.join('\n')}`, {
        preview,
      });
    }
    if (preview.confirm !== null && !confirmed) {
      throw new AppError('conflict', PLAN_REVERT_WORDS.notConfirmed(preview.confirm), { preview });
    }
    const ids = new Map<string, number>();
    const done: string[] = [];
    for (const s of plan.steps) {
      const id = apply(s, ids, done);
      ids.set(`${s.entity}:${s.id}`, id);
      ctx.changed({
        entity: s.entity as AuditEntity,
        id,
        before: s.now,
        after: s.kind === 'remove' ? null : loadRecord(db, s.entity, id),
        as: 'revert',
        entry: s.entry,
      });
    }
    const takenBack = plan.entries.map((e) => e.id);
    // The batch's heading line: what was taken back (no record of its own).
    ctx.changed({
      entity: 'plan',
      id: preview.planId,
      after: { reverted: preview.batchId, scope: preview.scope, entries: takenBack },
      as: 'revertBatch',
      target,
      summary: preview.summary,
    });
    const revertBatch = ctx.batch()!;
    // Taking back a revert: what it had taken back stands again.
    if (plan.isRevert) unmarkReverted(db, preview.batchId);
    markReverted(db, takenBack, revertBatch);
    return { ...preview, notes: [...preview.notes, ...done], revertBatch };
  };

  return {
    previewRevert: ({ id, entryOnly }) => planRevert(db, id, entryOnly).preview,
    revertHistory: ({ id, entryOnly, confirmed }) => revert(id, entryOnly, confirmed),
    undoLast: ({ planId, scope }) => {
      const batch = newestUndoable(db, planId, ctx.actor, UNDO_SCOPES[scope], REVERT_ACTION, UNDO_ACTIONS[scope]);
      if (batch === null) return { result: null, message: NOTHING_TO_UNDO };
      const result = revert(batch, false);
      return { result, message: REVERT_WORDS.undone(result.summary) };
    },
    clearFollowUp: ({ activityId, month }) => {
      planIdOfActivity(db, activityId); // an unknown activity is refused (notFound)
      const f = getFollowUp(db, activityId, month);
      if (!f) return { cleared: false };
      const ref = activityRef(db, activityId);
      const label = REVERT_WORDS.rowLabel(ref.code, ref.position, month);
      const files = f.evidence.filter((e) => e.kind === 'file');
      if (files.length > 0) {
        throw new AppError('conflict', REVERT_WORDS.clearHasFiles(label, files.map((x) => x.fileName).join(', ')));
      }
      // Links go first, each its own entry, so a revert brings them back after the report.
      for (const ev of f.evidence) {
        deleteEvidence(db, ev.id);
        ctx.changed({ entity: 'evidence', id: ev.id, before: ev });
      }
      const { evidence: _e, updatedAt: _u, ...before } = f;
      deleteFollowUpRow(db, f.id);
      ctx.changed({ entity: 'followUp', id: f.id, before, after: null });
      return { cleared: true };
    },
  };
}
