// The overview's words (ภาพรวม) beside OVERVIEW_WORDS (ui.ts) and CHASE_WORDS (screens.ts): its
// title, cards, bars, the three "needs attention" lists, the criteria coverage and the send-forms
// dialog. Numbers and months come already written in the office's digits (core/thai). Pure.
import { ALL_DIVISIONS, ENTITY_NAMES } from './fields';
import { SCREEN_NAMES } from './screens';
import { STRUCTURE_WORDS } from './structure';
import { WORDS } from './words';

const NO_ACTIVITIES = 'ไม่มีกิจกรรม';
const WHOLE_PLAN = 'ทั้งแผน';
const OVERDUE = 'กิจกรรมที่เลยกำหนด';
/** "ในหน้าติดตามรายเดือน": where a click-through goes. */
const onScreen = (screen: string) => `ในหน้า${screen}`;

/** The screen: its title, the as-of month's state, what it says with nothing to show. */
export const OVERVIEW_SCREEN_WORDS = {
  title: 'ภาพรวมความคืบหน้า',
  computing: 'กำลังคำนวณ…',
  computingOverview: 'กำลังคำนวณภาพรวม…',
  unavailable: (error: string) => `แสดงภาพรวมไม่ได้: ${error}`,
  noActivities: 'แผนนี้ยังไม่มีกิจกรรม จึงยังไม่มีความคืบหน้าให้แสดง',
  goToPlan: `ไปที่${SCREEN_NAMES.plan}`,
} as const;

/** The headline cards. */
export const OVERVIEW_CARD_WORDS = {
  overall: `ความคืบหน้า${WHOLE_PLAN}`,
  wholePlan: WHOLE_PLAN,
  overdue: OVERDUE,
  overdueNote: 'ยังไม่เสร็จแต่เลยเดือนที่กำหนดแล้ว',
} as const;

/** The bars: their legend, per indicator and per division, and what a screen reader hears of one. */
export const OVERVIEW_BAR_WORDS = {
  legend: 'ความหมายของสี',
  byIndicator: 'ความคืบหน้ารายตัวชี้วัด',
  indicator: (n: string, name: string) => `${STRUCTURE_WORDS.indicator(n)} ${name}`,
  byDivision: 'ความคืบหน้ารายฝ่าย',
  divisionHint: `นับกิจกรรมที่ฝ่ายนั้นรับผิดชอบ รวมกิจกรรมของ “${ALL_DIVISIONS}”`,
  noDivisions: `ยังไม่มีรายชื่อฝ่าย เพิ่มได้ที่หน้า “${SCREEN_NAMES.settings}”`,
  /** A bar's ratio when there is nothing to count. */
  none: NO_ACTIVITIES,
  noneOf: (name: string) => `${name}: ${NO_ACTIVITIES}`,
  /** "ฝ่ายโยธา: ๑๒/๒๐ (๖๐%) · ดำเนินการแล้ว ๑๒ · … (จาก ๒๐ กิจกรรม)". */
  description: (name: string, ratio: string, parts: string, total: string) =>
    `${name}: ${ratio} · ${parts} (${WORDS.of} ${total} ${ENTITY_NAMES.activity})`,
} as const;

/** The three lists: activities overdue, months not fully reported, OIT items without a link. */
export const OVERVIEW_LIST_WORDS = {
  overdueTitle: `${OVERDUE}แล้วเสร็จ`,
  noOverdue: (month: string) => `ไม่มี${OVERDUE} ณ ${month}`,
  dueBy: 'กำหนดเสร็จ',
  openRow: `เปิด${onScreen(SCREEN_NAMES.followup)}`,
  allReported: (month: string) => `รายงานผลครบทุกเดือนจนถึง${month}แล้ว`,
  openMonth: `เปิดเดือนนี้${onScreen(SCREEN_NAMES.followup)}`,
  oitTitle: 'ข้อ OIT ที่ยังไม่มีลิงก์เผยแพร่',
  oitAllLinked: 'ทุกข้อ OIT มีลิงก์หลักฐานการเผยแพร่แล้ว',
  noOit: 'แผนนี้ยังไม่มีข้อ OIT',
  openItem: `เปิดข้อนี้${onScreen(SCREEN_NAMES.plan)}`,
  oitHint: `เพิ่มลิงก์หลักฐานได้ในหน้า “${SCREEN_NAMES.followup}” ของกิจกรรมในข้อนั้น`,
} as const;

/** The criteria set's coverage under the cards. */
export const COVERAGE_WORDS = {
  complete: ` — ครบทุก${WORDS.item}`,
  notChosen: (n: string) => `ข้อของเกณฑ์ที่แผนไม่ได้เลือก (${n} ${WORDS.item})`,
} as const;

/** Sending the month's form to every division still to report (CHASE_WORDS.sendForms). */
export const SEND_FORMS_WORDS = {
  ask: (month: string, n: string) =>
    `สร้างแบบฟอร์มรายงานเดือน${month} ให้ ${n} ฝ่ายที่ยังรายงานไม่ครบ ฝ่ายละ 1 ไฟล์ (Excel) ในโฟลเดอร์ที่เลือก ` +
    'แล้วส่งให้ฝ่ายกรอกและนำเข้ากลับด้วย “นำเข้าแบบฟอร์ม”',
  saved: (n: string) => `บันทึกแบบฟอร์มแล้ว ${n} ${WORDS.file}`,
  inFolder: 'ไว้ที่โฟลเดอร์',
  madeSoFar: (n: string, names: string) => `สร้างไว้แล้ว ${n} ${WORDS.file}: ${names}`,
} as const;
