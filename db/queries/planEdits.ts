// The single-row edits of a plan the API's handlers make (update, delete, approve), and the lookups
// its write policy needs; handlers hold no SQL of their own.
import { AppError } from '../../core/errors';
import type { Db } from '../open';
import { sql } from '../sql';
import { planIdOfActivity } from './followUps';
import { renumber } from './planWrites';
import { get, run } from './run';
import { getIndicator, getItem, getPlanSummary, getSubIndicator, getTool } from './structure';

/**
 * The plan a method's input names: its planId, else the plan of its indicator, item or activity
 * (for the write policy's approved-plan lock); also of a tool or sub-indicator. Unknown ids are refused as not found.
 */
export function planIdOfInput(db: Db, input: Record<string, unknown>): number {
  const idOf = (key: string) => (typeof input[key] === 'number' ? (input[key] as number) : null);
  const planId = idOf('planId');
  if (planId !== null) return getPlanSummary(db, planId).id;
  const toolId = idOf('toolId');
  if (toolId !== null) return getTool(db, toolId).planId;
  const indicatorId = idOf('indicatorId');
  if (indicatorId !== null) return getIndicator(db, indicatorId).plan_id;
  const subIndicatorId = idOf('subIndicatorId');
  if (subIndicatorId !== null) return getIndicator(db, getSubIndicator(db, subIndicatorId).indicatorId).plan_id;
  const itemId = idOf('itemId');
  if (itemId !== null) return getItem(db, itemId).planId;
  const activityId = idOf('activityId');
  if (activityId !== null) return planIdOfActivity(db, activityId);
  throw new AppError('internal', 'the input names no plan');
}

/** Follow-ups saved for any of these activities (an activity with reports is not deleted). */
export function followUpCountOfActivities(db: Db, activityIds: readonly number[]): number {
  return get<{ n: number }>(
    db,
    sql`SELECT count(*) AS n FROM follow_up WHERE activity_id IN (SELECT value FROM json_each(${JSON.stringify(activityIds)}))`,
  )!.n;
}

/** Follow-ups saved for the activities of an item. */
export function followUpCountOfItem(db: Db, itemId: number): number {
  return get<{ n: number }>(
    db,
    sql`SELECT count(*) AS n FROM follow_up f JOIN activity a ON a.id = f.activity_id WHERE a.item_id = ${itemId}`,
  )!.n;
}

/** Deletes an item (its activities go with it) and closes the gap in its indicator. */
export function deleteItemRow(db: Db, item: { id: number; indicatorId: number }): void {
  run(db, sql`DELETE FROM item WHERE id = ${item.id}`);
  renumber(db, 'item', 'indicator_id', item.indicatorId);
}

/** Deletes an activity and closes the gap in its item. */
export function deleteActivityRow(db: Db, activity: { id: number; itemId: number }): void {
  run(db, sql`DELETE FROM activity WHERE id = ${activity.id}`);
  renumber(db, 'activity', 'item_id', activity.itemId);
}

export function updatePlanRow(db: Db, planId: number, f: { office: string; title: string }): void {
  run(db, sql`UPDATE plan SET office = ${f.office}, title = ${f.title} WHERE id = ${planId}`);
}

export function deletePlanRow(db: Db, planId: number): void {
  run(db, sql`DELETE FROM plan WHERE id = ${planId}`);
}

/** approvedAt: the ISO date it was approved on; null reopens it as a draft. */
export function setPlanApproval(db: Db, planId: number, approvedAt: string | null): void {
  run(
    db,
    sql`UPDATE plan SET status = ${approvedAt === null ? 'draft' : 'approved'}, approved_at = ${approvedAt}
        WHERE id = ${planId}`,
  );
}

/** Deletes a tool (its indicators, items and activities go with it) and closes the gap in the plan. */
export function deleteToolRow(db: Db, tool: { id: number; planId: number }): void {
  run(db, sql`DELETE FROM tool WHERE id = ${tool.id}`);
  renumber(db, 'tool', 'plan_id', tool.planId);
}

export function deleteIndicatorRow(db: Db, ind: { id: number; toolId: number }): void {
  run(db, sql`DELETE FROM indicator WHERE id = ${ind.id}`);
  renumber(db, 'indicator', 'tool_id', ind.toolId);
}

/** Its items stay under the indicator (sub_indicator_id becomes NULL): nothing reported is lost. */
export function deleteSubIndicatorRow(db: Db, sub: { id: number; indicatorId: number }): void {
  run(db, sql`DELETE FROM sub_indicator WHERE id = ${sub.id}`);
  renumber(db, 'sub_indicator', 'indicator_id', sub.indicatorId);
}

export function setPlanCriteriaSetRow(db: Db, planId: number, criteriaSet: string | null): void {
  run(db, sql`UPDATE plan SET criteria_set = ${criteriaSet} WHERE id = ${planId}`);
}
