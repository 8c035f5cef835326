// Which division forms were imported (table form_import, migration 0040): looked up by a form's
// identity before an import, written in the same transaction as the follow-ups it saved.
import type { Db } from '../open';
import { sql } from '../sql';
import { get, nowIso, run } from './run';

export interface FormImportRecord {
  formKey: string;
  planId: number;
  month: string;
  divisionId: number | null;
  issuedAt: string | null;
  contentHash: string;
  fileName: string;
  importedAt: string;
}

export function getFormImport(db: Db, formKey: string): FormImportRecord | null {
  return (
    get<FormImportRecord>(
      db,
      sql`SELECT form_key AS formKey, plan_id AS planId, month, division_id AS divisionId, issued_at AS issuedAt,
                 content_hash AS contentHash, file_name AS fileName, imported_at AS importedAt
          FROM form_import WHERE form_key = ${formKey}`,
    ) ?? null
  );
}

/** Records (or, for a corrected form imported again, updates) what a form held when it was imported. */
export function recordFormImport(db: Db, r: Omit<FormImportRecord, 'importedAt'>): void {
  run(
    db,
    sql`INSERT INTO form_import (form_key, plan_id, month, division_id, issued_at, content_hash, file_name, imported_at)
        VALUES (${r.formKey}, ${r.planId}, ${r.month}, ${r.divisionId}, ${r.issuedAt}, ${r.contentHash}, ${r.fileName}, ${nowIso()})
        ON CONFLICT (form_key) DO UPDATE SET content_hash = excluded.content_hash, file_name = excluded.file_name,
          imported_at = excluded.imported_at`,
  );
}
