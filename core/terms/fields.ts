// What each kind of record and each field users fill in is called, the choices of a field, and the
// plan's own name and columns. Pure.
import type { Evidence, Monitoring, Numerals } from '../types';
import { WORDS } from './words';

/** A choice or a date left unset (monitoring, the date input's clear button). */
export const NOT_SET = 'ไม่กำหนด';
/** Who reported (the follow-up's field, the settings' reporter, the signature line). */
const REPORTER = 'ผู้รายงาน';
/** An item's code (the field, its id in messages). */
const ITEM_CODE = 'รหัสข้อ';

/** The choices of ระยะเวลากำกับติดตามโดย ผอ.เขต (the plan editor's list, the history's values). */
export const MONITORING_NAMES: Readonly<Record<Monitoring, string>> = {
  monthly: 'ทุกเดือน',
  daily: 'ทุกวัน',
  none: NOT_SET,
  other: 'อื่น ๆ',
};

/** ผู้รับผิดชอบ when every division is. */
export const ALL_DIVISIONS = 'ทุกฝ่าย';

/** How the office writes numbers in what it prints (settings; the history's values). */
export const NUMERALS_NAMES: Readonly<Record<Numerals, string>> = { thai: 'เลขไทย', arabic: 'เลขอารบิก' };

/** An evidence's kind (the follow-up's list, the history's values). */
export const EVIDENCE_KIND_NAMES: Readonly<Record<Evidence['kind'], string>> = { url: 'ลิงก์', file: WORDS.file };

/** What each kind of record is called (the history's filter and rows). */
export const ENTITY_NAMES = {
  plan: 'แผน',
  indicator: 'ตัวชี้วัด',
  item: 'ข้อตัวชี้วัด',
  activity: 'กิจกรรม',
  followUp: 'ผลรายเดือน',
  evidence: 'หลักฐาน',
  division: 'ฝ่าย',
  settings: 'การตั้งค่า',
} as const satisfies Record<string, string>;

/** The 8 columns of the plan, as on the office's paper form, by what each holds. */
export const PLAN_COLUMN_NAMES = {
  code: ENTITY_NAMES.indicator,
  issue: 'ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ',
  activity: 'กิจกรรมที่จะดำเนินการ',
  output: 'ผลผลิต',
  awareness: 'วิธีการสร้างการรับรู้',
  timeframe: 'ระยะเวลาแล้วเสร็จ',
  responsible: 'ผู้รับผิดชอบ',
  monitoring: 'ระยะเวลากำกับติดตามโดย ผอ.เขต',
} as const;
/** The same 8 headings in their order (the printed plan, its Excel sheet, the plan screen). */
export const PLAN_COLUMNS: readonly string[] = Object.values(PLAN_COLUMN_NAMES);

/**
 * The Thai name of each field users fill in, as the screens label it: the API says which box is
 * wrong with it, the history names each change with it (in this order), the settings and plan
 * screens label their boxes with it. A record's ids are named for messages only.
 */
export const FIELD_NAMES = {
  // activity
  text: ENTITY_NAMES.activity,
  output: PLAN_COLUMN_NAMES.output,
  targetQty: 'เป้าหมาย (จำนวน)',
  targetUnit: 'หน่วยนับ',
  awareness: PLAN_COLUMN_NAMES.awareness,
  startMonth: 'เดือนเริ่ม',
  endMonth: 'เดือนที่แล้วเสร็จ',
  months: 'เดือนที่ต้องรายงาน',
  responsibleText: 'ผู้รับผิดชอบ (ตามแผน)',
  allDivisions: ALL_DIVISIONS,
  divisionIds: 'ฝ่ายที่รับผิดชอบ',
  monitoring: 'การกำกับติดตามโดย ผอ.เขต',
  monitoringText: 'การกำกับติดตาม (ข้อความ)',
  // item
  code: ITEM_CODE,
  question: PLAN_COLUMN_NAMES.code,
  issue: PLAN_COLUMN_NAMES.issue,
  // follow-up
  month: 'เดือน',
  status: 'สถานะ',
  qty: 'จำนวนที่ทำได้',
  result: 'ผลการดำเนินงาน',
  problems: 'ปัญหา/อุปสรรค',
  reporter: REPORTER,
  reportedAt: 'วันที่รายงาน',
  directorRemark: 'ข้อสั่งการ ผอ.เขต',
  draft: 'ร่างที่ยังไม่ตรวจ',
  copiedFrom: 'คัดลอกจากเดือน',
  // evidence
  kind: 'ชนิดหลักฐาน',
  label: 'คำอธิบาย',
  url: EVIDENCE_KIND_NAMES.url,
  fileName: 'ชื่อไฟล์',
  mimeType: 'ชนิดไฟล์',
  size: 'ขนาดไฟล์ (ไบต์)',
  data: EVIDENCE_KIND_NAMES.file,
  // settings
  office: 'ชื่อหน่วยงาน',
  directorTitle: 'ตำแหน่งผู้อำนวยการเขต',
  directorName: 'ชื่อผู้อำนวยการเขต',
  headOfGovernance: 'หัวหน้าฝ่ายปกครอง',
  reporterName: REPORTER,
  reporterTitle: 'ตำแหน่งผู้รายงาน',
  headTitle: 'ตำแหน่งหัวหน้าฝ่ายปกครอง',
  numerals: 'ตัวเลข',
  reportFont: 'แบบอักษรในรายงาน',
  reportTextPt: 'ขนาดตัวอักษร',
  reportTablePt: 'ขนาดตัวอักษรในตารางที่แน่น',
  reportMarginMm: 'ระยะขอบกระดาษ',
  reportBindingMm: 'ระยะขอบด้านเย็บเล่ม',
  pageNumbers: 'เลขหน้า',
  // division, plan
  name: 'ชื่อ',
  position: 'ลำดับ',
  isStandard: 'ฝ่ายมาตรฐาน',
  fiscalYear: 'ปีงบประมาณ',
  title: 'ชื่อแผน',
  approvedAt: 'วันที่อนุมัติ',
  items: 'จำนวนข้อ',
  activities: 'จำนวนกิจกรรม',
  copied: 'จำนวนที่คัดลอก',
  from: 'จากเดือน',
  to: 'ไปเดือน',
  // plan import
  source: 'นำเข้าจาก',
  joinsUndone: 'ช่องว่างที่คงไว้ตามต้นฉบับ',
  // exports
  report: 'ชนิดรายงาน',
  format: 'รูปแบบไฟล์',
  outPath: 'ที่บันทึกไฟล์',
  onlyReported: 'เฉพาะกิจกรรมที่รายงานแล้ว',
  // ids
  planId: 'รหัสแผน',
  itemId: ITEM_CODE,
  activityId: 'รหัสกิจกรรม',
  indicatorId: 'รหัสตัวชี้วัด',
  evidenceId: 'รหัสหลักฐาน',
  divisionId: 'รหัสฝ่าย',
} as const satisfies Record<string, string>;

/** A field's Thai name (FIELD_NAMES), or the key itself for one that has none. */
export const fieldName = (key: string): string => (FIELD_NAMES as Record<string, string>)[key] ?? key;
/** A kind of record's Thai name (ENTITY_NAMES), or the kind itself. */
export const entityName = (entity: string): string => (ENTITY_NAMES as Record<string, string>)[entity] ?? entity;

/** The plan's name when it has no title of its own (GLOSSARY: plan). */
export const PLAN_TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';

/** The word before a sub-indicator's label: "ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน". */
export const SUB_INDICATOR = 'ตัวชี้วัดย่อยที่';
