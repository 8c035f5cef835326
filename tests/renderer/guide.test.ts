import { describe, expect, it } from 'vitest';
import { GUIDE } from '../../renderer/src/screens/help/guide';

describe('the in-app user guide', () => {
  it('covers importing, monthly follow-up, export and backup, in Thai', () => {
    expect(GUIDE.map((g) => g.id)).toEqual(expect.arrayContaining(['import', 'followup', 'export', 'backup']));
    for (const g of GUIDE) {
      expect(g.title).toMatch(/[\u0E00-\u0E7F]/);
      expect(g.steps.length).toBeGreaterThan(1);
      for (const s of g.steps) expect(s).toMatch(/[\u0E00-\u0E7F]/);
      // Numbers in Arabic digits: the screen shows them in the office's (withDigits by the setting).
      for (const s of g.steps) expect(s).not.toMatch(/[\u0E50-\u0E59]/);
    }
  });
});
