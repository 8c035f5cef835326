// What a revert would do, worked out before anything is written (issue 13 point 3): the entries of
// one batch (or one entry) taken back newest first, each against the record as it stands now —
// and as the steps before it in the same revert leave it. An entry whose fields were edited again
// later is refused (the message names the fields and the later entry); later edits of other fields
// are kept and said so. previewRevert shows the plan; revertHistory applies it (./history.ts).
import { AppError } from '../../../core/errors';
import {
  changedFields,
  fieldsOf,
  HEADING_ACTIONS,
  PLAN_STRUCTURE_ENTITIES,
  sameValue,
  SNAPSHOT_KEY,
  type RevertChange,
  type RevertPreview,
} from '../../../core/revert';
import { entityName, fieldName, PLAN_LOCKED, andMore } from '../../../core/terms';
import type { Db } from '../../../db/open';
import { batchEntries, getAuditEntry, laterEntry, type StoredAuditEntry } from '../../../db/queries/audit';
import { getEvidence } from '../../../db/queries/evidence';
import { getFollowUpById } from '../../../db/queries/followUps';
import { followUpCountOfActivities } from '../../../db/queries/planEdits';
import { activityCountOfItem, activityExists, evidenceCountOf, followUpIdOf } from '../../../db/queries/revert';
import { getActivity, getItem, getPlanSummary, getSubIndicator, getTool } from '../../../db/queries/structure';
import { planRecord, planRecreation, planRemoval } from './revertWholePlan';
import {
  indicatorRecord,
  orderStep,
  recreationRefusal,
  removalRefusal,
  subtreeOf,
  type OrderStep,
} from './revertStructure';

/** A refusal of one entry of a revert, and a note on one whose record is gone. */
const cannotRevert = (what: string, why: string) => `ย้อนกลับ ${what} ไม่ได้: ${why}`;
const goneNow = (what: string, name: string) => `${what}: ไม่มี${name}นี้แล้ว`;

export type Snap = Record<string, unknown>;

export interface Step {
  entry: StoredAuditEntry;
  kind: RevertChange['kind'];
  entity: string;
  id: number;
  now: Snap | null;
  back: Snap | null;
  fields: string[];
  /** A whole plan: what it holds; an order: what it goes back to. */
  detail?: string;
  /** An order put back. */
  order?: OrderStep;
  counts?: RevertChange['counts'];
}

export interface RevertPlan {
  preview: RevertPreview;
  steps: Step[];
  entries: StoredAuditEntry[];
  /** The batch taken back is itself a revert (its own entries stand again once it is). */
  isRevert: boolean;
}

/** A record as audit entries hold it, or null when it is gone. */
export function loadRecord(db: Db, entity: string, id: number): Snap | null {
  try {
    switch (entity) {
      case 'followUp': {
        const { evidence: _e, updatedAt: _u, ...f } = getFollowUpById(db, id);
        return f;
      }
      case 'activity':
        return { ...getActivity(db, id) };
      case 'item': {
        const { activities: _a, ...item } = getItem(db, id);
        return item;
      }
      case 'evidence':
        return { ...getEvidence(db, id) };
      case 'plan':
        return planRecord(db, id);
      case 'tool':
        return { ...getTool(db, id) };
      case 'indicator':
        return indicatorRecord(db, id);
      case 'subIndicator':
        return { ...getSubIndicator(db, id) };
      default:
        return null;
    }
  } catch (e) {
    if (e instanceof AppError && e.code === 'notFound') return null;
    throw e;
  }
}

const REVERTIBLE = ['followUp', 'evidence', 'activity', 'item', 'tool', 'indicator', 'subIndicator'];
const fieldNames = (keys: readonly string[]) => keys.map(fieldName).join(', ');
const quoted = (e: StoredAuditEntry) => `“${e.summary}” (รายการที่ ${e.id})`;

