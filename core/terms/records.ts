// What the database's writes refuse (db/queries): a code or a name already taken, a record that
// does not belong where it is put, a file that is not what it says, a built-in criteria set. Pure.

/** A code, number or name the plan (or the office) already has. */
export const TAKEN_MESSAGES = {
  item: (code: string) => `มีข้อ ${code} ในแผนนี้อยู่แล้ว`,
  tool: (code: string) => `มีแบบวัด ${code} ในแผนนี้อยู่แล้ว`,
  indicator: (n: number | string) => `มีตัวชี้วัดที่ ${n} ในแผนนี้อยู่แล้ว`,
  subIndicator: (label: string) => `มีตัวชี้วัดย่อยที่ ${label} อยู่แล้ว`,
  division: (name: string) => `มีฝ่ายชื่อ "${name}" อยู่แล้ว`,
} as const;

/** The other refusals of the plan, structure, settings, evidence and criteria writes. */
export const RECORD_MESSAGES = {
  indicatorOfOtherPlan: 'ตัวชี้วัดที่ระบุไม่ใช่ของแผนนี้',
  subIndicatorNotUnder: (n: number | string) => `ตัวชี้วัดย่อยที่ระบุไม่อยู่ใต้ตัวชี้วัดที่ ${n}`,
  reorderStale: 'รายการที่จะจัดลำดับไม่ตรงกับข้อมูลปัจจุบัน กรุณาโหลดหน้าใหม่',
  indicatorToOtherPlan: 'ย้ายตัวชี้วัดไปแบบวัดของแผนอื่นไม่ได้',
  divisionInUse: (name: string, activities: number | string) =>
    `ลบ "${name}" ไม่ได้ เพราะยังเป็นผู้รับผิดชอบกิจกรรม ${activities} รายการ`,
  // evidence files
  fileTypeRefused: (fileName: string, allowed: string) => `แนบไฟล์ชนิดนี้ไม่ได้ (${fileName}) รองรับเฉพาะ ${allowed}`,
  fileNotItsType: (fileName: string, ext: string) => `เนื้อไฟล์ ${fileName} ไม่ใช่ไฟล์ .${ext} จริง จึงไม่รับไว้`,
  badFileName: 'ชื่อไฟล์ไม่ถูกต้อง',
  evidenceIsLink: 'หลักฐานนี้เป็นลิงก์ ไม่ใช่ไฟล์',
  // criteria sets
  builtInId: (id: string) => `"${id}" เป็นเกณฑ์ที่มากับโปรแกรม — โปรดตั้งรหัสเกณฑ์ใหม่`,
  criteriaUnusable: (problems: string) => `เกณฑ์นี้ใช้ไม่ได้: ${problems}`,
  builtInDelete: 'ลบเกณฑ์ที่มากับโปรแกรมไม่ได้',
} as const;
