// Words of single screens: the BE date input, an activity's year, chasing the divisions, the first run. Pure.
import { FIELD_NAMES, NOT_SET } from './fields';
import { REPORT_TERMS } from './reports';
import { BACKUP_WORDS } from './settingsScreen';

/** The parts of the one BE date input (day, Thai month, BE year) and what it says of a day that is not. */
export const DATE_WORDS = {
  day: REPORT_TERMS.dateWord,
  month: FIELD_NAMES.month,
  year: 'ปี พ.ศ.',
  yearHint: 'ปี พ.ศ. 4 หลัก เช่น 2566',
  noSuchDay: 'ไม่มีวันนี้ในปฏิทิน',
  incomplete: 'ระบุวันที่ เดือน และปี พ.ศ. ให้ครบ',
  clear: NOT_SET,
} as const;

/** One activity's year (the follow-up row's panel): its months, what each said, ผลสะสม against the target. */
export const YEAR_WORDS = {
  open: 'ดูทั้งปี',
  openHint: 'ดูผลของกิจกรรมนี้ทุกเดือนของปีงบประมาณ พร้อมผลสะสมเทียบเป้าหมาย',
  title: 'ผลการดำเนินงานตลอดปี',
  cumulative: REPORT_TERMS.cumulative,
  target: REPORT_TERMS.target,
  notDue: 'ไม่มีกำหนด',
  noReports: 'ยังไม่มีการรายงานผลของกิจกรรมนี้',
  reached: 'ครบตามเป้าหมาย',
  goToMonth: 'ไปที่เดือนนี้',
} as const;

/** Chasing the divisions (the overview): who has not reported what is due, their forms in one go, the director's page. */
export const CHASE_WORDS = {
  title: 'ฝ่ายที่ยังไม่รายงานผลของเดือน',
  allReported: 'ทุกฝ่ายรายงานผลของเดือนนี้ครบแล้ว',
  openDivision: 'เปิดหน้าติดตามรายเดือนเฉพาะฝ่ายนี้',
  sendForms: 'ส่งแบบฟอร์มให้ฝ่าย',
  sendFormsHint: 'สร้างแบบฟอร์มรายงาน (Excel) ของเดือนนี้ให้ทุกฝ่ายที่ยังรายงานไม่ครบ ในครั้งเดียว',
  chooseFolder: 'เลือกโฟลเดอร์…',
  making: 'กำลังสร้างแบบฟอร์ม',
  openFolder: 'เปิดโฟลเดอร์',
  summary: 'พิมพ์สรุปสำหรับ ผอ.เขต (PDF)',
  summaryHint: 'สรุปภาพรวมของเดือนนี้ 1 หน้า: ความคืบหน้า การรายงานของแต่ละฝ่าย และกิจกรรมที่เลยกำหนด',
} as const;

/** The first-run screen on a new PC: restore last PC's data, and who signs the printed sheets. */
export const WELCOME_WORDS = {
  restore: 'กู้คืนจากไฟล์สำรอง',
  restoreHint: `ย้ายมาจากเครื่องเดิม: เลือกไฟล์สำรองข้อมูล (.sqlite) ที่ทำไว้ด้วย “${BACKUP_WORDS.toFile}” แล้วใช้ข้อมูลทั้งหมดในไฟล์นั้น`,
  restoreAsk: 'กู้คืนข้อมูลจากไฟล์นี้?',
  restoreOk: 'กู้คืนข้อมูล',
  signers: 'ผู้ลงนามในรายงาน',
  signersHint: 'พิมพ์ในช่องลงนามของแบบรายงานประจำเดือนและสรุปสำหรับ ผอ.เขต แก้ไขภายหลังได้ที่ “ตั้งค่า”',
} as const;

/** The app's screens (core/screens.ts: the renderer's tabs and the desktop app's มุมมอง menu). */
export const SCREEN_NAMES = {
  overview: 'ภาพรวม',
  plan: 'แผนมาตรการ',
  followup: 'ติดตามรายเดือน',
  history: 'ประวัติการแก้ไข',
  settings: 'ตั้งค่า',
  help: 'คู่มือ',
} as const;