/** Works out the revert of batch `target` (or of the one entry `target` when entryOnly). */
export function planRevert(db: Db, target: number, entryOnly: boolean): RevertPlan {
  const head = getAuditEntry(db, target);
  if (!head) throw new AppError('notFound', `ไม่พบประวัติรายการที่ ${target}`);
  const batchId = head.batchId;
  const scope: RevertPreview['scope'] = entryOnly || head.id !== batchId ? 'entry' : 'batch';
  const entries = scope === 'batch' ? batchEntries(db, batchId) : [head];
  const refusals: string[] = [];
  const notes: string[] = [];
  const steps: Step[] = [];
  // The records as the steps so far leave them (undefined: as stored).
  const state = new Map<string, Snap | null>();
  const current = (entity: string, id: number) => {
    const key = `${entity}:${id}`;
    return state.has(key) ? state.get(key)! : loadRecord(db, entity, id);
  };
  const confirms: string[] = [];
  const removedEvidence = new Map<number, number>();
  const removedFollowUps = new Map<number, number>();
  const removedActivities = new Map<number, number>();
  const bump = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);

  if (scope === 'entry' && HEADING_ACTIONS.has(head.action)) {
    refusals.push(`${quoted(head)} เป็นหัวของชุดรายการ ไม่มีข้อมูลของตัวเอง ให้ย้อนกลับทั้งชุด`);
  }
  for (const e of [...entries].reverse()) {
    if (HEADING_ACTIONS.has(e.action)) continue;
    if (e.revertedBy !== null) {
      refusals.push(`${quoted(e)} ถูกย้อนกลับไปแล้ว (รายการที่ ${e.revertedBy})`);
      continue;
    }
    const name = entityName(e.entity);
    if (e.entity === 'plan' && e.entityId !== null && (e.before === null) !== (e.after === null)) {
      // What made or removed a whole plan (./revertWholePlan.ts).
      const id = e.entityId;
      const adds = e.after !== null;
      if (adds && current('plan', id) === null) {
        notes.push(goneNow(quoted(e), name));
        continue;
      }
      const w = adds ? planRemoval(db, e, id) : planRecreation(db, e.before as Snap, id);
      if ('refusal' in w) {
        refusals.push(cannotRevert(quoted(e), w.refusal));
        continue;
      }
      if (w.confirm) confirms.push(w.confirm);
      const kind = adds ? 'remove' : 'recreate';
      const { now, back, detail, counts } = w;
      steps.push({ entry: e, kind, entity: 'plan', id, now, back, fields: [], detail, counts });
      state.set(`plan:${id}`, adds ? null : w.back);
      continue;
    }
    const order = orderStep(db, e);
    if (typeof order === 'string') {
      refusals.push(cannotRevert(quoted(e), order));
      continue;
    }
    if (order) {
      steps.push({
        entry: e,
        kind: 'restore',
        entity: e.entity,
        id: e.entityId!,
        now: null,
        back: null,
        fields: [],
        order,
        detail: order.detail,
      });
      continue;
    }
    if (e.entityId === null || !REVERTIBLE.includes(e.entity)) {
      refusals.push(
        `ย้อนกลับ ${quoted(e)} ไม่ได้: ย้อนกลับได้เฉพาะผลรายเดือน หลักฐาน ข้อ และกิจกรรม และการนำเข้าหรือสร้างแผนทั้งแผน (รายการนี้เป็น${name})`,
      );
      continue;
    }
    const before = (e.before ?? null) as Snap | null;
    const after = (e.after ?? null) as Snap | null;
    const id = e.entityId;
    const now = current(e.entity, id);
    const later = () => {
      const l = laterEntry(db, e.entity, id, e.id, e.batchId);
      return l ? ` โดย ${l.actor} (รายการที่ ${l.id})` : '';
    };
    const clashWith = (fields: string[]) =>
      refusals.push(
        `ย้อนกลับ ${quoted(e)} ไม่ได้: ช่อง ${fieldNames(fields)} ถูกแก้ไขภายหลัง${later()} ` +
          'ให้ย้อนกลับรายการที่แก้ไขภายหลังก่อน หรือแก้ไขเองที่หน้าจอ',
      );

    if (before && after) {
      if (!now) {
        refusals.push(`ย้อนกลับ ${quoted(e)} ไม่ได้: ${name}นี้ถูกลบไปแล้ว`);
        continue;
      }
      const changed = changedFields(e.entity, before, after);
      const clash = changed.filter((k) => !sameValue(now[k], after[k]));
      if (clash.length > 0) {
        clashWith(clash);
        continue;
      }
      const kept = fieldsOf(e.entity, after).filter((k) => !changed.includes(k) && !sameValue(now[k], after[k]));
      if (kept.length > 0) notes.push(`${quoted(e)}: ช่อง ${fieldNames(kept)} ที่แก้ไขภายหลังคงไว้ตามเดิม`);
      if (changed.length === 0) continue;
      const back = { ...now, ...Object.fromEntries(changed.map((k) => [k, before[k] ?? null])) };
      steps.push({ entry: e, kind: 'restore', entity: e.entity, id, now, back, fields: changed });
      state.set(`${e.entity}:${id}`, back);
    } else if (after) {
      // It added the record: the revert removes it, if nothing came to hang on it since.
      if (!now) {
        notes.push(goneNow(quoted(e), name));
        continue;
      }
      const clash = fieldsOf(e.entity, after).filter((k) => !sameValue(now[k], after[k]));
      if (clash.length > 0) {
        clashWith(clash);
        continue;
      }
      if (e.entity === 'followUp' && evidenceCountOf(db, id) > (removedEvidence.get(id) ?? 0)) {
        refusals.push(`ย้อนกลับ ${quoted(e)} ไม่ได้: มีหลักฐานที่แนบไว้ภายหลัง ลบหลักฐานนั้นก่อน`);
        continue;
      }
      if (e.entity === 'activity' && followUpCountOfActivities(db, [id]) > (removedFollowUps.get(id) ?? 0)) {
        refusals.push(`ย้อนกลับ ${quoted(e)} ไม่ได้: กิจกรรมนี้มีผลการดำเนินงานบันทึกไว้แล้ว`);
        continue;
      }
      if (e.entity === 'item' && activityCountOfItem(db, id) > (removedActivities.get(id) ?? 0)) {
        refusals.push(`ย้อนกลับ ${quoted(e)} ไม่ได้: ข้อนี้มีกิจกรรมที่เพิ่มภายหลัง`);
        continue;
      }
      const below = removalRefusal(db, e.entity, id);
      if (below) {
        refusals.push(cannotRevert(quoted(e), below));
        continue;
      }
      if (e.entity === 'evidence') bump(removedEvidence, Number(now.followUpId));
      if (e.entity === 'followUp') bump(removedFollowUps, Number(now.activityId));
      if (e.entity === 'activity') bump(removedActivities, Number(now.itemId));
      // A tool, indicator or sub-indicator taken out keeps its row in the revert's entry (to be put back).
      const kept = ['tool', 'indicator', 'subIndicator'].includes(e.entity)
        ? { ...now, [SNAPSHOT_KEY]: subtreeOf(db, e.entity, id, e.planId ?? 0) }
        : now;
      steps.push({
        entry: e,
        kind: 'remove',
        entity: e.entity,
        id,
        now: kept,
        back: null,
        fields: fieldsOf(e.entity, now),
      });
      state.set(`${e.entity}:${id}`, null);
    } else if (before) {
      // It removed the record: the revert brings it back, where that is still possible.
      const refuse = recreateRefusal(db, e, before, current);
      if (refuse) {
        refusals.push(cannotRevert(quoted(e), refuse));
        continue;
      }
      steps.push({
        entry: e,
        kind: 'recreate',
        entity: e.entity,
        id,
        now: null,
        back: before,
        fields: fieldsOf(e.entity, before),
      });
      state.set(`${e.entity}:${id}`, before);
    }
  }

  const planId = entries.find((x) => x.planId !== null)?.planId ?? null;
  if (planId !== null && steps.some((s) => PLAN_STRUCTURE_ENTITIES.includes(s.entity) || s.order)) {
    const plan = getPlanSummary(db, planId);
    if (plan.status === 'approved') refusals.unshift(PLAN_LOCKED);
  }
  const heading = entries.find((x) => HEADING_ACTIONS.has(x.action));
  // A batch without a heading line is named by its last entry (the clear, the link added).
  const first = scope === 'batch' ? (heading ?? entries[entries.length - 1]!) : head;
  const summary =
    scope === 'batch' && !heading && entries.length > 1
      ? `${first.summary} ${andMore(entries.length - 1)}`
      : first.summary;
  if (refusals.length === 0 && steps.length === 0) notes.push('ไม่มีข้อมูลที่ต้องเปลี่ยน');
  const preview: RevertPreview = {
    target,
    scope,
    batchId,
    summary,
    actor: first.actor,
    at: first.at,
    planId,
    entries: entries.length,
    changes: steps.map((s) => ({
      entryId: s.entry.id,
      entity: s.entity,
      entityId: s.id,
      summary: s.entry.summary,
      kind: s.kind,
      fields: s.fields.map((key) => ({ key, now: s.now?.[key] ?? null, back: s.back?.[key] ?? null })),
      ...(s.detail !== undefined ? { detail: s.detail, counts: s.counts } : {}),
    })),
    refusals,
    notes,
    confirm: refusals.length === 0 && confirms.length > 0 ? confirms.join('\n') : null,
  };
  return { preview, steps, entries, isRevert: scope === 'batch' && heading?.action === 'history.revert' };
}

