// Words of the ตั้งค่า screen (renderer/src/screens/settings): the office and signers, the numbers
// and the report page, the divisions, about the program, backup and restore. Pure.

/** The office-and-signers and the display panels (SettingsForm.tsx), and the screen's own load line. */
export const SETTINGS_WORDS = {
  loading: 'กำลังโหลดการตั้งค่า…',
  officeTitle: 'หน่วยงานและผู้ลงนาม',
  officeNote: 'บันทึกให้อัตโนมัติเมื่อพิมพ์เสร็จ ใช้ในหัวรายงานและช่องลงนาม',
  signerTitleHint: 'พิมพ์ใต้ชื่อในช่องลงนามของรายงาน (ว่างไว้: พิมพ์ชื่อหน้าที่)',
  directorTitleHint: 'พิมพ์ในรายงานใต้ชื่อผู้ลงนาม',
  directorNameExample: 'เช่น นายสมชาย ใจดี',
  reporterHint: 'พิมพ์ใต้ช่องลงนาม “ผู้รายงาน” ของแบบรายงาน และบันทึกเป็นผู้รายงานของผลรายเดือนที่บันทึกหลังจากนี้ (ผลที่บันทึกแล้วไม่เปลี่ยน)',
  displayTitle: 'การแสดงผลและรายงาน',
  numerals: 'ตัวเลขในหน้าจอและรายงาน',
  /** Before the year written in the chosen digits: "ตัวอย่าง: ปีงบประมาณ พ.ศ. ๒๕๖๖". */
  numeralsExample: 'ตัวอย่าง: ปีงบประมาณ พ.ศ.',
  fontExample: 'เช่น TH Sarabun New',
  fontHint: 'ไฟล์ Excel ใช้แบบอักษรนี้ ไฟล์ PDF ใช้ Sarabun ที่ฝังมากับโปรแกรม (ดูหน้ากระดาษรายงาน)',
  /** A sample line shown in the chosen font. */
  fontSample: 'ตัวอย่างแบบอักษร: รายงานผลการดำเนินงานประจำเดือน',
} as const;

/** The report page panel (PageSection.tsx): sizes in TH Sarabun PSK points, margins, page numbers. */
export const PAGE_WORDS = {
  title: 'หน้ากระดาษรายงาน (PDF)',
  note:
    'ไฟล์ PDF ฝังแบบอักษร Sarabun (สัญญาอนุญาต SIL OFL) ที่มากับโปรแกรม ขนาดตัวอักษรเทียบให้อ่านได้เท่ากับ TH Sarabun PSK ตามที่ระบุ ' +
    'ส่วนไฟล์ Excel ใช้แบบอักษรที่เลือกด้านบนตามที่ติดตั้งในเครื่อง',
  // The hints take their numbers (core/limits.ts) in Arabic digits; the screen shows them in the
  // office's digits (withDigits), as it shows the API's refusals.
  textPtHint: (usual: number) => `เทียบกับ TH Sarabun PSK (ปกติ ${usual})`,
  tablePtHint: (min: number) => `ไม่น้อยกว่า ${min}`,
  marginHint: (usual: number) => `ด้านที่ไม่เย็บเล่ม (ปกติ ${usual})`,
  bindingHint: (usual: number) => `ด้านซ้ายของหน้าแนวตั้ง ด้านบนของหน้าแนวนอน (ปกติ ${usual})`,
  notNumber: 'ต้องเป็นตัวเลข',
  /** The two ways of numbering pages: "หน้า ๑/๒๔" at the foot, "- ๒ -" at the head. */
  fraction: (page: string, pages: string) => `หน้า ${page}/${pages}`,
  fractionWhere: 'ท้ายทุกหน้า',
  dashWhere: (firstPage: number) => `กลางหัวกระดาษ ตั้งแต่หน้า ${firstPage} (แบบงานสารบรรณ)`,
} as const;

const NON_STANDARD = 'ไม่ใช่ฝ่ายมาตรฐาน';
const RENAME = 'เปลี่ยนชื่อ';

