// Every Thai domain word users read, once: the screens, the reports (PDF and Excel) and the CLI all
// take their words from here, so every place says the same thing. Spelling follows the NACC's own
// ITA manuals (e.g. ผู้มีส่วนได้ส่วนเสีย, as in "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)").
// Text the user typed or imported (a plan's own wording) is data and is never rewritten. Pure.
import { withDigits, type DigitStyle } from './thai/digits';
import type {
  CopySkip,
  Evidence,
  ExportProgress,
  FollowUpStatus,
  Monitoring,
  NaccTool,
  Numerals,
  PlanStatus,
  ReportState,
  Tool,
} from './types';

/** สถานะ of a monthly report (GLOSSARY: followUp.status). */
export const STATUS_NAMES: Readonly<Record<FollowUpStatus, string>> = {
  notStarted: 'ยังไม่ดำเนินการ',
  inProgress: 'อยู่ระหว่างดำเนินการ',
  done: 'ดำเนินการแล้ว',
  blocked: 'ไม่สามารถดำเนินการได้',
};

/** A row nobody reported (the printed sheet's word): counted apart from ยังไม่ดำเนินการ. */
export const NOT_REPORTED = 'ยังไม่รายงาน';

/** How a row or an activity reads: its report's status, or ยังไม่รายงาน (core/rules.ts reportState). */
export const REPORT_STATE_NAMES: Readonly<Record<ReportState, string>> = { ...STATUS_NAMES, notReported: NOT_REPORTED };

/** Why "copy from last month" left a row behind (core/rules.ts carryOver). */
export const COPY_SKIP_NAMES: Readonly<Record<CopySkip, string>> = {
  done: 'ดำเนินการแล้ว: ต้องรายงานผลของเดือนนี้ใหม่',
  blocked: 'ไม่สามารถดำเนินการได้: ต้องรายงานผลของเดือนนี้ใหม่',
  draft: 'เป็นร่างที่ยังไม่มีผู้ตรวจ',
  filled: 'เดือนนี้บันทึกไว้แล้ว (ไม่เขียนทับ)',
  nothing: 'ไม่มีข้อความที่คัดลอกได้',
};

/** A copied row until someone checks and saves it ("ร่าง คัดลอกจาก ก.พ. ๖๖"). */
export const DRAFT_NAME = 'ร่าง';

/** A plan's own status. */
export const PLAN_STATUS_NAMES: Readonly<Record<PlanStatus, string>> = { draft: 'ฉบับร่าง', approved: 'อนุมัติแล้ว' };

/** The tools' full names, as the NACC writes them: the heading rows of the printed plan and reports. */
export const TOOL_TITLES: Readonly<Record<NaccTool, string>> = {
  IIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal Integrity and Transparency Assessment : IIT)',
  EIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (External Integrity and Transparency Assessment : EIT)',
  OIT: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)',
};

/** The tools' names on screen, where the English long form does not fit. */
export const TOOL_NAMES: Readonly<Record<NaccTool, string>> = {
  IIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
  EIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)',
  OIT: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)',
};

/** The shortest form, code first: the overview's group headings. */
export const TOOL_SHORT: Readonly<Record<NaccTool, string>> = {
  IIT: 'IIT – การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน',
  EIT: 'EIT – การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก',
  OIT: 'OIT – การเปิดเผยข้อมูลสาธารณะ',
};

/** A NACC tool's official title by its code; undefined for another scheme's tool (its plan names it). */
export const NACC_TOOL_NAMES: Readonly<Record<Tool, string | undefined>> = TOOL_TITLES;
/** The letters of the NACC tools' item codes (I1 is an IIT item). */
export const NACC_TOOL_PREFIXES: Readonly<Record<Tool, string | undefined>> = { IIT: 'I', EIT: 'E', OIT: 'O' };

/**
 * How a plan's tool reads: 'title' its name as the plan has it (printed headings); 'name' the
 * screen's form and 'short' the overview's, the NACC's wording for its own tools, else code and name.
 */
export function toolLabel(tool: { code: Tool; name: string }, form: 'title' | 'name' | 'short'): string {
  if (form === 'title') return tool.name;
  const nacc = (form === 'name' ? TOOL_NAMES : TOOL_SHORT) as Readonly<Record<Tool, string | undefined>>;
  return nacc[tool.code] ?? (tool.name.includes(tool.code) ? tool.name : `${tool.code} – ${tool.name}`);
}

