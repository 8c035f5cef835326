// Pure pieces of the follow-up screen (renderer/src/screens/followup/model.ts).
import { describe, expect, it } from 'vitest';
import type { MonthRow } from '../../core/types';
import { responsibleText } from '../../core/rules';
import {
  checkUrl,
  countStatuses,
  draftOf,
  fileProblem,
  formatSize,
  parseQty,
  rowMatches,
  sameDraft,
  NO_FILTERS,
} from '../../renderer/src/screens/followup/model';

const row = (over: Partial<MonthRow> = {}): MonthRow => ({
  activityId: 1,
  itemId: 1,
  itemCode: 'O12',
  indicatorNumber: 9,
  activityPosition: 1,
  activityText: 'เผยแพร่ข้อมูลสถิติ ๑ ช่องทาง',
  output: 'เผยแพร่ ๑ ช่องทาง',
  targetQty: 1,
  targetUnit: 'ช่องทาง',
  startMonth: '2022-12',
  endMonth: '2023-05',
  months: ['2022-12', '2023-01', '2023-02', '2023-03', '2023-04', '2023-05'],
  responsibleText: 'ฝ่ายทะเบียน/รายได้',
  allDivisions: false,
  divisionIds: [2, 4],
  followUp: null,
  reported: false,
  ...over,
});

describe('follow-up model', () => {
  it('reads quantities in Thai or Arabic digits and explains anything else in Thai', () => {
    expect(parseQty('')).toEqual({ value: null });
    expect(parseQty(' ๑๒ ')).toEqual({ value: 12 });
    expect(parseQty('1,500')).toEqual({ value: 1500 });
    expect(parseQty('สองครั้ง')).toEqual({ error: expect.stringContaining('ไม่ใช่ตัวเลข') });
    expect(parseQty('-1')).toEqual({ error: 'ผลที่ทำได้ต้องไม่ติดลบ' });
  });

  it('treats ๑ and 1 as the same draft (no needless save)', () => {
    const d = draftOf(null, 'thai');
    expect(sameDraft({ ...d, qty: '๑' }, { ...d, qty: '1' })).toBe(true);
    expect(sameDraft({ ...d, result: 'ก' }, d)).toBe(false);
  });

  it('accepts http(s) links, completes a bare host, refuses the rest in Thai', () => {
    expect(checkUrl('https://www.bangkok.go.th/dusit')).toEqual({ url: 'https://www.bangkok.go.th/dusit' });
    expect(checkUrl('www.bangkok.go.th/dusit')).toEqual({ url: 'https://www.bangkok.go.th/dusit' });
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://x.org', '', 'ไม่ใช่ลิงก์']) {
      expect(checkUrl(bad)).toEqual({ error: expect.stringMatching(/[\u0E00-\u0E7F]/) });
    }
  });

  it('checks a file before uploading it: type, empty, over 20 MB', () => {
    expect(fileProblem('รายงาน.pdf', 1000, 'thai')).toBeNull();
    expect(fileProblem('ภาพ.JPG', 1000, 'thai')).toBeNull();
    expect(fileProblem('โปรแกรม.exe', 1000, 'thai')).toContain('แนบไฟล์ โปรแกรม.exe ไม่ได้');
    expect(fileProblem('ว่าง.pdf', 0, 'thai')).toContain('ว่างเปล่า');
    expect(fileProblem('ใหญ่.pdf', 21 * 1024 * 1024, 'thai')).toContain('ใหญ่เกิน ๒๐ MB');
    expect(fileProblem('ใหญ่.pdf', 21 * 1024 * 1024, 'arabic')).toContain('ใหญ่เกิน 20 MB');
  });

  it('filters by division (ทุกฝ่าย always matches), status, exact item code, or words in either digit style', () => {
    expect(rowMatches(row(), 'notStarted', NO_FILTERS)).toBe(true);
    expect(rowMatches(row(), 'notStarted', { ...NO_FILTERS, divisionId: 4 })).toBe(true);
    expect(rowMatches(row(), 'notStarted', { ...NO_FILTERS, divisionId: 5 })).toBe(false);
    expect(
      rowMatches(row({ allDivisions: true, divisionIds: [] }), 'notStarted', { ...NO_FILTERS, divisionId: 5 }),
    ).toBe(true);
    expect(rowMatches(row(), 'done', { ...NO_FILTERS, status: 'done' })).toBe(true);
    expect(rowMatches(row(), 'inProgress', { ...NO_FILTERS, status: 'done' })).toBe(false);
    expect(rowMatches(row(), 'notStarted', { ...NO_FILTERS, search: 'o12' })).toBe(true);
    expect(rowMatches(row(), 'notStarted', { ...NO_FILTERS, search: 'สถิติ 1 ช่อง' })).toBe(true);
    expect(rowMatches(row(), 'notStarted', { ...NO_FILTERS, search: 'O1' })).toBe(false);
    expect(rowMatches(row(), 'notStarted', { ...NO_FILTERS, search: 'คู่มือ' })).toBe(false);
  });

  it('counts statuses and writes sizes with the chosen digits', () => {
    expect(countStatuses(['done', 'done', 'blocked', 'notReported'])).toEqual({
      notStarted: 0,
      inProgress: 0,
      done: 2,
      blocked: 1,
      notReported: 1,
    });
    expect(formatSize(77, 'thai')).toBe('๗๗ ไบต์');
    expect(formatSize(150 * 1024, 'arabic')).toBe('150 KB');
    expect(formatSize(3.45 * 1024 * 1024, 'thai')).toBe('๓.๕ MB');
  });
});

describe('responsible text', () => {
  it('all divisions, else linked names, else the plan wording', () => {
    const divisions = new Map([[2, { id: 2, name: 'ฝ่ายทะเบียน', position: 2, isStandard: true }]]);
    expect(responsibleText(row({ allDivisions: true }), divisions)).toBe('ทุกฝ่าย');
    expect(responsibleText(row({ divisionIds: [2] }), divisions, ' / ')).toBe('ฝ่ายทะเบียน');
    expect(responsibleText(row({ divisionIds: [], responsibleText: 'งานเทคนิค' }), divisions)).toBe('งานเทคนิค');
  });
});
