// Messages users read: failures, refusals, undo and revert. Pure.

/** What the user is told about a failure the program cannot explain better. */
export const INTERNAL_ERROR = 'เกิดข้อผิดพลาดภายในโปรแกรม';

/** Why a command of the desktop app is refused elsewhere (the CLI, the browser bridge). */
export const DESKTOP_ONLY = 'คำสั่งนี้ใช้ได้เฉพาะในโปรแกรมบนเครื่อง';

/** Why an approved plan refuses a change (the API, the Excel round trip and the screens say it alike). */
export const PLAN_LOCKED = 'แผนนี้อนุมัติแล้วจึงแก้ไขไม่ได้ หากต้องการแก้ไข ให้ยกเลิกการอนุมัติก่อน';

/** Undo and revert (issue 13): the screens' button, the history's action, the grid's row action. */
export const UNDO_NAME = 'เลิกทำ';
export const REVERT_NAME = 'ย้อนกลับ';
export const CLEAR_ROW_NAME = 'ล้างแถว';
/** The one answer when there is nothing of the screen's left to undo. */
export const NOTHING_TO_UNDO = 'ไม่มีการบันทึกที่เลิกทำได้';

/** A file the user gave that cannot be read, is empty or is too large (API, CLI, readers, screens). */
export const FILE_MESSAGES = {
  unreadable: (name: string) => `อ่านไฟล์ ${name} ไม่ได้`,
  empty: (name: string) => `ไฟล์ ${name} ว่างเปล่า`,
  tooLarge: (name: string, mb: number | string) => `ไฟล์ ${name} ใหญ่เกิน ${mb} MB`,
  /** The data file itself cannot be opened (the app's start, recovery). */
  dataFileUnopenable: 'เปิดไฟล์ข้อมูลไม่ได้',
  damaged: 'ไฟล์ฐานข้อมูลเสียหาย',
  damagedUnreadable: 'ไฟล์ฐานข้อมูลเสียหาย อ่านไม่ได้',
  /** The last line of a message about a file: which one. */
  at: (path: string) => `ไฟล์: ${path}`,
} as const;

/** A plan import refused as a whole (the API, the Excel round trip, the CLI); its problems follow. */
export const IMPORT_REFUSED = 'นำเข้าแผนไม่ได้ ไม่มีการเปลี่ยนแปลงข้อมูล';
/** The tail of a list cut short: "และอีก ๓ รายการ". */
export const andMore = (n: number | string) => `และอีก ${n} รายการ`;
/** One plan per office and fiscal year (creating, importing, renaming a plan). */
export const planExists = (office: string, fiscalYear: number | string) =>
  `มีแผนของ${office} ปีงบประมาณ พ.ศ. ${fiscalYear} อยู่แล้ว`;
/** A month given for a plan whose fiscal year does not hold it (follow-ups, division forms). */
export const monthOutsidePlan = (month: string, fiscalYear: number | string) =>
  `เดือน ${month} ไม่อยู่ในปีงบประมาณ พ.ศ. ${fiscalYear} ของแผนนี้`;

/** A record the request names that does not exist. */
export const NOT_FOUND = {
  plan: 'ไม่พบแผนที่ระบุ',
  activity: 'ไม่พบกิจกรรมที่ระบุ',
  evidence: 'ไม่พบหลักฐานที่ระบุ',
  division: 'ไม่พบฝ่ายที่ระบุ',
  subIndicator: 'ไม่พบตัวชี้วัดย่อยที่ระบุ',
  item: 'ไม่พบข้อที่ระบุ',
  tool: 'ไม่พบแบบวัดที่ระบุ',
  indicator: 'ไม่พบตัวชี้วัดที่ระบุ',
  followUp: 'ไม่พบผลการดำเนินงานที่ระบุ',
  indicatorInPlan: (n: number | string) => `ไม่พบตัวชี้วัดที่ ${n} ในแผนนี้`,
  itemIndicator: (n: number | string, code: string) => `ไม่พบตัวชี้วัดที่ ${n} ของข้อ ${code}`,
  divisionId: (id: number | string) => `ไม่พบฝ่ายรหัส ${id}`,
  criteriaSet: (id: string) => `ไม่พบเกณฑ์ "${id}"`,
} as const;

/** A delete refused because the record has monthly reports ("ลบกิจกรรมที่ 2 ของข้อ O1 ไม่ได้ เพราะ…"). */
export const refusedWithReports = (what: string) => `${what} ไม่ได้ เพราะมีผลการดำเนินงานแล้ว`;
