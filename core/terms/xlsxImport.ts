// What reading back an Excel file this program exported says (electron/reports/xlsx): a division's
// filled form and a plan edited in Excel — which cell is wrong and why, what the plan import will do.
// Numbers come already written. Pure.
import { PLAN_CHANGE_WORDS } from './audit';
import { FIELD_NAMES } from './fields';
import { INPUT_WORDS } from './input';
import { STRUCTURE_WORDS } from './structure';
import { WORDS } from './words';

type N = number | string;

/** "ไฟล์ ก.xlsx แถว 12 คอลัมน์ สถานะ" — where in a file sent back a problem is (the column when known). */
const cellAt = (file: string, row: N, column?: string) =>
  `${WORDS.file} ${file} แถว ${row}${column ? ` คอลัมน์ ${column}` : ''}`;

/** A workbook that is not the file it should be, or too big to read (electron/reports/xlsx/read.ts and the readers). */
export const XLSX_FILE_WORDS = {
  cellAt,
  /** One problem of one cell (or of one row, without the column). */
  cellProblem: (file: string, row: N, column: string | undefined, problem: string) =>
    `${cellAt(file, row, column)}: ${problem}`,
  tooLong: (file: string, row: N, column: string, max: string) =>
    `${cellAt(file, row, column)}: ${INPUT_WORDS.tooLong(max)}`,
  notOurs: (file: string, what: string) => `ไฟล์ ${file} ไม่ใช่${what}ที่ส่งออกจากโปรแกรมนี้ (ไม่พบข้อมูลกำกับแบบฟอร์ม)`,
  noSheet: (file: string, sheet: string) => `ไฟล์ ${file} ไม่มีแผ่นงาน "${sheet}"`,
  tooManyRows: (file: string, max: string) => `ไฟล์ ${file} มีมากกว่า ${max} แถว`,
} as const;

/** A division's filled-in form (electron/reports/xlsx/formsImport.ts), each problem of one cell. */
export const FORM_IMPORT_WORDS = {
  /** What metaOf says the file should have been. */
  what: 'แบบฟอร์มรายงานของฝ่าย',
  tooManyRows: (file: string, max: string) => `${XLSX_FILE_WORDS.tooManyRows(file, max)} จึงไม่นำเข้า`,
  notFormRow: 'แถวนี้ไม่ใช่แถวของแบบฟอร์ม (ไม่พบรหัสกิจกรรม) ห้ามเพิ่มแถวเอง',
  repeatedRow: 'กิจกรรมนี้ซ้ำกับแถวด้านบน',
  needStatus: 'ต้องเลือกสถานะ เมื่อกรอกผลการดำเนินงานในแถวนี้',
  badStatus: (given: string, statuses: readonly string[]) => `ไม่รู้จักสถานะ "${given}" ต้องเป็น ${statuses.join(', ')}`,
  notNumber: (given: string) => `"${given}" ไม่ใช่ตัวเลข`,
  qtyTooLarge: `${FIELD_NAMES.qty}มากเกินไป`,
  badUrl: (given: string) => `"${given}" ไม่ใช่ลิงก์ที่รับได้ ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https://`,
  tooManyUrls: (max: N) => `ลิงก์มากเกิน ${max} ลิงก์`,
} as const;

const REMOVE_REPORTED = 'ไม่ได้ เพราะมีผลการดำเนินงานบันทึกไว้แล้ว';
/** "ลบข้อ O5". */
const removeItem = STRUCTURE_WORDS.deleteItem;

/** A plan edited in Excel and read back (electron/reports/xlsx/planImport.ts). */
export const PLAN_XLSX_WORDS = {
  noPlanSheet: (file: string) => `ไฟล์ ${file} ไม่มีแผ่นงานแผน`,
  emptyActivity: 'กิจกรรมต้องไม่ว่าง (หากต้องการลบกิจกรรม ให้ลบทั้งแถว)',
  badMonths: (given: string) => `อ่านเดือนไม่ได้ ("${given}") ให้เขียนเช่น ธ.ค. ๖๕ – พ.ค. ๖๖ หรือ ต.ค., ม.ค., เม.ย., ก.ค.`,
  otherPlanItem: 'รหัสข้อในไฟล์ไม่ตรงกับแผนนี้ (ไฟล์อาจมาจากแผนอื่น)',
  otherPlanActivity: 'รหัสกิจกรรมในไฟล์ไม่ตรงกับแผนนี้ (ไฟล์อาจมาจากแผนอื่น)',
  needCode: 'ต้องขึ้นต้นด้วยรหัสข้อ เช่น I1, E3, O12',
  newRowNeedsCode: 'แถวที่เพิ่มใหม่ต้องขึ้นต้นด้วยรหัสข้อ เช่น O31 (หรือเว้นว่างเพื่อเพิ่มกิจกรรมในข้อด้านบน)',
  whichIndicator: 'ไม่ทราบว่าข้อนี้อยู่ในตัวชี้วัดใด ให้วางแถวไว้ใต้หัวข้อตัวชี้วัด',
  whichItem: 'ไม่ทราบว่ากิจกรรมนี้อยู่ในข้อใด ให้วางแถวไว้ใต้ข้อที่ต้องการ',
  /** An item or an activity gone from the sheet that has reports, so it stays. */
  itemHasReports: (file: string, code: string) => `${WORDS.file} ${file}: ${removeItem(code)} ${REMOVE_REPORTED}`,
  activityHasReports: (file: string, position: N, code: string) =>
    `${WORDS.file} ${file}: ${PLAN_CHANGE_WORDS.activityRemoved(position, code)} ${REMOVE_REPORTED}`,
  /** The change list's line of an item gone from the sheet (the other kinds: PLAN_CHANGE_WORDS). */
  itemRemoved: (code: string, activities: N) => `${removeItem(code)} (${activities} กิจกรรม)`,
  newDivisions: (names: string) => `หน่วยงานที่ไม่อยู่ในรายชื่อฝ่ายจะถูกเพิ่มเป็นฝ่ายใหม่: ${names}`,
} as const;
