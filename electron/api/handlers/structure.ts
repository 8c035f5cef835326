import { PLAN_API_WORDS, STRUCTURE_WORDS } from '../../../core/terms';
import { AppError } from '../../../core/errors';
import {
  assertPlace,
  updateItemRow,
  insertActivity,
  insertItem,
  nextCode,
  reorder,
  updateActivityRow,
} from '../../../db/queries/planWrites';
import {
  deleteActivityRow,
  deleteItemRow,
  followUpCountOfActivities,
  followUpCountOfItem,
} from '../../../db/queries/planEdits';
import {
  getActivity,
  getIndicator,
  getIndicatorByNumber,
  getItem,
  listActivities,
  listItemsOfIndicator,
} from '../../../db/queries/structure';
import type { Ctx } from '../context';
import { SNAPSHOT_KEY } from '../../../core/revert';
import { subtreeOf } from './revertStructure';
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

  // Every method here is declared `mutates: writes(…, 'draftPlan')` in core/contract.ts: the write
  // policy (../writePolicy.ts) gives it its transaction, refuses an approved plan and moves updated_at.
  return {
    createItem: ({ planId, indicatorId, indicatorNumber, subIndicatorId, code, question, issue }) => {
      const ind =
        indicatorId !== undefined ? getIndicator(db, indicatorId) : getIndicatorByNumber(db, planId, indicatorNumber!);
      assertPlace(db, planId, ind.id, subIndicatorId);
      const itemCode = code ?? nextCode(db, planId, ind.id);
      const id = insertItem(db, planId, ind.id, { code: itemCode, question, issue, subIndicatorId });
      const item = getItem(db, id);
      ctx.changed({ entity: 'item', id, after: item });
      return item;
    },
    updateItem: ({ itemId, ...patch }) => {
      const before = getItem(db, itemId);
      updateItemRow(db, itemId, patch);
      const after = getItem(db, itemId);
      ctx.changed({ entity: 'item', id: itemId, before, after });
      return after;
    },
    deleteItem: ({ itemId }) => {
      const before = getItem(db, itemId);
      const reports = followUpCountOfItem(db, itemId);
      if (reports > 0) {
        throw new AppError('conflict', PLAN_API_WORDS.deleteReported(STRUCTURE_WORDS.item(before.code), reports));
      }
      const rows = subtreeOf(db, 'item', itemId, before.planId); // so a revert brings it back with its activities
      deleteItemRow(db, before);
      ctx.changed({ entity: 'item', id: itemId, before: { ...before, [SNAPSHOT_KEY]: rows } });
      return { deleted: true as const };
    },
    reorderItems: ({ indicatorId, itemIds }) => {
      const before = listItemsOfIndicator(db, indicatorId).map((i) => i.code);
      reorder(db, 'item', 'indicator_id', indicatorId, itemIds);
      const items = listItemsOfIndicator(db, indicatorId);
      ctx.changed({
        entity: 'indicator',
        id: indicatorId,
        before,
        after: items.map((i) => i.code),
        as: 'reorder',
        of: 'item',
      });
      return items;
    },
    createActivity: ({ itemId, ...fields }) => {
      const id = insertActivity(db, itemId, fields);
      const after = getActivity(db, id);
      ctx.changed({ entity: 'activity', id, after });
      return after;
    },
    updateActivity: ({ activityId, ...patch }) => {
      const before = getActivity(db, activityId);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const { id: _id, itemId: _item, position: _pos, ...current } = before;
      // A new start or end without months is the range shortcut: its months follow the range.
      const range = !('months' in defined) && ('startMonth' in defined || 'endMonth' in defined);
      updateActivityRow(db, activityId, { ...current, ...(range ? { months: undefined } : {}), ...defined });
      const after = getActivity(db, activityId);
      ctx.changed({ entity: 'activity', id: activityId, before, after });
      return after;
    },
    deleteActivity: ({ activityId }) => {
      const before = getActivity(db, activityId);
      const reports = followUpCountOfActivities(db, [activityId]);
      if (reports > 0) {
        throw new AppError('conflict', PLAN_API_WORDS.deleteActivityReported(reports));
      }
      deleteActivityRow(db, before);
      ctx.changed({ entity: 'activity', id: activityId, before });
      return { deleted: true as const };
    },
    reorderActivities: ({ itemId, activityIds }) => {
      const item = getItem(db, itemId);
      reorder(db, 'activity', 'item_id', itemId, activityIds);
      const after = listActivities(db, itemId);
      ctx.changed({
        entity: 'item',
        id: itemId,
        before: item.activities.map((a) => a.id),
        after: after.map((a) => a.id),
        as: 'reorder',
        of: 'activity',
      });
      return after;
    },
  };
}
