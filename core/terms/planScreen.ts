// The plan screen's own words (renderer/src/screens/plan: PlanScreen, PlanTable, PlanToolbar,
// PlanDialogs): its banner, its table's empty and no-match lines, its toolbar, and the new-plan,
// copy, approve and reopen dialogs. Numbers and dates come already written (core/thai). Pure.
import { PLAN_WORDS } from './ui';

/** The toolbar above the plan table. */
export const PLAN_TOOLBAR_WORDS = {
  toolbar: 'เครื่องมือแผน',
  find: 'ค้นหาในแผน',
  findPlaceholder: 'ค้นหา รหัสข้อ (เช่น O12) หรือคำ (Ctrl+F)',
  /** Before the count of the items found: "พบ ๓ ข้อ". */
  found: 'พบ',
  undoTitle: 'เลิกทำการแก้ไขแผนครั้งล่าสุดของคุณ (Ctrl+Z)',
  importPlan: 'นำเข้าแผน',
  nextYearExists: 'มีแผนของปีถัดไปอยู่แล้ว',
} as const;

/** The plan's banner and its table. */
export const PLAN_SCREEN_WORDS = {
  approvedOn: (date: string) => `แผนนี้อนุมัติแล้ว เมื่อ ${date} แก้ไขไม่ได้ หากต้องแก้ไขให้ยกเลิกการอนุมัติก่อน`,
  noMatch: (query: string) => `ไม่พบข้อหรือกิจกรรมที่ตรงกับ “${query}” ลองคำอื่น หรือกด Esc เพื่อล้างการค้นหา`,
  noItems: `แผนนี้ยังไม่มีข้อตัวชี้วัด กด “${PLAN_WORDS.addItem}” ที่ตัวชี้วัดที่ต้องการ หรือใช้ “${PLAN_TOOLBAR_WORDS.importPlan}” จากตารางที่มีอยู่แล้ว`,
  /** The row tools' column head, for screen readers. */
  tools: 'จัดการ',
  addItemTo: (indicator: number | string) => `เพิ่มข้อในตัวชี้วัดที่ ${indicator}`,
} as const;

/** The plan-level dialogs: new plan, copy to the next year, approve, reopen. */
export const PLAN_DIALOG_WORDS = {
  working: 'กำลังดำเนินการ…',
  /** The new plan's year is not a BE year (the example already written). */
  yearRule: (example: string) => `ปีงบประมาณต้องเป็นปี พ.ศ. เช่น ${example}`,
  create: 'สร้างแผน',
  createHint:
    'เริ่มจากเกณฑ์การประเมิน (แบบวัดและตัวชี้วัดของเกณฑ์ จะรวมทุกข้อของเกณฑ์ด้วยก็ได้) ' +
    `หรือแผนเปล่าที่วางโครงสร้างเองที่ “${PLAN_WORDS.structure}” — จะเริ่มจากแผนปีก่อน ใช้ “${PLAN_WORDS.copyToNextYear}”`,
  startFrom: 'เริ่มจาก',
  emptyPlan: 'แผนเปล่า (ไม่มีแบบวัดและตัวชี้วัด)',
  withItems: 'รวมทุกข้อของเกณฑ์ (แล้วลบข้อที่ไม่ได้เลือกออก)',
  copy: 'คัดลอกแผน',
  /** "คัดลอก… ของแผน{this year} ไปเป็นแผน<b>{next year}</b> (เลื่อนเดือนไปหนึ่งปี)", in its three parts. */
  copyWhat: 'คัดลอกข้อ กิจกรรม ผู้รับผิดชอบ และระยะเวลาของแผน',
  copyTo: 'ไปเป็นแผน',
  copyShift: '(เลื่อนเดือนไปหนึ่งปี)',
  copyNote: 'ผลการดำเนินงานรายเดือนและหลักฐานไม่ถูกคัดลอก แผนใหม่เป็นฉบับร่างที่แก้ไขได้',
  approveNote: 'เมื่ออนุมัติแล้ว ตารางแผนจะแก้ไขไม่ได้ (ยังบันทึกผลการดำเนินงานรายเดือนได้ตามปกติ)',
  pickApproveDate: 'เลือกวันที่อนุมัติ',
  reopenNote: 'แผนจะกลับเป็นฉบับร่างเพื่อแก้ไขได้ เมื่อแก้ไขเสร็จให้อนุมัติแผนอีกครั้ง',
} as const;
