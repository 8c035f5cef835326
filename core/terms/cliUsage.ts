// The CLI's help (electron/cli): its heading, each command's usage after its name with what it does,
// and the footer. Option names and placeholders (FILE, --year Y) are typed as they are. Pure.
import { formatMonthShort } from '../thai/dates';
import { CLI_WORDS } from './cli';
import { STATUS_NAMES } from './status';

const statuses = Object.entries(STATUS_NAMES).map(([code, name]) => `${code} (${name})`);

/** The heading and the footer of the whole help. */
export const CLI_HELP = {
  header:
    'ITA Tracker — คำสั่งสำหรับผู้ดูแลระบบ\n' +
    CLI_WORDS.usage('npm run cli -- [--db ไฟล์ฐานข้อมูล] [--user ชื่อผู้ใช้] [--json] <คำสั่ง> [ตัวเลือก]'),
  footer:
    `STATUS: ${statuses.slice(0, 3).join(', ')},\n        ${statuses.slice(3).join(', ')}\n` +
    'คำสั่งที่อ่านอย่างเดียวเปิดไฟล์แบบอ่านอย่างเดียว: ไม่สร้างไฟล์ใหม่ ไม่ปรับรุ่นไฟล์ และใช้ได้ขณะเปิดโปรแกรมอยู่\n' +
    `เดือนระบุเป็น ค.ศ. เช่น 2023-03 (= ${formatMonthShort('2023-03')}); ปีงบประมาณระบุเป็น พ.ศ. เช่น 2566`,
} as const;

/** Each command's usage line(s) after its name, by the command's name (electron/cli specs). */
export const CLI_USAGE = {
  'import-text': 'FILE [--year 2566] [--office ชื่อ] [--dry-run]   นำเข้าแผนจากตารางข้อความ (คั่นด้วยแท็บ)',
  'import-plan':
    'FILE [--year 2570] [--office ชื่อ] [--dry-run] [--keep-spaces all|รหัส,…] [--criteria ID] [--json]\n' +
    '      นำเข้าแผนจากไฟล์ .txt/.tsv (ตารางที่วาง), .html (ตารางจาก Word), .docx หรือ .xlsx',
  'create-plan': '--year Y [--office ชื่อ] [--criteria ID [--with-items] | --empty]   สร้างแผนใหม่จากเกณฑ์ หรือแผนเปล่า',
  'criteria list': '[--json]   เกณฑ์การประเมินที่มี',
  'criteria save': '--year Y --id รหัส --name ชื่อ [--scheme ชื่อ]   บันทึกโครงสร้างของแผนเป็นเกณฑ์',
  'criteria load': 'FILE.json   เพิ่มเกณฑ์จากไฟล์',
  'criteria export': 'ID [--out FILE.json]   เขียนเกณฑ์ออกเป็นไฟล์ JSON',
  'followup list': '--year Y --month YYYY-MM [--json]',
  progress: '--year Y [--month YYYY-MM] [--json]',
  'import-sample': 'นำเข้าแผนตัวอย่าง (เขตดุสิต ปี 2566)',
  'list-plans': '[--json]   รายการแผนทั้งหมด',
  'show-plan': 'YEAR [--office ชื่อ] [--json]   แสดงแผนทั้งแผน',
  'followup set':
    '--year Y --item CODE --activity N --month YYYY-MM --status STATUS\n' +
    '      [--qty N] [--result ข้อความ] [--problems ข้อความ] [--reporter ชื่อ] [--remark ข้อความ]\n' +
    '      [--url URL] [--file ไฟล์หลักฐาน]   บันทึกผลการดำเนินงาน (ทั้งหมดหรือไม่บันทึกเลย)',
  'followup copy-month':
    '--year Y --from YYYY-MM --to YYYY-MM [--dry-run] [--json]\n' +
    '      คัดลอกผลเดือนหนึ่งไปอีกเดือนเป็นร่างให้ตรวจ (ไม่คัดลอกสถานะดำเนินการแล้ว/ไม่สามารถดำเนินการได้ จำนวน ข้อสั่งการ\n' +
    '      หลักฐาน และบรรทัดที่ระบุวันที่; ไม่เขียนทับแถวที่มีผลแล้ว) --dry-run: ดูก่อนโดยไม่บันทึก',
  'history list': '[--year Y] [--limit N] [--json]   ประวัติการแก้ไข ชุดละบรรทัด (ล่าสุดก่อน) พร้อมเลขรายการที่ใช้ย้อนกลับ',
  'history revert':
    'ID [--entry] [--yes] [--json]   ย้อนกลับรายการหรือทั้งชุด (การคัดลอก การนำเข้า) ไม่ใส่ --yes: แสดงสิ่งที่จะย้อนกลับ\n' +
    '      โดยไม่เปลี่ยนข้อมูล --entry: เฉพาะรายการนั้นในชุด ปฏิเสธเมื่อช่องเดียวกันถูกแก้ไขภายหลัง',
  export:
    '--report plan|month|half-year|annual|oit-urls|overview --year Y [--month YYYY-MM] [--division ชื่อฝ่าย]\n' +
    '      [--only-reported] --format pdf|xlsx --out FILE [--json]   ส่งออกรายงานเป็น PDF หรือ Excel\n' +
    '      (--only-reported: แบบรายงานประจำเดือนเฉพาะกิจกรรมที่รายงานแล้ว)',
  'division-form':
    '--year Y --month YYYY-MM --division ชื่อฝ่าย --out FILE.xlsx   แบบฟอร์มรายงานของฝ่าย (Excel)\n' +
    '      --year Y --month YYYY-MM --late --out-dir DIR [--json]   แบบฟอร์มของทุกฝ่ายที่ยังรายงานไม่ครบ',
  'import-forms': '--year Y FILE.xlsx… [--dry-run] [--json]   นำเข้าแบบฟอร์มที่ฝ่ายกรอกแล้ว (ทั้งหมดหรือไม่เลย)',
  'import-plan-xlsx': '--year Y FILE.xlsx [--dry-run] [--json]   นำเข้าแผนที่แก้ไขใน Excel (แสดงรายการที่เปลี่ยน)',
  backup: '[--out FILE]   สำรองข้อมูล (ไม่ระบุ --out: ไว้ในโฟลเดอร์ backups ข้างไฟล์ข้อมูล)',
  restore: 'FILE [--yes]   กู้คืนจากไฟล์สำรอง (ตรวจไฟล์ แสดงข้อมูลในไฟล์ และถามยืนยันก่อน)',
  migrate: 'ปรับไฟล์ข้อมูลรุ่นเก่าให้เป็นรุ่นปัจจุบัน (สำรองไฟล์เดิมไว้ก่อน)',
} as const;
