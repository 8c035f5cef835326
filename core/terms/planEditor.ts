// The plan table's cells (renderer/src/screens/plan: ItemRows, ActivityRow, ActivityFields,
// DivisionPicker, EditableCell): what each box is called for screen readers, its placeholder, its
// row tools and what it says of a value it refuses. `where` is an activity by its item and number
// (STRUCTURE_WORDS.activityOf), `code` an item's code. Pure.
import { ENTITY_NAMES, PLAN_COLUMN_NAMES } from './fields';
import { REPORT_TERMS } from './reports';
import { STRUCTURE_WORDS } from './structure';
import { PLAN_WORDS } from './ui';

const FREQUENCY = 'ความถี่ในการติดตาม';
const FREQUENCY_EXAMPLE = 'เช่น ทุก ๓ เดือน';

/** An item's row: its code, question and issue, its tools, and the row of an item without activities. */
export const PLAN_ITEM_WORDS = {
  codeRule: 'รหัสข้อต้องเป็น I, E หรือ O ตามด้วยตัวเลข เช่น I1 หรือ O12',
  tools: (code: string) => `จัดการข้อ ${code}`,
  addActivityShort: `+ ${ENTITY_NAMES.activity}`,
  moveUp: (code: string) => `เลื่อนข้อ ${code} ขึ้น`,
  moveDown: (code: string) => `เลื่อนข้อ ${code} ลง`,
  question: (code: string) => `${PLAN_COLUMN_NAMES.code} ${STRUCTURE_WORDS.item(code)}`,
  questionPlaceholder: 'พิมพ์คำถามหรือเรื่องของข้อนี้',
  issue: (code: string) => `ประเด็นที่ต้องเตรียมความพร้อม ข้อ ${code}`,
  noActivity: 'ยังไม่มีกิจกรรม',
  addActivity: '+ เพิ่มกิจกรรม',
} as const;

/** An activity's cells and row tools. */
export const PLAN_ACTIVITY_WORDS = {
  required: 'ต้องระบุกิจกรรม ถ้าไม่ใช้กิจกรรมนี้แล้วให้ลบกิจกรรม',
  text: (where: string) => `${ENTITY_NAMES.activity} ${where}`,
  output: (where: string) => `${PLAN_COLUMN_NAMES.output} ${where}`,
  awareness: (where: string) => `${PLAN_COLUMN_NAMES.awareness} ${where}`,
  /** The responsible cell's hint: ผู้รับผิดชอบ as the document wrote it. */
  asWritten: (text: string) => `ตามเอกสาร: ${text}`,
  responsible: (where: string, who: string) =>
    `${PLAN_COLUMN_NAMES.responsible} ${where}: ${who || 'ยังไม่ได้เลือก'} (กด Enter เพื่อเลือกฝ่าย)`,
  pickDivision: 'เลือกฝ่าย',
  tools: (where: string) => `จัดการกิจกรรม ${where}`,
  moveUp: (where: string) => `เลื่อนกิจกรรมขึ้น (${where})`,
  moveDown: (where: string) => `เลื่อนกิจกรรมลง (${where})`,
  delete: (where: string) => `${PLAN_WORDS.deleteActivity} (${where})`,
} as const;

/** The target (under ผลผลิต) and ระยะเวลากำกับติดตาม cells. */
export const PLAN_FIELD_WORDS = {
  addTarget: `+ ${REPORT_TERMS.target}`,
  targetRule: 'เป้าหมายต้องเป็นตัวเลขไม่ติดลบ เช่น ๑ หรือ 10',
  targetQty: 'จำนวนเป้าหมาย',
  frequency: FREQUENCY,
  needFrequency: `ระบุ${FREQUENCY} ${FREQUENCY_EXAMPLE}`,
  frequencyText: 'ระบุความถี่',
  frequencyExample: FREQUENCY_EXAMPLE,
  /** A cell's state while its text is not saved yet (its title). */
  unsaved: 'ยังไม่บันทึก',
} as const;

/** The responsible divisions' picker. */
export const DIVISION_PICKER_WORDS = {
  none: 'ยังไม่ได้เลือกฝ่าย',
  /** Before ผู้รับผิดชอบ as the imported document wrote it. */
  asWritten: 'ตามเอกสารเดิม:',
  legend: 'เลือกฝ่ายที่รับผิดชอบ',
} as const;
