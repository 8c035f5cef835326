// Changing a plan's structure. Callers run these inside a transaction with the audit entry.
import { PLAN_LOCKED, PLAN_TITLE } from '../../core/terms';
import type { Activity } from '../../core/types';
import { AppError } from '../../core/errors';
import type { ParsedPlan } from '../import/types';
import type { Db } from '../open';
import { raw, sql } from '../sql';
import { findDivisionByName, insertDivision, listDivisions } from './settings';
import { INDICATORS, TOOL_PREFIX, getIndicator, getIndicatorByNumber, getItem, getPlanSummary } from './structure';
import { all, get, nowIso, run } from './run';

export function defaultTitle(): string {
  return PLAN_TITLE;
}

export function insertPlan(db: Db, p: { fiscalYear: number; office: string; title: string }): number {
  const clash = get<{ id: number }>(
    db,
    sql`SELECT id FROM plan WHERE fiscal_year = ${p.fiscalYear} AND office = ${p.office}`,
  );
  if (clash) {
    throw new AppError('conflict', `มีแผนของ${p.office} ปีงบประมาณ พ.ศ. ${p.fiscalYear} อยู่แล้ว`);
  }
  const now = nowIso();
  const planId = Number(
    run(
      db,
      sql`INSERT INTO plan (fiscal_year, office, title, created_at, updated_at)
          VALUES (${p.fiscalYear}, ${p.office}, ${p.title}, ${now}, ${now})`,
    ).lastInsertRowid,
  );
  for (const ind of INDICATORS) {
    run(
      db,
      sql`INSERT INTO indicator (plan_id, number, tool, name) VALUES (${planId}, ${ind.number}, ${ind.tool}, ${ind.name})`,
    );
  }
  return planId;
}

export function touchPlan(db: Db, planId: number): void {
  run(db, sql`UPDATE plan SET updated_at = ${nowIso()} WHERE id = ${planId}`);
}

/** An approved plan is the signed document: its structure is locked until reopened. */
export function assertEditable(db: Db, planId: number): void {
  const plan = getPlanSummary(db, planId);
  if (plan.status === 'approved') {
    throw new AppError('locked', PLAN_LOCKED);
  }
}

export function assertCodeFits(db: Db, planId: number, indicatorId: number, code: string, exceptItemId?: number) {
  const ind = getIndicator(db, indicatorId);
  if (!code.startsWith(TOOL_PREFIX[ind.tool])) {
    throw new AppError('invalidInput', `รหัสข้อ ${code} ไม่ตรงกับแบบวัด ${ind.tool} (ต้องขึ้นต้นด้วย ${TOOL_PREFIX[ind.tool]})`);
  }
  const other = get<{ id: number }>(db, sql`SELECT id FROM item WHERE plan_id = ${planId} AND code = ${code}`);
  if (other && other.id !== exceptItemId) throw new AppError('conflict', `มีข้อ ${code} ในแผนนี้อยู่แล้ว`);
}

/** The next free number for a tool (I26 after I25). */
export function nextCode(db: Db, planId: number, indicatorId: number): string {
  const prefix = TOOL_PREFIX[getIndicator(db, indicatorId).tool];
  const r = get<{ n: number | null }>(
    db,
    sql`SELECT max(CAST(substr(code, 2) AS INTEGER)) AS n FROM item WHERE plan_id = ${planId} AND code GLOB ${prefix + '*'}`,
  );
  return `${prefix}${(r?.n ?? 0) + 1}`;
}

export function insertItem(
  db: Db,
  planId: number,
  indicatorId: number,
  f: { code: string; question: string; issue: string },
): number {
  assertCodeFits(db, planId, indicatorId, f.code);
  const pos = get<{ p: number }>(
    db,
    sql`SELECT coalesce(max(position), 0) + 1 AS p FROM item WHERE indicator_id = ${indicatorId}`,
  )!.p;
  return Number(
    run(
      db,
      sql`INSERT INTO item (plan_id, indicator_id, code, question, issue, position)
          VALUES (${planId}, ${indicatorId}, ${f.code}, ${f.question}, ${f.issue}, ${pos})`,
    ).lastInsertRowid,
  );
}

export type ActivityInput = Omit<Activity, 'id' | 'itemId' | 'position'>;

function assertMonths(a: { startMonth: string | null; endMonth: string | null }) {
  if (a.startMonth && a.endMonth && a.startMonth > a.endMonth) {
    throw new AppError('invalidInput', 'เดือนเริ่มต้องไม่หลังเดือนที่แล้วเสร็จ');
  }
}

export function insertActivity(db: Db, itemId: number, a: ActivityInput): number {
  assertMonths(a);
  const pos = get<{ p: number }>(
    db,
    sql`SELECT coalesce(max(position), 0) + 1 AS p FROM activity WHERE item_id = ${itemId}`,
  )!.p;
  const id = Number(
    run(
      db,
      sql`INSERT INTO activity (item_id, position, text, output, target_qty, target_unit, awareness, start_month,
            end_month, responsible_text, all_divisions, monitoring, monitoring_text)
          VALUES (${itemId}, ${pos}, ${a.text}, ${a.output}, ${a.targetQty}, ${a.targetUnit}, ${a.awareness},
            ${a.startMonth}, ${a.endMonth}, ${a.responsibleText}, ${a.allDivisions ? 1 : 0}, ${a.monitoring},
            ${a.monitoringText})`,
    ).lastInsertRowid,
  );
  setActivityDivisions(db, id, a.divisionIds);
  return id;
}

