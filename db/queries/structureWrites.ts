// Changing a plan's own structure: its tools, indicators and sub-indicators (items and activities are
// in planWrites.ts). Callers run these inside a transaction with the audit entry and the
// approved-plan lock. Numbers and codes are the plan's: unique in it, otherwise free.
import { AppError } from '../../core/errors';
import { NACC_TOOL_NAMES, NOT_FOUND, RECORD_MESSAGES, TAKEN_MESSAGES } from '../../core/terms';
import type { CriteriaSet } from '../../core/types';
import type { Db } from '../open';
import { sql } from '../sql';
import { get, run } from './run';
import { getIndicator, getTool } from './structure';

const nextPosition = (db: Db, table: 'tool' | 'indicator' | 'sub_indicator', column: string, parentId: number) =>
  get<{ p: number }>(db, [`SELECT coalesce(max(position), 0) + 1 AS p FROM ${table} WHERE ${column} = ?`, [parentId]])!
    .p;

function assertToolCode(db: Db, planId: number, code: string, exceptId?: number): void {
  const other = get<{ id: number }>(db, sql`SELECT id FROM tool WHERE plan_id = ${planId} AND code = ${code}`);
  if (other && other.id !== exceptId) throw new AppError('conflict', TAKEN_MESSAGES.tool(code));
}

export function insertTool(db: Db, planId: number, f: { code: string; name?: string }): number {
  assertToolCode(db, planId, f.code);
  const name = f.name?.trim() || NACC_TOOL_NAMES[f.code] || f.code;
  return Number(
    run(
      db,
      sql`INSERT INTO tool (plan_id, code, name, position)
          VALUES (${planId}, ${f.code}, ${name}, ${nextPosition(db, 'tool', 'plan_id', planId)})`,
    ).lastInsertRowid,
  );
}

export function updateToolRow(db: Db, toolId: number, f: { code?: string; name?: string }): void {
  const before = getTool(db, toolId);
  if (f.code !== undefined && f.code !== before.code) assertToolCode(db, before.planId, f.code, toolId);
  run(db, sql`UPDATE tool SET code = ${f.code ?? before.code}, name = ${f.name ?? before.name} WHERE id = ${toolId}`);
}

function assertIndicatorNumber(db: Db, planId: number, number: number, exceptId?: number): void {
  const other = get<{ id: number }>(db, sql`SELECT id FROM indicator WHERE plan_id = ${planId} AND number = ${number}`);
  if (other && other.id !== exceptId) throw new AppError('conflict', TAKEN_MESSAGES.indicator(number));
}

/** The next indicator number of a plan (after its highest). */
export function nextIndicatorNumber(db: Db, planId: number): number {
  return get<{ n: number }>(db, sql`SELECT coalesce(max(number), 0) + 1 AS n FROM indicator WHERE plan_id = ${planId}`)!
    .n;
}

export function insertIndicator(db: Db, toolId: number, f: { number?: number; name: string }): number {
  const tool = getTool(db, toolId);
  const number = f.number ?? nextIndicatorNumber(db, tool.planId);
  assertIndicatorNumber(db, tool.planId, number);
  return Number(
    run(
      db,
      sql`INSERT INTO indicator (plan_id, tool_id, number, name, position)
          VALUES (${tool.planId}, ${toolId}, ${number}, ${f.name}, ${nextPosition(db, 'indicator', 'tool_id', toolId)})`,
    ).lastInsertRowid,
  );
}

/** Renumber, rename, or move to another tool of the same plan (to the end of its list). */
export function updateIndicatorRow(
  db: Db,
  indicatorId: number,
  f: { number?: number; name?: string; toolId?: number },
) {
  const before = getIndicator(db, indicatorId);
  if (f.number !== undefined && f.number !== before.number)
    assertIndicatorNumber(db, before.plan_id, f.number, indicatorId);
  let position = before.position;
  if (f.toolId !== undefined && f.toolId !== before.tool_id) {
    const to = getTool(db, f.toolId);
    if (to.planId !== before.plan_id) throw new AppError('invalidInput', RECORD_MESSAGES.indicatorToOtherPlan);
    position = nextPosition(db, 'indicator', 'tool_id', f.toolId);
  }
  run(
    db,
    sql`UPDATE indicator SET number = ${f.number ?? before.number}, name = ${f.name ?? before.name},
          tool_id = ${f.toolId ?? before.tool_id}, position = ${position} WHERE id = ${indicatorId}`,
  );
}