/** The choices of ระยะเวลากำกับติดตามโดย ผอ.เขต (the plan editor's list, the history's values). */
export const MONITORING_NAMES: Readonly<Record<Monitoring, string>> = {
  monthly: 'ทุกเดือน',
  daily: 'ทุกวัน',
  none: 'ไม่กำหนด',
  other: 'อื่น ๆ',
};

/** ผู้รับผิดชอบ when every division is. */
export const ALL_DIVISIONS = 'ทุกฝ่าย';

/** How the office writes numbers in what it prints (settings; the history's values). */
export const NUMERALS_NAMES: Readonly<Record<Numerals, string>> = { thai: 'เลขไทย', arabic: 'เลขอารบิก' };

/** An evidence's kind (the follow-up's list, the history's values). */
export const EVIDENCE_KIND_NAMES: Readonly<Record<Evidence['kind'], string>> = { url: 'ลิงก์', file: 'ไฟล์' };

/** What each kind of record is called (the history's filter and rows). */
export const ENTITY_NAMES = {
  plan: 'แผน',
  indicator: 'ตัวชี้วัด',
  item: 'ข้อตัวชี้วัด',
  activity: 'กิจกรรม',
  followUp: 'ผลรายเดือน',
  evidence: 'หลักฐาน',
  division: 'ฝ่าย',
  settings: 'การตั้งค่า',
} as const satisfies Record<string, string>;

/**
 * The Thai name of each field users fill in, as the screens label it: the API says which box is
 * wrong with it, the history names each change with it (in this order), the settings and plan
 * screens label their boxes with it. A record's ids are named for messages only.
 */
export const FIELD_NAMES = {
  // activity
  text: ENTITY_NAMES.activity,
  output: 'ผลผลิต',
  targetQty: 'เป้าหมาย (จำนวน)',
  targetUnit: 'หน่วยนับ',
  awareness: 'วิธีการสร้างการรับรู้',
  startMonth: 'เดือนเริ่ม',
  endMonth: 'เดือนที่แล้วเสร็จ',
  responsibleText: 'ผู้รับผิดชอบ (ตามแผน)',
  allDivisions: ALL_DIVISIONS,
  divisionIds: 'ฝ่ายที่รับผิดชอบ',
  monitoring: 'การกำกับติดตามโดย ผอ.เขต',
  monitoringText: 'การกำกับติดตาม (ข้อความ)',
  // item
  code: 'รหัสข้อ',
  question: 'ตัวชี้วัด',
  issue: 'ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ',
  // follow-up
  month: 'เดือน',
  status: 'สถานะ',
  qty: 'จำนวนที่ทำได้',
  result: 'ผลการดำเนินงาน',
  problems: 'ปัญหา/อุปสรรค',
  reporter: 'ผู้รายงาน',
  reportedAt: 'วันที่รายงาน',
  directorRemark: 'ข้อสั่งการ ผอ.เขต',
  draft: 'ร่างที่ยังไม่ตรวจ',
  copiedFrom: 'คัดลอกจากเดือน',
  // evidence
  kind: 'ชนิดหลักฐาน',
  label: 'คำอธิบาย',
  url: EVIDENCE_KIND_NAMES.url,
  fileName: 'ชื่อไฟล์',
  mimeType: 'ชนิดไฟล์',
  size: 'ขนาดไฟล์ (ไบต์)',
  data: EVIDENCE_KIND_NAMES.file,
  // settings
  office: 'ชื่อหน่วยงาน',
  directorTitle: 'ตำแหน่งผู้อำนวยการเขต',
  directorName: 'ชื่อผู้อำนวยการเขต',
  headOfGovernance: 'หัวหน้าฝ่ายปกครอง',
  reporterName: 'ผู้รายงาน',
  reporterTitle: 'ตำแหน่งผู้รายงาน',
  headTitle: 'ตำแหน่งหัวหน้าฝ่ายปกครอง',
  numerals: 'ตัวเลข',
  reportFont: 'แบบอักษรในรายงาน',
  reportTextPt: 'ขนาดตัวอักษร',
  reportTablePt: 'ขนาดตัวอักษรในตารางที่แน่น',
  reportMarginMm: 'ระยะขอบกระดาษ',
  reportBindingMm: 'ระยะขอบด้านเย็บเล่ม',
  pageNumbers: 'เลขหน้า',
  // division, plan
  name: 'ชื่อ',
  position: 'ลำดับ',
  isStandard: 'ฝ่ายมาตรฐาน',
  fiscalYear: 'ปีงบประมาณ',
  title: 'ชื่อแผน',
  approvedAt: 'วันที่อนุมัติ',
  items: 'จำนวนข้อ',
  activities: 'จำนวนกิจกรรม',
  copied: 'จำนวนที่คัดลอก',
  from: 'จากเดือน',
  to: 'ไปเดือน',
  // plan import
  source: 'นำเข้าจาก',
  joinsUndone: 'ช่องว่างที่คงไว้ตามต้นฉบับ',
  // exports
  report: 'ชนิดรายงาน',
  format: 'รูปแบบไฟล์',
  outPath: 'ที่บันทึกไฟล์',
  onlyReported: 'เฉพาะกิจกรรมที่รายงานแล้ว',
  // ids
  planId: 'รหัสแผน',
  itemId: 'รหัสข้อ',
  activityId: 'รหัสกิจกรรม',
  indicatorId: 'รหัสตัวชี้วัด',
  evidenceId: 'รหัสหลักฐาน',
  divisionId: 'รหัสฝ่าย',
} as const satisfies Record<string, string>;

