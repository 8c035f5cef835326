// The hostile-input suite's harness: every case registers itself (hostileCase), refusals are checked
// the same way everywhere (a Thai message, a known error code, the database byte-for-byte unchanged),
// and the entry file prints how many cases ran.
import { expect, it } from 'vitest';
import { isAppError } from '../../core/errors';
import type { TestApi } from '../helpers/api';
import { fingerprint } from '../helpers/fingerprint';

let registered = 0;

/** One hostile case: counted, then run as an ordinary test. */
export function hostileCase(name: string, fn: () => Promise<void>, timeout?: number): void {
  registered++;
  it(name, fn, timeout);
}

export const hostileCount = (): number => registered;

/** Thai letters: every message a user sees is Thai. */
export const THAI = /[\u0E01-\u0E4E]/;

/**
 * Runs `action` on `t`, expects a refusal with a Thai message (matching `pattern` when given) and
 * an error code other than 'internal', and checks that not one row of the database changed.
 */
export async function expectRefused(
  t: TestApi,
  action: () => Promise<unknown>,
  pattern?: RegExp,
): Promise<{ code: string; message: string }> {
  const before = fingerprint(t.dbPath);
  let caught: unknown = null;
  try {
    await action();
  } catch (e) {
    caught = e;
  }
  expect(caught, 'expected a refusal').not.toBeNull();
  expect(isAppError(caught), String(caught)).toBe(true);
  const err = caught as { code: string; message: string };
  expect(err.code).not.toBe('internal');
  expect(err.message).toMatch(THAI);
  if (pattern) expect(err.message).toMatch(pattern);
  expect(fingerprint(t.dbPath), 'the database changed after a refusal').toBe(before);
  return err;
}

/** Nothing a reader sees may carry these: direction overrides/isolates and C0/C1 controls but tab and newline. */
// eslint-disable-next-line no-control-regex
export const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

export const FORMULA = "=cmd|' /C calc'!A0";
export const EMOJI = 'ผลงาน 🚀👍🏽 ครอบครัว 👨‍👩‍👧 ธง 🇹🇭';
export const RLO = '\u202E';
