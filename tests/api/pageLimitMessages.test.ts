// The API's refusals of the report page settings name the limit the contract checks
// (core/limits.ts REPORT_PAGE_LIMITS), written in Arabic digits as every API message is: the CLI
// prints them so, and a screen shows them in the office's digits (core/thai messageDigits) — Thai
// when the office chose Thai numerals, Arabic when it chose Arabic (they were written in Thai digits
// before, so an office with Arabic numerals read "ไม่น้อยกว่า ๑๔").
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_PAGE_LIMITS as PAGE } from '../../core/limits';
import { messageDigits, toThaiDigits } from '../../core/thai';
import { makeApi } from '../helpers/api';
import { REPO_ROOT } from '../helpers/paths';

async function refusal(call: Promise<unknown>): Promise<string> {
  const e = (await call.then(
    () => null,
    (err: unknown) => err,
  )) as { code?: string; message?: string } | null;
  expect(e?.code).toBe('invalidInput');
  return e!.message!;
}

describe('report page limits in the API’s messages', () => {
  it('each refusal names its limit; the screens turn the digits by the setting', async () => {
    const { api } = makeApi();
    const cases: [Parameters<typeof api.updateSettings>[0], number, string][] = [
      [{ reportTextPt: PAGE.minPt - 1 }, PAGE.minPt, 'ไม่น้อยกว่า'],
      [{ reportTablePt: PAGE.minPt - 0.5 }, PAGE.minPt, 'ไม่น้อยกว่า'],
      [{ reportTextPt: PAGE.maxPt + 1 }, PAGE.maxPt, 'ไม่เกิน'],
      [{ reportMarginMm: PAGE.minMm - 1 }, PAGE.minMm, 'ไม่น้อยกว่า'],
      [{ reportMarginMm: PAGE.maxMarginMm + 1 }, PAGE.maxMarginMm, 'ไม่เกิน'],
      [{ reportBindingMm: PAGE.maxBindingMm + 1 }, PAGE.maxBindingMm, 'ไม่เกิน'],
    ];
    for (const [patch, limit, bound] of cases) {
      const message = await refusal(api.updateSettings(patch));
      expect(message, JSON.stringify(patch)).toContain(`${bound} ${limit}`);
      expect(message).not.toMatch(/[\u0E50-\u0E59]/);
      expect(messageDigits(message, 'thai')).toContain(`${bound} ${toThaiDigits(limit)}`);
      expect(messageDigits(message, 'arabic')).toContain(`${bound} ${limit}`);
    }
    // At the limits the values are taken.
    const saved = await api.updateSettings({ reportTextPt: PAGE.minPt, reportBindingMm: PAGE.maxBindingMm });
    expect([saved.reportTextPt, saved.reportBindingMm]).toEqual([PAGE.minPt, PAGE.maxBindingMm]);
  });

  it('no API validation message is written in Thai digits', () => {
    for (const file of ['core/terms/validation.ts', 'core/terms/input.ts']) {
      const code = fs
        .readFileSync(path.join(REPO_ROOT, file), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line));
      expect(
        code.filter((line) => /[\u0E50-\u0E59]/.test(line)),
        file,
      ).toEqual([]);
    }
  });
});
