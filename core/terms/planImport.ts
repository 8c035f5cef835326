// The plan import dialog (renderer/src/screens/plan: ImportDialog, ImportPreview, importModel): what
// it asks for, where the table comes from, and its preview of what will be written — the columns
// read, the wrap-space joins, the problems. Numbers come already written where they are shown. Pure.
import { WORDS } from './words';

const CHECK = 'ตรวจสอบ';
const IMPORT = 'นำเข้า';

/** The dialog: its buttons, boxes and hints, and the source of the table. */
export const PLAN_IMPORT_WORDS = {
  title: 'นำเข้าแผนจากตาราง',
  checking: 'กำลังตรวจสอบ…',
  check: CHECK,
  import: IMPORT,
  hint:
    'คัดลอกตารางแผนจาก Word, Excel หรือ PDF (ทั้งตาราง รวมหัวตาราง) แล้ววางในช่องด้านล่าง ' +
    `หรือเลือกไฟล์ / ลากไฟล์มาวาง (.docx, .xlsx, .html, .txt, .tsv) แล้วกด “${CHECK}” เพื่อดูสิ่งที่จะนำเข้าก่อน`,
  criteria: 'เกณฑ์',
  chooseFile: 'เลือกไฟล์…',
  chooseFileLabel: 'เลือกไฟล์แผน',
  /** Before the example year: "ระบุปีงบประมาณเป็นปี พ.ศ. เช่น ๒๕๖๗". */
  yearRule: 'ระบุปีงบประมาณเป็นปี พ.ศ. เช่น',
  yearHint: 'ระบุปีงบประมาณ หรือวางตารางที่มีปีในหัวเรื่อง โปรแกรมจะใส่ปีให้',
  dropHere: 'วางไฟล์ที่นี่',
  textLabel: 'ตารางแผนที่จะนำเข้า',
  fromFile: 'จะนำเข้าจากไฟล์ที่เลือก',
  pasteHere: 'วางตารางแผนที่นี่ (Ctrl+V)',
  notImportable: (name: string) => `ไฟล์ ${name} ไม่ใช่ชนิดที่นำเข้าได้ — เลือกไฟล์ .txt, .tsv, .html, .docx หรือ .xlsx`,
  /** The source line: a chosen file and its kind, or a pasted table. */
  fileSource: (name: string, kind: string) => `${WORDS.file} ${name} (${kind})`,
  htmlPaste: 'ตารางที่วางจากคลิปบอร์ด (รูปแบบ HTML — อ่านช่องที่ผสานไว้ได้)',
  textPaste: 'ตารางที่วาง (ข้อความ)',
} as const;

/** The preview of an import before anything is written. */
export const IMPORT_PREVIEW_WORDS = {
  columns: (n: number | string) => `คอลัมน์ที่อ่าน (${n})`,
  docHeader: 'หัวตารางในเอกสาร',
  readAs: 'อ่านเป็น',
  /** An indicator read without a name. */
  noName: '(ยังไม่มีชื่อ)',
  subIndicators: 'ตัวชี้วัดย่อย',
  notChosen: '— ข้อที่ไม่ได้เลือก:',
  joins: (joined: number | string, total: number | string) =>
    `เชื่อมคำที่ถูกตัดด้วยช่องว่างตอนตัดบรรทัด ${joined} ${WORDS.of} ${total} แห่ง`,
  joinAll: 'เชื่อมทั้งหมด',
  keepAll: 'คงช่องว่างไว้ทั้งหมด (ตามต้นฉบับ)',
  join: (line: number | string, column: string) => `เชื่อมคำ บรรทัด ${line} คอลัมน์ ${column}`,
  line: (n: number | string) => `บรรทัด ${n}`,
  /** A join in the document's heading, above the table. */
  docHead: 'หัวเอกสาร',
  result: 'ผลการตรวจสอบ',
  /** "จะนำเข้า ๗๐ ข้อ ๑๒๐ กิจกรรม เป็นแผนของ…" */
  willImport: 'จะนำเข้า',
  asPlanOf: 'เป็นแผนของ',
  unknownDivisions: 'ผู้รับผิดชอบที่ไม่ตรงกับรายชื่อฝ่าย (จะเพิ่มเป็นฝ่ายใหม่):',
  problems: (n: number | string) => `ปัญหาที่พบ ${n} ${WORDS.entries}`,
  error: 'ข้อผิดพลาด',
  warning: 'ข้อควรตรวจ',
  ok: `ไม่พบปัญหา กด “${IMPORT}” เพื่อสร้างแผน`,
} as const;
