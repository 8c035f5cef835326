import { AppError } from '../../../core/errors';
import {
  assertCodeFits,
  assertEditable,
  insertActivity,
  insertItem,
  nextCode,
  renumber,
  reorder,
  touchPlan,
  updateActivityRow,
} from '../../../db/queries/planWrites';
import { planIdOfActivity } from '../../../db/queries/followUps';
import { run } from '../../../db/queries/run';
import {
  getActivity,
  getIndicator,
  getIndicatorByNumber,
  getItem,
  listActivities,
  listItemsOfIndicator,
} from '../../../db/queries/structure';
import { sql } from '../../../db/sql';
import type { Ctx } from '../context';
import type { Handlers } from '../../../core/contract';

type StructureHandlers = Pick<
  Handlers,
  | 'createItem'
  | 'updateItem'
  | 'deleteItem'
  | 'reorderItems'
  | 'createActivity'
  | 'updateActivity'
  | 'deleteActivity'
  | 'reorderActivities'
>;

export function structureHandlers(ctx: Ctx): StructureHandlers {
  const { db } = ctx;

  /** Every structural change: plan must be a draft, the change and its audit entry in one transaction. */
  const change = <T>(planId: number, fn: () => T): T =>
    ctx.tx(() => {
      assertEditable(db, planId);
      const out = fn();
      touchPlan(db, planId);
      return out;
    });

  return {
    createItem: ({ planId, indicatorNumber, code, question, issue }) =>
      change(planId, () => {
        const ind = getIndicatorByNumber(db, planId, indicatorNumber);
        const itemCode = code ?? nextCode(db, planId, ind.id);
        const id = insertItem(db, planId, ind.id, { code: itemCode, question, issue });
        const item = getItem(db, id);
        ctx.audit({
          action: 'item.create',
          entity: 'item',
          entityId: id,
          planId,
          summary: `เพิ่มข้อ ${itemCode}`,
          after: item,
        });
        return item;
      }),
    updateItem: ({ itemId, code, question, issue }) => {
      const before = getItem(db, itemId);
      return change(before.planId, () => {
        if (code !== undefined && code !== before.code)
          assertCodeFits(db, before.planId, before.indicatorId, code, itemId);
        run(
          db,
          sql`UPDATE item SET code = ${code ?? before.code}, question = ${question ?? before.question},
                issue = ${issue ?? before.issue} WHERE id = ${itemId}`,
        );
        const after = getItem(db, itemId);
        ctx.audit({
          action: 'item.update',
          entity: 'item',
          entityId: itemId,
          planId: before.planId,
          summary: `แก้ไขข้อ ${after.code}`,
          before,
          after,
        });
        return after;
      });
    },
    deleteItem: ({ itemId }) => {
      const before = getItem(db, itemId);
      return change(before.planId, () => {
        const reports = (
          db
            .prepare(
              'SELECT count(*) AS n FROM follow_up f JOIN activity a ON a.id = f.activity_id WHERE a.item_id = ?',
            )
            .get(itemId) as { n: number }
        ).n;
        if (reports > 0) {
          throw new AppError('conflict', `ลบข้อ ${before.code} ไม่ได้ เพราะมีผลการดำเนินงานบันทึกไว้แล้ว ${reports} รายการ`);
        }
        run(db, sql`DELETE FROM item WHERE id = ${itemId}`);
        renumber(db, 'item', 'indicator_id', before.indicatorId);
        ctx.audit({
          action: 'item.delete',
          entity: 'item',
          entityId: itemId,
          planId: before.planId,
          summary: `ลบข้อ ${before.code}`,
          before,
        });
        return { deleted: true as const };
      });
    },
    reorderItems: ({ indicatorId, itemIds }) => {
      const ind = getIndicator(db, indicatorId);
      return change(ind.plan_id, () => {
        const before = listItemsOfIndicator(db, indicatorId).map((i) => i.code);
        reorder(db, 'item', 'indicator_id', indicatorId, itemIds);
        const items = listItemsOfIndicator(db, indicatorId);
        ctx.audit({
          action: 'item.reorder',
          entity: 'indicator',
          entityId: indicatorId,
          planId: ind.plan_id,
          summary: `จัดลำดับข้อในตัวชี้วัดที่ ${ind.number}`,
          before,
          after: items.map((i) => i.code),
        });
        return items;
      });
    },
    createActivity: ({ itemId, ...fields }) => {
      const item = getItem(db, itemId);
      return change(item.planId, () => {
        const id = insertActivity(db, itemId, fields);
        const after = getActivity(db, id);
        ctx.audit({
          action: 'activity.create',
          entity: 'activity',
          entityId: id,
          planId: item.planId,
          summary: `เพิ่มกิจกรรมในข้อ ${item.code}`,
          after,
        });
        return after;
      });
    },
    updateActivity: ({ activityId, ...patch }) => {
      const before = getActivity(db, activityId);
      const planId = planIdOfActivity(db, activityId);
      return change(planId, () => {
        const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        const { id: _id, itemId: _item, position: _pos, ...current } = before;
        updateActivityRow(db, activityId, { ...current, ...defined });
        const after = getActivity(db, activityId);
        const code = getItem(db, before.itemId).code;
        ctx.audit({
          action: 'activity.update',
          entity: 'activity',
          entityId: activityId,
          planId,
          summary: `แก้ไขกิจกรรมที่ ${before.position} ของข้อ ${code}`,
          before,
          after,
        });
        return after;
      });
    },
    deleteActivity: ({ activityId }) => {
      const before = getActivity(db, activityId);
      const planId = planIdOfActivity(db, activityId);
      return change(planId, () => {
        const reports = (
          db.prepare('SELECT count(*) AS n FROM follow_up WHERE activity_id = ?').get(activityId) as { n: number }
        ).n;
        if (reports > 0) {
          throw new AppError('conflict', `ลบกิจกรรมนี้ไม่ได้ เพราะมีผลการดำเนินงานบันทึกไว้แล้ว ${reports} เดือน`);
        }
        run(db, sql`DELETE FROM activity WHERE id = ${activityId}`);
        renumber(db, 'activity', 'item_id', before.itemId);
        ctx.audit({
          action: 'activity.delete',
          entity: 'activity',
          entityId: activityId,
          planId,
          summary: 'ลบกิจกรรม',
          before,
        });
        return { deleted: true as const };
      });
    },
    reorderActivities: ({ itemId, activityIds }) => {
      const item = getItem(db, itemId);
      return change(item.planId, () => {
        reorder(db, 'activity', 'item_id', itemId, activityIds);
        const after = listActivities(db, itemId);
        ctx.audit({
          action: 'activity.reorder',
          entity: 'item',
          entityId: itemId,
          planId: item.planId,
          summary: `จัดลำดับกิจกรรมของข้อ ${item.code}`,
          before: item.activities.map((a) => a.id),
          after: after.map((a) => a.id),
        });
        return after;
      });
    },
  };
}
