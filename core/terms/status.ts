// A monthly report's status, a row nobody reported, a copied row, a plan's own status. Pure.
import type { CopySkip, FollowUpStatus, PlanStatus, ReportState } from '../types';

/** สถานะ of a monthly report (GLOSSARY: followUp.status). */
export const STATUS_NAMES: Readonly<Record<FollowUpStatus, string>> = {
  notStarted: 'ยังไม่ดำเนินการ',
  inProgress: 'อยู่ระหว่างดำเนินการ',
  done: 'ดำเนินการแล้ว',
  blocked: 'ไม่สามารถดำเนินการได้',
};

/** A row nobody reported (the printed sheet's word): counted apart from ยังไม่ดำเนินการ. */
export const NOT_REPORTED = 'ยังไม่รายงาน';

/** How a row or an activity reads: its report's status, or ยังไม่รายงาน (core/rules.ts reportState). */
export const REPORT_STATE_NAMES: Readonly<Record<ReportState, string>> = { ...STATUS_NAMES, notReported: NOT_REPORTED };

/** Why "copy from last month" left a row behind (core/rules.ts carryOver). */
export const COPY_SKIP_NAMES: Readonly<Record<CopySkip, string>> = {
  done: 'ดำเนินการแล้ว: ต้องรายงานผลของเดือนนี้ใหม่',
  blocked: 'ไม่สามารถดำเนินการได้: ต้องรายงานผลของเดือนนี้ใหม่',
  draft: 'เป็นร่างที่ยังไม่มีผู้ตรวจ',
  filled: 'เดือนนี้บันทึกไว้แล้ว (ไม่เขียนทับ)',
  nothing: 'ไม่มีข้อความที่คัดลอกได้',
};

/** A copied row until someone checks and saves it ("ร่าง คัดลอกจาก ก.พ. ๖๖"). */
export const DRAFT_NAME = 'ร่าง';

/** A plan's own status. */
export const PLAN_STATUS_NAMES: Readonly<Record<PlanStatus, string>> = { draft: 'ฉบับร่าง', approved: 'อนุมัติแล้ว' };
