// The one function that says what an audit entry is (core/auditSummary.ts): the action follows from
// the kind of record and whether there is a before and an after, or from a declared kind of change;
// the summary names what users search the history by (item code, activity number, month).
import { describe, expect, it } from 'vitest';
import { auditEntryOf, kindOf } from '../../core/auditSummary';

const refs = { itemCode: 'O30', activityNo: 2, month: '2023-03', planId: 1 };

describe('auditEntryOf', () => {
  it('reads create, update and delete from before and after', () => {
    expect(kindOf(null, { a: 1 })).toBe('create');
    expect(kindOf({ a: 1 }, { a: 2 })).toBe('update');
    expect(kindOf({ a: 1 }, undefined)).toBe('delete');
    expect(() => kindOf(null, null)).toThrow();
    const item = { code: 'I1', activities: [{}, {}] };
    expect(auditEntryOf({ entity: 'item', id: 3, after: item }, refs)).toEqual({
      action: 'item.create',
      summary: 'เพิ่มข้อ I1',
    });
    expect(auditEntryOf({ entity: 'item', id: 3, before: item }, refs)).toEqual({
      action: 'item.delete',
      summary: 'ลบข้อ I1 (2 กิจกรรม)',
    });
    expect(auditEntryOf({ entity: 'activity', id: 9, before: { position: 2 } }, refs).summary).toBe(
      'ลบกิจกรรมที่ 2 ของข้อ O30',
    );
  });

  it('keeps the verbs the history has always used', () => {
    const d = { name: 'ฝ่ายโยธา' };
    expect(auditEntryOf({ entity: 'division', id: 1, after: d }, {}).action).toBe('division.add');
    expect(auditEntryOf({ entity: 'division', id: 1, before: d, after: { name: 'ฝ่ายรายได้' } }, {})).toEqual({
      action: 'division.rename',
      summary: 'เปลี่ยนชื่อฝ่ายโยธา เป็น ฝ่ายรายได้',
    });
    expect(auditEntryOf({ entity: 'followUp', id: 5, before: null, after: {} }, refs)).toEqual({
      action: 'followUp.save',
      summary: 'บันทึกผลข้อ O30 กิจกรรมที่ 2 เดือน 2023-03',
    });
    expect(auditEntryOf({ entity: 'followUp', id: 5, before: {}, after: null }, refs).action).toBe('followUp.clear');
    expect(auditEntryOf({ entity: 'evidence', id: 5, after: { kind: 'file', fileName: 'a.pdf' } }, refs)).toEqual({
      action: 'evidence.add',
      summary: 'แนบไฟล์หลักฐานข้อ O30 กิจกรรมที่ 2 เดือน 2023-03: a.pdf',
    });
  });

  it('words a plan update by what changed, and a criteria set by where it came from', () => {
    const plan = { office: 'ก', title: 'ข', criteriaSet: null };
    expect(auditEntryOf({ entity: 'plan', id: 1, before: plan, after: { ...plan, title: 'ค' } }, {}).summary).toBe(
      'แก้ไขข้อมูลแผน',
    );
    expect(
      auditEntryOf({ entity: 'plan', id: 1, before: plan, after: { ...plan, criteriaSet: 'bkk-district-2566' } }, {})
        .summary,
    ).toBe('ผูกแผนกับเกณฑ์ bkk-district-2566');
    const set = { id: 'x-2567', name: 'เกณฑ์' };
    expect(auditEntryOf({ entity: 'criteriaSet', id: null, after: set }, { planId: 4 }).summary).toBe(
      'บันทึกโครงสร้างแผนเป็นเกณฑ์ "เกณฑ์" (x-2567)',
    );
    expect(auditEntryOf({ entity: 'criteriaSet', id: null, after: set }, { planId: null }).summary).toBe(
      'เพิ่มเกณฑ์ "เกณฑ์" (x-2567) จากไฟล์',
    );
  });

  it('says declared changes, batch headings, and where an Excel import came from', () => {
    expect(
      auditEntryOf(
        { entity: 'indicator', id: 7, after: ['I2', 'I1'], as: 'reorder', of: 'item' },
        { indicatorNumber: 3 },
      ),
    ).toEqual({
      action: 'item.reorder',
      summary: 'จัดลำดับข้อในตัวชี้วัดที่ 3',
    });
    expect(
      auditEntryOf(
        { entity: 'followUp', id: 2, after: {}, as: 'revert', entry: { summary: 'บันทึกผล…', planId: 1 } },
        refs,
      ),
    ).toEqual({ action: 'followUp.revert', summary: 'ย้อนกลับ: บันทึกผล…' });
    expect(
      auditEntryOf(
        { entity: 'plan', id: 1, after: { copied: 3, from: '2023-02', to: '2023-03' }, as: 'copyMonth' },
        {},
      ),
    ).toEqual({
      action: 'followUp.copyMonth',
      summary: 'คัดลอกผลเดือน 2023-02 ไปเดือน 2023-03 เป็นร่าง (3 กิจกรรม)',
    });
    expect(
      auditEntryOf({ entity: 'item', id: 3, before: { code: 'I1' }, after: { code: 'I1' } }, refs, 'xlsx').summary,
    ).toBe('แก้ไขข้อ I1 (นำเข้าจาก Excel)');
  });
});
