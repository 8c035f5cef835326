// The history's words for reverting a whole plan (a plan import, a new plan, a copy to next year)
// and bringing it back, and the structure dialog's undo. Digits are Arabic here; the screens write
// them in the office's digits (the history's displaySummary), the CLI as they are. Pure.
import type { PlanCounts } from '../revert';
import { planExists } from './messages';

/** "70 ข้อ 120 กิจกรรม ผลการดำเนินงาน 14 รายการ ลิงก์หลักฐาน 3 รายการ" (what is nought is left out). */
export function planContentsText(c: PlanCounts): string {
  const parts = [`${c.items} ข้อ`, `${c.activities} กิจกรรม`];
  if (c.followUps > 0) parts.push(`ผลการดำเนินงาน ${c.followUps} รายการ`);
  if (c.links > 0) parts.push(`ลิงก์หลักฐาน ${c.links} รายการ`);
  return parts.join(' ');
}

export const PLAN_REVERT_WORDS = {
  remove: (c: PlanCounts) => `ลบทั้งแผน: ${planContentsText(c)}`,
  recreate: (c: PlanCounts) => `นำทั้งแผนกลับมาด้วยรหัสเดิม: ${planContentsText(c)}`,
  /** The question asked before a plan with reports (or edits since) goes. */
  confirm: (c: PlanCounts, laterEdits: number) =>
    (c.followUps > 0
      ? `แผนนี้มีผลการดำเนินงานที่บันทึกไว้แล้ว ${c.followUps} รายการ` +
        (laterEdits > 0 ? ` และมีการแก้ไขภายหลังอีก ${laterEdits} รายการ` : '')
      : `แผนนี้มีการแก้ไขภายหลัง ${laterEdits} รายการ`) +
    ' ซึ่งจะถูกลบไปพร้อมแผน (สำรองข้อมูลไว้ก่อนลบ และนำกลับได้ด้วยการย้อนกลับรายการย้อนกลับนี้)',
  confirmLabel: 'ยืนยัน ลบข้อมูลที่บันทึกไว้ไปพร้อมแผน',
  notConfirmed: (question: string) => `ต้องยืนยันก่อนย้อนกลับ: ${question}`,
  files: (n: number) =>
    `แผนนี้มีไฟล์หลักฐานแนบไว้ ${n} ไฟล์ ซึ่งประวัติไม่ได้เก็บไว้ (ลบแล้วกู้คืนไม่ได้) ` + 'ลบไฟล์หลักฐานเหล่านั้นที่หน้าติดตามผลก่อน',
  approved: 'แผนนี้อนุมัติแล้วจึงลบไม่ได้ หากต้องการย้อนกลับ ให้ยกเลิกการอนุมัติก่อน',
  noSnapshot: 'การลบแผนครั้งนั้นไม่ได้เก็บข้อมูลของแผนไว้ จึงนำกลับไม่ได้ (กู้คืนได้จากไฟล์สำรอง)',
  yearTaken: (office: string, fiscalYear: number) => planExists(office, fiscalYear),
  idsTaken: 'ข้อมูลที่เพิ่มภายหลังใช้เลขประจำรายการเดิมของแผนนี้แล้ว จึงนำแผนกลับด้วยเลขเดิมไม่ได้ ให้ย้อนกลับรายการที่เพิ่มภายหลังก่อน',
  /** The reason a backup list names a pre-revert backup by. */
  backupReason: 'ก่อนย้อนกลับ',
  backedUp: (name: string) => `สำรองข้อมูลก่อนลบแผนไว้ที่ ${name}`,
  skipped: (n: number) => `ข้อมูล ${n} แถวที่อ้างถึงฝ่ายที่ลบไปแล้วไม่ได้นำกลับมา`,
} as const;

export const STRUCTURE_REVERT_WORDS = {
  hasBelow: (what: string) => `${what}ที่เพิ่มภายหลัง ย้อนกลับหรือลบสิ่งนั้นก่อน`,
  noSnapshot: 'การลบครั้งนั้นไม่ได้เก็บข้อมูลไว้ จึงนำกลับไม่ได้ เพิ่มใหม่ได้ที่หน้าแผนมาตรการ',
  idsTaken: 'ข้อมูลที่เพิ่มภายหลังใช้เลขประจำรายการเดิมแล้ว จึงนำกลับด้วยเลขเดิมไม่ได้',
  parentGone: 'ส่วนของแผนที่อยู่เหนือรายการนี้ถูกลบไปแล้ว',
  clash: 'นำกลับไม่ได้: มีรหัสหรือเลขเดียวกันที่เพิ่มภายหลัง แก้รหัสหรือเลขนั้นก่อน',
  orderChanged: 'ลำดับถูกเปลี่ยนภายหลัง (หรือมีรายการเพิ่มหรือลบ) ให้ย้อนกลับการจัดลำดับที่ใหม่กว่าก่อน',
  order: (keys: readonly string[] | null) => (keys ? `ลำดับกลับเป็น ${keys.join(', ')}` : 'ลำดับกลับเป็นอย่างก่อนจัดลำดับ'),
} as const;

/** The structure dialog's เลิกทำ button's hint. */
export const STRUCTURE_UNDO_TITLE = 'เลิกทำการแก้ไขโครงสร้างหรือแผนครั้งล่าสุดของคุณ (Ctrl+Z)';