/** The divisions panel (DivisionsSection.tsx). */
export const DIVISION_WORDS = {
  title: 'รายชื่อฝ่าย',
  note: 'ใช้เลือกผู้รับผิดชอบกิจกรรมและดูความคืบหน้ารายฝ่าย',
  nonStandardNote: ` · ป้าย “${NON_STANDARD}” คือชื่อที่ไม่ตรงกับฝ่ายปกติของสำนักงานเขต (เช่น มาจากแผนที่นำเข้า) ตรวจแล้ว${RENAME}หรือลบได้`,
  nonStandard: NON_STANDARD,
  nonStandardHint: 'ชื่อนี้ไม่ตรงกับฝ่ายมาตรฐานของสำนักงานเขต (เช่น มาจากแผนที่นำเข้า)',
  rename: RENAME,
  newNameOf: (name: string) => `ชื่อใหม่ของ${name}`,
  removeTitle: 'ลบฝ่าย',
  removeAsk: (name: string) => `ลบ “${name}” ออกจากรายชื่อฝ่าย? ลบได้เฉพาะฝ่ายที่ไม่ได้รับผิดชอบกิจกรรมใดในแผน`,
  empty: 'ยังไม่มีรายชื่อฝ่าย เพิ่มฝ่ายแรกได้ที่ช่องด้านล่าง',
  add: 'เพิ่มฝ่าย',
  example: 'เช่น ฝ่ายเทศกิจ',
} as const;

/** The about panel (AboutSection.tsx). */
export const ABOUT_WORDS = {
  title: 'เกี่ยวกับโปรแกรม',
  version: 'รุ่นโปรแกรม',
  schemaVersion: 'รุ่นโครงสร้างข้อมูล',
  dataFileAt: 'ไฟล์ข้อมูลอยู่ที่',
  oneFile: 'ข้อมูลทั้งหมดอยู่ในไฟล์นี้ไฟล์เดียว สำรองข้อมูลได้โดยคัดลอกไฟล์นี้เก็บไว้',
  copyPath: 'คัดลอกที่อยู่ไฟล์',
  copied: 'คัดลอกแล้ว',
} as const;

const BACKUP_NOW = 'สำรองข้อมูลตอนนี้';
const TO_FILE = 'สำรองไปยังไฟล์…';

/** The backup and restore panel (BackupSection.tsx); its buttons are quoted by the guide (./help.ts). */
export const BACKUP_WORDS = {
  /** Why a backup was made, as its list says. */
  reasons: {
    auto: 'อัตโนมัติ',
    manual: 'สำรองเอง',
    preRestore: 'ก่อนกู้คืน',
    preMigration: 'ก่อนปรับรุ่นข้อมูล',
  },
  /** "1 มีนาคม 2568 เวลา 08:30 น." */
  dateTime: (date: string, time: string) => `${date} เวลา ${time} น.`,
  openDataFolder: 'เปิดโฟลเดอร์ข้อมูล',
  backedUp: (name: string) => `สำรองข้อมูลแล้ว: ${name}`,
  savedToFile: (path: string) => `บันทึกไฟล์สำรองแล้ว: ${path}`,
  restored: (name: string) => `กู้คืนข้อมูลแล้ว ข้อมูลเดิมสำรองไว้ที่ ${name}`,
  backupsAt: 'ไฟล์สำรองอยู่ที่',
  autoHint: (keep: string, monthly: string) =>
    `โปรแกรมสำรองข้อมูลให้อัตโนมัติทุกครั้งที่เปิดและทุกวัน (เก็บ ${keep} ชุดล่าสุดและเดือนละ ${monthly} ชุด)`,
  copyHint:
    `ต้องการสำเนาข้อมูลไปเก็บหรือส่งต่อ ให้ใช้ “${TO_FILE}” ซึ่งได้สำเนาที่สมบูรณ์เสมอแม้โปรแกรมเปิดอยู่ ` +
    'อย่าคัดลอกไฟล์ข้อมูลเองขณะโปรแกรมกำลังบันทึก เพราะอาจได้ไฟล์ที่ไม่ครบ',
  backupNow: BACKUP_NOW,
  toFile: TO_FILE,
  fromFile: 'กู้คืนจากไฟล์…',
  recent: 'ไฟล์สำรองล่าสุด',
  none: `ยังไม่มีไฟล์สำรอง กด “${BACKUP_NOW}” เพื่อสร้างไฟล์แรก`,
  time: 'เวลา',
  kind: 'ชนิด',
  size: 'ขนาด',
  actions: 'คำสั่ง',
  replace: 'กู้คืนแทนข้อมูลปัจจุบัน',
  lastChange: 'แก้ไขล่าสุด',
  replaceWarning: 'ข้อมูลปัจจุบันทั้งหมดจะถูกแทนที่ด้วยข้อมูลในไฟล์นี้ โปรแกรมจะสำรองข้อมูลปัจจุบันเก็บไว้ก่อน จึงกู้กลับได้หากเปลี่ยนใจ',
} as const;
