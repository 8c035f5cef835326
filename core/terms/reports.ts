// The printed reports (PDF and Excel alike): titles, column heads, captions, sheets, export progress. Pure.
// Digits in these are Arabic; the reports write them in the office's digits (reports/rows/fmt.ts).
import { withDigits, type DigitStyle } from '../thai/digits';
import type { ExportProgress } from '../types';
import { ALL_DIVISIONS, ENTITY_NAMES, EVIDENCE_KIND_NAMES, FIELD_NAMES, PLAN_COLUMN_NAMES, PLAN_TITLE } from './fields';
import { WORDS } from './words';

/** Each report's title: page 1's first line, the PDF's metadata title, the Excel file's subject. */
export const REPORT_TITLES = {
  plan: PLAN_TITLE,
  month: 'แบบรายงานผลการดำเนินงานประจำเดือน',
  'half-year': `รายงานผลการดำเนินการตาม${PLAN_TITLE} รอบ 6 เดือน`,
  annual: `รายงานผลการดำเนินการตาม${PLAN_TITLE} ประจำปี`,
  'oit-urls': 'รายการ URL ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT)',
  overview: `สรุปผลการติดตาม${PLAN_TITLE}`,
} as const;

/** Column heads, captions, sheet names and fixed lines of the reports. */
export const REPORT_TERMS = {
  // column heads
  code: WORDS.item,
  activity: ENTITY_NAMES.activity,
  responsible: PLAN_COLUMN_NAMES.responsible,
  target: 'เป้าหมาย',
  achieved: 'ผลที่ทำได้',
  status: FIELD_NAMES.status,
  result: FIELD_NAMES.result,
  evidence: ENTITY_NAMES.evidence,
  problems: FIELD_NAMES.problems,
  orders: FIELD_NAMES.directorRemark,
  cumulative: 'ผลสะสม',
  monthsDone: 'เดือนที่ดำเนินการแล้ว',
  problemsAndOrders: 'ปัญหา/อุปสรรค และข้อสั่งการ',
  nextSteps: 'แนวทางดำเนินการต่อไป',
  indicator: PLAN_COLUMN_NAMES.code,
  division: ENTITY_NAMES.division,
  due: 'ต้องรายงาน',
  reported: 'รายงานแล้ว',
  percentDone: 'ร้อยละที่ดำเนินการแล้ว',
  total: 'รวม',
  url: 'URL',
  urlLabel: FIELD_NAMES.label,
  monthReported: 'เดือนที่รายงาน',
  // captions and empty tables
  monthStatusCaption: 'สรุปสถานะกิจกรรมที่ต้องดำเนินการในเดือนนี้',
  monthDivisionCaption: `สรุปรายฝ่าย (กิจกรรมของ${ALL_DIVISIONS}นับให้ทุกฝ่าย)`,
  monthProblemsCaption: 'ปัญหา/อุปสรรคที่ขอรับข้อสั่งการ',
  monthNoProblems: 'ไม่มีปัญหา/อุปสรรคที่รายงานในเดือนนี้',
  monthRowsCaption: 'ผลการดำเนินงานรายกิจกรรม',
  monthNoneReported: 'ยังไม่มีกิจกรรมที่รายงานในเดือนนี้',
  monthNoneDue: 'ไม่มีกิจกรรมที่ต้องดำเนินการในเดือนนี้',
  monthSubtitle: `ตาม${PLAN_TITLE} ปีงบประมาณ พ.ศ.`,
  resultsByIndicator: 'สรุปผลการดำเนินงานตามตัวชี้วัด',
  resultsByDivision: 'สรุปผลการดำเนินงานรายฝ่าย',
  resultsByItem: 'ผลการดำเนินงานรายข้อ',
  noUrl: 'ยังไม่มี URL',
  // sheets
  summarySheet: 'สรุป',
  planSheet: ENTITY_NAMES.plan,
  monthSheet: 'รายงานประจำเดือน',
  annualSheet: 'ผลประจำปี',
  halfYearSheet: 'ผลรอบ 6 เดือน',
  // fixed words
  fiscalYear: 'ปีงบประมาณ พ.ศ.',
  planFiscalYear: 'ประจำปีงบประมาณ พ.ศ.',
  yearOf: 'พ.ศ.',
  period: 'ระยะเวลา',
  printedOn: 'พิมพ์เมื่อ',
  page: 'หน้า',
  continued: '(ต่อ)',
  file: EVIDENCE_KIND_NAMES.file,
  orderLine: 'ข้อสั่งการ',
  // next steps of an activity not done
  hurry: 'เร่งรัดดำเนินการ (กำหนดแล้วเสร็จ',
  finishBy: 'ดำเนินการต่อให้แล้วเสร็จภายใน',
  goOn: 'ดำเนินการต่อ',
  // signatures
  reporter: FIELD_NAMES.reporter,
  headOfGovernance: FIELD_NAMES.headOfGovernance,
  director: 'ผู้อำนวยการเขต',
  proposer: 'ผู้เสนอแผน',
  approver: 'ผู้อนุมัติ',
  signHere: 'ลงชื่อ',
  dateWord: 'วันที่',
  // a division's form (Excel, filled in and read back)
  formSheet: 'แบบรายงาน',
  formQty: FIELD_NAMES.qty,
  formUrls: 'หลักฐาน (URL บรรทัดละลิงก์)',
  formReporter: 'ผู้รายงาน (ชื่อ–ตำแหน่ง):',
  formHint:
    'กรอกเฉพาะช่องสีเหลือง: สถานะเลือกจากรายการ, จำนวนเป็นตัวเลข, หลักฐานเป็นลิงก์ http:// หรือ https:// บรรทัดละลิงก์ ' +
    'แถวที่ไม่เลือกสถานะและไม่กรอกข้อมูลจะถือว่ายังไม่รายงาน',
  formBadStatusTitle: 'สถานะไม่ถูกต้อง',
  formBadStatus: 'กรุณาเลือกสถานะจากรายการ',
  formBadQtyTitle: 'จำนวนไม่ถูกต้อง',
  formBadQty: 'จำนวนที่ทำได้ต้องเป็นตัวเลขไม่ติดลบ',
} as const;

/** "มี URL แล้ว ๓ จาก ๓๐ ข้อ", "แสดงเฉพาะกิจกรรมที่รายงานแล้ว ๖ จาก ๑๑๒ กิจกรรม" (numbers already written). */
export const reportCounts = {
  withUrl: (n: string, of: string) => `มี URL แล้ว ${n} จาก ${of} ข้อ`,
  onlyReported: (n: string, of: string) => `แสดงเฉพาะกิจกรรมที่รายงานแล้ว ${n} จาก ${of} กิจกรรม`,
};

/**
 * What an export is doing (api.exportProgress), as the export dialog and the CLI say it: which part
 * of a long PDF is printing ("กำลังพิมพ์ส่วนที่ ๒ จาก ๔"), laying out the pages, or making the report.
 */
export function exportProgressText(p: ExportProgress | null, digits: DigitStyle): string {
  if (p?.phase === 'print' && p.parts > 1) {
    return `กำลังพิมพ์ส่วนที่ ${withDigits(p.part, digits)} จาก ${withDigits(p.parts, digits)}`;
  }
  if (p?.phase === 'join') return 'กำลังรวมไฟล์';
  if (p?.phase === 'measure') return 'กำลังจัดหน้า';
  return 'กำลังสร้างรายงาน';
}
