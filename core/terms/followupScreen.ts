// The follow-up screen's words (ติดตามรายเดือน): its title and notices, the month bar, the filters and
// the status counts, a row in both its forms (labels, save state, a copied draft), evidence, copy
// from last month and an activity's year. Numbers and months come already written in the office's
// digits (core/thai). Pure.
import type { Evidence } from '../types';
import { ENTITY_NAMES, EVIDENCE_KIND_NAMES, FIELD_NAMES, PLAN_COLUMN_NAMES } from './fields';
import { FILE_MESSAGES, UNDO_NAME } from './messages';
import { REPORT_TERMS } from './reports';
import { SCREEN_NAMES, YEAR_WORDS } from './screens';
import { NOT_REPORTED, STATUS_NAMES } from './status';
import { STRUCTURE_WORDS } from './structure';
import { UI_WORDS } from './ui';
import { WORDS } from './words';

/** The button that keeps a copied draft as it is. */
const CONFIRM = 'ยืนยัน';
const SEARCH = 'ค้นหารหัสข้อหรือกิจกรรม';
const NOT_COPIED = 'ไม่คัดลอก';
const STATUS_COUNTS = 'จำนวนกิจกรรมตามสถานะ';

/** "ยังไม่รายงาน ๓ จาก ๕ กิจกรรม" (the month bar, the overview's months and its forms dialog), numbers written. */
export const notReportedOf = (missing: string, due: string) =>
  `${NOT_REPORTED} ${missing} ${WORDS.of} ${due} ${ENTITY_NAMES.activity}`;

/** The screen itself: its title, what it says when a month is empty, its buttons and notices. */
export const FOLLOWUP_WORDS = {
  title: 'ผลการดำเนินงานประจำเดือน',
  loading: 'กำลังโหลดกิจกรรมของเดือน…',
  noneDue: (month: string) => `ไม่มีกิจกรรมที่ต้องรายงานในเดือน${month}`,
  dueIn: (timeframe: string) => `กิจกรรมในแผนนี้มีกำหนดดำเนินการ ${timeframe} เลือกเดือนจากแถบด้านบน`,
  noTimeframes: `กิจกรรมในแผนยังไม่มีระยะเวลาดำเนินการ กำหนดได้ที่หน้า “${SCREEN_NAMES.plan}”`,
  noMatch: 'ไม่มีกิจกรรมที่ตรงกับตัวกรอง',
  tryOther: 'ลองเลือกฝ่ายหรือสถานะอื่น หรือ',
  copy: 'คัดลอกจากเดือนก่อน',
  copyHint: 'คัดลอกสถานะ ผลการดำเนินงาน และปัญหา จากเดือนก่อน เป็นร่างลงแถวที่เดือนนี้ยังว่าง (ดูก่อนคัดลอก)',
  firstMonth: 'เดือนแรกของปีงบประมาณ',
  undoHint: 'เลิกทำการบันทึกล่าสุดของคุณในหน้านี้ (Ctrl+Z) ทั้งการคัดลอกจากเดือนก่อนในครั้งเดียว',
  /** The counts' scope when the division filter names a division the list no longer has. */
  chosenDivision: 'ฝ่ายที่เลือก',
  unsaved: 'ยังบันทึกบางแถวไม่สำเร็จ (ดูข้อความสีแดงในแถว) แก้ไขแล้วกด Ctrl+S อีกครั้ง',
  rowCleared: `ล้างผลของแถวแล้ว กด “${UNDO_NAME}” (Ctrl+Z) เพื่อนำกลับ`,
  nothingToClear: 'แถวนี้ยังไม่มีผลที่บันทึกไว้',
  copied: (month: string, n: string) =>
    `คัดลอกผลจากเดือน${month}แล้ว ${n} ${ENTITY_NAMES.activity} เป็นร่าง: ตรวจแล้วแก้ไข หรือกด “${CONFIRM}” ในแถว`,
  nothingCopied: 'ไม่มีผลที่คัดลอกได้',
  notDue: (month: string) => `กิจกรรมที่เลือกไม่มีกำหนดรายงานในเดือน${month}`,
} as const;

