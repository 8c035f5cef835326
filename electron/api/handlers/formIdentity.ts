// Which form a filled division form is, and whether this batch or an earlier import already has it.
// A form carries its identity (plan, month, division, its own id and when it was issued); two copies
// of one file ("ฝ่ายปกครอง.xlsx", "ฝ่ายปกครอง (1).xlsx") are the same form, counted once; two
// different forms for the same division and month disagree and are refused; a form imported before
// with the same content changes nothing when imported again.
import crypto from 'node:crypto';
import { ALL_DIVISIONS, FORMS_IMPORT_WORDS } from '../../../core/terms';
import { formatDateTime, formatMonthShort } from '../../../core/thai';
import type { Db } from '../../../db/open';
import { getFormImport, type FormImportRecord } from '../../../db/queries/formImports';
import type { ParsedForm } from '../../reports/xlsx/formsImport';

export interface FormIdentity {
  /** The form's id, or for a form issued before forms carried one, its plan, month and division. */
  key: string;
  /** What the form says (reporter and every filled row), independent of how Excel saved the file. */
  hash: string;
  /** One form per division and month in a batch. */
  slot: string;
  label: string;
}

export function identityOf(planId: number, form: ParsedForm): FormIdentity {
  const division = form.divisionId ?? 'all';
  const rows = [...form.rows]
    .sort((a, b) => a.activityId - b.activityId)
    .map((r) => [r.activityId, r.status, r.qty, r.result, r.problems, [...r.urls].sort()]);
  const hash = crypto
    .createHash('sha256')
    .update(JSON.stringify({ reporter: form.reporter, rows }))
    .digest('hex');
  return {
    key: form.formId ?? `legacy:${planId}:${form.month}:${division}`,
    hash,
    slot: `${form.month}|${division}`,
    label: FORMS_IMPORT_WORDS.label(form.division || ALL_DIVISIONS, formatMonthShort(form.month)),
  };
}

export type BatchVerdict =
  | { use: true; previous: FormImportRecord | null; warning?: string }
  | { use: false; sameAs?: string; importedAt?: string; warning?: string; error?: string };

/** Remembers the forms of one batch; says for each file whether its rows count. */
export function batchChecker(db: Db) {
  const slots = new Map<string, { name: string; hash: string }>();
  return (name: string, id: FormIdentity): BatchVerdict => {
    const first = slots.get(id.slot);
    if (first) {
      if (first.hash === id.hash) {
        return {
          use: false,
          sameAs: first.name,
          warning: FORMS_IMPORT_WORDS.sameFile(name, first.name, id.label),
        };
      }
      return {
        use: false,
        error: FORMS_IMPORT_WORDS.disagree(name, first.name, id.label),
      };
    }
    slots.set(id.slot, { name, hash: id.hash });
    const previous = getFormImport(db, id.key);
    if (previous && previous.contentHash === id.hash) {
      return {
        use: false,
        importedAt: previous.importedAt,
        warning: FORMS_IMPORT_WORDS.unchanged(name, id.label, formatDateTime(previous.importedAt, 'arabic')),
      };
    }
    return {
      use: true,
      previous,
      ...(previous && {
        warning: FORMS_IMPORT_WORDS.replaces(id.label, name, formatDateTime(previous.importedAt, 'arabic')),
      }),
    };
  };
}
