// The write policy, in one place: what core/contract.ts declares with `mutates` happens here for
// every method, so no handler opens its own transaction, checks the approved-plan lock, or can
// forget its audit entry.
//  - A mutating method runs in one transaction (db/transaction.ts), one at a time on this connection
//    (an async one — a workbook to read first — holds the queue until it commits or rolls back).
//  - lock 'draftPlan': refused (PLAN_LOCKED) while the plan its input names is approved; when it
//    changed something, the plan's updated_at moves. lock 'changedPlan' (revert, undo): the same,
//    checked after the work on the plans whose records it changed (then rolled back).
//  - The audit entry: a handler only reports what it changed (ctx.changed: the record, its before and
//    after, or a declared kind of change); `recordChange` here finds the plan and what the wording
//    names (db/queries/auditRefs.ts), composes the action and the Thai summary (core/auditSummary.ts)
//    and writes the entry. It works only inside a mutating method; a mutating method that changed rows
//    without reporting any change fails and is rolled back (tests/api/writePolicy.test.ts drives every
//    method and counts one entry per changed record).
//  - The entries one call writes are one batch (audit_log.batch_id): a copy, an import, a revert is
//    one line of the history and one undo.
import { AsyncLocalStorage } from 'node:async_hooks';
import { auditEntryOf, type Change, type ChangeSource } from '../../core/auditSummary';
import { AppError } from '../../core/errors';
import { mutationOf, type MethodName, type Mutates } from '../../core/contract';
import { planIdOfInput } from '../../db/queries/planEdits';
import { assertEditable, touchPlan } from '../../db/queries/planWrites';
import { plansTouchedByBatch, writeAudit } from '../../db/queries/audit';
import { auditRefsOf } from '../../db/queries/auditRefs';
import { PLAN_STRUCTURE_ENTITIES } from '../../core/revert';
import { inTransaction, totalChanges } from '../../db/transaction';
import type { Db } from '../../db/open';

/** The mutating call an audit entry belongs to. */
export interface AuditCall {
  method: MethodName;
  audits: number;
  /** The batch this call's entries share (the first entry's id), once it has written one. */
  batch: number | null;
}

export interface Call extends AuditCall {
  mutates: Mutates | null;
  /** The method's input (a record no plan owns is filed under the plan it names, if any). */
  input: unknown;
}

const calls = new AsyncLocalStorage<Call>();

/** Counts an audit entry against the method running (and gives its call); refuses one outside a mutating method. */
export function noteAudit(): Call {
  const call = calls.getStore();
  if (!call?.mutates) {
    throw new AppError('internal', `audit entry written outside a mutating method (${call?.method ?? 'no method'})`);
  }
  call.audits += 1;
  return call;
}

/**
 * Saves of one row that the history shows as one entry when they follow each other within a minute
 * (the grid and the plan editor save as the user types): the method, and the action it records.
 */
const MERGED_EDITS: Partial<Record<MethodName, string>> = {
  saveFollowUp: 'followUp.save',
  updateActivity: 'activity.update',
  updateItem: 'item.update',
};
export const MERGE_WITHIN_MS = 60_000;

/** Methods whose changes say where they came from (each record an Excel plan import changed). */
const SOURCE: Partial<Record<MethodName, ChangeSource>> = { applyPlanXlsx: 'xlsx' };

const record = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/**
 * Writes the audit entry of one change the running method reports (ctx.changed), in its
 * transaction and its batch: the action and summary from core/auditSummary.ts, the plan from the
 * record (or, for a revert, from the entry it takes back; for a record no plan owns, the plan the
 * input names).
 */
export function recordChange(db: Db, actor: string, change: Change): void {
  const call = noteAudit();
  const refs = auditRefsOf(db, change.entity, change.id, record(change.after ?? change.before));
  const input = record(call.input);
  const planId =
    change.as === 'revert'
      ? change.entry.planId
      : (refs.planId ?? (typeof input.planId === 'number' ? input.planId : null));
  const { action, summary } = auditEntryOf(change, { ...refs, planId }, SOURCE[call.method]);
  const merge = call.audits === 1 && MERGED_EDITS[call.method] === action ? MERGE_WITHIN_MS : 0;
  call.batch = writeAudit(
    db,
    {
      actor,
      action,
      entity: change.entity,
      entityId: change.id,
      planId,
      summary,
      before: change.before,
      after: change.after,
    },
    { batch: call.batch, mergeWithinMs: merge },
  );
}

/** The batch of the call running, once it has written an entry (e.g. to tell the caller what to undo). */
export function currentBatch(): number | null {
  return calls.getStore()?.batch ?? null;
}

export type Run = (input: unknown) => unknown;

/** Wraps one handler in its method's write policy. */
export function applyWritePolicy(db: Db, method: MethodName, handler: Run): (input: unknown) => Promise<unknown> {
  const mutates = mutationOf(method);
  if (!mutates) {
    return async (input) => calls.run({ method, mutates: null, audits: 0, batch: null, input }, () => handler(input));
  }
  return (input) =>
    queued(db, () =>
      calls.run({ method, mutates, audits: 0, batch: null, input }, async () => {
        const call = calls.getStore()!;
        const work = () => {
          const planId = mutates.lock === 'draftPlan' ? planIdOfInput(db, input as Record<string, unknown>) : null;
          if (planId !== null) assertEditable(db, planId);
          const before = totalChanges(db);
          const finish = <T>(out: T): T => {
            const changed = totalChanges(db) > before;
            if (changed && call.audits === 0) {
              throw new AppError('internal', `${method} changed data without an audit entry`);
            }
            if (changed && planId !== null) touchPlan(db, planId);
            if (changed && mutates.lock === 'changedPlan' && call.batch !== null) {
              for (const touched of plansTouchedByBatch(db, call.batch, PLAN_STRUCTURE_ENTITIES)) {
                assertEditable(db, touched);
                touchPlan(db, touched);
              }
            }
            return out;
          };
          const out = handler(input);
          return out instanceof Promise ? out.then(finish) : finish(out);
        };
        return mutates.transaction === false ? await work() : await inTransaction(db, work);
      }),
    );
}

/** Mutating calls on one connection run one after another (an open transaction is never shared). */
const queues = new WeakMap<Db, Promise<unknown>>();
function queued<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  const prev = queues.get(db) ?? Promise.resolve();
  const next = prev.then(fn, fn);
  queues.set(
    db,
    next.catch(() => undefined),
  );
  return next;
}