/** The twelve months' buttons: what each month holds, and the dot of one not fully reported. */
export const MONTH_BAR_WORDS = {
  noneDue: (month: string) => `${month}: ไม่มีกิจกรรมที่ต้องรายงาน`,
  missing: (month: string, missing: string, due: string) => `${month}: ${notReportedOf(missing, due)}`,
  due: (month: string, n: string) => `${month}: ${n} ${ENTITY_NAMES.activity}`,
  incomplete: 'ยังรายงานไม่ครบ',
} as const;

/** The filters above the grid and the status counts (the overview's card says the counts' name too). */
export const FOLLOWUP_FILTER_WORDS = {
  allStatuses: 'ทุกสถานะ',
  search: SEARCH,
  searchHint: `${SEARCH} (Ctrl+F)`,
  shown: (shown: string, total: string) => `แสดง ${shown} ${WORDS.of} ${total} ${ENTITY_NAMES.activity}`,
  counts: STATUS_COUNTS,
  countsOf: (scope: string) => `${STATUS_COUNTS}: ${scope}`,
  countsOfMonth: `${STATUS_COUNTS}ของเดือนนี้`,
  showAll: 'แสดงทุกสถานะ',
  showOnly: (status: string) => `แสดงเฉพาะ “${status}”`,
} as const;

/** A field's name and the row's item ("ผลการดำเนินงาน ข้อ O1"): the accessible name of a row's box. */
const fieldOf = (label: string, code: string) => `${label} ${STRUCTURE_WORDS.item(code)}`;

/**
 * A row of the grid, the same in its dormant stand-ins and its live editors (so both forms have
 * the same accessible names): its labels, its save state, the badge of a copied draft, its buttons.
 */
export const FOLLOWUP_ROW_WORDS = {
  statusQtyHead: `${FIELD_NAMES.status} / ${REPORT_TERMS.achieved}`,
  fieldOf,
  status: (code: string) => fieldOf(FIELD_NAMES.status, code),
  qty: (code: string) => fieldOf(REPORT_TERMS.achieved, code),
  qtyHint: `${REPORT_TERMS.achieved}เดือนนี้ (Enter: ไปแถวถัดไป)`,
  year: (code: string, n: number | string) => `${YEAR_WORDS.open} ${STRUCTURE_WORDS.activityOf(code, n)}`,
  output: `${PLAN_COLUMN_NAMES.output}:`,
  unsaved: '● ยังไม่บันทึก',
  unsavedHint: 'ยังไม่บันทึก จะบันทึกเองเมื่อหยุดพิมพ์ (หรือกด Ctrl+S)',
  saved: `✓ ${UI_WORDS.saved}`,
  retry: 'ลองบันทึกอีกครั้ง',
  draftHint: `ตรวจผลที่คัดลอกมา แล้วแก้ไขให้เป็นผลของเดือนนี้ หรือกด “${CONFIRM}” ถ้าใช้ได้ตามนี้`,
  copiedFrom: (month: string) => `คัดลอกจาก ${month}`,
  copied: 'คัดลอกมา',
  confirm: CONFIRM,
  clearHint: `ล้างผลของเดือนนี้ทั้งแถว (กลับเป็น${NOT_REPORTED}) เลิกทำได้ด้วย Ctrl+Z`,
  dropHere: 'วางไฟล์ที่นี่เพื่อแนบเป็นหลักฐาน',
} as const;

