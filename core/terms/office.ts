// A district office's own words the core starts from: its usual divisions (core/divisions.ts), the
// default names of the files it exports (core/fileName.ts), and how a timeframe or a list of item
// codes reads when cut short (core/rules.ts). Digits come in written (core/thai). Pure.

/** The usual 10 divisions of a Bangkok district office (settings may replace the list). */
export const DEFAULT_DIVISION_NAMES: readonly string[] = [
  'ฝ่ายปกครอง',
  'ฝ่ายทะเบียน',
  'ฝ่ายการคลัง',
  'ฝ่ายรายได้',
  'ฝ่ายโยธา',
  'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล',
  'ฝ่ายรักษาความสะอาดและสวนสาธารณะ',
  'ฝ่ายเทศกิจ',
  'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม',
  'ฝ่ายการศึกษา',
];

/** The first words of an exported report's default file name, by report (the monthly sheet's is REPORT_TERMS.monthSheet). */
export const REPORT_FILE_NAMES = {
  plan: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  halfYear: (six: string) => `รายงานผลการดำเนินการรอบ ${six} เดือน`,
  annual: 'รายงานผลการดำเนินการประจำปี',
  oitUrls: 'รายการ URL OIT',
  overview: 'สรุปผลการติดตามสำหรับผู้อำนวยการ',
  /** After the name of a report that covers a fiscal year. */
  fiscalYear: (year: string) => `ปีงบประมาณ ${year}`,
  /** A division's form for a month: "แบบฟอร์มรายงาน ฝ่ายโยธา มีนาคม ๒๕๖๖". */
  divisionForm: (division: string, month: string, year: string) => `แบบฟอร์มรายงาน ${division} ${month} ${year}`,
} as const;

/** A timeframe with one end only ("ตั้งแต่ ธ.ค. ๖๕", "ภายใน พ.ค. ๖๖") and a list of codes cut short. */
export const READ_AS_WORDS = {
  since: (month: string) => `ตั้งแต่ ${month}`,
  by: (month: string) => `ภายใน ${month}`,
  /** "I1, I3, O4, O12 … อีก ๕ ข้อ" (the count written). */
  moreItems: (shown: string, more: string) => `${shown} … อีก ${more} ข้อ`,
} as const;
