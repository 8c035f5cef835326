// Reading a plan's structure: plans, tools, indicators, sub-indicators, items, activities (with their
// divisions). The structure is the plan's own data: any number of each, codes as the plan writes them.
import type { Activity, Indicator, Item, PlanDetail, PlanSummary, PlanTool, SubIndicator } from '../../core/types';
import { AppError } from '../../core/errors';
import type { Monitoring } from '../../core/types';
import type { Db } from '../open';
import { sql } from '../sql';
import { monthList, monthsOf } from './due';
import { all, get } from './run';
import { NOT_FOUND } from '../../core/terms';

interface PlanRow {
  id: number;
  fiscal_year: number;
  office: string;
  title: string;
  status: 'draft' | 'approved';
  approved_at: string | null;
  updated_at: string;
  item_count: number;
  activity_count: number;
  criteria_set: string | null;
}

const PLAN_SUMMARY = `
  SELECT p.id, p.fiscal_year, p.office, p.title, p.status, p.approved_at, p.updated_at, p.criteria_set,
         (SELECT count(*) FROM item i WHERE i.plan_id = p.id) AS item_count,
         (SELECT count(*) FROM activity a JOIN item i ON i.id = a.item_id WHERE i.plan_id = p.id) AS activity_count
  FROM plan p`;

const toSummary = (r: PlanRow): PlanSummary => ({
  id: r.id,
  fiscalYear: r.fiscal_year,
  office: r.office,
  title: r.title,
  status: r.status,
  approvedAt: r.approved_at,
  itemCount: r.item_count,
  activityCount: r.activity_count,
  updatedAt: r.updated_at,
  criteriaSet: r.criteria_set,
});

export function listPlans(db: Db): PlanSummary[] {
  return all<PlanRow>(db, [`${PLAN_SUMMARY} ORDER BY p.fiscal_year DESC, p.office`, []]).map(toSummary);
}

export function getPlanSummary(db: Db, planId: number): PlanSummary {
  const r = get<PlanRow>(db, [`${PLAN_SUMMARY} WHERE p.id = ?`, [planId]]);
  if (!r) throw new AppError('notFound', NOT_FOUND.plan);
  return toSummary(r);
}

export function findPlans(db: Db, fiscalYear: number, office?: string): PlanSummary[] {
  return all<PlanRow>(db, [
    `${PLAN_SUMMARY} WHERE p.fiscal_year = ? AND (? IS NULL OR p.office = ?) ORDER BY p.office`,
    [fiscalYear, office ?? null, office ?? null],
  ]).map(toSummary);
}

interface ActivityRow {
  id: number;
  item_id: number;
  position: number;
  text: string;
  output: string;
  target_qty: number | null;
  target_unit: string | null;
  awareness: string;
  start_month: string | null;
  end_month: string | null;
  responsible_text: string;
  all_divisions: number;
  monitoring: Monitoring;
  monitoring_text: string;
  division_ids: string | null;
  months: string | null;
}

export const ACTIVITY_SELECT = `
  SELECT a.*, (SELECT group_concat(division_id) FROM activity_division d WHERE d.activity_id = a.id) AS division_ids,
    ${monthsOf()[0]} AS months
  FROM activity a`;

/** group_concat(division_id) → sorted ids ('' or NULL → none). */
export function parseIdList(list: string | null): number[] {
  return list
    ? list
        .split(',')
        .map(Number)
        .sort((a, b) => a - b)
    : [];
}

export function toActivity(r: ActivityRow): Activity {
  return {
    id: r.id,
    itemId: r.item_id,
    position: r.position,
    text: r.text,
    output: r.output,
    targetQty: r.target_qty,
    targetUnit: r.target_unit,
    awareness: r.awareness,
    startMonth: r.start_month,
    endMonth: r.end_month,
    months: monthList(r.months),
    responsibleText: r.responsible_text,
    allDivisions: r.all_divisions === 1,
    divisionIds: parseIdList(r.division_ids),
    monitoring: r.monitoring,
    monitoringText: r.monitoring_text,
  };
}

export function getActivity(db: Db, activityId: number): Activity {
  const r = get<ActivityRow>(db, [`${ACTIVITY_SELECT} WHERE a.id = ?`, [activityId]]);
  if (!r) throw new AppError('notFound', NOT_FOUND.activity);
  return toActivity(r);
}

export function listActivities(db: Db, itemId: number): Activity[] {
  return all<ActivityRow>(db, [`${ACTIVITY_SELECT} WHERE a.item_id = ? ORDER BY a.position, a.id`, [itemId]]).map(
    toActivity,
  );
}

interface ItemRow {
  id: number;
  plan_id: number;
  indicator_id: number;
  sub_indicator_id: number | null;
  code: string;
  question: string;
  issue: string;
  position: number;
}

const toItem = (r: ItemRow, activities: Activity[]): Item => ({
  id: r.id,
  planId: r.plan_id,
  indicatorId: r.indicator_id,
  subIndicatorId: r.sub_indicator_id,
  code: r.code,
  question: r.question,
  issue: r.issue,
  position: r.position,
  activities,
});

export function getItem(db: Db, itemId: number): Item {
  const r = get<ItemRow>(db, sql`SELECT * FROM item WHERE id = ${itemId}`);
  if (!r) throw new AppError('notFound', NOT_FOUND.item);
  return toItem(r, listActivities(db, itemId));
}

