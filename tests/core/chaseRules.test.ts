// core/rules.ts divisionsDue / lateDivisions / itemCodesText: who still has to report the month, as the
// overview, "ส่งแบบฟอร์มให้ฝ่าย", the monthly sheet and the director's page all read it.
import { describe, expect, it } from 'vitest';
import { divisionsDue, itemCodesText, lateDivisions } from '../../core/rules';

const divisions = [
  { id: 1, name: 'ฝ่ายปกครอง' },
  { id: 2, name: 'ฝ่ายโยธา' },
  { id: 3, name: 'ฝ่ายเทศกิจ' },
];
const row = (code: string, divisionIds: number[], reported: boolean, allDivisions = false) => ({
  itemCode: code,
  divisionIds,
  allDivisions,
  reported,
});

describe('the divisions of a month', () => {
  it('counts ทุกฝ่าย for every division, keeps the office order, leaves out divisions with nothing due', () => {
    const rows = [row('I1', [], false, true), row('O3', [2], false), row('O4', [2], true)];
    const due = divisionsDue(rows, divisions);
    expect(due.map((d) => [d.name, d.due, d.missing.map((r) => r.itemCode)])).toEqual([
      ['ฝ่ายปกครอง', 1, ['I1']],
      ['ฝ่ายโยธา', 3, ['I1', 'O3']],
      ['ฝ่ายเทศกิจ', 1, ['I1']],
    ]);
    expect(divisionsDue([row('O3', [2], true)], divisions).map((d) => d.name)).toEqual(['ฝ่ายโยธา']);
  });

  it('is late only with something due and not reported', () => {
    const rows = [row('I1', [], true, true), row('O3', [2], false), row('O4', [3], true)];
    expect(lateDivisions(rows, divisions).map((d) => d.name)).toEqual(['ฝ่ายโยธา']);
    expect(lateDivisions([row('O4', [3], true)], divisions)).toEqual([]);
  });

  it('names the items once each, the first few, and counts the rest in the office digits', () => {
    expect(itemCodesText(['I1', 'I1', 'O3', 'O4', 'O12', 'O20'], 'thai', 3)).toBe('I1, O3, O4 … อีก ๒ ข้อ');
    expect(itemCodesText(['I1', 'O3'], 'arabic', 3)).toBe('I1, O3');
    expect(itemCodesText([], 'thai', 3)).toBe('');
  });
});
