import { describe, expect, it } from 'vitest';
import {
  diffFields,
  displaySummary,
  formatDateTime,
  formatIsoDateShort,
  formatValue,
} from '../../renderer/src/screens/history/auditView';
import { percentText as percentLabel } from '../../core/rules';
import { barDescription, itemsByCode, ratioLabel } from '../../renderer/src/screens/overview/progressView';
import type { PlanDetail, StatusCounts } from '../../core/types';

const counts = (done: number, total: number, rest: Partial<StatusCounts> = {}): StatusCounts => ({
  total,
  done,
  inProgress: 0,
  notStarted: total - done,
  blocked: 0,
  notReported: 0,
  percentDone: total ? done / total : 0,
  ...rest,
});

describe('overview wording', () => {
  it('labels a bar with done/total and a rounded percent in the chosen digits', () => {
    expect(ratioLabel(counts(12, 20), 'thai')).toBe('๑๒/๒๐ (๖๐%)');
    expect(ratioLabel(counts(1, 3), 'arabic')).toBe('1/3 (33%)');
    expect(ratioLabel(counts(2, 3), 'arabic')).toBe('2/3 (67%)');
    expect(ratioLabel(counts(0, 0), 'thai')).toBe('ไม่มีกิจกรรม');
    expect(percentLabel(counts(0, 0), 'thai')).toBe('๐%');
  });

  it('describes every non-empty status for screen readers', () => {
    const c = counts(2, 5, { inProgress: 1, notStarted: 1, blocked: 1 });
    expect(barDescription('ตัวชี้วัดที่ ๑', c, 'thai')).toBe(
      'ตัวชี้วัดที่ ๑: ๒/๕ (๔๐%) · ดำเนินการแล้ว ๒ · อยู่ระหว่างดำเนินการ ๑ · ยังไม่ดำเนินการ ๑ · ไม่สามารถดำเนินการได้ ๑ (จาก ๕ กิจกรรม)',
    );
  });

  it('finds an item id by its code in the open plan', () => {
    const plan = {
      indicators: [{ items: [{ id: 7, code: 'O12', question: 'ข้อมูลการจัดซื้อ\nรายละเอียด', activities: [] }] }],
    } as unknown as PlanDetail;
    expect(itemsByCode(plan).get('O12')).toEqual({ itemId: 7, code: 'O12', question: 'ข้อมูลการจัดซื้อ\nรายละเอียด' });
    expect(itemsByCode(null).size).toBe(0);
  });
});

describe('history wording', () => {
  it('writes a date-time in BE with Thai digits and น.', () => {
    const local = new Date(2026, 10, 25, 14, 30).toISOString();
    expect(formatDateTime(local, 'thai')).toBe('๒๕ พ.ย. ๒๕๖๙ ๑๔:๓๐ น.');
    expect(formatDateTime(local, 'arabic')).toBe('25 พ.ย. 2569 14:30 น.');
    expect(formatIsoDateShort('2023-01-05', 'thai')).toBe('๕ ม.ค. ๒๕๖๖');
  });

  it('shows only changed fields, with Thai labels and values', () => {
    const ctx = { digits: 'thai' as const, divisionName: (id: number) => (id === 3 ? 'ฝ่ายการคลัง' : undefined) };
    const before = {
      id: 1,
      activityId: 9,
      month: '2023-01',
      status: 'notStarted',
      result: '',
      qty: null,
      updatedAt: 'a',
    };
    const after = {
      id: 1,
      activityId: 9,
      month: '2023-01',
      status: 'done',
      result: 'จัดประชุมแล้ว',
      qty: 2,
      updatedAt: 'b',
    };
    expect(diffFields(before, after, ctx)).toEqual([
      { key: 'status', label: 'สถานะ', before: 'ยังไม่ดำเนินการ', after: 'ดำเนินการแล้ว' },
      { key: 'qty', label: 'จำนวนที่ทำได้', before: '–', after: '๒' },
      { key: 'result', label: 'ผลการดำเนินงาน', before: '–', after: 'จัดประชุมแล้ว' },
    ]);
    expect(formatValue('divisionIds', [3, 4], ctx)).toBe('ฝ่ายการคลัง, ฝ่ายรหัส ๔');
    expect(formatValue('endMonth', '2023-05', ctx)).toBe('พ.ค. ๖๖');
    expect(formatValue('months', ['2022-10', '2023-01', '2023-04', '2023-07'], ctx)).toBe('ต.ค., ม.ค., เม.ย., ก.ค.');
    expect(formatValue('months', ['2022-12', '2023-01', '2023-02'], ctx)).toBe('ธ.ค. ๖๕ – ก.พ. ๖๖');
    expect(formatValue('months', [], ctx)).toBe('–');
    // An addition lists what was filled in; empty fields are left out.
    expect(diffFields(null, { id: 4, name: 'ฝ่ายใหม่', position: 12, isStandard: false }, ctx)).toEqual([
      { key: 'name', label: 'ชื่อ', before: '–', after: 'ฝ่ายใหม่' },
      { key: 'position', label: 'ลำดับ', before: '–', after: '๑๒' },
      { key: 'isStandard', label: 'ฝ่ายมาตรฐาน', before: '–', after: 'ไม่ใช่' },
    ]);
  });

  it('reads summaries in BE months, keeps item codes and links as written', () => {
    const ref = (id: number) => (id === 9 ? { itemCode: 'O30', position: 2 } : undefined);
    const entry = {
      action: 'followUp.save',
      summary: 'บันทึกผลกิจกรรมรหัส 9 เดือน 2023-01',
      before: null,
      after: { activityId: 9 },
    };
    expect(displaySummary(entry, 'thai', ref)).toBe('บันทึกผลข้อ O30 กิจกรรมที่ ๒ เดือน ม.ค. ๖๖');
    expect(
      displaySummary({ action: 'x', summary: 'เพิ่มลิงก์หลักฐาน https://a.go.th/2566', before: null, after: null }, 'thai'),
    ).toBe('เพิ่มลิงก์หลักฐาน https://a.go.th/2566');
    expect(
      displaySummary(
        { action: 'x', summary: 'นำเข้าแผนปีงบประมาณ พ.ศ. 2566 (70 ข้อ 112 กิจกรรม)', before: null, after: null },
        'thai',
      ),
    ).toBe('นำเข้าแผนปีงบประมาณ พ.ศ. ๒๕๖๖ (๗๐ ข้อ ๑๑๒ กิจกรรม)');
  });
});

describe('settings summaries', () => {
  it('names the settings that changed', () => {
    const entry = {
      action: 'settings.update',
      summary: 'แก้ไขการตั้งค่า',
      before: { office: 'ก', directorName: '', numerals: 'thai' },
      after: { office: 'ข', directorName: 'นาย ค', numerals: 'thai' },
    };
    expect(displaySummary(entry, 'thai')).toBe('แก้ไขการตั้งค่า: ชื่อหน่วยงาน, ชื่อผู้อำนวยการเขต');
  });
});
