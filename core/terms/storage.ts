// What the data file's storage tells the user (db/): opening the data file, upgrading it, checking
// that a file is ours, the lock, backups, restore and recovery, and writing a file safely. Digits
// and paths come in as they are. Pure.

/** Said of every failure to open that leaves the data itself alone. */
const NOT_DAMAGED = 'ไฟล์ข้อมูลไม่ได้เสียหาย';
/** The tail of a restore refused before anything changed. */
const RESTORE_UNCHANGED = 'จึงนำมากู้คืนไม่ได้ ข้อมูลปัจจุบันไม่มีการเปลี่ยนแปลง';

/** Opening and upgrading the data file (db/open.ts, db/openErrors.ts, db/nativeModule.ts). */
export const OPEN_MESSAGES = {
  notFound: (file: string) => `ไม่พบไฟล์ข้อมูล ${file}\nกรุณาตรวจสอบชื่อไฟล์และโฟลเดอร์ (คำสั่งที่อ่านอย่างเดียวจะไม่สร้างไฟล์ใหม่)`,
  outdated: (version: number | string, latest: number | string, file: string) =>
    `ไฟล์ข้อมูลนี้เป็นรุ่นเก่า (รุ่นฐานข้อมูล ${version} โปรแกรมนี้ใช้รุ่น ${latest}) ต้องปรับรุ่นก่อนจึงจะอ่านได้\n` +
    'คำสั่งที่อ่านอย่างเดียวไม่แก้ไขไฟล์: กรุณาเปิดไฟล์ด้วยโปรแกรม ITA Tracker หรือใช้คำสั่ง migrate ' +
    `(ซึ่งสำรองไฟล์เดิมไว้ก่อน) แล้วลองอีกครั้ง\nไฟล์: ${file}`,
  notOurs: 'ไฟล์นี้ไม่ใช่ฐานข้อมูลของ ITA Tracker',
  notOursOrDamaged: 'ไฟล์นี้ไม่ใช่ฐานข้อมูลของ ITA Tracker หรือไฟล์เสียหาย',
  newer: (version: number | string, latest: number | string) =>
    `ฐานข้อมูลนี้สร้างจาก ITA Tracker รุ่นที่ใหม่กว่า (รุ่นฐานข้อมูล ${version} แต่โปรแกรมนี้รองรับถึง ${latest}) กรุณาปรับปรุงโปรแกรมก่อนเปิดไฟล์นี้`,
  migrationBroken: (name: string) => `ปรับรุ่นฐานข้อมูล (${name}) ไม่สำเร็จ: ข้อมูลอ้างอิงกันไม่ครบ ไม่มีการเปลี่ยนแปลงข้อมูล`,
  diskFull: (file: string) =>
    `เปิดไฟล์ข้อมูลไม่ได้: พื้นที่ดิสก์เต็ม (โปรแกรมต้องใช้พื้นที่ว่างเล็กน้อยข้างไฟล์ข้อมูลเพื่อเปิดไฟล์) ${NOT_DAMAGED}\n` +
    `กรุณาลบไฟล์ที่ไม่ใช้ในดิสก์นี้ให้มีพื้นที่ว่าง แล้วเปิดอีกครั้ง\nไฟล์: ${file}`,
  readOnlyFolder: (folder: string, file: string) =>
    `เปิดไฟล์ข้อมูลไม่ได้: โฟลเดอร์ของไฟล์ข้อมูลเป็นแบบอ่านอย่างเดียว (ไม่มีสิทธิ์เขียน) ` +
    `โปรแกรมต้องเขียนไฟล์ประกอบข้างไฟล์ข้อมูล ${NOT_DAMAGED}\n` +
    `กรุณาย้ายไฟล์ข้อมูลไปไว้ในโฟลเดอร์ที่เขียนได้ หรือให้ผู้ดูแลระบบเปิดสิทธิ์เขียนโฟลเดอร์ ${folder}\nไฟล์: ${file}`,
  readOnlyFile: (file: string) =>
    `ไฟล์ข้อมูลเป็นแบบอ่านอย่างเดียว (ไม่มีสิทธิ์เขียน) จึงบันทึกไม่ได้ ${NOT_DAMAGED}\n` +
    'กรุณาเอาเครื่องหมาย "อ่านอย่างเดียว" (Read-only) ออกจากคุณสมบัติของไฟล์ หรือให้ผู้ดูแลระบบเปิดสิทธิ์เขียน ' +
    `หรือคัดลอกไฟล์ไปไว้ในโฟลเดอร์ของตนเองแล้วเปิดไฟล์นั้น\nไฟล์: ${file}`,
  /** Why a file cannot be opened, when nothing better is known. */
  maybeLocked: 'ไฟล์อาจถูกโปรแกรมอื่นล็อกไว้ หรืออยู่บนไดรฟ์เครือข่ายที่หลุดการเชื่อมต่อ',
  noFile: 'ไม่พบไฟล์ กรุณาตรวจสอบชื่อไฟล์',
  noFolder: (folder: string) => `ไม่พบโฟลเดอร์ ${folder} กรุณาตรวจสอบชื่อโฟลเดอร์`,
  noReadRight: 'ไม่มีสิทธิ์อ่านไฟล์นี้ กรุณาให้ผู้ดูแลระบบเปิดสิทธิ์อ่านและเขียน',
  cannotOpen: (why: string, file: string) => `เปิดไฟล์ข้อมูลไม่ได้: ${why}\nไฟล์: ${file}`,
  ioError: (file: string) =>
    `อ่านหรือเขียนไฟล์ข้อมูลไม่ได้ (ดิสก์หรือไดรฟ์เครือข่ายมีปัญหา) กรุณาตรวจสอบดิสก์หรือการเชื่อมต่อ แล้วลองอีกครั้ง\nไฟล์: ${file}`,
  busy: (file: string) => `ไฟล์ข้อมูลกำลังถูกใช้โดยโปรแกรมอื่น กรุณาปิดโปรแกรมนั้นก่อนแล้วลองอีกครั้ง\nไฟล์: ${file}`,
  other: (code: string, file: string) => `เปิดไฟล์ข้อมูลไม่ได้ (${code})\nไฟล์: ${file}`,
  unknownCause: 'ไม่ทราบสาเหตุ',
  brokenInstall:
    'โปรแกรมติดตั้งไม่สมบูรณ์: โหลดส่วนประกอบฐานข้อมูล (better-sqlite3) ไม่ได้ ไฟล์ข้อมูลของท่านไม่ได้เสียหาย ' +
    'กรุณาติดตั้งโปรแกรมใหม่ หรือแจ้งผู้ดูแลระบบ (โปรแกรมป้องกันไวรัสอาจกันไฟล์ .node ของโปรแกรมไว้)',
} as const;

