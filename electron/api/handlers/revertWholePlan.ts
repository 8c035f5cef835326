// Reverting what made a whole plan (a plan import, a new plan, a copy to next year) removes the plan
// with everything under it; the revert's entry keeps the plan's rows (db/queries/planSnapshot), so
// taking that revert back puts the plan back with the same ids and codes. Planned here for
// ./revertPlan.ts, applied in ./history.ts.
//  - refused while the plan is approved, and while it holds evidence files (the history keeps no
//    file bytes: they could not come back);
//  - reports entered on it, or edits made since, must be confirmed first (the preview asks);
//  - bringing it back is refused when its office and year, or its ids, were taken since.
import { AppError } from '../../../core/errors';
import { SNAPSHOT_KEY, type PlanCounts } from '../../../core/revert';
import { PLAN_REVERT_WORDS as W } from '../../../core/terms';
import type { Db } from '../../../db/open';
import type { StoredAuditEntry } from '../../../db/queries/audit';
import {
  laterPlanEntries,
  planCounts,
  readPlanSnapshot,
  snapshotCount,
  takenIds,
  type PlanSnapshot,
} from '../../../db/queries/planSnapshot';
import { findPlans, getPlanSummary } from '../../../db/queries/structure';

type Snap = Record<string, unknown>;

/** A plan as the history holds it: its summary (null when it is gone). */
export function planRecord(db: Db, id: number): Snap | null {
  try {
    return { ...getPlanSummary(db, id) };
  } catch (e) {
    if (e instanceof AppError && e.code === 'notFound') return null;
    throw e;
  }
}

export type WholePlanStep =
  | { refusal: string }
  | { now: Snap | null; back: Snap | null; detail: string; counts: PlanCounts; confirm: string | null };

/** Removing plan `id`, which entry `e` made. */
export function planRemoval(db: Db, e: StoredAuditEntry, id: number): WholePlanStep {
  const plan = getPlanSummary(db, id);
  if (plan.status === 'approved') return { refusal: W.approved };
  const counts = planCounts(db, id);
  if (counts.files > 0) return { refusal: W.files(counts.files) };
  const later = laterPlanEntries(db, id, e.id, e.batchId);
  return {
    now: { ...plan, [SNAPSHOT_KEY]: readPlanSnapshot(db, id) },
    back: null,
    detail: W.remove(counts),
    counts,
    confirm: counts.followUps > 0 || later > 0 ? W.confirm(counts, later) : null,
  };
}

const countsOf = (s: PlanSnapshot): PlanCounts => ({
  items: snapshotCount(s, 'item'),
  activities: snapshotCount(s, 'activity'),
  followUps: snapshotCount(s, 'follow_up'),
  links: snapshotCount(s, 'evidence'),
  files: 0,
});

/** Bringing back the plan entry `e` removed (its before holds the plan's rows when it can). */
export function planRecreation(db: Db, before: Snap, id: number): WholePlanStep {
  const snapshot = before[SNAPSHOT_KEY] as PlanSnapshot | undefined;
  if (!snapshot || !Array.isArray(snapshot.tables)) return { refusal: W.noSnapshot };
  const office = String(before.office);
  const fiscalYear = Number(before.fiscalYear);
  if (findPlans(db, fiscalYear, office).length > 0) return { refusal: W.yearTaken(office, fiscalYear) };
  if (planRecord(db, id) !== null || takenIds(db, snapshot).length > 0) return { refusal: W.idsTaken };
  const counts = countsOf(snapshot);
  return { now: null, back: before, detail: W.recreate(counts), counts, confirm: null };
}
