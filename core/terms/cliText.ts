// What the CLI's commands print (electron/cli): the result lines of each command group and their own
// refusals. Numbers and months come already written (Arabic digits unless the line says otherwise). Pure.
import { CLI_WORDS } from './cli';
import { NOT_REPORTED } from './status';
import { INDICATOR_NO } from './structure';
import { SUB_INDICATOR } from './fields';
import { OVERVIEW_WORDS } from './ui';
import { WORDS } from './words';

type N = number | string;
const itemsActivities = (items: N, activities: N) => `${items} ${WORDS.item} ${activities} กิจกรรม`;

/** Plans and their monthly reports (electron/cli/commands.ts). */
export const CLI_PLAN_WORDS = {
  sampleImported: (officeYear: string, items: N, activities: N) =>
    `นำเข้าแผนตัวอย่างแล้ว: ${officeYear} — ${itemsActivities(items, activities)}`,
  /** One plan of list-plans, its status after. */
  planLine: (fiscalYear: N, office: string, items: N, activities: N, status: string) =>
    `พ.ศ. ${fiscalYear}  ${office}  ${itemsActivities(items, activities)}  ${status}`,
  indicator: (tool: string, n: N, name: string) => `${tool} ${INDICATOR_NO} ${n} ${name}`,
  noItem: (code: string, fiscalYear: N) => `ไม่พบข้อ ${code} ในแผนปี ${fiscalYear}`,
  activityNo: 'ลำดับกิจกรรม',
  noActivity: (code: string, count: N, n: N) => `ข้อ ${code} มี ${count} กิจกรรม ไม่มีกิจกรรมที่ ${n}`,
  monthRows: (month: string, n: N) => `ผลการดำเนินงานเดือน ${month} (${n} กิจกรรม)`,
  saved: (code: string, n: N, month: string, status: string) =>
    `บันทึกแล้ว: ${code} กิจกรรมที่ ${n} เดือน ${month} — ${status}`,
  upToDate: (schemaVersion: N) => `ไฟล์ข้อมูลเป็นรุ่นปัจจุบันแล้ว (รุ่นฐานข้อมูล ${schemaVersion})`,
  progress: (month: string, done: N, total: N, percent: string, notReported: N) =>
    `ความคืบหน้า ณ ${month}: ดำเนินการแล้ว ${done}/${total} (${percent}) ${NOT_REPORTED} ${notReported}`,
  overdue: (n: N) => `เกินกำหนด ${n} กิจกรรม`,
  monthsNotReported: (months: string) => `${OVERVIEW_WORDS.monthsNotReported}: ${months}`,
} as const;

