// The app shell's words: the top bar, the tabs, loading and failure lines (renderer/src/App.tsx,
// store.ts), the save indicator, the export dialog, and the first-run screen's start choices. Pure.
import { EXAMPLES, UI_WORDS } from './ui';
import { FIELD_NAMES, PLAN_TITLE } from './fields';

/** The top bar, the tabs and what the window says while the data loads or cannot. */
export const APP_SHELL_WORDS = {
  /** The screen tabs' group name, for screen readers. */
  screens: 'หน้าจอ',
  brand: 'ระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  exportHint: 'ส่งออกเป็น PDF หรือ Excel',
  loadingData: 'กำลังโหลดข้อมูล…',
  loadFailed: 'ยังแสดงข้อมูลไม่ได้ ลองกด “ลองใหม่” หรือปิดแล้วเปิดโปรแกรมอีกครั้ง',
  /** The page runs without the desktop app's bridge (window.api). */
  noApi: 'ไม่พบการเชื่อมต่อกับโปรแกรมหลัก กรุณาปิดแล้วเปิดโปรแกรมใหม่',
  /** A failure that carries no Thai message of the API's own. */
  genericError: 'เกิดข้อผิดพลาด กรุณาลองใหม่อีกครั้ง',
  /** The save indicator after a save: "บันทึกแล้ว ๑๐:๓๒ น." (the time already written). */
  savedAt: (time: string) => `${UI_WORDS.saved} ${time} น.`,
} as const;

/** The export dialog: each report's name and what it is for, its options and its progress. */
// Numbers here are Arabic digits; the dialog shows them in the office's (withDigits).
export const EXPORT_WORDS = {
  /** The plan's hint; its name is the plan screen's (SCREEN_NAMES.plan). */
  planHint: 'ตารางแผนทั้งแผน 8 คอลัมน์ ตามแบบเดิม',
  month: 'แบบรายงานผลประจำเดือน',
  monthHint: 'สำหรับเสนอ ผอ.เขต ลงนาม พร้อมช่องข้อสั่งการ',
  halfYear: 'รายงานผลรอบ 6 เดือน',
  halfYearHint: 'ต.ค. – มี.ค. สำหรับเผยแพร่',
  annual: 'รายงานผลประจำปี',
  annualHint: 'ทั้งปีงบประมาณ สำหรับเผยแพร่',
  oitUrls: 'รายการ URL (OIT)',
  oitUrlsHint: 'ลิงก์ที่เผยแพร่ของแต่ละข้อ O สำหรับกรอกในระบบ ITAS',
  overview: 'สรุปสำหรับ ผอ.เขต',
  overviewHint: 'ภาพรวมของเดือน 1 หน้า: ความคืบหน้า ฝ่ายที่ยังไม่รายงาน กิจกรรมที่เลยกำหนด',
  divisionForm: 'แบบฟอร์มรายงานของฝ่าย (Excel)',
  divisionFormHint: 'ส่งให้ฝ่ายกรอกผลประจำเดือน แล้วนำเข้ากลับ',
  /** The file name offered for a division's form (the month already written long). */
  divisionFormFile: (division: string, month: string) => `แบบฟอร์มรายงาน ${division} ${month}.xlsx`,
  needMonth: 'กรุณาเลือกเดือน',
  needDivision: 'กรุณาเลือกฝ่าย',
  another: 'ส่งออกรายงานอื่น',
  export: 'ส่งออก…',
  report: 'รายงาน',
  chooseDivision: '– เลือกฝ่าย –',
  wholeOffice: 'ทั้งสำนักงาน',
  onlyReported: `${FIELD_NAMES.onlyReported} (สรุปหน้าแรกยังนับทุกกิจกรรม)`,
  format: 'รูปแบบ',
  pdfForPrint: 'PDF (สำหรับพิมพ์)',
  seconds: 'วินาที',
} as const;

/** The first-run screen's welcome and its ways to start (WELCOME_WORDS has the restore and signers). */
export const FIRST_RUN_WORDS = {
  title: 'ยินดีต้อนรับสู่ ITA Tracker',
  lead:
    `ระบบติดตาม${PLAN_TITLE} — จัดทำแผน ติดตามผลรายเดือนของทุกฝ่าย และออกรายงานเสนอ ผอ.เขต ` +
    'ได้ในที่เดียว ข้อมูลทั้งหมดเก็บอยู่ในเครื่องนี้ ไม่ต้องต่ออินเทอร์เน็ต',
  needOffice: `กรุณาระบุ${FIELD_NAMES.office} ${EXAMPLES.office}`,
  /** A signer's position box: "ตำแหน่ง เช่น หัวหน้าฝ่ายปกครอง". */
  titleHint: (example: string) => `ตำแหน่ง ${example}`,
  sample: 'เริ่มจากแผนตัวอย่าง',
  sampleHint: 'แผนจริงของสำนักงานเขตดุสิต ปีงบประมาณ พ.ศ. 2566 (70 ข้อ) แล้วแก้ไขให้เป็นของหน่วยงานท่าน',
  importPlan: 'นำเข้าแผนของหน่วยงาน',
  importHint: 'คัดลอกตารางแผนจาก Word หรือ PDF แล้ววาง หรือเลือกไฟล์ข้อความ — ตรวจสอบก่อนนำเข้าทุกครั้ง',
  empty: 'เริ่มแผนเปล่า',
  emptyHint: 'สร้างแผนใหม่ของปีงบประมาณที่เลือก แล้วเพิ่มข้อและกิจกรรมเอง',
  restoring: 'กำลังกู้คืน…',
} as const;