function recreateRefusal(
  db: Db,
  e: StoredAuditEntry,
  before: Snap,
  current: (entity: string, id: number) => Snap | null,
): string | null {
  switch (e.entity) {
    case 'followUp': {
      const activityId = Number(before.activityId);
      if (!activityExists(db, activityId)) return 'กิจกรรมของผลนี้ถูกลบไปแล้ว';
      const taken = followUpIdOf(db, activityId, String(before.month));
      if (taken !== null && current('followUp', taken) !== null) return 'มีผลของเดือนนี้บันทึกใหม่แล้ว';
      return null;
    }
    case 'evidence':
      if (before.kind !== 'url') return 'ไฟล์หลักฐานที่ลบไปแล้วไม่ได้เก็บไว้ จึงกู้คืนไม่ได้ แนบไฟล์ใหม่ได้ที่หน้าติดตามผล';
      if (current('followUp', Number(before.followUpId)) === null) return 'ผลรายเดือนของหลักฐานนี้ไม่มีแล้ว';
      return null;
    case 'activity':
      if (current('item', Number(before.itemId)) === null) return 'ข้อของกิจกรรมนี้ถูกลบไปแล้ว';
      return null;
    case 'item':
      if (!(SNAPSHOT_KEY in before)) return 'ข้อที่ลบไปแล้วนำกลับไม่ได้ เพิ่มข้อใหม่ได้ที่หน้าแผนมาตรการ';
      return recreationRefusal(db, e, before);
    default:
      return recreationRefusal(db, e, before);
  }
}