/** A plan import's result and the criteria sets (electron/cli/planCommands.ts). */
export const CLI_IMPORT_WORDS = {
  /** What the import read, by ImportPreview.source. */
  sources: { text: 'ตารางข้อความ', html: 'HTML', docx: 'เอกสาร Word', xlsx: 'ไฟล์ Excel' } as Record<string, string>,
  head: (dryRun: boolean, officeYear: string, items: N, activities: N, source: string) =>
    `${dryRun ? 'ตรวจสอบแล้ว (ยังไม่บันทึก)' : 'นำเข้าแล้ว'}: ${officeYear} — ${itemsActivities(items, activities)} (${source})`,
  columns: (read: string) => `คอลัมน์ที่อ่าน: ${read}`,
  indicator: (n: N, name: string, codes: readonly string[]) =>
    `${INDICATOR_NO} ${n} ${name} — ${codes.length} ${WORDS.item}${codes.length ? `: ${codes.join(', ')}` : ''}`,
  subIndicator: (label: string, name: string) => `${SUB_INDICATOR} ${label} ${name}`,
  joins: (joined: number, all: number) =>
    `เชื่อมคำที่ถูกตัดด้วยช่องว่าง ${joined} แห่ง` +
    (joined < all ? ` (คงช่องว่างไว้ ${all - joined} แห่ง)` : '') +
    ' — ดูทั้งหมดด้วย --json, คงไว้ตามต้นฉบับด้วย --keep-spaces all หรือ --keep-spaces รหัส,รหัส',
  problem: (error: boolean, message: string) => (error ? `ผิดพลาด: ${message}` : CLI_WORDS.note(message)),
  unknownDivisions: (names: string) => `หน่วยงานที่ไม่อยู่ในรายชื่อฝ่าย: ${names}`,
  coverage: (name: string, covered: N, total: N) =>
    `ตามเกณฑ์ "${name}": แผนนี้มี ${covered} ${WORDS.of} ${total} ${WORDS.item}`,
  missing: (codes: string) => `ข้อของเกณฑ์ที่แผนไม่มี (ไม่ใช่ข้อผิดพลาด): ${codes}`,
  /** One criteria set of criteria list: its tools, how many indicators and items. */
  criteriaSet: (id: string, name: string, tools: string, indicators: N, items: N, builtIn: boolean) =>
    `${id}  ${name}  (${tools}; ${indicators} ตัวชี้วัด ${items} ${WORDS.item})` + (builtIn ? '  [มากับโปรแกรม]' : ''),
  criteriaSaved: (fiscalYear: N, id: string, name: string) =>
    `บันทึกโครงสร้างของแผนปี ${fiscalYear} เป็นเกณฑ์ ${id} "${name}" แล้ว`,
  criteriaAdded: (id: string, name: string) => `เพิ่มเกณฑ์ ${id} "${name}" แล้ว`,
  criteriaWritten: (id: string, file: string) => `บันทึกเกณฑ์ ${id} ไว้ที่ ${file}`,
  planCreated: (officeYear: string, items: N) => `สร้างแผน${officeYear} แล้ว (${items} ${WORDS.item})`,
} as const;

/** Copying a month and the history with its reverts (electron/cli/monthCommands.ts). */
export const CLI_MONTH_WORDS = {
  willCopy: (from: string, to: string, n: N) => `จะคัดลอกผลเดือน ${from} ไปเดือน ${to} เป็นร่าง ${n} กิจกรรม (ยังไม่บันทึก)`,
  copied: (from: string, to: string, n: N, batchId: number | null) =>
    `คัดลอกผลเดือน ${from} ไปเดือน ${to} เป็นร่างแล้ว ${n} กิจกรรม` + (batchId !== null ? ` (ประวัติรายการที่ ${batchId})` : ''),
  droppedLine: (line: string) => `ไม่คัดลอก (ระบุวันที่): ${line}`,
  skipped: (row: string, why: string) => `ไม่คัดลอก ${row}: ${why}`,
  /** A batch's heading summary and how many entries it holds. */
  batch: (summary: string, n: N) => `${summary} (${n} ${WORDS.entries})`,
  noHistory: 'ยังไม่มีประวัติการแก้ไข',
  revertedBy: (id: N) => `[ย้อนกลับแล้ว: รายการที่ ${id}]`,
  /** What a revert does to each record: restore a value, remove, bring back (delete is UI_WORDS.delete). */
  restoreKind: 'คืนค่า',
  recreateKind: 'นำกลับ',
  revertHead: (batch: boolean, target: N, summary: string, entries: N, actor: string) =>
    `ย้อนกลับ${batch ? 'ชุดรายการ' : WORDS.entries}ที่ ${target}: ${summary} (${entries} ${WORDS.entries} โดย ${actor})`,
  note: (note: string) => `หมายเหตุ: ${note}`,
  confirm: (question: string) => `โปรดยืนยัน: ${question}`,
  needId: 'ต้องระบุเลขรายการประวัติที่จะย้อนกลับ (ดูจาก history list)',
  idLabel: 'เลขรายการ',
  refused: (refusals: readonly string[]) => `ย้อนกลับไม่ได้\n${refusals.join('\n')}`,
  notYet: 'ยังไม่ได้ย้อนกลับ: สั่งอีกครั้งพร้อม --yes เพื่อย้อนกลับ',
  reverted: (batch: N) => `ย้อนกลับแล้ว (ประวัติรายการที่ ${batch}; ย้อนกลับการย้อนกลับได้ด้วย history revert ${batch})`,
} as const;
