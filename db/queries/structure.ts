// Reading a plan's structure: plans, indicators, items, activities (with their divisions).
import type { Activity, Indicator, Item, PlanDetail, PlanSummary } from '../../core/types';
import { AppError } from '../../core/errors';
import type { Monitoring, Tool } from '../import/types';
import type { Db } from '../open';
import { sql } from '../sql';
import { all, get } from './run';

export const INDICATORS: readonly { number: number; tool: Tool; name: string }[] = [
  { number: 1, tool: 'IIT', name: 'การปฏิบัติหน้าที่' },
  { number: 2, tool: 'IIT', name: 'การใช้งบประมาณ' },
  { number: 3, tool: 'IIT', name: 'การใช้อำนาจ' },
  { number: 4, tool: 'IIT', name: 'การใช้ทรัพย์สินของราชการ' },
  { number: 5, tool: 'IIT', name: 'การแก้ไขปัญหาการทุจริต' },
  { number: 6, tool: 'EIT', name: 'คุณภาพการดำเนินงาน' },
  { number: 7, tool: 'EIT', name: 'ประสิทธิภาพการสื่อสาร' },
  { number: 8, tool: 'EIT', name: 'การปรับปรุงการทำงาน' },
  { number: 9, tool: 'OIT', name: 'การเปิดเผยข้อมูล' },
  { number: 10, tool: 'OIT', name: 'การป้องกันการทุจริต' },
];

export const TOOL_PREFIX: Record<Tool, string> = { IIT: 'I', EIT: 'E', OIT: 'O' };

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
}

const PLAN_SUMMARY = `
  SELECT p.id, p.fiscal_year, p.office, p.title, p.status, p.approved_at, p.updated_at,
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
});

export function listPlans(db: Db): PlanSummary[] {
  return all<PlanRow>(db, [`${PLAN_SUMMARY} ORDER BY p.fiscal_year DESC, p.office`, []]).map(toSummary);
}

export function getPlanSummary(db: Db, planId: number): PlanSummary {
  const r = get<PlanRow>(db, [`${PLAN_SUMMARY} WHERE p.id = ?`, [planId]]);
  if (!r) throw new AppError('notFound', 'ไม่พบแผนที่ระบุ');
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
}

export const ACTIVITY_SELECT = `
  SELECT a.*, (SELECT group_concat(division_id) FROM activity_division d WHERE d.activity_id = a.id) AS division_ids
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
    responsibleText: r.responsible_text,
    allDivisions: r.all_divisions === 1,
    divisionIds: parseIdList(r.division_ids),
    monitoring: r.monitoring,
    monitoringText: r.monitoring_text,
  };
}

export function getActivity(db: Db, activityId: number): Activity {
  const r = get<ActivityRow>(db, [`${ACTIVITY_SELECT} WHERE a.id = ?`, [activityId]]);
  if (!r) throw new AppError('notFound', 'ไม่พบกิจกรรมที่ระบุ');
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
  code: string;
  question: string;
  issue: string;
  position: number;
}

const toItem = (r: ItemRow, activities: Activity[]): Item => ({
  id: r.id,
  planId: r.plan_id,
  indicatorId: r.indicator_id,
  code: r.code,
  question: r.question,
  issue: r.issue,
  position: r.position,
  activities,
});

export function getItem(db: Db, itemId: number): Item {
  const r = get<ItemRow>(db, sql`SELECT * FROM item WHERE id = ${itemId}`);
  if (!r) throw new AppError('notFound', 'ไม่พบข้อที่ระบุ');
  return toItem(r, listActivities(db, itemId));
}

export function listItemsOfIndicator(db: Db, indicatorId: number): Item[] {
  return all<ItemRow>(db, sql`SELECT * FROM item WHERE indicator_id = ${indicatorId} ORDER BY position, id`).map((r) =>
    toItem(r, listActivities(db, r.id)),
  );
}

interface IndicatorRow {
  id: number;
  plan_id: number;
  number: number;
  tool: Tool;
  name: string;
}

export function getIndicator(db: Db, indicatorId: number): IndicatorRow {
  const r = get<IndicatorRow>(db, sql`SELECT * FROM indicator WHERE id = ${indicatorId}`);
  if (!r) throw new AppError('notFound', 'ไม่พบตัวชี้วัดที่ระบุ');
  return r;
}

export function getIndicatorByNumber(db: Db, planId: number, number: number): IndicatorRow {
  const r = get<IndicatorRow>(db, sql`SELECT * FROM indicator WHERE plan_id = ${planId} AND number = ${number}`);
  if (!r) throw new AppError('notFound', `ไม่พบตัวชี้วัดที่ ${number} ในแผนนี้`);
  return r;
}

/** The whole plan in three queries (not one per item): the plan screen loads it on every visit. */
export function getPlanDetail(db: Db, planId: number): PlanDetail {
  const summary = getPlanSummary(db, planId);
  const indicators = all<IndicatorRow>(db, sql`SELECT * FROM indicator WHERE plan_id = ${planId} ORDER BY number`);
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
    number: ind.number,
    tool: ind.tool,
    name: ind.name,
    items: items.filter((i) => i.indicator_id === ind.id).map((i) => toItem(i, byItem.get(i.id) ?? [])),
  }));
  return { ...summary, indicators: out };
}
