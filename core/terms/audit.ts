// How the history names each change (the audit entry's summary users read and search), once.
// core/auditSummary.ts picks the wording; the write policy (electron/api/writePolicy.ts) writes it.
// Months stay 'YYYY-MM' and numbers Arabic here: the history screen shows them in BE and the office's
// digits (renderer/src/screens/history/auditView.ts), the CLI as stored. Pure.

import { PLAN_WORDS } from './ui';
type Rec = Record<string, unknown>;
/** What the history names beside a record, found in the database when the change is written. */
export interface AuditRefs {
  /** The item code of an activity, a report, a piece of evidence, or of a reordered item. */
  itemCode?: string;
  /** An activity's number within its item, as users count it (reports, evidence). */
  activityNo?: number;
  /** The month of a report or a piece of evidence. */
  month?: string;
  /** The number of the indicator whose items were reordered. */
  indicatorNumber?: number;
  /** The code of the tool whose indicators were reordered. */
  toolCode?: string;
  /** The plan the change belongs to (a criteria set saved from a plan has one). */
  planId?: number | null;
}

const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const activityOf = (r: AuditRefs) => `ข้อ ${s(r.itemCode)} กิจกรรมที่ ${s(r.activityNo)}`;
const activities = (item: Rec) =>
  Array.isArray(item.activities) && item.activities.length > 0 ? ` (${item.activities.length} กิจกรรม)` : '';

type Words = (before: Rec, after: Rec, refs: AuditRefs) => string;

/**
 * An item's or an activity's change as the history names it, said alike by the Excel plan import's
 * change list (electron/reports/xlsx/planImport.ts), by PlanChange kind.
 */
export const PLAN_CHANGE_WORDS = {
  itemAdded: (code: string) => `เพิ่มข้อ ${code}`,
  itemChanged: (code: string) => `แก้ไขข้อ ${code}`,
  activityAdded: (itemCode: string) => `เพิ่มกิจกรรมในข้อ ${itemCode}`,
  activityChanged: (position: number | string, itemCode: string) => `แก้ไขกิจกรรมที่ ${position} ของข้อ ${itemCode}`,
  activityRemoved: (position: number | string, itemCode: string) => `ลบกิจกรรมที่ ${position} ของข้อ ${itemCode}`,
} as const;

/** A monthly report saved, new or changed. */
const reported: Words = (_b, _a, r) => `บันทึกผล${activityOf(r)} เดือน ${s(r.month)}`;

/** create / update / delete of each kind of record. */
export const CHANGE_WORDS: Record<string, { create?: Words; update?: Words; delete?: Words }> = {
  settings: { update: () => 'แก้ไขการตั้งค่า' },
  division: {
    create: (_b, a) => `เพิ่ม${s(a.name)}`,
    update: (b, a) => `เปลี่ยนชื่อ${s(b.name)} เป็น ${s(a.name)}`,
    delete: (b) => `ลบ${s(b.name)}`,
  },
  plan: {
    create: (_b, a) => `สร้างแผนปีงบประมาณ พ.ศ. ${s(a.fiscalYear)}`,
    update: (b, a) =>
      b.criteriaSet !== a.criteriaSet && b.office === a.office && b.title === a.title
        ? a.criteriaSet
          ? `ผูกแผนกับเกณฑ์ ${s(a.criteriaSet)}`
          : 'ยกเลิกการผูกแผนกับเกณฑ์'
        : 'แก้ไขข้อมูลแผน',
    delete: (b) => `ลบแผนปีงบประมาณ พ.ศ. ${s(b.fiscalYear)}`,
  },
  tool: {
    create: (_b, a) => `เพิ่มแบบวัด ${s(a.code)}`,
    update: (_b, a) => `แก้ไขแบบวัด ${s(a.code)}`,
    delete: (b) => `ลบแบบวัด ${s(b.code)}`,
  },
  indicator: {
    create: (_b, a) => `เพิ่มตัวชี้วัดที่ ${s(a.number)}`,
    update: (_b, a) => `แก้ไขตัวชี้วัดที่ ${s(a.number)}`,
    delete: (b) => `ลบตัวชี้วัดที่ ${s(b.number)}`,
  },
  subIndicator: {
    create: (_b, a) => `เพิ่มตัวชี้วัดย่อยที่ ${s(a.label)}`,
    update: (_b, a) => `แก้ไขตัวชี้วัดย่อยที่ ${s(a.label)}`,
    delete: (b) => `ลบตัวชี้วัดย่อยที่ ${s(b.label)}`,
  },
  item: {
    create: (_b, a) => PLAN_CHANGE_WORDS.itemAdded(s(a.code)),
    update: (_b, a) => PLAN_CHANGE_WORDS.itemChanged(s(a.code)),
    delete: (b) => `ลบข้อ ${s(b.code)}${activities(b)}`,
  },
  activity: {
    create: (_b, _a, r) => PLAN_CHANGE_WORDS.activityAdded(s(r.itemCode)),
    update: (b, _a, r) => PLAN_CHANGE_WORDS.activityChanged(s(b.position), s(r.itemCode)),
    delete: (b, _a, r) => PLAN_CHANGE_WORDS.activityRemoved(s(b.position), s(r.itemCode)),
  },
  followUp: {
    create: reported,
    update: reported,
    delete: (_b, _a, r) => `ล้างผล${activityOf(r)} เดือน ${s(r.month)}`,
  },
  evidence: {
    create: (_b, a, r) =>
      a.kind === 'file'
        ? `แนบไฟล์หลักฐาน${activityOf(r)} เดือน ${s(r.month)}: ${s(a.fileName)}`
        : `เพิ่มลิงก์หลักฐาน${activityOf(r)} เดือน ${s(r.month)}: ${s(a.url)}`,
    delete: (b, _a, r) => `ลบหลักฐาน${activityOf(r)} เดือน ${s(r.month)}: ${s(b.url ?? b.fileName)}`,
  },
  criteriaSet: {
    create: (_b, a, r) => criteriaSaved(a, r),
    update: (_b, a, r) => criteriaSaved(a, r),
    delete: (b) => `ลบเกณฑ์ "${s(b.name)}" (${s(b.id)})`,
  },
};

