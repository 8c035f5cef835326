// Undo and revert of the structure dialog's edits (โครงสร้างแผน, issue 13 point 3): a tool, indicator
// or sub-indicator added (taken out again while nothing was put under it), renamed or renumbered (put
// back), deleted (brought back with what went with it and the same ids: its delete entry keeps the
// rows, db/queries/planSnapshot), and an order of tools, indicators, items or activities put back.
// Planned for ./revertPlan.ts, applied in ./history.ts.
import { AppError } from '../../../core/errors';
import { SNAPSHOT_KEY } from '../../../core/revert';
import type { Indicator } from '../../../core/types';
import { REVERT_WORDS, STRUCTURE_REVERT_WORDS as W } from '../../../core/terms';
import type { Db } from '../../../db/open';
import type { StoredAuditEntry } from '../../../db/queries/audit';
import {
  placeRoot,
  readSnapshot,
  restorePlanSnapshot,
  takenIds,
  type PlanSnapshot,
} from '../../../db/queries/planSnapshot';
import { renumber, reorder } from '../../../db/queries/planWrites';
import { deleteIndicatorRow, deleteSubIndicatorRow, deleteToolRow } from '../../../db/queries/planEdits';
import {
  getIndicator,
  getPlanDetail,
  getSubIndicator,
  getTool,
  listActivities,
  listItemsOfIndicator,
  listTools,
} from '../../../db/queries/structure';
import { updateIndicatorRow, updateSubIndicatorRow, updateToolRow } from '../../../db/queries/structureWrites';

type Snap = Record<string, unknown>;
type Ordered = 'tool' | 'indicator' | 'item' | 'activity';

/** The tables of the records the structure dialog deletes. */
const TABLES: Record<string, string> = {
  tool: 'tool',
  indicator: 'indicator',
  subIndicator: 'sub_indicator',
  item: 'item',
};
/** The column whose rows a record is ordered among. */
const SIBLINGS: Record<string, string> = {
  tool: 'plan_id',
  indicator: 'tool_id',
  subIndicator: 'indicator_id',
  item: 'indicator_id',
};

/** An indicator as the audit log keeps it: without its items. */
export const briefIndicator = ({ items: _items, ...rest }: Indicator) => rest;

export function indicatorRecord(db: Db, id: number): Snap {
  const row = getIndicator(db, id);
  return briefIndicator(getPlanDetail(db, row.plan_id).indicators.find((i) => i.id === id)!);
}

/** The rows a delete of `entity` `id` takes along, for its audit entry (so a revert brings them back). */
export function subtreeOf(db: Db, entity: keyof typeof TABLES | string, id: number, planId: number): PlanSnapshot {
  return readSnapshot(db, TABLES[entity]!, id, planId);
}

/** Why removing a record an entry added would take more than it added, or null. */
export function removalRefusal(db: Db, entity: string, id: number): string | null {
  const plan = (planId: number) => getPlanDetail(db, planId);
  switch (entity) {
    case 'tool': {
      const t = getTool(db, id);
      return plan(t.planId).indicators.some((i) => i.toolId === id) ? W.hasBelow(REVERT_WORDS.toolHasIndicators) : null;
    }
    case 'indicator': {
      const ind = plan(getIndicator(db, id).plan_id).indicators.find((i) => i.id === id)!;
      return ind.items.length > 0 || ind.subIndicators.length > 0 ? W.hasBelow(REVERT_WORDS.indicatorHasItems) : null;
    }
    case 'subIndicator': {
      const sub = getSubIndicator(db, id);
      return listItemsOfIndicator(db, sub.indicatorId).some((i) => i.subIndicatorId === id)
        ? W.hasBelow(REVERT_WORDS.subIndicatorHasItems)
        : null;
    }
    default:
      return null;
  }
}

/** Why a deleted record cannot come back, or null; `exists` tells whether a record is there now. */
export function recreationRefusal(db: Db, e: StoredAuditEntry, before: Snap): string | null {
  const snapshot = before[SNAPSHOT_KEY] as PlanSnapshot | undefined;
  if (!snapshot || !Array.isArray(snapshot.tables)) return W.noSnapshot;
  if (takenIds(db, snapshot).length > 0) return W.idsTaken;
  const parent: Record<string, () => unknown> = {
    tool: () => getPlanDetail(db, Number(before.planId)),
    indicator: () => getTool(db, Number(before.toolId)),
    subIndicator: () => getIndicator(db, Number(before.indicatorId)),
    item: () => getIndicator(db, Number(before.indicatorId)),
  };
  try {
    parent[e.entity]?.();
  } catch (err) {
    if (err instanceof AppError && err.code === 'notFound') return W.parentGone;
    throw err;
  }
  return null;
}