function assertSubLabel(db: Db, indicatorId: number, label: string, exceptId?: number): void {
  const other = get<{ id: number }>(
    db,
    sql`SELECT id FROM sub_indicator WHERE indicator_id = ${indicatorId} AND label = ${label}`,
  );
  if (other && other.id !== exceptId) throw new AppError('conflict', TAKEN_MESSAGES.subIndicator(label));
}

export function insertSubIndicator(db: Db, indicatorId: number, f: { label?: string; name: string }): number {
  const ind = getIndicator(db, indicatorId);
  const count = get<{ n: number }>(
    db,
    sql`SELECT count(*) AS n FROM sub_indicator WHERE indicator_id = ${indicatorId}`,
  )!.n;
  const label = f.label ?? `${ind.number}.${count + 1}`;
  assertSubLabel(db, indicatorId, label);
  return Number(
    run(
      db,
      sql`INSERT INTO sub_indicator (indicator_id, label, name, position)
          VALUES (${indicatorId}, ${label}, ${f.name}, ${nextPosition(db, 'sub_indicator', 'indicator_id', indicatorId)})`,
    ).lastInsertRowid,
  );
}

export function updateSubIndicatorRow(db: Db, subId: number, f: { label?: string; name?: string }): void {
  const before = get<{ indicator_id: number; label: string; name: string }>(
    db,
    sql`SELECT indicator_id, label, name FROM sub_indicator WHERE id = ${subId}`,
  );
  if (!before) throw new AppError('notFound', NOT_FOUND.subIndicator);
  if (f.label !== undefined && f.label !== before.label) assertSubLabel(db, before.indicator_id, f.label, subId);
  run(
    db,
    sql`UPDATE sub_indicator SET label = ${f.label ?? before.label}, name = ${f.name ?? before.name} WHERE id = ${subId}`,
  );
}

/** How many monthly reports hang below a tool, an indicator or a sub-indicator (deleting one would lose them). */
export function reportsBelow(db: Db, level: 'tool' | 'indicator' | 'sub_indicator', id: number): number {
  const where = { tool: 'ind.tool_id = ?', indicator: 'ind.id = ?', sub_indicator: 'i.sub_indicator_id = ?' }[level];
  return get<{ n: number }>(db, [
    `SELECT count(*) AS n FROM follow_up f JOIN activity a ON a.id = f.activity_id JOIN item i ON i.id = a.item_id
     JOIN indicator ind ON ind.id = i.indicator_id WHERE ${where}`,
    [id],
  ])!.n;
}

/** Lays a criteria set's tools, indicators and sub-indicators (and, withItems, its items) into an empty plan. */
export function insertCriteriaStructure(db: Db, planId: number, set: CriteriaSet, withItems: boolean): void {
  for (const t of set.tools) {
    const toolId = insertTool(db, planId, { code: t.code, name: t.name });
    for (const ind of t.indicators) {
      const indicatorId = insertIndicator(db, toolId, { number: ind.number, name: ind.name });
      const subs = new Map<string, number>();
      for (const s of ind.subIndicators) subs.set(s.label, insertSubIndicator(db, indicatorId, s));
      if (!withItems) continue;
      ind.items.forEach((item, k) =>
        run(
          db,
          sql`INSERT INTO item (plan_id, indicator_id, sub_indicator_id, code, question, issue, position)
              VALUES (${planId}, ${indicatorId}, ${item.subIndicator ? (subs.get(item.subIndicator) ?? null) : null},
                ${item.code}, ${item.title}, '', ${k + 1})`,
        ),
      );
    }
  }
}