/** A field's Thai name (FIELD_NAMES), or the key itself for one that has none. */
export const fieldName = (key: string): string => (FIELD_NAMES as Record<string, string>)[key] ?? key;
/** A kind of record's Thai name (ENTITY_NAMES), or the kind itself. */
export const entityName = (entity: string): string => (ENTITY_NAMES as Record<string, string>)[entity] ?? entity;

/** The plan's name when it has no title of its own (GLOSSARY: plan). */
export const PLAN_TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';

/** What the user is told about a failure the program cannot explain better. */
export const INTERNAL_ERROR = 'เกิดข้อผิดพลาดภายในโปรแกรม';

/** The word before a sub-indicator's label: "ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน". */
export const SUB_INDICATOR = 'ตัวชี้วัดย่อยที่';

/** Why a command of the desktop app is refused elsewhere (the CLI, the browser bridge). */
export const DESKTOP_ONLY = 'คำสั่งนี้ใช้ได้เฉพาะในโปรแกรมบนเครื่อง';

/** Why an approved plan refuses a change (the API, the Excel round trip and the screens say it alike). */
export const PLAN_LOCKED = 'แผนนี้อนุมัติแล้วจึงแก้ไขไม่ได้ หากต้องการแก้ไข ให้ยกเลิกการอนุมัติก่อน';

/** The 8 columns of the plan, as on the office's paper form, by what each holds. */
export const PLAN_COLUMN_NAMES = {
  code: 'ตัวชี้วัด',
  issue: 'ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ',
  activity: 'กิจกรรมที่จะดำเนินการ',
  output: 'ผลผลิต',
  awareness: 'วิธีการสร้างการรับรู้',
  timeframe: 'ระยะเวลาแล้วเสร็จ',
  responsible: 'ผู้รับผิดชอบ',
  monitoring: 'ระยะเวลากำกับติดตามโดย ผอ.เขต',
} as const;
/** The same 8 headings in their order (the printed plan, its Excel sheet, the plan screen). */
export const PLAN_COLUMNS: readonly string[] = Object.values(PLAN_COLUMN_NAMES);

/** Undo and revert (issue 13): the screens' button, the history's action, the grid's row action. */
export const UNDO_NAME = 'เลิกทำ';
export const REVERT_NAME = 'ย้อนกลับ';
export const CLEAR_ROW_NAME = 'ล้างแถว';
/** The one answer when there is nothing of the screen's left to undo. */
export const NOTHING_TO_UNDO = 'ไม่มีการบันทึกที่เลิกทำได้';

// ── The printed reports (PDF and Excel alike) ────────────────────────────────────────────────────
// Digits in these are Arabic; the reports write them in the office's digits (reports/rows/fmt.ts).

/** Each report's title: page 1's first line, the PDF's metadata title, the Excel file's subject. */
export const REPORT_TITLES = {
  plan: PLAN_TITLE,
  month: 'แบบรายงานผลการดำเนินงานประจำเดือน',
  'half-year': `รายงานผลการดำเนินการตาม${PLAN_TITLE} รอบ 6 เดือน`,
  annual: `รายงานผลการดำเนินการตาม${PLAN_TITLE} ประจำปี`,
  'oit-urls': 'รายการ URL ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT)',
  overview: `สรุปผลการติดตาม${PLAN_TITLE}`,
} as const;

