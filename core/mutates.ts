// What a method changes, declared in the contract (core/contract.ts) and applied by the write
// policy (electron/api/writePolicy.ts). Pure.

/** The kinds of record audit entries name (GLOSSARY); 'database' is the whole file (a restore). */
export type AuditEntity =
  | 'plan'
  | 'tool'
  | 'indicator'
  | 'subIndicator'
  | 'item'
  | 'activity'
  | 'followUp'
  | 'evidence'
  | 'settings'
  | 'division'
  | 'criteriaSet'
  | 'database';

/**
 * The write policy of a method that changes data (electron/api/writePolicy.ts applies it): it runs
 * in one transaction (nested as a savepoint inside a caller's), every change it makes writes its
 * audit entry, and with lock 'draftPlan' it is refused while the plan its input names is approved
 * (and the plan's updated_at moves). transaction false: the method replaces the whole data file
 * (a restore), which cannot happen inside a transaction. Methods without `mutates` write nothing.
 * lock 'changedPlan' (a revert, an undo): the input names no plan beforehand, so the lock is checked
 * on what the call changed — a plan record (core/revert.ts PLAN_STRUCTURE_ENTITIES) of an approved
 * plan refuses it (PLAN_LOCKED) and rolls it back; those plans' updated_at moves.
 */
export interface Mutates {
  entity: AuditEntity;
  lock: 'draftPlan' | 'changedPlan' | 'none';
  transaction?: false;
}
export const writes = (entity: AuditEntity, lock: Mutates['lock'] = 'none', more: Pick<Mutates, 'transaction'> = {}) =>
  ({ entity, lock, ...more }) satisfies Mutates;
