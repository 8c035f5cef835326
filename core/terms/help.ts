// The in-app guide (คู่มือ, renderer/src/screens/help): its sections, in order, each a title and its
// steps, and the screen's own words. Where a step names a screen or a button it takes that word from
// the screen's terms, so the guide says what the screen says. The README repeats it with screenshots.
// Pure.
import { EXPORT_WORDS } from './appShell';
import { EVIDENCE_WORDS, FOLLOWUP_WORDS } from './followupScreen';
import { CLEAR_ROW_NAME, REVERT_NAME, UNDO_NAME } from './messages';
import { PLAN_IMPORT_WORDS } from './planImport';
import { PLAN_TOOLBAR_WORDS } from './planScreen';
import { CHASE_WORDS, SCREEN_NAMES, WELCOME_WORDS, YEAR_WORDS } from './screens';
import { BACKUP_WORDS } from './settingsScreen';
import { DATA_FILE_WORDS, PLAN_WORDS, UI_WORDS } from './ui';
import { MAX_EVIDENCE_BYTES } from '../limits';

/** The evidence file limit in MB, as the step says it (core/limits.ts). */
const EVIDENCE_MB = MAX_EVIDENCE_BYTES / (1024 * 1024);

/** The help screen's heading, its table of contents and the shortcut line under the guide. */
export const HELP_WORDS = {
  title: 'คู่มือการใช้งาน',
  toc: 'หัวข้อ',
  shortcuts: 'แป้นลัด: Ctrl+1 – Ctrl+6 เปลี่ยนหน้าจอ · Ctrl+S บันทึกทันที · Ctrl+F ค้นหา · Esc ยกเลิกการแก้ไขหรือปิดหน้าต่าง',
} as const;

const S = SCREEN_NAMES;
/** A word as a step quotes it: “ตั้งค่า”. */
const q = (word: string) => `“${word}”`;