/** Column heads, captions, sheet names and fixed lines of the reports. */
export const REPORT_TERMS = {
  // column heads
  code: 'ข้อ',
  activity: 'กิจกรรม',
  responsible: PLAN_COLUMNS[6]!,
  target: 'เป้าหมาย',
  achieved: 'ผลที่ทำได้',
  status: 'สถานะ',
  result: 'ผลการดำเนินงาน',
  evidence: 'หลักฐาน',
  problems: 'ปัญหา/อุปสรรค',
  orders: 'ข้อสั่งการ ผอ.เขต',
  cumulative: 'ผลสะสม',
  monthsDone: 'เดือนที่ดำเนินการแล้ว',
  problemsAndOrders: 'ปัญหา/อุปสรรค และข้อสั่งการ',
  nextSteps: 'แนวทางดำเนินการต่อไป',
  indicator: PLAN_COLUMNS[0]!,
  division: 'ฝ่าย',
  due: 'ต้องรายงาน',
  reported: 'รายงานแล้ว',
  percentDone: 'ร้อยละที่ดำเนินการแล้ว',
  total: 'รวม',
  url: 'URL',
  urlLabel: 'คำอธิบาย',
  monthReported: 'เดือนที่รายงาน',
  // captions and empty tables
  monthStatusCaption: 'สรุปสถานะกิจกรรมที่ต้องดำเนินการในเดือนนี้',
  monthDivisionCaption: `สรุปรายฝ่าย (กิจกรรมของ${ALL_DIVISIONS}นับให้ทุกฝ่าย)`,
  monthProblemsCaption: 'ปัญหา/อุปสรรคที่ขอรับข้อสั่งการ',
  monthNoProblems: 'ไม่มีปัญหา/อุปสรรคที่รายงานในเดือนนี้',
  monthRowsCaption: 'ผลการดำเนินงานรายกิจกรรม',
  monthNoneReported: 'ยังไม่มีกิจกรรมที่รายงานในเดือนนี้',
  monthNoneDue: 'ไม่มีกิจกรรมที่ต้องดำเนินการในเดือนนี้',
  monthSubtitle: `ตาม${PLAN_TITLE} ปีงบประมาณ พ.ศ.`,
  resultsByIndicator: 'สรุปผลการดำเนินงานตามตัวชี้วัด',
  resultsByDivision: 'สรุปผลการดำเนินงานรายฝ่าย',
  resultsByItem: 'ผลการดำเนินงานรายข้อ',
  noUrl: 'ยังไม่มี URL',
  // sheets
  summarySheet: 'สรุป',
  planSheet: 'แผน',
  monthSheet: 'รายงานประจำเดือน',
  annualSheet: 'ผลประจำปี',
  halfYearSheet: 'ผลรอบ 6 เดือน',
  // fixed words
  fiscalYear: 'ปีงบประมาณ พ.ศ.',
  planFiscalYear: 'ประจำปีงบประมาณ พ.ศ.',
  yearOf: 'พ.ศ.',
  period: 'ระยะเวลา',
  printedOn: 'พิมพ์เมื่อ',
  page: 'หน้า',
  continued: '(ต่อ)',
  file: 'ไฟล์',
  orderLine: 'ข้อสั่งการ',
  // next steps of an activity not done
  hurry: 'เร่งรัดดำเนินการ (กำหนดแล้วเสร็จ',
  finishBy: 'ดำเนินการต่อให้แล้วเสร็จภายใน',
  goOn: 'ดำเนินการต่อ',
  // signatures
  reporter: 'ผู้รายงาน',
  headOfGovernance: 'หัวหน้าฝ่ายปกครอง',
  director: 'ผู้อำนวยการเขต',
  proposer: 'ผู้เสนอแผน',
  approver: 'ผู้อนุมัติ',
  signHere: 'ลงชื่อ',
  dateWord: 'วันที่',
  // a division's form (Excel, filled in and read back)
  formSheet: 'แบบรายงาน',
  formQty: 'จำนวนที่ทำได้',
  formUrls: 'หลักฐาน (URL บรรทัดละลิงก์)',
  formReporter: 'ผู้รายงาน (ชื่อ–ตำแหน่ง):',
  formHint:
    'กรอกเฉพาะช่องสีเหลือง: สถานะเลือกจากรายการ, จำนวนเป็นตัวเลข, หลักฐานเป็นลิงก์ http:// หรือ https:// บรรทัดละลิงก์ ' +
    'แถวที่ไม่เลือกสถานะและไม่กรอกข้อมูลจะถือว่ายังไม่รายงาน',
  formBadStatusTitle: 'สถานะไม่ถูกต้อง',
  formBadStatus: 'กรุณาเลือกสถานะจากรายการ',
  formBadQtyTitle: 'จำนวนไม่ถูกต้อง',
  formBadQty: 'จำนวนที่ทำได้ต้องเป็นตัวเลขไม่ติดลบ',
} as const;

