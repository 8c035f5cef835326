import type { Migration } from './types';

// Division forms that were imported, by their identity (the form id written into the form when it
// was issued; forms issued before that by plan, month and division), with a hash of what they held:
// the same form imported again is recognised and changes nothing.
export const m0040FormImports: Migration = {
  version: 40,
  name: 'form-imports',
  up(db) {
    db.exec(`
      CREATE TABLE form_import (
        form_key TEXT PRIMARY KEY CHECK (length(form_key) BETWEEN 1 AND 200),
        plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
        month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        division_id INTEGER,
        issued_at TEXT,
        content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
        file_name TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX form_import_by_plan ON form_import (plan_id, month);
    `);
  },
};
