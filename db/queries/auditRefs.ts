// What an audit entry names beside the record it is about (core/auditSummary.ts AuditRefs): the plan
// it belongs to, an activity's item code and number, a report's month. Read by the write policy when
// a handler reports a change (electron/api/writePolicy.ts), inside the change's own transaction —
// so a record just deleted is found through its snapshot (its parent is still there).
import type { AuditRefs } from '../../core/auditSummary';
import type { AuditEntity } from '../../core/mutates';
import type { Db } from '../open';
import { sql } from '../sql';
import { activityRef, planIdOfActivity } from './followUps';
import { get } from './run';

type Rec = Record<string, unknown>;
const num = (v: unknown) => (typeof v === 'number' ? v : null);

function itemRefs(db: Db, itemId: number | null): AuditRefs {
  if (itemId === null) return {};
  const r = get<{ plan_id: number; code: string }>(db, sql`SELECT plan_id, code FROM item WHERE id = ${itemId}`);
  return r ? { planId: r.plan_id, itemCode: r.code } : {};
}

/** A report's activity as users name it (activityRef: its item's code, its number in the item). */
function activityRefs(db: Db, activityId: number | null): AuditRefs {
  if (activityId === null || !get(db, sql`SELECT 1 FROM activity WHERE id = ${activityId}`)) return {};
  const r = activityRef(db, activityId);
  return { planId: planIdOfActivity(db, activityId), itemCode: r.code, activityNo: r.position };
}

function followUpRefs(db: Db, followUpId: number | null): AuditRefs {
  if (followUpId === null) return {};
  const f = get<{ activity_id: number; month: string }>(
    db,
    sql`SELECT activity_id, month FROM follow_up WHERE id = ${followUpId}`,
  );
  return f ? { ...activityRefs(db, f.activity_id), month: f.month } : {};
}

/**
 * The references of record `id` of `entity`, whose snapshot (after, else before) is `snap` (a list for
 * a reorder: then `id` is the parent whose children moved). A record no plan owns (settings, divisions,
 * criteria sets, the file) has planId null.
 */
export function auditRefsOf(db: Db, entity: AuditEntity, id: number | null, snap: Rec): AuditRefs {
  switch (entity) {
    case 'plan':
      return { planId: id };
    case 'tool': {
      const r = get<{ plan_id: number; code: string }>(db, sql`SELECT plan_id, code FROM tool WHERE id = ${id}`);
      return { planId: r?.plan_id ?? num(snap.planId), toolCode: r?.code ?? String(snap.code ?? '') };
    }
    case 'indicator': {
      const r = get<{ plan_id: number; number: number }>(
        db,
        sql`SELECT plan_id, number FROM indicator WHERE id = ${id}`,
      );
      return { planId: r?.plan_id ?? num(snap.planId), indicatorNumber: r?.number ?? num(snap.number) ?? undefined };
    }
    case 'subIndicator': {
      const indicatorId =
        num(snap.indicatorId) ??
        get<{ indicator_id: number }>(db, sql`SELECT indicator_id FROM sub_indicator WHERE id = ${id}`)?.indicator_id;
      const r = get<{ plan_id: number }>(db, sql`SELECT plan_id FROM indicator WHERE id = ${indicatorId ?? null}`);
      return { planId: r?.plan_id ?? null };
    }
    case 'item': {
      const r = itemRefs(db, id);
      return r.planId !== undefined ? r : { planId: num(snap.planId), itemCode: String(snap.code ?? '') };
    }
    case 'activity': {
      const itemId =
        num(snap.itemId) ?? get<{ item_id: number }>(db, sql`SELECT item_id FROM activity WHERE id = ${id}`)?.item_id;
      return itemRefs(db, itemId ?? null);
    }
    case 'followUp': {
      const own = followUpRefs(db, id);
      if (own.planId !== undefined) return own;
      return { ...activityRefs(db, num(snap.activityId)), month: String(snap.month ?? '') };
    }
    case 'evidence':
      return followUpRefs(db, num(snap.followUpId));
    default:
      return { planId: null };
  }
}