export function updateActivityRow(db: Db, id: number, a: ActivityInput): void {
  assertMonths(a);
  run(
    db,
    sql`UPDATE activity SET text = ${a.text}, output = ${a.output}, target_qty = ${a.targetQty},
          target_unit = ${a.targetUnit}, awareness = ${a.awareness}, start_month = ${a.startMonth},
          end_month = ${a.endMonth}, responsible_text = ${a.responsibleText}, all_divisions = ${a.allDivisions ? 1 : 0},
          monitoring = ${a.monitoring}, monitoring_text = ${a.monitoringText}
        WHERE id = ${id}`,
  );
  setActivityDivisions(db, id, a.divisionIds);
}

export function setActivityDivisions(db: Db, activityId: number, divisionIds: readonly number[]): void {
  const known = new Set(listDivisions(db).map((d) => d.id));
  for (const d of divisionIds) {
    if (!known.has(d)) throw new AppError('invalidInput', `ไม่พบฝ่ายรหัส ${d}`);
  }
  run(db, sql`DELETE FROM activity_division WHERE activity_id = ${activityId}`);
  for (const d of new Set(divisionIds)) {
    run(db, sql`INSERT INTO activity_division (activity_id, division_id) VALUES (${activityId}, ${d})`);
  }
}

/** Closes the gap a deletion leaves: positions stay 1..n, as users count activities ("กิจกรรมที่ 2"). */
export function renumber(db: Db, table: 'item' | 'activity', parentColumn: string, parentId: number) {
  const ids = all<{ id: number }>(
    db,
    sql`SELECT id FROM ${raw(table)} WHERE ${raw(parentColumn)} = ${parentId} ORDER BY position, id`,
  );
  ids.forEach((r, i) => run(db, sql`UPDATE ${raw(table)} SET position = ${i + 1} WHERE id = ${r.id}`));
}

/** Rewrites positions 1..n in the given order; the list must be exactly the current members. */
export function reorder(db: Db, table: 'item' | 'activity', parentColumn: string, parentId: number, ids: number[]) {
  const current = all<{ id: number }>(
    db,
    sql`SELECT id FROM ${raw(table)} WHERE ${raw(parentColumn)} = ${parentId} ORDER BY position, id`,
  );
  const same =
    current.length === ids.length && new Set(ids).size === ids.length && current.every((r) => ids.includes(r.id));
  if (!same) throw new AppError('invalidInput', 'รายการที่จะจัดลำดับไม่ตรงกับข้อมูลปัจจุบัน กรุณาโหลดหน้าใหม่');
  ids.forEach((id, i) => run(db, sql`UPDATE ${raw(table)} SET position = ${i + 1} WHERE id = ${id}`));
}

/** Writes a parsed plan as a new plan; unknown responsible units become divisions so nothing is lost. */
export function insertParsedPlan(db: Db, parsed: ParsedPlan, fiscalYear: number, office: string): number {
  const planId = insertPlan(db, { fiscalYear, office, title: parsed.title || defaultTitle() });
  for (const ind of parsed.indicators) {
    run(db, sql`UPDATE indicator SET name = ${ind.name} WHERE plan_id = ${planId} AND number = ${ind.number}`);
  }
  for (const item of parsed.items) {
    const ind = getIndicatorByNumber(db, planId, item.indicator);
    const itemId = insertItem(db, planId, ind.id, { code: item.code, question: item.question, issue: item.issue });
    for (const a of item.activities) {
      const divisionIds = a.divisions.map((name) => (findDivisionByName(db, name) ?? insertDivision(db, name)).id);
      insertActivity(db, itemId, { ...a, divisionIds });
    }
  }
  return planId;
}

/** Next year's plan starts as a copy: same items and activities, months moved one year on, no follow-ups. */
export function copyPlanStructure(db: Db, fromPlanId: number, toPlanId: number): void {
  const shift = (m: string | null) => (m === null ? null : `${Number(m.slice(0, 4)) + 1}${m.slice(4)}`);
  const items = db.prepare('SELECT * FROM item WHERE plan_id = ? ORDER BY position, id').all(fromPlanId) as {
    id: number;
    indicator_id: number;
  }[];
  for (const it of items) {
    const item = getItem(db, it.id);
    const fromInd = getIndicator(db, it.indicator_id);
    const toInd = getIndicatorByNumber(db, toPlanId, fromInd.number);
    run(db, sql`UPDATE indicator SET name = ${fromInd.name} WHERE id = ${toInd.id}`);
    const newItemId = insertItem(db, toPlanId, toInd.id, item);
    for (const a of item.activities) {
      insertActivity(db, newItemId, { ...a, startMonth: shift(a.startMonth), endMonth: shift(a.endMonth) });
    }
  }
}
