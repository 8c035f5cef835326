// What crosses IPC: results and errors as data. Pure, shared by the main process (wrap) and the
// preload (unwrap), so it must not import electron or anything with Node dependencies.
import type { Envelope } from '../../core/contract';
import { FORBIDDEN_REQUEST, INTERNAL_ERROR } from '../../core/terms';

export const INTERNAL_ERROR_MESSAGE = INTERNAL_ERROR;
export const FORBIDDEN_MESSAGE = FORBIDDEN_REQUEST;

/** An Error as the renderer sees it: Thai message, stable code. */
export interface ApiError extends Error {
  code: string;
  details?: unknown;
}

export function okEnvelope<R>(value: R): Envelope<R> {
  return { ok: true, value };
}

export function errorEnvelope(code: string, message: string, details?: unknown): Envelope<never> {
  const error: { code: string; message: string; details?: unknown } = { code, message };
  const safe = cloneableDetails(details);
  if (safe !== undefined) error.details = safe;
  return { ok: false, error };
}

/** Details travel only if they survive a JSON round trip (IPC would otherwise throw in English). */
function cloneableDetails(details: unknown): unknown {
  if (details === undefined) return undefined;
  try {
    const json = JSON.stringify(details);
    return json === undefined ? undefined : (JSON.parse(json) as unknown);
  } catch {
    return undefined;
  }
}

function isEnvelope(x: unknown): x is Envelope<unknown> {
  if (typeof x !== 'object' || x === null || !('ok' in x)) return false;
  const e = x as { ok: unknown; error?: unknown };
  if (e.ok === true) return 'value' in x;
  return e.ok === false && typeof e.error === 'object' && e.error !== null;
}

/** The value of an ok envelope; throws an ApiError (Thai message, `.code`) otherwise. */
export function unwrapEnvelope<R>(envelope: unknown): R {
  if (!isEnvelope(envelope)) throw makeApiError('internal', INTERNAL_ERROR_MESSAGE);
  if (envelope.ok) return envelope.value as R;
  const { code, message, details } = envelope.error;
  throw makeApiError(String(code || 'internal'), String(message || INTERNAL_ERROR_MESSAGE), details);
}

export function makeApiError(code: string, message: string, details?: unknown): ApiError {
  const err = new Error(message) as ApiError;
  err.name = 'ApiError';
  err.code = code;
  if (details !== undefined) err.details = details;
  return err;
}
