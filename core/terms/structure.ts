// How the structure editor and the plan screen name a plan's tools, indicators and items, and what
// they ask before deleting one. Pure.
import { UI_WORDS } from './ui';
import { WORDS } from './words';

/** The word before an indicator's number: "ตัวชี้วัดที่ 3". */
export const INDICATOR_NO = 'ตัวชี้วัดที่';

const tool = (code: string) => `แบบวัด ${code}`;
const indicator = (n: number | string) => `${INDICATOR_NO} ${n}`;
const item = (code: string) => `${WORDS.item} ${code}`;
const UNLESS_REPORTED = '(ลบไม่ได้ถ้ามีผลการดำเนินงานบันทึกไว้แล้ว)';

export const STRUCTURE_WORDS = {
  tool,
  indicator,
  item,
  itemCode: (code: string) => `รหัสข้อ ${code}`,
  /** An activity by its item and number: "ข้อ O1 กิจกรรมที่ 2". */
  activityOf: (code: string, n: number | string) => `${item(code)} กิจกรรมที่ ${n}`,
  deleteTool: (code: string) => `${UI_WORDS.delete}${tool(code)}`,
  deleteIndicator: (n: number | string) => `${UI_WORDS.delete}${indicator(n)}`,
  deleteItem: (code: string) => `${UI_WORDS.delete}${item(code)}`,
  deleteToolLabel: 'ลบแบบวัด',
  deleteIndicatorLabel: 'ลบตัวชี้วัด',
  deleteToolAsk: (code: string, indicators: number | string) =>
    `ลบ${tool(code)} พร้อมตัวชี้วัด ${indicators} ตัวและข้อทั้งหมดในนั้น? ${UNLESS_REPORTED}`,
  deleteIndicatorAsk: (n: number | string, items: number | string) =>
    `ลบ${indicator(n)} พร้อมข้อ ${items} ข้อและกิจกรรมในนั้น? ${UNLESS_REPORTED}`,
  deleteItemAsk: (code: string, activities: number | string) =>
    `ลบ${item(code)} พร้อมกิจกรรม ${activities} รายการ? ${UNLESS_REPORTED}`,
  /** The plan screen's own delete of an item or an activity, which asks to take it out of the plan. */
  deleteItemFromPlanAsk: (code: string, activities: number | string) =>
    `ลบ${item(code)} พร้อมกิจกรรมทั้งหมด ${activities} กิจกรรม ออกจากแผนนี้หรือไม่`,
  deleteActivityAsk: (text: string) => `ลบกิจกรรม “${text}” ออกจากแผนนี้หรือไม่`,
  /** The "(กด Enter เพื่อแก้ไข)" after a cell's name, for screen readers. */
  editHint: (label: string) => `${label} (กด Enter เพื่อแก้ไข)`,
} as const;
