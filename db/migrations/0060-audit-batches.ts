import type { Migration } from './types';

// Undo and revert (issue 13). batch_id: the entries one call of the API wrote together (a copy of last
// month, a forms import, a plan import), named by the first entry's id, so the history shows them as
// one and one revert takes them all back; older entries are each their own batch. reverted_by: the
// batch that took the entry back (a revert is itself a batch of entries), null while it stands.
export const m0060AuditBatches: Migration = {
  version: 60,
  name: 'audit-batches',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN batch_id INTEGER;
      ALTER TABLE audit_log ADD COLUMN reverted_by INTEGER;
      UPDATE audit_log SET batch_id = id;
      CREATE INDEX audit_log_by_batch ON audit_log (batch_id);
      CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id);
    `);
  },
};
