// The plan's structure editor (renderer/src/screens/plan: StructureDialog, StructureItems,
// structureEdit) and its criteria panel (CriteriaPanel): each box's name for screen readers, its
// buttons and hints, and what saving or loading a criteria set says. Pure.
import { INPUT_WORDS } from './input';
import { INDICATOR_NO } from './structure';
import { PLAN_WORDS } from './ui';

const ADD_TOOL = '+ เพิ่มแบบวัด';

/** The structure dialog: tools, indicators, sub-indicators and items. */
export const STRUCTURE_EDIT_WORDS = {
  indicatorNumber: (n: number | string) => `เลข${INDICATOR_NO} ${n}`,
  indicatorName: (n: number | string) => `ชื่อ${INDICATOR_NO} ${n}`,
  indicatorTool: (n: number | string) => `แบบวัดของ${INDICATOR_NO} ${n}`,
  toolCode: (code: string) => `รหัสแบบวัด ${code}`,
  toolName: (code: string) => `${INPUT_WORDS.toolName} ${code}`,
  addIndicatorIn: (code: string) => `+ เพิ่มตัวชี้วัดใน ${code}`,
  /** A new tool's name until it is renamed. */
  newTool: 'แบบวัดใหม่',
  done: 'เสร็จ',
  locked: 'แผนนี้อนุมัติแล้ว โครงสร้างแก้ไขไม่ได้ หากต้องแก้ไขให้ยกเลิกการอนุมัติก่อน',
  howTo: 'แก้ชื่อ เลข และรหัสได้ในช่องเลย (บันทึกอัตโนมัติเมื่อออกจากช่องหรือกด Enter) ลำดับใช้ปุ่ม ↑ ↓ ทุกการแก้ไขบันทึกในประวัติ',
  noTools: `แผนนี้ยังไม่มีแบบวัด กด “${ADD_TOOL}” เพื่อเริ่ม`,
  addTool: ADD_TOOL,
  subsOf: (n: number | string) => `ตัวชี้วัดย่อยของ${INDICATOR_NO} ${n}`,
  subNumber: (label: string) => `เลขตัวชี้วัดย่อย ${label}`,
  subName: (label: string) => `ชื่อตัวชี้วัดย่อย ${label}`,
  itemsOf: (n: number | string) => `ข้อของ${INDICATOR_NO} ${n}`,
  /** An item whose question is still empty. */
  noText: '(ยังไม่มีข้อความ)',
  itemSub: (code: string) => `ตัวชี้วัดย่อยของข้อ ${code}`,
  moveItemTo: (code: string) => `ย้ายข้อ ${code} ไปตัวชี้วัด`,
  addSub: '+ เพิ่มตัวชี้วัดย่อย',
  /** The ↑ ↓ buttons of a tool, an indicator or an item, by its name (STRUCTURE_WORDS). */
  moveUp: (what: string) => `เลื่อน${what}ขึ้น`,
  moveDown: (what: string) => `เลื่อน${what}ลง`,
} as const;

const USES = 'แผนนี้ใช้เกณฑ์';
const LOAD_FILE = 'นำเข้าเกณฑ์จากไฟล์ (.json)';

/** The criteria panel under the structure: the set the plan follows, its coverage, save and load. */
export const CRITERIA_PANEL_WORDS = {
  /** A set saved from this plan, named for next year ("เกณฑ์ของสำนักงานเขตดุสิต ปี ๒๕๖๘"). */
  defaultName: (office: string, year: string) => `เกณฑ์ของ${office} ปี ${year}`,
  uses: USES,
  /** Before "๖๘ จาก ๗๐ ข้อของเกณฑ์". */
  planHas: 'แผนนี้มี',
  notChosen: '— ข้อที่แผนไม่ได้เลือก:',
  notInSet: '· ข้อที่ไม่อยู่ในเกณฑ์:',
  saveAsId: 'บันทึกโครงสร้างนี้เป็นเกณฑ์ รหัส',
  saveAs: 'บันทึกเป็นเกณฑ์',
  loadFile: LOAD_FILE,
  loadFileButton: `${LOAD_FILE}…`,
  loaded: (name: string, id: string) => `นำเข้าเกณฑ์ “${name}” (${id}) แล้ว — เลือกใช้กับแผนนี้ได้ที่ “${USES}”`,
  saved: (id: string) => `บันทึกเกณฑ์ ${id} แล้ว — ใช้เป็นจุดเริ่มของแผนใหม่ได้ที่ “${PLAN_WORDS.newPlan}”`,
} as const;
