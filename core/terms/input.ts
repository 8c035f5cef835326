// What the API says of a value it refuses (the contract's zod schemas, the forms import). Pure.

/** The names of boxes that only validation messages use, and the messages said of more than one box. */
export const INPUT_WORDS = {
  divisionName: 'ชื่อฝ่าย',
  toolName: 'ชื่อแบบวัด',
  criteriaName: 'ชื่อเกณฑ์',
  fiscalYearBe: 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2566',
  tooLong: (max: number | string) => `ข้อความยาวเกิน ${max} ตัวอักษร`,
  oneOf: (values: readonly string[]) => `สถานะต้องเป็น ${values.slice(0, -1).join(', ')} หรือ ${values.at(-1)}`,
  needOutPath: 'ต้องระบุที่เก็บไฟล์',
  needFolder: 'ต้องระบุโฟลเดอร์',
  needFile: 'ต้องระบุไฟล์',
  qtyNotNegative: 'จำนวนที่ทำได้ต้องไม่ติดลบ',
  ptNumber: 'ขนาดตัวอักษรต้องเป็นตัวเลข',
  ptMax: (n: number) => `ขนาดตัวอักษรต้องไม่เกิน ${n}`,
  mmNumber: 'ระยะขอบต้องเป็นตัวเลข',
  mmMin: (n: number) => `ระยะขอบต้องไม่น้อยกว่า ${n} มม.`,
} as const;