/** A criteria set saved from a plan's structure, or added from a file (the call names no plan). */
function criteriaSaved(a: Rec, r: AuditRefs): string {
  return r.planId !== null && r.planId !== undefined
    ? `บันทึกโครงสร้างแผนเป็นเกณฑ์ "${s(a.name)}" (${s(a.id)})`
    : `เพิ่มเกณฑ์ "${s(a.name)}" (${s(a.id)}) จากไฟล์`;
}

/** The wording of the changes a handler declares (core/auditSummary.ts `Declared`). */
export const DECLARED_WORDS = {
  approve: PLAN_WORDS.approve,
  reopen: 'ยกเลิกการอนุมัติแผน',
  copyPlan: (a: Rec) => `คัดลอกแผนปี ${Number(a.fiscalYear) - 1} เป็นแผนปี ${s(a.fiscalYear)}`,
  importPlan: (a: Rec) => `นำเข้าแผนปีงบประมาณ พ.ศ. ${s(a.fiscalYear)} (${s(a.items)} ข้อ ${s(a.activities)} กิจกรรม)`,
  reorder: {
    tool: () => 'จัดลำดับแบบวัด',
    indicator: (r: AuditRefs) => `จัดลำดับตัวชี้วัดของแบบวัด ${s(r.toolCode)}`,
    item: (r: AuditRefs) => `จัดลำดับข้อในตัวชี้วัดที่ ${s(r.indicatorNumber)}`,
    activity: (r: AuditRefs) => `จัดลำดับกิจกรรมของข้อ ${s(r.itemCode)}`,
  },
  copyReport: (r: AuditRefs, from: string, to: string) => `คัดลอกผล${activityOf(r)} จากเดือน ${from} ไปเดือน ${to} (ร่าง)`,
  copyMonth: (a: Rec) => `คัดลอกผลเดือน ${s(a.from)} ไปเดือน ${s(a.to)} เป็นร่าง (${s(a.copied)} กิจกรรม)`,
  importForms: (a: Rec) =>
    `นำเข้าแบบฟอร์มรายงานของฝ่าย ${Array.isArray(a.files) ? a.files.length : 0} ไฟล์ (${s(a.recorded)} กิจกรรม)`,
  importXlsx: (count: number) => `นำเข้าการแก้ไขแผนจากไฟล์ Excel (${count} รายการ)`,
  revert: (summary: string) => `ย้อนกลับ: ${summary}`,
  revertBatch: (target: number, summary: string) => `ย้อนกลับรายการที่ ${target}: ${summary}`,
  restore: (fileName: string, safetyName: string) => `กู้คืนข้อมูลจากไฟล์ ${fileName} (สำรองข้อมูลเดิมไว้ที่ ${safetyName})`,
  /** After the summary of each record an Excel plan import changed. */
  viaXlsx: ' (นำเข้าจาก Excel)',
} as const;
