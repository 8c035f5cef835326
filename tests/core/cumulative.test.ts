// core/rules.ts cumulativeQty: ผลสะสม, the one rule the year panel and the results reports share.
import { describe, expect, it } from 'vitest';
import { cumulativeQty } from '../../core/rules';

const r = (month: string, qty: number | null, draft = false) => ({ month, qty, draft });

describe('cumulative quantity', () => {
  it('adds the quantities of the months reported, against the target', () => {
    const c = cumulativeQty([r('2022-12', 2), r('2023-01', null), r('2023-02', 3.5)], 12);
    expect(c).toEqual({ qty: 5.5, counted: 2, target: 12, percent: 46, reached: false });
  });

  it('counts no copied draft (nobody reported it yet)', () => {
    expect(cumulativeQty([r('2023-01', 4), r('2023-02', 4, true)], 8)).toMatchObject({
      qty: 4,
      counted: 1,
      reached: false,
    });
  });

  it('keeps to a period when asked (the half-year report, a running total)', () => {
    const reports = [r('2022-10', 1), r('2023-03', 1), r('2023-04', 1)];
    expect(cumulativeQty(reports, 3, (m) => m <= '2023-03').qty).toBe(2);
    expect(cumulativeQty(reports, 3)).toMatchObject({ qty: 3, percent: 100, reached: true });
  });

  it('has no percent without a target, and nothing counted without quantities', () => {
    expect(cumulativeQty([r('2023-01', 2)], null)).toMatchObject({ percent: null, reached: false, target: null });
    expect(cumulativeQty([r('2023-01', null)], 1)).toMatchObject({ qty: 0, counted: 0, percent: 0, reached: false });
    expect(cumulativeQty([], 0)).toMatchObject({ percent: null, reached: false });
  });
});
