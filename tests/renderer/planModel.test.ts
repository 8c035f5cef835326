// Pure helpers of the plan editor (renderer/src/screens/plan/planModel.ts).
import { describe, expect, it } from 'vitest';
import type { Activity, Item, PlanDetail } from '../../core/types';
import {
  codesByTool,
  itemMatches,
  listedProblems,
  moved,
  problemsOfError,
  splitMatches,
  withActivity,
  withItem,
  yearInText,
} from '../../renderer/src/screens/plan/planModel';

const activity = (id: number, itemId: number, text: string): Activity => ({
  id,
  itemId,
  position: id,
  text,
  output: '๑ ครั้ง',
  targetQty: 1,
  targetUnit: 'ครั้ง',
  awareness: '',
  startMonth: null,
  endMonth: null,
  months: [],
  responsibleText: '',
  allDivisions: false,
  divisionIds: [],
  monitoring: 'monthly',
  monitoringText: '',
});
const item = (id: number, code: string, activities: Activity[]): Item => ({
  id,
  planId: 1,
  indicatorId: 10,
  subIndicatorId: null,
  code,
  question: `คำถาม ${code}`,
  issue: '',
  position: id,
  activities,
});
const plan: PlanDetail = {
  id: 1,
  fiscalYear: 2566,
  office: 'สำนักงานเขตดุสิต',
  title: '',
  status: 'draft',
  approvedAt: null,
  itemCount: 2,
  activityCount: 2,
  updatedAt: '',
  criteriaSet: null,
  tools: [
    { id: 1, planId: 1, code: 'IIT', name: 'แบบวัด IIT', position: 1 },
    { id: 3, planId: 1, code: 'OIT', name: 'แบบตรวจ OIT', position: 2 },
  ],
  indicators: [
    {
      id: 10,
      planId: 1,
      toolId: 1,
      tool: 'IIT',
      toolName: 'แบบวัด IIT',
      number: 1,
      position: 1,
      subIndicators: [],
      name: 'การปฏิบัติหน้าที่',
      items: [item(1, 'I1', [activity(1, 1, 'ประชุมชี้แจง')])],
    },
    {
      id: 20,
      planId: 1,
      toolId: 3,
      tool: 'OIT',
      toolName: 'แบบตรวจ OIT',
      number: 9,
      position: 1,
      subIndicators: [],
      name: 'การเปิดเผยข้อมูล',
      items: [item(2, 'O12', [activity(2, 2, 'เผยแพร่ ๑๐ ช่องทาง')])],
    },
  ],
};

describe('plan editor helpers', () => {
  it('replaces one activity and keeps every other object as it was (rows stay memoized)', () => {
    const next = withActivity(plan, { ...activity(1, 1, 'แก้แล้ว') });
    expect(next.indicators[0]!.items[0]!.activities[0]!.text).toBe('แก้แล้ว');
    expect(next.indicators[1]).toBe(plan.indicators[1]);
    expect(withActivity(plan, activity(99, 99, 'x'))).toBe(plan);
    const i = withItem(plan, { ...plan.indicators[0]!.items[0]!, question: 'ใหม่' });
    expect(i.indicators[0]!.items[0]!.question).toBe('ใหม่');
    expect(i.indicators[1]).toBe(plan.indicators[1]);
  });

  it('moves an id up or down, not past the ends', () => {
    expect(moved([1, 2, 3], 3, -1)).toEqual([1, 3, 2]);
    expect(moved([1, 2, 3], 1, 1)).toEqual([2, 1, 3]);
    expect(moved([1, 2, 3], 1, -1)).toBeNull();
    expect(moved([1, 2, 3], 3, 1)).toBeNull();
  });

  it('finds by exact code or by text (Thai or Arabic digits), and marks the matches', () => {
    const [i1, o12] = [plan.indicators[0]!.items[0]!, plan.indicators[1]!.items[0]!];
    expect(itemMatches(o12, 'o12')).toBe(true);
    expect(itemMatches(o12, 'O1')).toBe(false);
    expect(itemMatches(i1, 'ประชุม')).toBe(true);
    expect(itemMatches(o12, '10 ช่อง')).toBe(true);
    expect(splitMatches('เผยแพร่ ๑๐ ช่องทาง', '10')).toEqual([
      { text: 'เผยแพร่ ', match: false },
      { text: '๑๐', match: true },
      { text: ' ช่องทาง', match: false },
    ]);
  });

  it('takes import problems from the error details, never from its text', () => {
    const problems = [{ line: 3, severity: 'error' as const, column: 'ตัวชี้วัด', message: 'x' }];
    expect(problemsOfError({ details: { problems } }, 'นำเข้าแผนไม่ได้\nบรรทัด 3, คอลัมน์ ตัวชี้วัด: x')).toBe(problems);
    // No details: one problem about the whole document, the whole message, its "บรรทัด" lines unread.
    const message = 'นำเข้าแผนไม่ได้\nบรรทัด 12: ไม่พบรหัสข้อ\nไม่พบตาราง';
    expect(problemsOfError(new Error(message), message)).toEqual([{ line: 0, severity: 'error', message }]);
    expect(problemsOfError({ details: {} }, 'อ่านไฟล์ไม่ได้')).toEqual([
      { line: 0, severity: 'error', message: 'อ่านไฟล์ไม่ได้' },
    ]);
  });

  it('lists problems errors first, then by line, repeats dropped, messages as they came', () => {
    expect(
      listedProblems([
        { line: 8, severity: 'warning', message: 'นอกปี' },
        { line: 8, severity: 'warning', message: 'นอกปี' },
        { line: 8, severity: 'warning', column: 'ผลผลิต', message: 'นอกปี' },
        { line: 5, severity: 'warning', message: 'ซ้ำ' },
        { line: 2, severity: 'error', message: 'ผิด' },
      ]),
    ).toEqual([
      { line: 2, severity: 'error', message: 'ผิด' },
      { line: 5, severity: 'warning', message: 'ซ้ำ' },
      { line: 8, severity: 'warning', message: 'นอกปี' },
      { line: 8, severity: 'warning', column: 'ผลผลิต', message: 'นอกปี' },
    ]);
  });

  it('reads the fiscal year of a pasted plan and groups codes by tool', () => {
    expect(yearInText('สำนักงานเขตดุสิต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n…')).toBe(2567);
    expect(yearInText('ไม่มีปี')).toBeNull();
    expect(codesByTool(['I1', 'I2', 'O3'])).toEqual([
      { tool: 'IIT', codes: ['I1', 'I2'] },
      { tool: 'OIT', codes: ['O3'] },
    ]);
  });
});
