// The importer's vocabulary: what other offices write in their plan tables, which the importer
// (db/import) recognises. Not wording of ours: column headings as offices title them, month
// abbreviations as they come without dots, and the Thai parts of the patterns that read item
// codes, indicator lines, quarters, years and monitoring frequencies (regex sources, for
// `new RegExp`). Regex literals in db/import (e.g. the SYNONYMS of headers.ts) stay beside their
// code. The names users read for each column are IMPORT_COLUMN_LABELS. Pure.

/** What users read for each column role of an imported table (the preview, the messages). */
export const IMPORT_COLUMN_LABELS = {
  code: 'ตัวชี้วัด/ข้อ',
  question: 'ประเด็นคำถาม',
  monitoring: 'การกำกับติดตามโดย ผอ.',
  sequence: 'ลำดับ (ไม่นำเข้า)',
  month: 'เดือน (ช่องทำเครื่องหมาย)',
  quarter: 'ไตรมาส (ช่องทำเครื่องหมาย)',
  ignored: 'ไม่นำเข้า',
} as const;

/** What the header-row refusal says the expected columns are called (with the synonyms it reads). */
export const IMPORT_EXPECTED_COLUMNS =
  'ตัวชี้วัด (หรือ ข้อ, รหัส), ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ (หรือ ประเด็นที่ต้องพัฒนา, ประเด็น), ' +
  'กิจกรรมที่จะดำเนินการ (หรือ กิจกรรม/โครงการ, มาตรการ), ผลผลิต (หรือ ตัวชี้วัดผลผลิต, เป้าหมาย), วิธีการสร้างการรับรู้, ' +
  'ระยะเวลา (หรือ ระยะเวลาดำเนินการ, ระยะเวลาแล้วเสร็จ, ช่องเดือน ต.ค.–ก.ย. หรือ ไตรมาส 1–4), ผู้รับผิดชอบ, ' +
  'การกำกับติดตาม (หรือ ระยะเวลากำกับติดตามโดย ผอ.เขต), ลำดับ (ไม่นำเข้า), หมายเหตุ (ไม่นำเข้า)';

/** Month tick-column headings as compared (spaces and dots removed), in fiscal order, ต.ค. first. */
export const TICK_MONTH_KEYS: readonly string[] = [
  'ตค',
  'พย',
  'ธค',
  'มค',
  'กพ',
  'มีค',
  'เมย',
  'พค',
  'มิย',
  'กค',
  'สค',
  'กย',
];

/** The Thai parts of the importer's patterns, as regex source (escaped for `new RegExp`). */
export const IMPORT_PATTERNS = {
  /** "ข้อ" / "ข้อที่" before an item code ("ข้อ I1", "ข้อที่ 3"). */
  itemWord: 'ข้อ(?:ที่)?',
  /** "ตัวชี้วัด", "ตัวชี้วัดที่", "ตัวชี้วัดหลักที่" before an indicator's number. */
  indicatorWord: 'ตัวชี้วัด(?:หลัก)?(?:ที่)?',
  /** "ตัวชี้วัดย่อย" / "ตัวชี้วัดย่อยที่" before a sub-indicator's label (9.1). */
  subIndicatorWord: 'ตัวชี้วัดย่อย(?:ที่)?',
  /** The era before a year: "พ.ศ.", "พ. ศ.". */
  beEra: 'พ\\.\\s?ศ\\.',
  /** "ไตรมาส" / "ไตรมาสที่" before a quarter's number. */
  quarterWord: 'ไตรมาส(?:ที่)?',
  /** What joins two quarters: a range (-, –, —, ถึง) or a list (และ, ","). */
  quarterJoin: '-|–|—|ถึง|และ|,',
  /** "๑ ครั้ง/เดือน", "เดือนละ ๑ ครั้ง", "ทุกเดือน", "รายเดือน" … once per `unit` (spaces removed, Arabic digits). */
  oncePer: (unit: string) => `^(?:1ครั้ง/${unit}|${unit}ละ1ครั้ง|${unit}ละครั้ง|ทุก${unit}|ราย${unit}|ครั้ง/${unit})$`,
} as const;

/** Single words the importer reads in the offices' text. */
export const IMPORT_WORDS = {
  /** A list of two quarters ("ไตรมาส 1 และ 3"), not a range. */
  and: 'และ',
  /** The unit of a daily monitoring ("ทุกวัน"). */
  day: 'วัน',
} as const;
