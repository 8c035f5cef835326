// One error type for everything a user may be told. The message is Thai and shown as is;
// the code is stable for tests, the CLI's exit status and the UI's handling.

export type ErrorCode =
  | 'invalidInput'
  | 'notFound'
  | 'conflict'
  | 'locked'
  | 'importFailed'
  | 'foreignDatabase'
  | 'newerDatabase'
  | 'corruptDatabase'
  /** The disk (or the user's quota) is full: nothing was written. */
  | 'diskFull'
  /** The file, its folder or the disk may not be written (permissions, a read-only share or medium). */
  | 'readOnly'
  /** The file or its folder cannot be opened at all (missing folder, no permission to read). */
  | 'cannotOpen'
  /** The file is from an older version and must be migrated by a writing command or the app first. */
  | 'outdatedDatabase'
  | 'tooLarge'
  | 'unsupported'
  /** The program itself is broken (its native database module does not load): reinstall, not restore. */
  | 'brokenInstall'
  | 'internal';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

// Every code once (the Record makes a code added above without an entry here a compile error).
const CODES: Readonly<Record<ErrorCode, true>> = {
  invalidInput: true,
  notFound: true,
  conflict: true,
  locked: true,
  importFailed: true,
  foreignDatabase: true,
  newerDatabase: true,
  outdatedDatabase: true,
  corruptDatabase: true,
  diskFull: true,
  readOnly: true,
  cannotOpen: true,
  tooLarge: true,
  unsupported: true,
  brokenInstall: true,
  internal: true,
};

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(CODES, code);
}

/**
 * The Thai message of an error the API raised — an AppError, or its copy that crossed IPC (same
 * code and message) — or null for anything else (a renderer bug, an English IPC failure).
 */
export function userMessageOf(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const { code, message } = e as { code?: unknown; message?: unknown };
  return isErrorCode(code) && typeof message === 'string' && message !== '' ? message : null;
}

/**
 * One refused field of an 'invalidInput' error: where it is in the input (['office'],
 * ['items', 0, 'code']) and its own Thai message ("ต้องระบุชื่อหน่วยงาน"), without the error's
 * generic lead. Plain data, so it crosses the bridge in the error's `details`.
 */
export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** The structured part of an 'invalidInput' error (its `details`): the fields refused, in order. */
export interface InvalidInputDetails {
  fields: FieldProblem[];
}

function isFieldProblem(x: unknown): x is FieldProblem {
  if (typeof x !== 'object' || x === null) return false;
  const { path, message } = x as { path?: unknown; message?: unknown };
  return (
    Array.isArray(path) &&
    path.every((p) => typeof p === 'string' || typeof p === 'number') &&
    typeof message === 'string'
  );
}

/** The fields an API error refused (its code 'invalidInput', its details' `fields`), else none. */
export function fieldProblemsOf(e: unknown): FieldProblem[] {
  if (typeof e !== 'object' || e === null) return [];
  const { code, details } = e as { code?: unknown; details?: unknown };
  if (code !== 'invalidInput' || typeof details !== 'object' || details === null) return [];
  const fields = (details as { fields?: unknown }).fields;
  return Array.isArray(fields) ? fields.filter(isFieldProblem) : [];
}

/** The own message of the first problem with the field named `field` (the path's first part), or null. */
export function fieldMessageOf(e: unknown, field: string): string | null {
  return fieldProblemsOf(e).find((p) => String(p.path[0]) === field)?.message ?? null;
}
