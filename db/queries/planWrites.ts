// Changing a plan's structure. Callers run these inside a transaction with the audit entry.
import {
  NOT_FOUND,
  PLAN_LOCKED,
  PLAN_TITLE,
  planExists,
  RECORD_MESSAGES,
  TAKEN_MESSAGES,
  TIMEFRAME_TERMS,
} from '../../core/terms';
import type { Activity } from '../../core/types';
import { dueMonths } from '../../core/rules';
import { AppError } from '../../core/errors';
import type { ParsedPlan } from '../import/types';
import type { Db } from '../open';
import { raw, sql } from '../sql';
import { findDivisionByName, insertDivision, listDivisions } from './settings';
import { NACC_TOOL_NAMES, NACC_TOOL_PREFIXES } from '../../core/terms';
import { getIndicator, getItem, getPlanSummary, listIndicatorRows, listSubIndicators, listTools } from './structure';
import { insertIndicator, insertSubIndicator, insertTool } from './structureWrites';
import { all, get, nowIso, run } from './run';

export function defaultTitle(): string {
  return PLAN_TITLE;
}

/** A plan with no structure yet: the caller lays its tools and indicators (a criteria set, an import, a copy). */
export function insertPlan(
  db: Db,
  p: { fiscalYear: number; office: string; title: string; criteriaSet?: string | null },
): number {
  const clash = get<{ id: number }>(
    db,
    sql`SELECT id FROM plan WHERE fiscal_year = ${p.fiscalYear} AND office = ${p.office}`,
  );
  if (clash) {
    throw new AppError('conflict', planExists(p.office, p.fiscalYear));
  }
  const now = nowIso();
  const planId = Number(
    run(
      db,
      sql`INSERT INTO plan (fiscal_year, office, title, criteria_set, created_at, updated_at)
          VALUES (${p.fiscalYear}, ${p.office}, ${p.title}, ${p.criteriaSet ?? null}, ${now}, ${now})`,
    ).lastInsertRowid,
  );
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

/** Item codes are the plan's own (I1, O31, MOIT3 …): any form, unique in the plan. */
export function assertCodeFits(db: Db, planId: number, code: string, exceptItemId?: number) {
  const other = get<{ id: number }>(db, sql`SELECT id FROM item WHERE plan_id = ${planId} AND code = ${code}`);
  if (other && other.id !== exceptItemId) throw new AppError('conflict', TAKEN_MESSAGES.item(code));
}

/**
 * The next code under an indicator: the letters its tool's items use (or the NACC's for its tools,
 * else the tool's code), numbered after the plan's highest with those letters (I26 after I25).
 */
export function nextCode(db: Db, planId: number, indicatorId: number): string {
  const ind = getIndicator(db, indicatorId);
  const codes = all<{ code: string }>(
    db,
    sql`SELECT i.code FROM item i JOIN indicator d ON d.id = i.indicator_id WHERE d.tool_id = ${ind.tool_id} ORDER BY i.id`,
  );
  const used = codes.map((c) => /^(.*?)(\d+)$/.exec(c.code)).filter((m): m is RegExpExecArray => m !== null);
  const prefix = used[used.length - 1]?.[1] ?? NACC_TOOL_PREFIXES[ind.tool] ?? ind.tool;
  const planCodes = all<{ code: string }>(db, sql`SELECT code FROM item WHERE plan_id = ${planId}`);
  const highest = Math.max(
    0,
    ...planCodes.map((c) =>
      c.code.startsWith(prefix) && /^\d+$/.test(c.code.slice(prefix.length)) ? Number(c.code.slice(prefix.length)) : 0,
    ),
  );
  return `${prefix}${highest + 1}`;
}

export function insertItem(
  db: Db,
  planId: number,
  indicatorId: number,
  f: { code: string; question: string; issue: string; subIndicatorId?: number | null },
): number {
  assertCodeFits(db, planId, f.code);
  const pos = get<{ p: number }>(
    db,
    sql`SELECT coalesce(max(position), 0) + 1 AS p FROM item WHERE indicator_id = ${indicatorId}`,
  )!.p;
  return Number(
    run(
      db,
      sql`INSERT INTO item (plan_id, indicator_id, sub_indicator_id, code, question, issue, position)
          VALUES (${planId}, ${indicatorId}, ${f.subIndicatorId ?? null}, ${f.code}, ${f.question}, ${f.issue}, ${pos})`,
    ).lastInsertRowid,
  );
}

/** The indicator an item goes under must be the plan's, and its sub-indicator that indicator's. */
export function assertPlace(db: Db, planId: number, indicatorId: number, subIndicatorId: number | null | undefined) {
  const ind = getIndicator(db, indicatorId);
  if (ind.plan_id !== planId) throw new AppError('invalidInput', RECORD_MESSAGES.indicatorOfOtherPlan);
  if (subIndicatorId !== null && subIndicatorId !== undefined) {
    const sub = get<{ indicator_id: number }>(
      db,
      sql`SELECT indicator_id FROM sub_indicator WHERE id = ${subIndicatorId}`,
    );
    if (!sub || sub.indicator_id !== indicatorId) {
      throw new AppError('invalidInput', RECORD_MESSAGES.subIndicatorNotUnder(ind.number));
    }
  }
}

/** Edits an item; moving it to another indicator puts it at that one's end (and out of its sub-indicator). */
export function updateItemRow(
  db: Db,
  itemId: number,
  f: { code?: string; question?: string; issue?: string; indicatorId?: number; subIndicatorId?: number | null },
): void {
  const before = getItem(db, itemId);
  if (f.code !== undefined && f.code !== before.code) assertCodeFits(db, before.planId, f.code, itemId);
  const indicatorId = f.indicatorId ?? before.indicatorId;
  const moved = indicatorId !== before.indicatorId;
  const sub = f.subIndicatorId !== undefined ? f.subIndicatorId : moved ? null : before.subIndicatorId;
  assertPlace(db, before.planId, indicatorId, sub);
  const position = moved
    ? get<{ p: number }>(
        db,
        sql`SELECT coalesce(max(position), 0) + 1 AS p FROM item WHERE indicator_id = ${indicatorId}`,
      )!.p
    : before.position;
  run(
    db,
    sql`UPDATE item SET code = ${f.code ?? before.code}, question = ${f.question ?? before.question},
          issue = ${f.issue ?? before.issue}, indicator_id = ${indicatorId}, sub_indicator_id = ${sub},
          position = ${position} WHERE id = ${itemId}`,
  );
  if (moved) renumber(db, 'item', 'indicator_id', before.indicatorId);
}

/**
 * What an activity is written from. `months` given (non-empty) is the set it is due in, and its first
 * and last month become start and end; left out or empty, a closed start..end range becomes its
 * months (core/rules.ts dueMonths).
 */
export type ActivityInput = Omit<Activity, 'id' | 'itemId' | 'position' | 'months'> & {
  months?: readonly string[] | null | undefined;
};

function timeframeOf(a: ActivityInput) {
  if (a.startMonth && a.endMonth && a.startMonth > a.endMonth && !a.months?.length) {
    throw new AppError('invalidInput', TIMEFRAME_TERMS.startAfterEnd);
  }
  return dueMonths(a);
}

function setActivityMonths(db: Db, activityId: number, months: readonly string[]): void {
  run(db, sql`DELETE FROM activity_month WHERE activity_id = ${activityId}`);
  for (const m of months) run(db, sql`INSERT INTO activity_month (activity_id, month) VALUES (${activityId}, ${m})`);
}

export function insertActivity(db: Db, itemId: number, a: ActivityInput): number {
  const t = timeframeOf(a);
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
            ${t.startMonth}, ${t.endMonth}, ${a.responsibleText}, ${a.allDivisions ? 1 : 0}, ${a.monitoring},
            ${a.monitoringText})`,
    ).lastInsertRowid,
  );
  setActivityDivisions(db, id, a.divisionIds);
  setActivityMonths(db, id, t.months);
  return id;
}

export function updateActivityRow(db: Db, id: number, a: ActivityInput): void {
  const t = timeframeOf(a);
  run(
    db,
    sql`UPDATE activity SET text = ${a.text}, output = ${a.output}, target_qty = ${a.targetQty},
          target_unit = ${a.targetUnit}, awareness = ${a.awareness}, start_month = ${t.startMonth},
          end_month = ${t.endMonth}, responsible_text = ${a.responsibleText}, all_divisions = ${a.allDivisions ? 1 : 0},
          monitoring = ${a.monitoring}, monitoring_text = ${a.monitoringText}
        WHERE id = ${id}`,
  );
  setActivityDivisions(db, id, a.divisionIds);
  setActivityMonths(db, id, t.months);
}

export function setActivityDivisions(db: Db, activityId: number, divisionIds: readonly number[]): void {
  const known = new Set(listDivisions(db).map((d) => d.id));
  for (const d of divisionIds) {
    if (!known.has(d)) throw new AppError('invalidInput', NOT_FOUND.divisionId(d));
  }
  run(db, sql`DELETE FROM activity_division WHERE activity_id = ${activityId}`);
  for (const d of new Set(divisionIds)) {
    run(db, sql`INSERT INTO activity_division (activity_id, division_id) VALUES (${activityId}, ${d})`);
  }
}

/** Closes the gap a deletion leaves: positions stay 1..n, as users count activities ("กิจกรรมที่ 2"). */
type Ordered = 'tool' | 'indicator' | 'sub_indicator' | 'item' | 'activity';

export function renumber(db: Db, table: Ordered, parentColumn: string, parentId: number) {
  const ids = all<{ id: number }>(
    db,
    sql`SELECT id FROM ${raw(table)} WHERE ${raw(parentColumn)} = ${parentId} ORDER BY position, id`,
  );
  ids.forEach((r, i) => run(db, sql`UPDATE ${raw(table)} SET position = ${i + 1} WHERE id = ${r.id}`));
}

/** Rewrites positions 1..n in the given order; the list must be exactly the current members. */
export function reorder(db: Db, table: Ordered, parentColumn: string, parentId: number, ids: number[]) {
  const current = all<{ id: number }>(
    db,
    sql`SELECT id FROM ${raw(table)} WHERE ${raw(parentColumn)} = ${parentId} ORDER BY position, id`,
  );
  const same =
    current.length === ids.length && new Set(ids).size === ids.length && current.every((r) => ids.includes(r.id));
  if (!same) throw new AppError('invalidInput', RECORD_MESSAGES.reorderStale);
  ids.forEach((id, i) => run(db, sql`UPDATE ${raw(table)} SET position = ${i + 1} WHERE id = ${id}`));
}

/**
 * Writes a parsed plan as a new plan with the document's own structure; unknown responsible units
 * become divisions so nothing is lost. A NACC tool gets its official name (a heading's slip, such as
 * the sample's EIT line ending "IIT", is not carried into every report).
 */
export function insertParsedPlan(
  db: Db,
  parsed: ParsedPlan,
  p: { fiscalYear: number; office: string; criteriaSet?: string | null },
): number {
  const planId = insertPlan(db, { ...p, title: parsed.title || defaultTitle() });
  const tools = new Map<string, number>();
  for (const t of parsed.tools)
    tools.set(t.code, insertTool(db, planId, { code: t.code, name: NACC_TOOL_NAMES[t.code] ?? t.name }));
  const indicators = new Map<number, number>();
  for (const ind of parsed.indicators) {
    const toolId = tools.get(ind.tool) ?? insertTool(db, planId, { code: ind.tool });
    tools.set(ind.tool, toolId);
    indicators.set(ind.number, insertIndicator(db, toolId, { number: ind.number, name: ind.name }));
  }
  const subs = new Map<string, number>();
  for (const s of parsed.subIndicators) {
    const indicatorId = indicators.get(s.indicator);
    if (indicatorId !== undefined)
      subs.set(s.label, insertSubIndicator(db, indicatorId, { label: s.label, name: s.name }));
  }
  for (const item of parsed.items) {
    const indicatorId = indicators.get(item.indicator);
    if (indicatorId === undefined)
      throw new AppError('invalidInput', NOT_FOUND.itemIndicator(item.indicator, item.code));
    const itemId = insertItem(db, planId, indicatorId, {
      code: item.code,
      question: item.question,
      issue: item.issue,
      subIndicatorId: item.subIndicator ? (subs.get(item.subIndicator) ?? null) : null,
    });
    for (const a of item.activities) {
      const divisionIds = a.divisions.map((name) => (findDivisionByName(db, name) ?? insertDivision(db, name)).id);
      insertActivity(db, itemId, { ...a, divisionIds });
    }
  }
  return planId;
}

/** Next year's plan starts as a copy: the same structure, items and activities, months one year on, no follow-ups. */
export function copyPlanStructure(db: Db, fromPlanId: number, toPlanId: number): void {
  const shift = (m: string | null) => (m === null ? null : `${Number(m.slice(0, 4)) + 1}${m.slice(4)}`);
  const tools = new Map<number, number>();
  for (const t of listTools(db, fromPlanId)) tools.set(t.id, insertTool(db, toPlanId, { code: t.code, name: t.name }));
  const indicators = new Map<number, number>();
  const subs = new Map<number, number>();
  for (const ind of listIndicatorRows(db, fromPlanId)) {
    const id = insertIndicator(db, tools.get(ind.tool_id)!, { number: ind.number, name: ind.name });
    indicators.set(ind.id, id);
    for (const s of listSubIndicators(db, ind.id))
      subs.set(s.id, insertSubIndicator(db, id, { label: s.label, name: s.name }));
  }
  const items = all<{ id: number }>(
    db,
    sql`SELECT id FROM item WHERE plan_id = ${fromPlanId} ORDER BY indicator_id, position, id`,
  );
  for (const it of items) {
    const item = getItem(db, it.id);
    const newItemId = insertItem(db, toPlanId, indicators.get(item.indicatorId)!, {
      ...item,
      subIndicatorId: item.subIndicatorId === null ? null : (subs.get(item.subIndicatorId) ?? null),
    });
    for (const a of item.activities) {
      insertActivity(db, newItemId, {
        ...a,
        startMonth: shift(a.startMonth),
        endMonth: shift(a.endMonth),
        months: a.months.map((m) => shift(m)!),
      });
    }
  }
}