/** The guide's sections by id, in the order the screen shows them. */
export const HELP_GUIDE = {
  start: {
    title: 'เริ่มต้นใช้งาน',
    steps: [
      `ครั้งแรกที่เปิดโปรแกรม ให้พิมพ์ชื่อหน่วยงาน (เช่น สำนักงานเขตดุสิต) และผู้ลงนามในรายงาน (ชื่อและตำแหน่ง) แล้วเลือกวิธีเริ่ม: แผนตัวอย่าง นำเข้าแผนของหน่วยงาน แผนเปล่า หรือ ${q(WELCOME_WORDS.restore)} ของเครื่องเดิม`,
      'เลือกปีงบประมาณที่มุมขวาบน ทุกหน้าจอจะแสดงข้อมูลของปีที่เลือก',
      `ข้อมูลทั้งหมดเก็บอยู่ในไฟล์เดียวบนเครื่องนี้ ดูที่เก็บไฟล์ได้ในหน้า ${q(S.settings)}`,
    ],
  },
  import: {
    title: 'นำเข้าแผนจาก Word หรือ PDF',
    steps: [
      'เปิดเอกสารแผนมาตรการ เลือกทั้งตาราง (รวมหัวตาราง) แล้วคัดลอก',
      `หน้า ${q(S.plan)} กด ${q(PLAN_TOOLBAR_WORDS.importPlan)} แล้ววางในช่อง หรือกด ${q(PLAN_IMPORT_WORDS.chooseFile)} เพื่อเลือกไฟล์ข้อความ (.txt)`,
      `ตรวจปีงบประมาณและชื่อหน่วยงาน แล้วกด ${q(PLAN_IMPORT_WORDS.check)} โปรแกรมจะแสดงจำนวนข้อ กิจกรรม และสิ่งที่ควรตรวจ (เช่น รหัสข้อหรือเดือนที่สะกดผิด) พร้อมเลขบรรทัด`,
      `ถ้าไม่มีข้อผิดพลาด (สีแดง) กด ${q(PLAN_IMPORT_WORDS.import)} — ถ้ามีข้อผิดพลาด จะไม่มีการบันทึกข้อมูลใด ๆ`,
      `แก้ไขแผนได้โดยคลิกที่ช่องในตาราง ระบบบันทึกให้อัตโนมัติ (Ctrl+S เพื่อบันทึกทันที) เมื่อแผนเรียบร้อยให้กด ${q(PLAN_WORDS.approve)}`,
    ],
  },
  followup: {
    title: 'ติดตามผลรายเดือน',
    steps: [
      `หน้า ${q(S.followup)} เลือกเดือน (ต.ค. – ก.ย.) จะเห็นเฉพาะกิจกรรมที่ต้องรายงานในเดือนนั้น`,
      'เลือกสถานะ ใส่จำนวนที่ทำได้ ผลการดำเนินงาน ปัญหา/อุปสรรค และข้อสั่งการ ผอ.เขต — บันทึกอัตโนมัติ ดูสถานะที่มุมขวาบน',
      `เพิ่มหลักฐาน: กด ${q(EVIDENCE_WORDS.addUrl)} ใส่ที่อยู่เว็บ (http/https) หรือ ${q(EVIDENCE_WORDS.addFile)} / ลากไฟล์ PDF รูปภาพ หรือไฟล์ Office มาวางที่แถว (ไม่เกิน ${EVIDENCE_MB} MB)`,
      `${q(FOLLOWUP_WORDS.copy)} ช่วยกรอกแถวที่ยังว่างจากผลของเดือนก่อนหน้า (ไม่คัดลอกจำนวนและข้อสั่งการ)`,
      `บันทึกผิด: กด ${q(UNDO_NAME)} หรือ Ctrl+Z (นอกช่องพิมพ์) เพื่อย้อนการบันทึกล่าสุด การคัดลอกจากเดือนก่อนเลิกทำได้ในครั้งเดียว ${q(CLEAR_ROW_NAME)} ลบผลของแถวนั้นทั้งแถว`,
      `หน้า ${q(S.history)} กด ${q(`${REVERT_NAME}…`)} ที่รายการใดก็ได้ จะเห็นก่อนว่าจะเปลี่ยนอะไร ถ้ามีผู้แก้ช่องเดียวกันภายหลัง โปรแกรมจะบอกและไม่ย้อนกลับ ย้อนกลับการนำเข้าแผนได้ทั้งแผน (ถ้ามีผลที่บันทึกไว้แล้วต้องติ๊กยืนยัน และโปรแกรมสำรองข้อมูลไว้ก่อน) และย้อนกลับการย้อนกลับนั้นเพื่อนำแผนกลับมาได้`,
      `${q(YEAR_WORDS.open)} ที่ท้ายแถว แสดงผลของกิจกรรมนั้นทุกเดือน พร้อมผลสะสมเทียบเป้าหมาย`,
      `ส่งแบบฟอร์มให้แต่ละฝ่ายกรอกได้: ${q(UI_WORDS.exportReport)} → ${q(EXPORT_WORDS.divisionForm)} หรือหน้า ${q(S.overview)} → ${q(CHASE_WORDS.sendForms)} (ทุกฝ่ายที่ยังรายงานไม่ครบในครั้งเดียว) แล้วนำไฟล์ที่กรอกแล้วเข้ากลับด้วยคำสั่งนำเข้าแบบฟอร์ม`,
      'ใช้ Tab เลื่อนไปช่องถัดไป Ctrl+F เพื่อค้นหาข้อหรือกิจกรรม',
    ],
  },
  export: {
    title: 'ส่งออกและพิมพ์รายงาน',
    steps: [
      `กด ${q(UI_WORDS.exportReport)} ที่แถบด้านบน เลือกรายงาน: แผนมาตรการ แบบรายงานผลประจำเดือน (ทั้งสำนักงานหรือรายฝ่าย) ${EXPORT_WORDS.halfYear} รายงานผลประจำปี หรือรายการ URL (OIT)`,
      `เลือกรูปแบบ PDF (สำหรับพิมพ์และเผยแพร่) หรือ Excel (สำหรับส่งอีเมลและแก้ไขต่อ) แล้วกด ${q(EXPORT_WORDS.export)} เลือกที่บันทึกไฟล์`,
      `เมื่อเสร็จ กด ${q(UI_WORDS.openFile)} หรือ ${q(CHASE_WORDS.openFolder)} — แผนและแบบรายงานประจำเดือนกด ${q(UI_WORDS.print)} เพื่อส่งเข้าเครื่องพิมพ์ได้ทันที`,
      `หน้า ${q(S.overview)} → ${q(CHASE_WORDS.summary)}: สรุปของเดือน 1 หน้า (ความคืบหน้า การรายงานของแต่ละฝ่าย กิจกรรมที่เลยกำหนด)`,
    ],
  },
  backup: {
    title: DATA_FILE_WORDS.backupRestore,
    steps: [
      'โปรแกรมสำรองข้อมูลให้อัตโนมัติเมื่อเปิดโปรแกรมและทุกวัน (เก็บ 14 ชุดล่าสุดและเดือนละ 1 ชุด)',
      `หน้า ${q(S.settings)} → ${q(BACKUP_WORDS.toFile)} เพื่อเก็บสำเนาไว้ในแฟลชไดรฟ์หรือส่งอีเมล`,
      `${q(BACKUP_WORDS.fromFile)} จะแสดงข้อมูลในไฟล์ (หน่วยงาน ปีงบประมาณ วันที่แก้ไขล่าสุด) ให้ยืนยันก่อน และสำรองข้อมูลปัจจุบันไว้ก่อนทุกครั้ง`,
    ],
  },
} as const satisfies Record<string, { title: string; steps: readonly string[] }>;