/** "มี URL แล้ว ๓ จาก ๓๐ ข้อ", "แสดงเฉพาะกิจกรรมที่รายงานแล้ว ๖ จาก ๑๑๒ กิจกรรม" (numbers already written). */
export const reportCounts = {
  withUrl: (n: string, of: string) => `มี URL แล้ว ${n} จาก ${of} ข้อ`,
  onlyReported: (n: string, of: string) => `แสดงเฉพาะกิจกรรมที่รายงานแล้ว ${n} จาก ${of} กิจกรรม`,
};

/**
 * What an export is doing (api.exportProgress), as the export dialog and the CLI say it: which part
 * of a long PDF is printing ("กำลังพิมพ์ส่วนที่ ๒ จาก ๔"), laying out the pages, or making the report.
 */
export function exportProgressText(p: ExportProgress | null, digits: DigitStyle): string {
  if (p?.phase === 'print' && p.parts > 1) {
    return `กำลังพิมพ์ส่วนที่ ${withDigits(p.part, digits)} จาก ${withDigits(p.parts, digits)}`;
  }
  if (p?.phase === 'join') return 'กำลังรวมไฟล์';
  if (p?.phase === 'measure') return 'กำลังจัดหน้า';
  return 'กำลังสร้างรายงาน';
}

/** The parts of the one BE date input (day, Thai month, BE year) and what it says of a day that is not. */
export const DATE_WORDS = {
  day: 'วันที่',
  month: 'เดือน',
  year: 'ปี พ.ศ.',
  yearHint: 'ปี พ.ศ. ๔ หลัก เช่น ๒๕๖๖',
  noSuchDay: 'ไม่มีวันนี้ในปฏิทิน',
  incomplete: 'ระบุวันที่ เดือน และปี พ.ศ. ให้ครบ',
  clear: 'ไม่กำหนด',
} as const;

/** One activity's year (the follow-up row's panel): its months, what each said, ผลสะสม against the target. */
export const YEAR_WORDS = {
  open: 'ดูทั้งปี',
  openHint: 'ดูผลของกิจกรรมนี้ทุกเดือนของปีงบประมาณ พร้อมผลสะสมเทียบเป้าหมาย',
  title: 'ผลการดำเนินงานตลอดปี',
  cumulative: 'ผลสะสม',
  target: 'เป้าหมาย',
  notDue: 'ไม่มีกำหนด',
  noReports: 'ยังไม่มีการรายงานผลของกิจกรรมนี้',
  reached: 'ครบตามเป้าหมาย',
  goToMonth: 'ไปที่เดือนนี้',
} as const;

/** Chasing the divisions (the overview): who has not reported what is due, their forms in one go, the director's page. */
export const CHASE_WORDS = {
  title: 'ฝ่ายที่ยังไม่รายงานผลของเดือน',
  allReported: 'ทุกฝ่ายรายงานผลของเดือนนี้ครบแล้ว',
  openDivision: 'เปิดหน้าติดตามรายเดือนเฉพาะฝ่ายนี้',
  sendForms: 'ส่งแบบฟอร์มให้ฝ่าย',
  sendFormsHint: 'สร้างแบบฟอร์มรายงาน (Excel) ของเดือนนี้ให้ทุกฝ่ายที่ยังรายงานไม่ครบ ในครั้งเดียว',
  chooseFolder: 'เลือกโฟลเดอร์…',
  making: 'กำลังสร้างแบบฟอร์ม',
  openFolder: 'เปิดโฟลเดอร์',
  summary: 'พิมพ์สรุปสำหรับ ผอ.เขต (PDF)',
  summaryHint: 'สรุปภาพรวมของเดือนนี้ ๑ หน้า: ความคืบหน้า การรายงานของแต่ละฝ่าย และกิจกรรมที่เลยกำหนด',
} as const;

/** The first-run screen on a new PC: restore last PC's data, and who signs the printed sheets. */
export const WELCOME_WORDS = {
  restore: 'กู้คืนจากไฟล์สำรอง',
  restoreHint: 'ย้ายมาจากเครื่องเดิม: เลือกไฟล์สำรองข้อมูล (.sqlite) ที่ทำไว้ด้วย “สำรองไปยังไฟล์…” แล้วใช้ข้อมูลทั้งหมดในไฟล์นั้น',
  restoreAsk: 'กู้คืนข้อมูลจากไฟล์นี้?',
  restoreOk: 'กู้คืนข้อมูล',
  signers: 'ผู้ลงนามในรายงาน',
  signersHint: 'พิมพ์ในช่องลงนามของแบบรายงานประจำเดือนและสรุปสำหรับ ผอ.เขต แก้ไขภายหลังได้ที่ “ตั้งค่า”',
} as const;
