// Short words the other terms and many sentences are built from, each once. Pure.

/** The small words of counts and ranges: "๓ ข้อ", "๒ จาก ๕", "ไฟล์ …". */
export const WORDS = {
  item: 'ข้อ',
  of: 'จาก',
  file: 'ไฟล์',
  to: 'ถึง',
  entries: 'รายการ',
  qty: 'จำนวน',
  text: 'ข้อความ',
  data: 'ข้อมูล',
  unit: 'หน่วย',
  office: 'หน่วยงาน',
  districtOffice: 'สำนักงานเขต',
} as const;
