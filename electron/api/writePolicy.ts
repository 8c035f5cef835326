// The write policy, in one place: what core/contract.ts declares with `mutates` happens here for
// every method, so no handler opens its own transaction, checks the approved-plan lock, or can
// forget its audit entry.
//  - A mutating method runs in one transaction (db/transaction.ts), one at a time on this connection
//    (an async one — a workbook to read first — holds the queue until it commits or rolls back).
//  - lock 'draftPlan': refused (PLAN_LOCKED) while the plan its input names is approved; when it
//    changed something, the plan's updated_at moves. lock 'changedPlan' (revert, undo): the same,
//    checked after the work on the plans whose records it changed (then rolled back).
//  - ctx.audit works only inside a mutating method; a mutating method that changed rows without
//    writing any audit entry fails and is rolled back (tests/api/writePolicy.test.ts drives every method).
//  - The entries one call writes are one batch (audit_log.batch_id): a copy, an import, a revert is
//    one line of the history and one undo.
import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '../../core/errors';
import { mutationOf, type MethodName, type Mutates } from '../../core/contract';
import { planIdOfInput } from '../../db/queries/planEdits';
import { assertEditable, touchPlan } from '../../db/queries/planWrites';
import { plansTouchedByBatch } from '../../db/queries/audit';
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

interface Call extends AuditCall {
  mutates: Mutates | null;
}

const calls = new AsyncLocalStorage<Call>();

/** Counts an audit entry against the method running (and gives its call); refuses one outside a mutating method. */
export function noteAudit(): AuditCall {
  const call = calls.getStore();
  if (!call?.mutates) {
    throw new AppError('internal', `audit entry written outside a mutating method (${call?.method ?? 'no method'})`);
  }
  call.audits += 1;
  return call;
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
    return async (input) => calls.run({ method, mutates: null, audits: 0, batch: null }, () => handler(input));
  }
  return (input) =>
    queued(db, () =>
      calls.run({ method, mutates, audits: 0, batch: null }, async () => {
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
