// What the API says of an input it refuses (the contract's zod schemas in core/schemas.ts and
// core/contract*.ts, the links' check in core/urls.ts), and of a criteria set whose parts clash
// (core/criteria.ts). Messages said of more than one box stay in ./input.ts INPUT_WORDS. Pure.
/** The zod messages of the contract's fields, by the field or rule they belong to. */
export const VALIDATION_WORDS = {
  // ids, years, months, dates
  idNumber: 'ต้องระบุรหัสเป็นตัวเลข',
  idInteger: 'รหัสต้องเป็นจำนวนเต็ม',
  idInvalid: 'รหัสไม่ถูกต้อง',
  needFiscalYear: 'ต้องระบุปีงบประมาณ',
  fiscalYearInteger: 'ปีงบประมาณต้องเป็นจำนวนเต็ม',
  needMonth: 'ต้องระบุเดือน',
  monthFormat: 'เดือนต้องอยู่ในรูปแบบ ปปปป-ดด (ค.ศ.) เช่น 2023-03',
  isoDate: 'วันที่ต้องอยู่ในรูปแบบ ปปปป-ดด-วว (ค.ศ.)',
  /** A month asked of a roll-up that its fiscal year does not hold (core/rules.ts asOfMonth). */
  monthOutsideYear: (month: string, fiscalYear: number | string) => `เดือน ${month} ไม่อยู่ในปีงบประมาณ พ.ศ. ${fiscalYear}`,
  copyMonthOrder: 'เดือนที่คัดลอกจากต้องอยู่ก่อนเดือนที่คัดลอกไป',
  tooManyMonths: 'เลือกเดือนได้ไม่เกิน 120 เดือน',
  // texts
  required: (label: string) => `ต้องระบุ${label}`,
  labelTooLong: (label: string, max: number | string) => `${label}ยาวเกิน ${max} ตัวอักษร`,
  // the plan's structure
  itemCode: 'รหัสข้อต้องเป็นตัวอักษรหรือตัวเลขติดกันไม่เกิน 20 ตัว เช่น I1, O31, MOIT3',
  toolCode: 'รหัสแบบวัดต้องเป็นตัวอักษรหรือตัวเลขติดกันไม่เกิน 20 ตัว เช่น IIT, OIT, MOIT',
  needIndicatorNumber: 'ต้องระบุเลขตัวชี้วัด',
  indicatorInteger: 'เลขตัวชี้วัดต้องเป็นจำนวนเต็ม',
  indicatorMin: 'เลขตัวชี้วัดต้องตั้งแต่ 1',
  indicatorTooLong: 'เลขตัวชี้วัดยาวเกินไป',
  subIndicatorLabel: 'เลขตัวชี้วัดย่อยต้องเป็นตัวเลขเช่น 9.1',
  needItemIndicator: 'ต้องระบุตัวชี้วัดของข้อ',
  targetNotNegative: 'เป้าหมายต้องไม่ติดลบ',
  // criteria sets
  criteriaSetId: 'รหัสเกณฑ์ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และขีด เช่น bkk-district-2570',
  criteriaNeedsTool: 'เกณฑ์ต้องมีแบบวัดอย่างน้อย 1 แบบ',
  criteriaFileTooLarge: 'ไฟล์เกณฑ์ใหญ่เกิน 5 MB',
  // choices
  reportKind: (kinds: readonly string[]) => `รายงานต้องเป็น ${kinds.slice(0, -1).join(', ')} หรือ ${kinds.at(-1)}`,
  reportFormat: (formats: readonly string[]) =>
    `รูปแบบไฟล์ต้องเป็น ${formats.slice(0, -1).join(', ')} หรือ ${formats.at(-1)}`,
  printOnly: 'พิมพ์ได้เฉพาะแผนมาตรการและแบบรายงานประจำเดือน',
  monthReportNeedsMonth: 'รายงานประจำเดือนต้องระบุเดือน',
  divisionOnlyMonth: 'เลือกฝ่ายได้เฉพาะรายงานประจำเดือน',
  onlyReportedOnlyMonth: 'เลือกเฉพาะกิจกรรมที่รายงานแล้วได้เฉพาะรายงานประจำเดือน',
  // links
  urlNeedsHttp: 'ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https://',
  urlTooLong: 'ลิงก์ยาวเกิน 2,000 ตัวอักษร',
  urlCredentials: 'ลิงก์ต้องไม่มีชื่อผู้ใช้หรือรหัสผ่านอยู่ในลิงก์',
  // files and paths
  fileBytes: 'ข้อมูลไฟล์ไม่ถูกต้อง',
  fileTooLarge: (mb: number | string) => `ไฟล์ใหญ่เกิน ${mb} MB`,
  pastedTooLong: 'ข้อความที่นำเข้ายาวเกิน 5 MB',
  importSource: 'ต้องระบุแหล่งที่นำเข้าอย่างใดอย่างหนึ่ง: ข้อความ, HTML หรือไฟล์',
  outPathNotAbsolute: 'ที่เก็บไฟล์ต้องเป็นเส้นทางเต็ม (absolute path)',
  folderNotAbsolute: 'โฟลเดอร์ต้องเป็นเส้นทางเต็ม (absolute path)',
  backupNotAbsolute: 'ที่อยู่ไฟล์ต้องเป็นเส้นทางเต็ม (absolute path)',
  outFileOrFolder: 'ต้องระบุที่เก็บไฟล์ (ไฟล์หรือโฟลเดอร์อย่างใดอย่างหนึ่ง)',
  fileEnding: (ext: string) => `ชื่อไฟล์ต้องลงท้ายด้วย .${ext}`,
  needFiles: 'ต้องเลือกไฟล์อย่างน้อย 1 ไฟล์',
  tooManyFiles: 'นำเข้าได้ครั้งละไม่เกิน 100 ไฟล์',
  // settings
  fontName: 'ชื่อแบบอักษร',
  // Limits come from core/limits.ts REPORT_PAGE_LIMITS, in Arabic digits as every API message (the
  // screens show them in the office's digits, core/thai messageDigits; the CLI prints them so).
  textPtMin: (n: number) => `ขนาดตัวอักษรต้องไม่น้อยกว่า ${n}`,
  tablePtMin: (n: number) => `ขนาดตัวอักษรในตารางต้องไม่น้อยกว่า ${n}`,
  marginMax: (n: number) => `ระยะขอบต้องไม่เกิน ${n} มม.`,
  bindingMax: (n: number) => `ระยะขอบด้านเย็บเล่มต้องไม่เกิน ${n} มม.`,
} as const;

/** A criteria set whose codes or numbers clash, or whose item names a sub-indicator it lacks (core/criteria.ts). */
export const CRITERIA_PROBLEM_WORDS = {
  toolCode: 'รหัสแบบวัด',
  duplicated: (what: string, values: string) => `${what}ซ้ำ: ${values}`,
  noSubIndicator: (code: string, sub: string, indicator: number | string) =>
    `ข้อ ${code} อยู่ใต้ตัวชี้วัดย่อยที่ ${sub} ซึ่งไม่มีในตัวชี้วัดที่ ${indicator}`,
} as const;