/** The data file in use by another program (db/backup/lock.ts). */
export const LOCK_MESSAGES = {
  cli: 'คำสั่ง CLI',
  app: 'โปรแกรม ITA Tracker',
  owner: (who: string, host: string, pid: number | string) => ` (${who} บนเครื่อง ${host} หมายเลขโปรเซส ${pid})`,
  busy: (owner: string, file: string) =>
    `ไฟล์ข้อมูลนี้กำลังถูกใช้โดยโปรแกรมอื่น${owner} กรุณาปิดโปรแกรมนั้นก่อนแล้วลองอีกครั้ง\nไฟล์: ${file}`,
  cannotLock: (lockPath: string) => `สร้างไฟล์ล็อกไม่ได้: ${lockPath}`,
} as const;

/** Whether a database file is ours and whole (db/schemaCheck.ts); each reason is a "- " line. */
export const SCHEMA_CHECK_MESSAGES = {
  notOurs: 'ไฟล์นี้ไม่ได้สร้างโดย ITA Tracker:',
  kinds: { table: 'ตาราง', index: 'ดัชนี', trigger: 'ทริกเกอร์ (คำสั่งที่ทำงานเองอัตโนมัติ)', view: 'วิว' },
  ofTable: (table: string) => ` ของตาราง ${table}`,
  extra: (kind: string, name: string, on: string) => `มี${kind} "${name}"${on} ที่ ITA Tracker ไม่ได้สร้าง`,
  missing: (kind: string, name: string, on: string) => `ไม่มี${kind} "${name}"${on} ที่ต้องมี`,
  changed: (kind: string, name: string, on: string) => `${kind} "${name}"${on} ถูกแก้ไข ไม่ตรงกับที่ ITA Tracker สร้าง`,
  unknownVersion: (version: number | string) => `รุ่นฐานข้อมูล ${version} ไม่ใช่รุ่นที่โปรแกรมสร้าง`,
  encoding: (encoding: string) => `ใช้การเข้ารหัสอักษร ${encoding} (โปรแกรมใช้ UTF-8)`,
  altered: 'ไฟล์นี้ถูกแก้ไขโครงสร้างนอกโปรแกรม ITA Tracker จึงไม่ปลอดภัยที่จะใช้:',
  damaged: 'ไฟล์นี้เสียหายหรือไม่สมบูรณ์ (อาจคัดลอกมาไม่ครบ หรือถูกแก้ไขนอกโปรแกรม):',
  dangling: 'ข้อมูลในไฟล์นี้ไม่ครบถ้วน (อ้างถึงรายการที่ไม่มีอยู่) จึงไม่ได้มาจาก ITA Tracker โดยตรง:',
  danglingRows: (table: string, n: number | string, parent: string) =>
    `ตาราง ${table} มี ${n} แถวที่อ้างถึงรายการในตาราง ${parent} ที่ไม่มีอยู่`,
} as const;

