// What the CLI's report, Excel round-trip and backup commands print (electron/cli/reportCommands.ts,
// backupCommands.ts): result lines and their own refusals. Numbers as given (Arabic). Pure.
import { NOT_REPORTED } from './status';
import { WORDS } from './words';

type N = number | string;

/** Reports, division forms and the Excel round trips (electron/cli/reportCommands.ts). */
export const CLI_REPORT_WORDS = {
  manyDivisions: (name: string, names: string) => `ชื่อฝ่าย "${name}" ตรงกับหลายฝ่าย: ${names}`,
  noDivision: (name: string) => `ไม่พบฝ่าย "${name}"`,
  badReport: (kinds: string, given: string) => `--report ต้องเป็น ${kinds} (ได้รับ "${given}")`,
  badFormat: (given: string) => `--format ต้องเป็น pdf หรือ xlsx (ได้รับ "${given}")`,
  saved: (file: string) => `บันทึกแล้ว: ${file}`,
  /** The exported file's size line, its pages after for a PDF. */
  size: (size: string, pages: number | null) => `ขนาด ${size}${pages === null ? '' : ` จำนวน ${pages} หน้า`}`,
  noFolder: (dir: string) => `ไม่พบโฟลเดอร์ ${dir}`,
  makingForm: (n: N, of: N, division: string) => `กำลังสร้างแบบฟอร์ม ${n}/${of}: ${division}`,
  allReported: (month: string) => `ทุกฝ่ายรายงานผลเดือน ${month} ครบแล้ว ไม่ต้องส่งแบบฟอร์ม`,
  formsSaved: (n: N, dir: string) => `บันทึกแบบฟอร์ม ${n} ${WORDS.file}ไว้ที่ ${dir}`,
  formFile: (file: string, missing: N, due: N) => `${file} (${NOT_REPORTED} ${missing} ${WORDS.of} ${due} กิจกรรม)`,
  lateAlone: '--late ใช้กับ --out-dir (ไม่ใช้ --division หรือ --out)',
  needForms: 'ต้องระบุไฟล์แบบฟอร์มอย่างน้อย 1 ไฟล์',
  formHead: (file: string, division: string, month: string, rows: N) =>
    `${file}: ${division} ${month} — จะบันทึก ${rows} กิจกรรม`,
  formRow: (row: N, code: string, status: string, activity: string) => `แถว ${row} ${code} ${status}  ${activity}`,
  formsRefused: (errors: readonly string[]) => `นำเข้าไม่ได้ ไม่มีการบันทึกข้อมูลใด ๆ\n${errors.join('\n')}`,
  formsUnchanged: 'ไม่มีการเปลี่ยนแปลง: แบบฟอร์มทุกไฟล์นำเข้าไว้แล้วด้วยข้อมูลเดียวกัน (หรือเป็นสำเนาของไฟล์อื่น)',
  formsImported: (files: N, recorded: N, urls: N, unchanged: readonly string[]) =>
    `นำเข้าแล้ว ${files} ไฟล์: บันทึกผล ${recorded} กิจกรรม เพิ่มลิงก์หลักฐาน ${urls} ลิงก์` +
    (unchanged.length ? ` (ไม่บันทึกซ้ำ ${unchanged.length} ไฟล์: ${unchanged.join(', ')})` : ''),
  needPlanXlsx: 'ต้องระบุไฟล์แผน (.xlsx)',
  changes: (n: number) => (n ? `รายการที่เปลี่ยน ${n} ${WORDS.entries}:` : 'ไม่มีการเปลี่ยนแปลง'),
  atRow: (row: N) => ` (แถว ${row})`,
  planImported: (applied: N, items: N, activities: N) =>
    `นำเข้าแล้ว: ${applied} ${WORDS.entries} — แผนมี ${items} ${WORDS.item} ${activities} กิจกรรม`,
} as const;

/** Backup and restore (electron/cli/backupCommands.ts); a backup file's contents as the settings say them. */
export const CLI_BACKUP_WORDS = {
  backedUp: (file: string, kb: N) => `สำรองข้อมูลแล้ว: ${file} (${kb} KB)`,
  office: (office: string) => `${WORDS.office}: ${office || '(ไม่ระบุ)'}`,
  fiscalYears: (years: string) => `ปีงบประมาณ: ${years}`,
  lastChange: (at: string | null) => `แก้ไขล่าสุด: ${at ?? 'ไม่มีข้อมูล'}`,
  schemaVersion: (v: N) => `รุ่นฐานข้อมูล: ${v}`,
  needFile: 'ต้องระบุไฟล์สำรองที่จะกู้คืน',
  holds: (file: string) => `ไฟล์ ${file} มีข้อมูล:`,
  ask: 'กู้คืนจากไฟล์นี้แทนข้อมูลปัจจุบันหรือไม่? ข้อมูลปัจจุบันจะถูกสำรองไว้ก่อน (y/n) ',
  cancelled: 'ยกเลิกการกู้คืน ข้อมูลปัจจุบันไม่มีการเปลี่ยนแปลง',
  restored: (safety: string) => `กู้คืนแล้ว ข้อมูลเดิมสำรองไว้ที่ ${safety}`,
} as const;
