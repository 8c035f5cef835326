// What the API says when it refuses or warns (electron/api: its errors, context and handlers); the
// messages several floors share are in ./messages.ts. Pure.
import { STATUS_NAMES } from './status';
import { STRUCTURE_WORDS } from './structure';

/** A failure of the database or of the input, as the API reports it whatever the handler. */
export const API_ERRORS = {
  invalidInput: (detail: string) => `ข้อมูลไม่ถูกต้อง — ${detail}`,
  constraint: 'บันทึกไม่ได้ เพราะข้อมูลขัดกับข้อมูลที่มีอยู่',
  busy: 'ฐานข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่น กรุณาลองใหม่อีกครั้ง',
  diskFull: 'บันทึกไม่ได้: พื้นที่ดิสก์เต็ม ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังอยู่ครบ กรุณาลบไฟล์ที่ไม่ใช้ให้มีพื้นที่ว่าง แล้วลองบันทึกอีกครั้ง',
  readOnly:
    'บันทึกไม่ได้: ไฟล์ข้อมูลหรือโฟลเดอร์ของไฟล์เป็นแบบอ่านอย่างเดียว (ไม่มีสิทธิ์เขียน) ' +
    'กรุณาย้ายไฟล์ข้อมูลไปไว้ในโฟลเดอร์ที่เขียนได้ หรือให้ผู้ดูแลระบบเปิดสิทธิ์เขียน',
  /** Who the history names when the app was given no user. */
  unknownActor: 'ไม่ระบุผู้ใช้',
} as const;

/** Something of one month: "ฝ่ายปกครอง เดือน ต.ค. 66", "ข้อ O1 กิจกรรมที่ 2 เดือน 2566-10". */
const inMonth = (what: string, month: string) => `${what} เดือน ${month}`;

const CLOSE_AND_RETRY = 'กรุณาปิดไฟล์นั้นแล้วลองอีกครั้ง';

/** Files the API is asked to read, open, print or write for the desktop (backup, evidence, exports). */
export const DESKTOP_API_WORDS = {
  pickAgain: 'กรุณาเลือกไฟล์จากหน้าต่างเลือกไฟล์อีกครั้ง',
  backupOverDataFile: 'เลือกไฟล์อื่น: ไฟล์นี้คือไฟล์ข้อมูลที่ใช้อยู่',
  restoreFromDataFile: 'ไฟล์นี้คือไฟล์ข้อมูลที่ใช้อยู่ เลือกไฟล์สำรองไฟล์อื่น',
  /** After "อ่านไฟล์ … ไม่ได้" of a file another program holds. */
  inUse: (unreadable: string) => `${unreadable}: ไฟล์กำลังถูกใช้โดยโปรแกรมอื่น ${CLOSE_AND_RETRY}`,
  evidenceOpen: (fileName: string) =>
    `เปิดไฟล์หลักฐาน “${fileName}” ไม่ได้: ไฟล์นี้กำลังเปิดอยู่ในโปรแกรมอื่น (เช่น Word หรือ Excel) ${CLOSE_AND_RETRY}`,
  exportGone: 'ไม่พบไฟล์ที่ส่งออกนี้ กรุณาส่งออกใหม่อีกครั้ง',
  printDesktopOnly: 'การพิมพ์ใช้ได้เฉพาะในโปรแกรมบนเครื่อง',
} as const;