/** Applies a structure step; true when it was one. */
export function applyStructure(db: Db, entity: string, kind: string, id: number, now: Snap | null, back: Snap | null) {
  const pick = (keys: string[]) => Object.fromEntries(keys.filter((k) => back && k in back).map((k) => [k, back![k]]));
  switch (`${entity}.${kind}`) {
    case 'tool.restore':
      updateToolRow(db, id, pick(['code', 'name']) as { code?: string; name?: string });
      return true;
    case 'indicator.restore': {
      updateIndicatorRow(db, id, pick(['number', 'name', 'toolId']) as { number?: number; name?: string });
      if (now && back && now.toolId !== back.toolId) renumber(db, 'indicator', 'tool_id', Number(now.toolId));
      return true;
    }
    case 'subIndicator.restore':
      updateSubIndicatorRow(db, id, pick(['label', 'name']) as { label?: string; name?: string });
      return true;
    case 'tool.remove':
      deleteToolRow(db, { id, planId: Number(now!.planId) });
      return true;
    case 'indicator.remove':
      deleteIndicatorRow(db, { id, toolId: Number(now!.toolId) });
      return true;
    case 'subIndicator.remove':
      deleteSubIndicatorRow(db, { id, indicatorId: Number(now!.indicatorId) });
      return true;
    case 'tool.recreate':
    case 'indicator.recreate':
    case 'subIndicator.recreate':
    case 'item.recreate':
      try {
        const snapshot = back![SNAPSHOT_KEY] as PlanSnapshot;
        restorePlanSnapshot(db, snapshot);
        placeRoot(db, snapshot, SIBLINGS[entity]!);
      } catch (err) {
        if (String((err as { code?: unknown }).code ?? '').startsWith('SQLITE_CONSTRAINT')) {
          throw new AppError('conflict', W.clash);
        }
        throw err;
      }
      return true;
    default:
      return false;
  }
}

interface OrderKind {
  table: Ordered;
  column: string;
  list(db: Db, parentId: number, planId: number): { key: unknown; id: number }[];
}
const ORDERS: Record<string, OrderKind> = {
  'tool.reorder': {
    table: 'tool',
    column: 'plan_id',
    list: (db, planId) => listTools(db, planId).map((t) => ({ key: t.code, id: t.id })),
  },
  'indicator.reorder': {
    table: 'indicator',
    column: 'tool_id',
    list: (db, toolId, planId) =>
      getPlanDetail(db, planId)
        .indicators.filter((i) => i.toolId === toolId)
        .sort((a, b) => a.position - b.position)
        .map((i) => ({ key: i.number, id: i.id })),
  },
  'item.reorder': {
    table: 'item',
    column: 'indicator_id',
    list: (db, indicatorId) => listItemsOfIndicator(db, indicatorId).map((i) => ({ key: i.code, id: i.id })),
  },
  'activity.reorder': {
    table: 'activity',
    column: 'item_id',
    list: (db, itemId) => listActivities(db, itemId).map((a) => ({ key: a.id, id: a.id })),
  },
};

export interface OrderStep {
  table: Ordered;
  column: string;
  parentId: number;
  ids: number[];
  detail: string;
}

/** Putting back the order entry `e` changed: the step, a Thai refusal, or null when `e` is no reorder. */
export function orderStep(db: Db, e: StoredAuditEntry): OrderStep | string | null {
  const kind = ORDERS[e.action];
  if (!kind || e.entityId === null || !Array.isArray(e.before) || !Array.isArray(e.after)) return null;
  let now: { key: unknown; id: number }[];
  try {
    now = kind.list(db, e.entityId, e.planId ?? 0);
  } catch (err) {
    if (err instanceof AppError && err.code === 'notFound') return W.parentGone;
    throw err;
  }
  const keys = JSON.stringify(now.map((x) => x.key));
  if (keys !== JSON.stringify(e.after)) return W.orderChanged;
  const byKey = new Map(now.map((x) => [JSON.stringify(x.key), x.id]));
  const ids = (e.before as unknown[]).map((k) => byKey.get(JSON.stringify(k)));
  if (ids.some((x) => x === undefined) || ids.length !== now.length) return W.orderChanged;
  return {
    table: kind.table,
    column: kind.column,
    parentId: e.entityId,
    ids: ids as number[],
    detail: W.order(e.action === 'activity.reorder' ? null : (e.before as unknown[]).map(String)),
  };
}

export function applyOrder(db: Db, o: OrderStep): void {
  reorder(db, o.table, o.column, o.parentId, o.ids);
}