/** Backups, restoring one, and recovering a damaged data file (db/backup). */
export const BACKUP_MESSAGES = {
  /** What a failed write names a backup by. */
  backupFile: (name: string) => `ไฟล์สำรอง ${name}`,
  backupFailed: (name: string) => `สำรองข้อมูลไม่สำเร็จ: ${name}`,
  restoreFailed: 'กู้คืนข้อมูลไม่สำเร็จ ข้อมูลปัจจุบันไม่มีการเปลี่ยนแปลง',
  restoreUnchanged: RESTORE_UNCHANGED,
  notOurs: `ไฟล์นี้ไม่ใช่ไฟล์ข้อมูลของ ITA Tracker ${RESTORE_UNCHANGED}`,
  damaged: `ไฟล์นี้เสียหายหรือไม่สมบูรณ์ (อาจคัดลอกมาไม่ครบ) ${RESTORE_UNCHANGED}`,
  unreadable: (file: string) => `ไม่พบไฟล์หรือเปิดอ่านไม่ได้: ${file}`,
  newer: (version: number | string, latest: number | string) =>
    `ไฟล์นี้สร้างจาก ITA Tracker รุ่นที่ใหม่กว่า (รุ่นฐานข้อมูล ${version} แต่โปรแกรมนี้รองรับถึง ${latest}) ` +
    'กรุณาปรับปรุงโปรแกรมก่อนกู้คืนไฟล์นี้ ข้อมูลปัจจุบันไม่มีการเปลี่ยนแปลง',
  technical: (message: string, details: string) => `${message}\nรายละเอียดทางเทคนิค: ${details}`,
  noGoodBackup: (file: string) =>
    `ไฟล์ข้อมูลเสียหาย และไม่พบไฟล์สำรองที่ใช้ได้\n\nไฟล์: ${file}\n\n` +
    'กรุณาติดต่อผู้ดูแลระบบ หรือกู้คืนจากไฟล์สำรองที่เก็บไว้ที่อื่น (npm run cli -- restore FILE)',
  offerRestore: (why: string, when: string) =>
    `ไฟล์ข้อมูลเสียหาย (${why})\n\nต้องการกู้คืนจากไฟล์สำรองล่าสุดที่ตรวจแล้วว่าใช้ได้ ` +
    `(สำรองเมื่อ ${when}) หรือไม่?\n` +
    'ข้อมูลที่บันทึกหลังเวลานั้นจะไม่อยู่ในไฟล์สำรอง ไฟล์ที่เสียหายจะถูกเก็บไว้ข้าง ๆ ไม่ถูกลบ',
  quit: 'ปิดโปรแกรม',
} as const;

/** Writing a file (db/files/atomicWrite.ts); `what` names it ("ไฟล์ …", "ไฟล์สำรอง …"). */
export const WRITE_MESSAGES = {
  diskFullHint: 'กรุณาลบไฟล์ที่ไม่ใช้หรือเลือกที่บันทึกอื่นที่มีพื้นที่ว่าง แล้วลองอีกครั้ง',
  diskFull: (what: string, hint: string) => `บันทึก${what} ไม่ได้: พื้นที่ดิสก์เต็ม ${hint}`,
  readOnlyDisk: (what: string) => `บันทึก${what} ไม่ได้: ดิสก์หรือโฟลเดอร์นี้เป็นแบบอ่านอย่างเดียว กรุณาเลือกที่บันทึกอื่น`,
  noWriteRight: (what: string) => `บันทึก${what} ไม่ได้: ไม่มีสิทธิ์เขียนไฟล์ในโฟลเดอร์นี้ กรุณาเลือกที่บันทึกอื่น`,
  isFolder: (file: string) => `บันทึกไฟล์ไม่ได้: ${file} เป็นโฟลเดอร์`,
  noFolder: (folder: string) => `บันทึกไฟล์ไม่ได้: ไม่พบโฟลเดอร์ ${folder}`,
  inUse: (what: string) =>
    `บันทึก${what} ไม่ได้: ไฟล์เดิมกำลังถูกเปิดโดยโปรแกรมอื่น (เช่น Excel หรือโปรแกรมอ่าน PDF) กรุณาปิดไฟล์นั้นแล้วลองอีกครั้ง`,
  failed: (what: string) => `บันทึก${what} ไม่ได้`,
} as const;

/** An Office file (.xlsx, .docx) that is not a sound zip (db/zipCheck.ts, db/xlsxRead.ts). */
export const ZIP_MESSAGES = {
  xlsxKind: 'ไฟล์ Excel (.xlsx)',
  xlsxUnopenable: (name: string) => `เปิดไฟล์ ${name} ไม่ได้ ไฟล์อาจเสียหายหรือไม่ใช่ไฟล์ Excel (.xlsx)`,
  invalid: (name: string, what: string, why: string) => `ไฟล์ ${name} ไม่ใช่${what} ที่ถูกต้อง (${why})`,
  truncated: 'ไฟล์ไม่สมบูรณ์',
  badFormat: 'รูปแบบไฟล์ไม่ถูกต้อง',
  entryCount: 'จำนวนส่วนประกอบในไฟล์ผิดปกติ',
  macros: (name: string, what: string) => `ไฟล์ ${name} มีแมโคร (VBA) ซึ่งโปรแกรมไม่รับ กรุณาบันทึกเป็น${what} ธรรมดาแล้วส่งใหม่`,
  tooBigUnpacked: 'ข้อมูลเมื่อขยายใหญ่ผิดปกติ',
  compression: 'รูปแบบการบีบอัดที่ไม่รองรับ',
  corrupt: 'ข้อมูลในไฟล์เสียหาย',
} as const;