/** The division forms coming back (their preview's errors and warnings, the refusal of the import). */
export const FORMS_IMPORT_WORDS = {
  otherPlan: (file: string, fiscalYear: number | string) =>
    `ไฟล์ ${file} เป็นแบบฟอร์มของแผนอื่น ไม่ใช่แผนปีงบประมาณ พ.ศ. ${fiscalYear} ที่เลือก`,
  monthOutside: (file: string, fiscalYear: number | string) =>
    `ไฟล์ ${file} เป็นแบบฟอร์มเดือนที่ไม่อยู่ในปีงบประมาณ พ.ศ. ${fiscalYear}`,
  notDue: (file: string, row: number | string, month: string) =>
    `ไฟล์ ${file} แถว ${row}: กิจกรรมนี้ไม่อยู่ในรายการที่ต้องรายงานเดือน ${month} ของแผนแล้ว (แผนอาจถูกแก้ไขหลังส่งแบบฟอร์ม)`,
  merged: (code: string, activity: string, divisions: number) =>
    `${STRUCTURE_WORDS.item(code)} "${activity}" รายงานมาจาก ${divisions} ฝ่าย จะรวมผลเป็นรายการเดียว`,
  /** Said after `merged` when the divisions gave different statuses. */
  mergedStatuses: ` (สถานะไม่ตรงกัน จะบันทึกเป็น ${STATUS_NAMES.inProgress})`,
  refused: 'นำเข้าแบบฟอร์มไม่ได้ ไม่มีการบันทึกข้อมูลใด ๆ',
  /** Which form a file is: "ฝ่ายปกครอง เดือน ต.ค. 66". */
  label: inMonth,
  sameFile: (file: string, first: string, label: string) =>
    `ไฟล์ ${file} เป็นแบบฟอร์มเดียวกับไฟล์ ${first} (${label}) จึงนับเพียงครั้งเดียว`,
  disagree: (file: string, first: string, label: string) =>
    `ไฟล์ ${file} และไฟล์ ${first} เป็นแบบฟอร์มของ${label}เหมือนกัน แต่ข้อมูลไม่ตรงกัน ` + 'กรุณาเลือกไฟล์ที่ถูกต้องเพียงไฟล์เดียว',
  unchanged: (file: string, label: string, at: string) =>
    `ไฟล์ ${file} (${label}) นำเข้าแล้วเมื่อ ${at} ข้อมูลเหมือนเดิม จึงไม่บันทึกซ้ำ`,
  replaces: (label: string, file: string, at: string) =>
    `แบบฟอร์ม${label}ในไฟล์ ${file} เคยนำเข้าเมื่อ ${at} ข้อมูลในไฟล์นี้ต่างจากครั้งก่อน จะบันทึกแทนข้อมูลเดิม`,
} as const;

/** A plan made, imported (text or Excel), approved, deleted, or its structure edited. */
export const PLAN_API_WORDS = {
  /** After IMPORT_REFUSED: how many problems follow. */
  problemCount: (n: number) => `(พบปัญหา ${n} รายการ)`,
  noFiscalYear: 'ไม่พบปีงบประมาณในเอกสาร กรุณาระบุปีงบประมาณ (พ.ศ.) ก่อนนำเข้า',
  otherFiscalYear: (found: number | string, chosen: number | string) =>
    `เอกสารระบุปีงบประมาณ พ.ศ. ${found} แต่จะนำเข้าเป็นปี ${chosen} ตามที่เลือก`,
  /** After planExists: the import does not add a second plan. */
  notAgain: (exists: string) => `${exists} จึงไม่นำเข้าซ้ำ`,
  noSample: (file: string) => `ไม่พบไฟล์แผนตัวอย่าง (${file})`,
  manyOffices: (fiscalYear: number | string) => `มีแผนปีงบประมาณ พ.ศ. ${fiscalYear} หลายหน่วยงาน กรุณาระบุชื่อหน่วยงาน`,
  approvedNoDelete: 'แผนที่อนุมัติแล้วลบไม่ได้ หากต้องการลบ ให้ยกเลิกการอนุมัติก่อน',
  alreadyApproved: 'แผนนี้อนุมัติแล้ว',
  notApproved: 'แผนนี้ยังไม่ได้อนุมัติ',
  /** A delete of a part of the plan ("ข้อ O1", "ตัวชี้วัดที่ 3") refused: it has monthly reports. */
  deleteReported: (what: string, n: number) => `ลบ${what} ไม่ได้ เพราะมีผลการดำเนินงานบันทึกไว้แล้ว ${n} รายการ`,
  deleteActivityReported: (months: number) => `ลบกิจกรรมนี้ไม่ได้ เพราะมีผลการดำเนินงานบันทึกไว้แล้ว ${months} เดือน`,
  /** Where a criteria set saved from a plan's structure came from. */
  criteriaSource: (office: string, fiscalYear: number | string) =>
    `โครงสร้างของแผน${office} ปีงบประมาณ พ.ศ. ${fiscalYear}`,
  criteriaNotJson: 'ไฟล์เกณฑ์ไม่ใช่ JSON ที่อ่านได้',
  criteriaInvalid: (where: string, why: string) => `ไฟล์เกณฑ์ไม่ถูกต้อง: ${where} ${why}`.trim(),
  /** The Excel plan round trip: the workbook's name in messages, what its sheet is, which plan it is. */
  xlsxName: 'แผน.xlsx',
  xlsxWhat: 'ไฟล์แผน',
  xlsxOtherYear: (found: number | string | undefined, chosen: number | string) =>
    `ไฟล์นี้เป็นแผนปีงบประมาณ พ.ศ. ${found} ไม่ใช่แผนปี ${chosen} ที่เลือก จึงไม่นำเข้า`,
  xlsxOtherPlan: (office: string | undefined) => `ไฟล์นี้เป็นแผนของ${office || 'หน่วยงานอื่น'} ไม่ใช่แผนที่เลือก จึงไม่นำเข้า`,
  xlsxNoItem: 'ไม่พบข้อของกิจกรรมที่เพิ่ม',
} as const;