export function listItemsOfIndicator(db: Db, indicatorId: number): Item[] {
  return all<ItemRow>(db, sql`SELECT * FROM item WHERE indicator_id = ${indicatorId} ORDER BY position, id`).map((r) =>
    toItem(r, listActivities(db, r.id)),
  );
}

export interface ToolRow {
  id: number;
  plan_id: number;
  code: string;
  name: string;
  position: number;
}

const toTool = (r: ToolRow): PlanTool => ({
  id: r.id,
  planId: r.plan_id,
  code: r.code,
  name: r.name,
  position: r.position,
});

export function getTool(db: Db, toolId: number): PlanTool {
  const r = get<ToolRow>(db, sql`SELECT * FROM tool WHERE id = ${toolId}`);
  if (!r) throw new AppError('notFound', NOT_FOUND.tool);
  return toTool(r);
}

export function listTools(db: Db, planId: number): PlanTool[] {
  return all<ToolRow>(db, sql`SELECT * FROM tool WHERE plan_id = ${planId} ORDER BY position, id`).map(toTool);
}

export interface IndicatorRow {
  id: number;
  plan_id: number;
  tool_id: number;
  number: number;
  name: string;
  position: number;
  /** The tool's code and name (joined). */
  tool: string;
  tool_name: string;
}

const INDICATOR_SELECT = `SELECT ind.*, t.code AS tool, t.name AS tool_name FROM indicator ind JOIN tool t ON t.id = ind.tool_id`;
/** Tools in their order, each tool's indicators in theirs. */
const INDICATOR_ORDER = 'ORDER BY t.position, t.id, ind.position, ind.number';

export function getIndicator(db: Db, indicatorId: number): IndicatorRow {
  const r = get<IndicatorRow>(db, [`${INDICATOR_SELECT} WHERE ind.id = ?`, [indicatorId]]);
  if (!r) throw new AppError('notFound', NOT_FOUND.indicator);
  return r;
}

export function getIndicatorByNumber(db: Db, planId: number, number: number): IndicatorRow {
  const r = get<IndicatorRow>(db, [`${INDICATOR_SELECT} WHERE ind.plan_id = ? AND ind.number = ?`, [planId, number]]);
  if (!r) throw new AppError('notFound', NOT_FOUND.indicatorInPlan(number));
  return r;
}

export function listIndicatorRows(db: Db, planId: number): IndicatorRow[] {
  return all<IndicatorRow>(db, [`${INDICATOR_SELECT} WHERE ind.plan_id = ? ${INDICATOR_ORDER}`, [planId]]);
}

interface SubIndicatorRow {
  id: number;
  indicator_id: number;
  label: string;
  name: string;
  position: number;
}

const toSub = (r: SubIndicatorRow): SubIndicator => ({
  id: r.id,
  indicatorId: r.indicator_id,
  label: r.label,
  name: r.name,
  position: r.position,
});

export function getSubIndicator(db: Db, subId: number): SubIndicator {
  const r = get<SubIndicatorRow>(db, sql`SELECT * FROM sub_indicator WHERE id = ${subId}`);
  if (!r) throw new AppError('notFound', NOT_FOUND.subIndicator);
  return toSub(r);
}

export function listSubIndicators(db: Db, indicatorId: number): SubIndicator[] {
  return all<SubIndicatorRow>(
    db,
    sql`SELECT * FROM sub_indicator WHERE indicator_id = ${indicatorId} ORDER BY position, id`,
  ).map(toSub);
}

/** The whole plan in a few queries (not one per item): the plan screen loads it on every visit. */
export function getPlanDetail(db: Db, planId: number): PlanDetail {
  const summary = getPlanSummary(db, planId);
  const tools = listTools(db, planId);
  const indicators = listIndicatorRows(db, planId);
  const subs = all<SubIndicatorRow>(
    db,
    sql`SELECT s.* FROM sub_indicator s JOIN indicator ind ON ind.id = s.indicator_id
        WHERE ind.plan_id = ${planId} ORDER BY s.position, s.id`,
  ).map(toSub);
  const items = all<ItemRow>(db, sql`SELECT * FROM item WHERE plan_id = ${planId} ORDER BY position, id`);
  const activities = all<ActivityRow>(db, [
    `${ACTIVITY_SELECT} JOIN item i ON i.id = a.item_id WHERE i.plan_id = ? ORDER BY a.position, a.id`,
    [planId],
  ]).map(toActivity);
  const byItem = new Map<number, Activity[]>();
  for (const a of activities) byItem.set(a.itemId, [...(byItem.get(a.itemId) ?? []), a]);
  const out: Indicator[] = indicators.map((ind) => ({
    id: ind.id,
    planId: ind.plan_id,
    toolId: ind.tool_id,
    tool: ind.tool,
    toolName: ind.tool_name,
    number: ind.number,
    name: ind.name,
    position: ind.position,
    subIndicators: subs.filter((s) => s.indicatorId === ind.id),
    items: items.filter((i) => i.indicator_id === ind.id).map((i) => toItem(i, byItem.get(i.id) ?? [])),
  }));
  return { ...summary, tools, indicators: out };
}
