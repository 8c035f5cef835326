import { FIELD_NAMES, INTERNAL_ERROR, WORDS, FILE_MESSAGES, API_ERRORS } from '../../core/terms';
import type { ZodError } from 'zod';
import { AppError, isAppError, type FieldProblem, type InvalidInputDetails } from '../../core/errors';

/** Thai names of input fields, so a validation message says which box is wrong (`text` is any text given). */
const FIELD_LABELS: Readonly<Record<string, string>> = { ...FIELD_NAMES, text: WORDS.text };

export function fromZod(error: ZodError): AppError {
  const messages = error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.map((p) => FIELD_LABELS[String(p)] ?? String(p)).join(' › ');
    return field ? `${field}: ${issue.message}` : issue.message;
  });
  // The fields and their own messages as data (core/errors.ts InvalidInputDetails), so a screen shows
  // each under its field by its path, never by cutting the joined message apart.
  const fields: FieldProblem[] = error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: issue.message,
  }));
  const details: InvalidInputDetails & { issues: unknown } = { fields, issues: error.issues };
  return new AppError('invalidInput', API_ERRORS.invalidInput(messages.join('; ')), details);
}

function sqliteCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

/** Whatever escapes a handler leaves as an AppError with a Thai message. */
export function toAppError(e: unknown): AppError {
  if (isAppError(e)) return e;
  const code = sqliteCode(e);
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new AppError('conflict', API_ERRORS.constraint, { cause: String(e) });
  }
  if (code === 'SQLITE_BUSY') {
    return new AppError('conflict', API_ERRORS.busy, { cause: String(e) });
  }
  if (code === 'SQLITE_FULL') {
    return new AppError('diskFull', API_ERRORS.diskFull, { cause: String(e) });
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError('readOnly', API_ERRORS.readOnly, { cause: String(e) });
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new AppError('corruptDatabase', FILE_MESSAGES.damaged, { cause: String(e) });
  }
  return new AppError('internal', INTERNAL_ERROR, { cause: String(e) });
}