/** A row's evidence: its list, adding a link or a file, and why a link or a file is refused. */
export const EVIDENCE_WORDS = {
  remove: (name: string) => `ลบหลักฐาน ${name}`,
  confirmRemove: (name: string) => `ยืนยันการลบ ${name}`,
  keep: 'ไม่ลบ',
  /** A link's hint; a look-alike domain's warning on its own line. */
  openLink: (text: string, warning: string | null) => `เปิดลิงก์ ${text}${warning ? `\n${warning}` : ''}`,
  openFile: (name: string | null) => `${UI_WORDS.openFile} ${name}`,
  lookAlike: '⚠ ชื่อเว็บไซต์มีอักษรหลายภาษาปนกัน อาจเป็นเว็บไซต์ปลอม',
  urlOf: (code: string) => `ลิงก์หลักฐานของข้อ ${code}`,
  addUrlHint: 'เพิ่มลิงก์หลักฐาน',
  addUrl: `+ ${EVIDENCE_KIND_NAMES.url}`,
  addFile: `+ ${EVIDENCE_KIND_NAMES.file}`,
  addFileHint: (mb: string) => `แนบไฟล์ (PDF รูปภาพ Word Excel ไม่เกิน ${mb} MB) หรือลากไฟล์มาวางที่แถวนี้`,
  attaching: (n: string) => `กำลังแนบ ${n} ${WORDS.file}…`,
  bytes: (n: string) => `${n} ไบต์`,
  needUrl: 'กรุณาวางลิงก์ของหลักฐาน เช่น https://www.bangkok.go.th/…',
  badType: (name: string) => `แนบไฟล์ ${name} ไม่ได้ รองรับเฉพาะ PDF รูปภาพ (PNG JPG GIF WEBP) และไฟล์ Word Excel PowerPoint`,
  tooLarge: (name: string, mb: string) => `${FILE_MESSAGES.tooLarge(name, mb)} กรุณาย่อขนาดหรือแบ่งไฟล์ก่อนแนบ`,
  folders: (names: string) => `แนบโฟลเดอร์ไม่ได้ (${names}) กรุณาลากเฉพาะไฟล์ที่อยู่ในโฟลเดอร์`,
} as const;

/** The quantity typed in a row that is not one. */
export const QTY_WORDS = {
  notNumber: (typed: string) => `${REPORT_TERMS.achieved} “${typed}” ไม่ใช่ตัวเลข กรุณาพิมพ์จำนวน เช่น ๑ หรือ 1`,
  negative: `${REPORT_TERMS.achieved}ต้องไม่ติดลบ`,
} as const;

/**
 * Copy from last month's preview. Its lead reads "จะคัดลอก <b>๓ กิจกรรม</b> มาเดือน… เป็น<b>ร่าง</b>ให้ตรวจ …"
 * and is laid out from its parts: willCopy, intoMonth, toCheck.
 */
export const COPY_MONTH_WORDS = {
  title: (month: string) => `คัดลอกผลจากเดือน${month}`,
  checking: 'กำลังตรวจว่าจะคัดลอกอะไรได้บ้าง…',
  copy: (n: string) => `คัดลอก ${n} ${ENTITY_NAMES.activity}`,
  copying: 'กำลังคัดลอก…',
  willCopy: 'จะคัดลอก',
  intoMonth: (month: string) => `มาเดือน${month} เป็น`,
  toCheck: `ให้ตรวจ แถวที่เป็นร่างนับเป็น “${NOT_REPORTED}” จนกว่าจะแก้ไขหรือกด “${CONFIRM}”`,
  nothing: (month: string) => `ไม่มีผลของเดือน${month}ที่คัดลอกได้`,
  notCarried: `${NOT_COPIED}${FIELD_NAMES.qty} ข้อสั่งการ หลักฐาน สถานะ “${STATUS_NAMES.done}” และ “${STATUS_NAMES.blocked}” และบรรทัดที่ระบุวันหรือเดือน`,
  droppedHead: `${NOT_COPIED} (ระบุวันที่)`,
  skipped: (n: string) => `${NOT_COPIED} ${n} ${ENTITY_NAMES.activity}`,
} as const;

/** The year panel's lines beside YEAR_WORDS: the activity's number, the total against the target, evidence. */
export const YEAR_PANEL_WORDS = {
  activityNo: (n: string) => `กิจกรรมที่ ${n}`,
  ofTarget: (target: string, unit: string) => ` ${WORDS.of} ${target}${unit}`,
  evidence: (kind: Evidence['kind'], name: string | null) => `${EVIDENCE_KIND_NAMES[kind]} ${name}`,
} as const;
