// The desktop shell's words (electron/main, electron/shell-pure): the application menu, the file
// dialogs, the start-up errors. Pure.
import { FILE_MESSAGES } from './messages';

/** The application menu's own labels (ไฟล์ / แก้ไข / มุมมอง / ช่วยเหลือ and Electron's roles). */
export const MENU_WORDS = {
  edit: 'แก้ไข',
  view: 'มุมมอง',
  help: 'ช่วยเหลือ',
  reload: 'โหลดหน้าใหม่',
  zoomIn: 'ขยายตัวอักษร',
  zoomOut: 'ย่อตัวอักษร',
  resetZoom: 'ขนาดปกติ',
  fullScreen: 'เต็มจอ',
  devTools: 'เครื่องมือนักพัฒนา',
  exportReport: 'ส่งออกรายงาน…',
  backup: 'สำรองข้อมูล…',
  quit: 'ออก',
  redo: 'ทำซ้ำ',
  cut: 'ตัด',
  copy: 'คัดลอก',
  paste: 'วาง',
  selectAll: 'เลือกทั้งหมด',
  saveNow: 'บันทึกทันที',
  find: 'ค้นหา',
  ok: 'ตกลง',
  /** The about box: the version, then what the program is and where its data file is. */
  version: (version: string) => `ITA Tracker รุ่น ${version}`,
  aboutDetail: (dbPath: string) => `ระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA)\nไฟล์ข้อมูล: ${dbPath}`,
} as const;

/** The titles, buttons and filters of the desktop's file dialogs. */
export const DIALOG_WORDS = {
  saveReport: 'บันทึกรายงาน',
  pickBackup: 'เลือกไฟล์สำรองที่จะกู้คืน',
  pick: 'เลือก',
  attach: 'แนบไฟล์',
  evidenceFilter: 'ไฟล์หลักฐาน (PDF รูปภาพ เอกสาร Office)',
  backupToFile: 'สำรองข้อมูลไปยังไฟล์',
  pickFormsFolder: 'เลือกโฟลเดอร์ที่จะบันทึกแบบฟอร์ม',
  saveHere: 'บันทึกที่นี่',
  noAppForFile: 'เปิดไฟล์ไม่ได้: ไม่พบโปรแกรมสำหรับเปิดไฟล์ชนิดนี้ในเครื่อง',
} as const;

/** What the desktop app says when it cannot start or recover (error boxes of electron/main). */
export const STARTUP_WORDS = {
  restoreFailed: 'กู้คืนไม่สำเร็จ',
  dbUnopenable: 'เปิดฐานข้อมูลไม่ได้',
  cannotStart: 'เริ่มโปรแกรมไม่ได้',
  noFolder: (dir: string, dbPath: string) =>
    `ไม่พบโฟลเดอร์ ${dir}\nกรุณาตรวจสอบเส้นทางที่ระบุใน --db (โปรแกรมไม่สร้างโฟลเดอร์ใหม่ให้)\n${FILE_MESSAGES.at(dbPath)}`,
  noDataFile: (dbPath: string) =>
    `ไม่พบไฟล์ข้อมูล ${dbPath}\nกรุณาตรวจสอบเส้นทางที่ระบุใน --db (โปรแกรมสร้างไฟล์ข้อมูลใหม่เฉพาะในโฟลเดอร์ข้อมูลของโปรแกรมเอง)`,
} as const;

/** Why the main process refuses an IPC call that did not come from the app's own window. */
export const FORBIDDEN_REQUEST = 'คำขอนี้ไม่ได้มาจากหน้าต่างของโปรแกรม จึงไม่ได้รับอนุญาต';