const entryNo = (id: number | string) => `รายการที่ ${id}`;
const cannot = (what: string, why: string) => `ย้อนกลับ ${what} ไม่ได้: ${why}`;

/** Undo, revert and clearing a row (electron/api/handlers/history.ts, revertPlan.ts, revertStructure.ts). */
export const REVERT_WORDS = {
  refused: 'ย้อนกลับไม่ได้ ไม่มีการเปลี่ยนแปลงข้อมูล',
  undone: (summary: string) => `เลิกทำแล้ว: ${summary}`,
  rowLabel: (code: string, position: number | string, month: string) =>
    inMonth(STRUCTURE_WORDS.activityOf(code, position), month),
  clearHasFiles: (label: string, files: string) =>
    `ล้างแถว${label}ไม่ได้: มีไฟล์หลักฐาน ${files} ` + 'ลบไฟล์ก่อน (ไฟล์ที่ลบแล้วกู้คืนไม่ได้)',
  /** An entry of the history as a refusal or a note names it. */
  quoted: (summary: string, id: number) => `“${summary}” (${entryNo(id)})`,
  cannot,
  goneNow: (what: string, name: string) => `${what}: ไม่มี${name}นี้แล้ว`,
  noEntry: (id: number) => `ไม่พบประวัติ${entryNo(id)}`,
  heading: (entry: string) => `${entry} เป็นหัวของชุดรายการ ไม่มีข้อมูลของตัวเอง ให้ย้อนกลับทั้งชุด`,
  alreadyReverted: (entry: string, by: number) => `${entry} ถูกย้อนกลับไปแล้ว (${entryNo(by)})`,
  notRevertible: (entry: string, name: string) =>
    cannot(entry, `ย้อนกลับได้เฉพาะผลรายเดือน หลักฐาน ข้อ และกิจกรรม และการนำเข้าหรือสร้างแผนทั้งแผน (รายการนี้เป็น${name})`),
  /** Who edited it later: " โดย สมชาย (รายการที่ 12)". */
  laterBy: (actor: string, id: number) => ` โดย ${actor} (${entryNo(id)})`,
  editedLater: (entry: string, fields: string, later: string) =>
    cannot(entry, `ช่อง ${fields} ถูกแก้ไขภายหลัง${later} ให้ย้อนกลับรายการที่แก้ไขภายหลังก่อน หรือแก้ไขเองที่หน้าจอ`),
  deletedSince: (entry: string, name: string) => cannot(entry, `${name}นี้ถูกลบไปแล้ว`),
  keptLater: (entry: string, fields: string) => `${entry}: ช่อง ${fields} ที่แก้ไขภายหลังคงไว้ตามเดิม`,
  evidenceSince: 'มีหลักฐานที่แนบไว้ภายหลัง ลบหลักฐานนั้นก่อน',
  reportedSince: 'กิจกรรมนี้มีผลการดำเนินงานบันทึกไว้แล้ว',
  activitiesSince: 'ข้อนี้มีกิจกรรมที่เพิ่มภายหลัง',
  nothingToChange: 'ไม่มีข้อมูลที่ต้องเปลี่ยน',
  activityGone: 'กิจกรรมของผลนี้ถูกลบไปแล้ว',
  monthTaken: 'มีผลของเดือนนี้บันทึกใหม่แล้ว',
  fileNotKept: 'ไฟล์หลักฐานที่ลบไปแล้วไม่ได้เก็บไว้ จึงกู้คืนไม่ได้ แนบไฟล์ใหม่ได้ที่หน้าติดตามผล',
  reportGone: 'ผลรายเดือนของหลักฐานนี้ไม่มีแล้ว',
  itemGone: 'ข้อของกิจกรรมนี้ถูกลบไปแล้ว',
  itemNotKept: 'ข้อที่ลบไปแล้วนำกลับไม่ได้ เพิ่มข้อใหม่ได้ที่หน้าแผนมาตรการ',
  /** What sits under a structure record taken back (before STRUCTURE_REVERT_WORDS.hasBelow). */
  toolHasIndicators: 'แบบวัดนี้มีตัวชี้วัด',
  indicatorHasItems: 'ตัวชี้วัดนี้มีข้อหรือตัวชี้วัดย่อย',
  subIndicatorHasItems: 'ตัวชี้วัดย่อยนี้มีข้อ',
} as const;
