import type { Migration } from './types';

// Who changed what, when, with the values before and after. No foreign keys: the log must
// outlive the rows it talks about (a deleted plan stays explained).
export const m0030AuditLog: Migration = {
  version: 30,
  name: 'audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        plan_id INTEGER,
        summary TEXT NOT NULL DEFAULT '',
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after))
      ) STRICT;
      CREATE INDEX audit_log_by_at ON audit_log (at);
      CREATE INDEX audit_log_by_plan ON audit_log (plan_id, at);
    `);
  },
};
