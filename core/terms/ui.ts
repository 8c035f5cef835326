// Buttons, labels and short states the screens share: each is written here once. Pure.
import { WORDS } from './words';

/** Buttons and the states of a save or a load. */
export const UI_WORDS = {
  cancel: 'ยกเลิก',
  close: 'ปิด',
  dismiss: 'ปิดข้อความ',
  delete: 'ลบ',
  add: 'เพิ่ม',
  save: 'บันทึก',
  saving: 'กำลังบันทึก…',
  saved: 'บันทึกแล้ว',
  saveFailed: 'บันทึกไม่สำเร็จ',
  loading: 'กำลังโหลด…',
  loadingPlan: 'กำลังโหลดแผน…',
  reading: 'กำลังอ่านข้อมูล…',
  making: 'กำลังสร้าง…',
  importing: 'กำลังนำเข้า…',
  retry: 'ลองใหม่',
  openFile: 'เปิดไฟล์',
  print: 'พิมพ์…',
  restore: 'กู้คืน…',
  clear: 'ล้าง',
  clearFilters: 'ล้างตัวกรอง',
  exportReport: 'ส่งออกรายงาน',
  pickMonth: 'เลือกเดือน',
  prevMonth: 'เดือนก่อนหน้า',
  nextMonth: 'เดือนถัดไป',
  moveUp: 'เลื่อนขึ้น (Alt+↑)',
  moveDown: 'เลื่อนลง (Alt+↓)',
  points: 'พอยต์',
  mm: 'มม.',
  fullName: 'ชื่อ–นามสกุล',
  /** What a backup file holds (settings' restore, the first-run restore), numbers written. */
  backupHolds: (plans: string, reports: string) => `แผน ${plans} แผน ผลการดำเนินงาน ${reports} ${WORDS.entries}`,
} as const;

/** Words of the plan screen, its dialogs and the structure editor. */
export const PLAN_WORDS = {
  newPlan: 'สร้างแผนใหม่',
  copyToNextYear: 'คัดลอกเป็นแผนปีถัดไป',
  approve: 'อนุมัติแผน',
  unapprove: 'ยกเลิกการอนุมัติ',
  structure: 'โครงสร้างแผน',
  addItem: '+ เพิ่มข้อ',
  deleteItem: 'ลบข้อ',
  newActivity: 'กิจกรรมใหม่',
  deleteActivity: 'ลบกิจกรรม',
  fiscalYearBe: 'ปีงบประมาณ (พ.ศ.)',
  targetQtyUnit: 'เป้าหมาย (จำนวนและหน่วย)',
  criteria: 'เกณฑ์การประเมิน',
  noCriteria: 'ไม่ผูกกับเกณฑ์',
  criteriaItems: 'ข้อของเกณฑ์',
  noPlan: 'ยังไม่มีแผน',
  /** How many of a criteria set's items the plan lists (the overview, the import preview), numbers written. */
  coverage: (name: string, covered: string, total: string) =>
    `ตามเกณฑ์ “${name}” แผนนี้มี ${covered} ${WORDS.of} ${total} ${WORDS.item}`,
} as const;

/** The history screen's filters and columns. */
export const HISTORY_WORDS = {
  fromDate: 'ตั้งแต่วันที่',
  toDate: 'ถึงวันที่',
  editor: 'ผู้แก้ไข',
  kind: 'ประเภท',
  field: 'ช่องข้อมูล',
} as const;

/** The overview's words shared by its cards and lists. */
export const OVERVIEW_WORDS = {
  monthsNotReported: 'เดือนที่ยังรายงานไม่ครบ',
  asOfMonthEnd: 'ข้อมูล ณ สิ้นเดือน',
} as const;

/** The settings' and the first-run screen's examples in empty boxes. */
export const EXAMPLES = {
  office: 'เช่น สำนักงานเขตดุสิต',
  director: 'เช่น ผู้อำนวยการเขตดุสิต',
  head: 'เช่น หัวหน้าฝ่ายปกครอง',
  reporter: 'เช่น นักวิเคราะห์นโยบายและแผน',
} as const;

/** The data file as the shell's dialogs and the backup screens name it. */
export const DATA_FILE_WORDS = {
  dataFile: 'ไฟล์ข้อมูล',
  filter: 'ไฟล์ข้อมูล ITA Tracker',
  backupRestore: 'สำรองและกู้คืนข้อมูล',
  pickEvidence: 'เลือกไฟล์หลักฐาน',
  about: 'เกี่ยวกับ ITA Tracker',
} as const;
