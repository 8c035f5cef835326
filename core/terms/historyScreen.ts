// The history screen's words (ประวัติการแก้ไข) beside HISTORY_WORDS (ui.ts): its filters, notices and
// table, an entry's changes, the revert preview, and how a changed value reads. Numbers and dates
// come already written in the office's digits (core/thai). Pure.
import { REVERT_NAME } from './messages';
import { WORDS } from './words';

/** An entry taken back (the table's mark, the notice after a revert). */
const REVERTED = `${REVERT_NAME}แล้ว`;
const WHOLE_BATCH = 'ทั้งชุด';

/** The screen: its filters, what it says while loading or empty, the notice after a revert. */
export const HISTORY_SCREEN_WORDS = {
  filters: 'ตัวกรองประวัติ',
  everyone: 'ทุกคน',
  allKinds: 'ทุกประเภท',
  search: 'ค้นหา (Ctrl+F)',
  searchHint: 'รหัสข้อ เช่น O12 หรือคำในรายการ',
  badRange: 'วันที่เริ่มต้องไม่อยู่หลังวันที่สิ้นสุด',
  unreadable: (error: string) => `อ่านประวัติไม่ได้: ${error}`,
  loading: 'กำลังโหลดประวัติ…',
  noMatch: 'ไม่พบรายการที่ตรงกับตัวกรอง',
  empty: 'ยังไม่มีประวัติการแก้ไข เมื่อมีการแก้ไขแผน ผลรายเดือน หรือการตั้งค่า รายการจะปรากฏที่นี่',
  shown: (n: string) => `แสดง ${n} ${WORDS.entries} ล่าสุดอยู่บนสุด`,
  more: 'โหลดเพิ่ม',
  revertedNotice: (summary: string) => `${REVERTED}: ${summary}`,
} as const;

/** The table's columns and buttons, and an entry's changes opened in place. */
export const HISTORY_TABLE_WORDS = {
  at: 'วันเวลา',
  details: 'รายละเอียด',
  reverted: REVERTED,
  hide: 'ซ่อน',
  showChanges: 'ดูการเปลี่ยนแปลง',
  noChange: 'ไม่มีช่องข้อมูลที่เปลี่ยนแปลง',
  before: 'ก่อนแก้ไข',
  after: 'หลังแก้ไข',
  added: 'ข้อมูลที่เพิ่ม',
} as const;

/** The revert preview: which entries, what each change does, each field now and after. */
export const REVERT_DIALOG_WORDS = {
  title: `${REVERT_NAME}การแก้ไข`,
  wholeBatch: (n: string) => `${WHOLE_BATCH} (${n} รายการที่บันทึกพร้อมกัน)`,
  entryOnly: 'เฉพาะรายการนี้',
  checking: 'กำลังตรวจว่าจะย้อนกลับอะไรบ้าง…',
  willChange: (n: string) => `จะเปลี่ยน ${n} รายการกลับเป็นอย่างก่อนแก้ไข การย้อนกลับบันทึกเป็นรายการในประวัติ และย้อนกลับได้อีก`,
  /** What each change of the preview does (core/revert.ts RevertPreview's kinds). */
  kinds: { restore: 'คืนค่าเดิม', remove: 'ลบสิ่งที่เพิ่ม', recreate: 'นำกลับมา' },
  now: 'ตอนนี้',
  afterRevert: `หลัง${REVERT_NAME}`,
  reverting: `กำลัง${REVERT_NAME}…`,
  revertBatch: `${REVERT_NAME}${WHOLE_BATCH}`,
} as const;

/** How the history shows a changed value that is not text: a yes/no, a division gone, a list. */
export const AUDIT_VALUE_WORDS = {
  yes: 'ใช่',
  no: 'ไม่ใช่',
  divisionId: (id: string) => `ฝ่ายรหัส ${id}`,
  entries: (n: string) => `${n} ${WORDS.entries}`,
  /** The one line of a change whose value is not a record. */
  value: 'ค่า',
} as const;
