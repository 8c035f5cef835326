// The reports' own sentences (electron/reports): the director's one-page overview, why a PDF could not
// be made. Numbers and months come already written in the office's digits (reports/rows/fmt.ts). Pure.
import { REPORT_TERMS, REPORT_TITLES } from './reports';

/** "สำนักงานเขตดุสิต ปีงบประมาณ พ.ศ. ๒๕๖๖" (the year already written): the overview's heading, the CLI. */
export const officeYear = (office: string, fiscalYear: string | number) =>
  `${office} ${REPORT_TERMS.fiscalYear} ${fiscalYear}`;

/** Why an export could not make its PDF (electron/reports/export.ts). */
export const PDF_WORDS = {
  noPrinter: 'เครื่องนี้ยังสร้างไฟล์ PDF ไม่ได้ (ไม่มีตัวพิมพ์ PDF)',
  failed: 'สร้างไฟล์ PDF ไม่สำเร็จ',
} as const;

/**
 * Not read by users: the activity text of the small plan-like report a printer lays out once at start
 * (electron/reports/html/index.ts warmUpDoc), so Thai shaping, the fonts and the measuring are warm.
 */
export const WARM_UP_ACTIVITY = 'ประชุมชี้แจงเจ้าหน้าที่ ๑ ครั้ง';

const AS_OF = 'ณ สิ้นเดือน';

/** สรุปผลการติดตาม… for the director on one page (electron/reports/rows/overview.ts), months written. */
export const OVERVIEW_REPORT_WORDS = {
  title: (month: string) => `${REPORT_TITLES.overview} ${AS_OF}${month}`,
  sheet: 'สรุปสำหรับผู้อำนวยการ',
  footer: (office: string, month: string, printed: string) =>
    `${office} ${month} — ${REPORT_TERMS.printedOn} ${printed}`,
  // the plan's roll-up
  overallTitle: (month: string) => `ความคืบหน้าทั้งแผน ${AS_OF}${month}`,
  allActivities: 'กิจกรรมทั้งหมด',
  // the divisions' reporting
  divisionsTitle: (month: string) => `การรายงานผลของแต่ละฝ่าย เดือน${month}`,
  reportedOfDue: `${REPORT_TERMS.reported}/${REPORT_TERMS.due}`,
  itemsNotReported: 'ข้อที่ยังไม่รายงาน',
  doneThisYear: 'ดำเนินการแล้วทั้งปี',
  allReported: 'รายงานครบแล้ว',
  noneDue: 'ไม่มีกิจกรรมที่ต้องรายงานในเดือนนี้',
  lateDivisions: (late: string, of: string) => `ฝ่ายที่ยังรายงานผลของเดือนนี้ไม่ครบ ${late} จาก ${of} ฝ่าย`,
  // past their end
  noneOverdue: 'ไม่มีกิจกรรมที่เลยกำหนดแล้วเสร็จ',
  overdue: (count: string, named: string) => `กิจกรรมที่เลยกำหนดแล้วเสร็จ ${count} กิจกรรม: ${named}`,
  /** After the overdue activities named, when there are more. */
  moreOverdue: (n: string) => ` และอีก ${n} กิจกรรม`,
} as const;
