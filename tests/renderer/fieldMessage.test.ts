// A refused field's own message comes from the error's structured details (core/errors.ts
// InvalidInputDetails: path and message per field), never from cutting the joined Thai message
// apart: so it stays right when the API's generic wording changes, and the details cross the bridge.
import { describe, expect, it } from 'vitest';
import { fieldMessageOf, fieldProblemsOf } from '../../core/errors';
import { INPUT_WORDS, VALIDATION_WORDS, FIELD_NAMES } from '../../core/terms';
import { REPORT_PAGE_LIMITS as PAGE } from '../../core/limits';
import { toThaiDigits } from '../../core/thai';
import { errorEnvelope, makeApiError, unwrapEnvelope } from '../../electron/shell-pure/envelope';
import { fieldMessageOfError, messageOf } from '../../renderer/src/store';
import { makeApi } from '../helpers/api';

/** The error an API call rejects with, as the renderer receives it: through the IPC envelope. */
async function refusedOverBridge(call: Promise<unknown>): Promise<unknown> {
  const e = (await call.then(
    () => null,
    (err: unknown) => err,
  )) as { code: string; message: string; details?: unknown } | null;
  expect(e).not.toBeNull();
  try {
    unwrapEnvelope(errorEnvelope(e!.code, e!.message, e!.details));
  } catch (crossed) {
    return crossed;
  }
  throw new Error('the envelope did not throw');
}

describe('a refused field’s own message, by its path', () => {
  it('the API sends each refused field with its path and own message, across the bridge', async () => {
    const { api } = makeApi();
    const e = await refusedOverBridge(api.updateSettings({ office: '  ', reportMarginMm: PAGE.minMm - 1 }));
    expect(fieldProblemsOf(e)).toEqual([
      { path: ['office'], message: VALIDATION_WORDS.required(FIELD_NAMES.office) },
      { path: ['reportMarginMm'], message: INPUT_WORDS.mmMin(PAGE.minMm) },
    ]);
    // Under its field: only its own message (digits by the setting, Thai by default), not the lead.
    expect(fieldMessageOfError(e, 'office')).toBe(VALIDATION_WORDS.required(FIELD_NAMES.office));
    expect(fieldMessageOfError(e, 'reportMarginMm')).toBe(toThaiDigits(INPUT_WORDS.mmMin(PAGE.minMm)));
    expect(messageOf(e)).not.toBe(fieldMessageOfError(e, 'office'));
  });

  it('reads the details, whatever the generic message says', () => {
    const own = VALIDATION_WORDS.tablePtMin(PAGE.minPt);
    const e = makeApiError('invalidInput', 'wording changed entirely: x: y', {
      fields: [{ path: ['reportTablePt'], message: own }],
    });
    expect(fieldMessageOf(e, 'reportTablePt')).toBe(own);
    expect(fieldMessageOfError(e, 'reportTablePt')).toBe(toThaiDigits(own));
    // Another field, or an error without field details: the whole message, as any error shows.
    expect(fieldMessageOfError(e, 'office')).toBe('wording changed entirely: x: y');
    const plain = makeApiError('conflict', 'a: b: c');
    expect(fieldMessageOf(plain, 'office')).toBeNull();
    expect(fieldMessageOfError(plain, 'office')).toBe('a: b: c');
    // Only an invalidInput error's details count, and only well-formed entries.
    expect(fieldProblemsOf(makeApiError('conflict', 'm', { fields: [{ path: ['office'], message: 'x' }] }))).toEqual(
      [],
    );
    expect(fieldProblemsOf(makeApiError('invalidInput', 'm', { fields: [{ path: 'office', message: 1 }] }))).toEqual(
      [],
    );
  });
});
