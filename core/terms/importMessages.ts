// What the plan importer (db/import: the guards, the readers, the table parser, the structure and
// activity builders) tells the user about a pasted table or a file: each problem or warning of the
// import preview and the CLI's import-plan. Numbers come in written; lines as the parser counts
// them. Pure.

/** How a location reads in messages: pasted text has lines, documents have rows ("บรรทัด 19: …"). */
export const IMPORT_LOCATION_WORDS = { line: 'บรรทัด', row: 'แถว' } as const;

/** The word for a location in a source of this kind: pasted text has lines, documents have rows. */
export function locationWord(kind: string): string {
  return kind === 'text' ? IMPORT_LOCATION_WORDS.line : IMPORT_LOCATION_WORDS.row;
}

/**
 * A problem as one text that reads on its own ("บรรทัด 19, คอลัมน์ ผลผลิต: …"): where problems are
 * flattened into one text (a refusal's message, the CLI). The problem's own message has no prefix.
 */
export function problemText(kind: string, p: { line: number; column?: string | undefined; message: string }): string {
  return p.line > 0 ? `${IMPORT_TABLE_MESSAGES.where(locationWord(kind), p.line, p.column)}${p.message}` : p.message;
}

/** The input as a whole refused before it is read (db/import/guards.ts, db/import/readers). */
export const IMPORT_INPUT_MESSAGES = {
  notText: 'ข้อมูลที่นำเข้าไม่ใช่ข้อความ',
  tooLarge: (mb: number | string) => `ข้อความยาวเกิน ${mb} MB — ไม่ใช่แผนมาตรการฉบับเดียว โปรดตรวจสอบไฟล์`,
  empty: 'ไม่มีข้อความให้นำเข้า',
  nul: 'มีอักขระ NUL — ไฟล์นี้เป็นไฟล์ไบนารี ไม่ใช่ข้อความที่คัดลอกจากตาราง',
  unreadableChars: (count: number | string, line: number | string) =>
    `พบอักขระที่อ่านไม่ได้ ${count} ตัว (เริ่มที่บรรทัด ${line}) — ไฟล์อาจเป็นไฟล์ไบนารีหรือใช้รหัสอักขระผิด`,
  oldFormat: (name: string, ext: string) =>
    `ไฟล์ ${name} เป็นรูปแบบเก่า (${ext}) — โปรดบันทึกเป็น ${ext}x ใน Word/Excel แล้วเลือกใหม่`,
  pdf: (name: string) => `ไฟล์ ${name} เป็น PDF ซึ่งอ่านเป็นตารางไม่ได้ — โปรดเปิด PDF แล้วคัดลอกตารางมาวาง หรือใช้ไฟล์ Word (.docx)`,
  zipName: (name: string) => `ไฟล์ ${name} เป็นไฟล์บีบอัด โปรดตั้งชื่อให้ลงท้ายด้วย .docx หรือ .xlsx ตามชนิดของไฟล์`,
  inFile: (name: string, message: string) => `ไฟล์ ${name}: ${message}`,
} as const;

/** A Word file that cannot be read (db/import/readers/docx.ts). */
export const DOCX_MESSAGES = {
  kind: 'ไฟล์ Word (.docx)',
  damagedPart: (name: string, part: string) => `ไฟล์ ${name} เสียหาย อ่านส่วน ${part} ไม่ได้`,
  unopenable: (name: string) => `เปิดไฟล์ ${name} ไม่ได้ ไฟล์อาจเสียหายหรือไม่ใช่ไฟล์ Word (.docx)`,
  noDocument: (name: string) => `ไฟล์ ${name} ไม่ใช่ไฟล์ Word (.docx) — ไม่พบเนื้อหาเอกสาร (word/document.xml)`,
} as const;

/** The header row that cannot be read (db/import/headers.ts); `expected` is IMPORT_EXPECTED_COLUMNS. */
export const IMPORT_HEADER_MESSAGES = {
  unknownColumns: (quoted: string) => `ไม่รู้จักคอลัมน์ ${quoted}`,
  noCodeColumn: 'ไม่พบคอลัมน์ตัวชี้วัด/ข้อ',
  noActivityColumn: 'ไม่พบคอลัมน์กิจกรรม',
  duplicateColumn: (label: string, quoted: string) => `มีคอลัมน์${label}ซ้ำกัน (${quoted})`,
  unreadable: (problems: string, found: string, expected: string) =>
    `อ่านหัวตารางไม่ได้: ${problems} — คอลัมน์ที่พบ: ${found}; คอลัมน์ที่อ่านได้: ${expected}`,
} as const;

/** The table's rows (db/import/parser.ts). */
export const IMPORT_TABLE_MESSAGES = {
  /** Before a row's message: "บรรทัด 19, คอลัมน์ ผลผลิต: " or "แถว 4: ". */
  where: (word: string, line: number | string, column?: string) =>
    column ? `${word} ${line}, คอลัมน์ ${column}: ` : `${word} ${line}: `,
  replacementChar: 'มีอักขระที่อ่านไม่ได้ (\uFFFD) — ข้อความบางส่วนอาจหายไป',
  cellTooLong: (column: number | string, max: string) =>
    `ข้อความในคอลัมน์ที่ ${column} ยาวเกิน ${max} ตัวอักษร — ไม่ใช่ช่องของตารางแผนตามปกติ`,
  noTabs: 'ไม่พบตารางที่แยกคอลัมน์ด้วยแท็บ — โปรดคัดลอกทั้งตารางจากเอกสาร รวมทั้งแถวหัวตาราง',
  noHeader: (widest: string) =>
    `ไม่พบแถวหัวตาราง (ต้องมีอย่างน้อยคอลัมน์ตัวชี้วัด/ข้อ และคอลัมน์กิจกรรม) จึงไม่รู้ว่าแต่ละคอลัมน์คืออะไร${widest}`,
  /** After noHeader: the row with the most text, and what it holds. */
  widestRow: (word: string, line: number | string, found: string) =>
    ` — แถวที่มีข้อความมากที่สุด (${word} ${line}) มี: ${found}`,
  /** The column name of the document's title in the cleaner's notes. */
  titleColumn: 'ชื่อเอกสาร',
  noOffice: 'ไม่พบชื่อหน่วยงานในหัวเอกสาร',
  noFiscalYear: 'ไม่พบปีงบประมาณ (พ.ศ.) ในหัวเอกสาร',
  itemOutsideTable: 'ดูเหมือนเป็นข้อในตาราง แต่อยู่นอกตาราง (ไม่มีแท็บแยกคอลัมน์)',
  skippedLine: (text: string) => `ข้ามบรรทัดที่ไม่ใช่แถวของตาราง: "${text}"`,
  columnCount: (cells: number | string, width: number | string) => `มี ${cells} คอลัมน์ แต่หัวตารางมี ${width} คอลัมน์`,
  badCode: (code: string) => `อ่านรหัสข้อ "${code}" ไม่ได้ — ใช้รูปแบบเช่น I1, ข้อ O12, OIT3, (E2), MOIT1`,
  continuesAfterBreak: (code: string) => `แถวนี้ไม่มีรหัสข้อ จึงถือเป็นส่วนต่อของข้อ ${code} ที่ถูกตัดเมื่อขึ้นหน้าใหม่ — โปรดตรวจสอบ`,
  noCodeNoBreak:
    'แถวนี้ไม่มีรหัสข้อและไม่ได้อยู่ต่อจากการขึ้นหน้าใหม่ จึงไม่รู้ว่าเป็นของข้อใด — โปรดใส่รหัสข้อ หรือคัดลอกตารางจาก Word โดยตรง (ช่องที่ผสานไว้จะอ่านได้)',
  noCodeNoItem: 'แถวนี้ไม่มีรหัสข้อ และไม่มีข้อใดอยู่ก่อนหน้า (หลังหัวข้อ) ให้ต่อท้าย',
  codeWithoutTool: (code: string) => `อ่านรหัสข้อ "${code}" ไม่ได้ — ไม่มีตัวอักษรบอกแบบวัด และไม่มีบรรทัดชื่อแบบวัดก่อนหน้า`,
  codeGuessed: (raw: string, expected: string | null, code: string) =>
    `อ่านรหัสข้อ "${raw}" ไม่ได้ตามลำดับ${expected ? ` (ข้อถัดไปควรเป็น ${expected})` : ''} จึงถือเป็นข้อ ${code} — โปรดตรวจสอบ`,
  codeBackwards: (code: string, last: string) => `รหัสข้อ ${code} ย้อนลำดับ (ก่อนหน้านี้ถึงข้อ ${last} แล้ว) — โปรดตรวจสอบ`,
  codeDuplicate: (code: string, word: string, line: number | string) => `รหัสข้อ ${code} ซ้ำกับ${word} ${line}`,
  mergedAcross: (from: string, code: string) =>
    `ช่องที่ผสานไว้ต่อลงมาจาก${from} ข้ามมาถึงข้อ ${code} — ไม่นำค่านั้นมาใช้กับข้อ ${code} โปรดตรวจสอบ (หรือแยกช่องในเอกสาร)`,
  noItems: 'ไม่พบข้อใดในตาราง (เช่น I1, E1, O1) — ไม่ใช่แผนมาตรการที่อ่านได้',
} as const;

/** The plan's structure as read (db/import/structure.ts). */
export const IMPORT_STRUCTURE_MESSAGES = {
  toolNameMismatch: (acronym: string, byWords: string) =>
    `ชื่อแบบวัดระบุ "${acronym}" แต่เนื้อความเป็นแบบวัด ${byWords} — ใช้ ${byWords}`,
  indicatorRepeated: (n: number | string) => `ตัวชี้วัดที่ ${n} ปรากฏซ้ำ`,
  indicatorMadeForSub: (n: number | string, label: string) =>
    `ไม่พบตัวชี้วัดที่ ${n} ก่อนตัวชี้วัดย่อยที่ ${label} จึงสร้างตัวชี้วัดที่ ${n} ไว้ให้`,
  noToolLine: (code: string, tool: string) => `ไม่พบบรรทัดชื่อแบบวัดก่อนข้อ ${code} จึงจัดไว้ในแบบวัด ${tool}`,
  otherToolNoLine: (code: string, tool: string) =>
    `ข้อ ${code} เป็นของแบบวัด ${tool} แต่ไม่มีบรรทัดชื่อแบบวัดก่อนหน้า จึงจัดไว้ในแบบวัด ${tool}`,
  noIndicatorLine: (code: string, n: number | string) =>
    `ไม่พบบรรทัดตัวชี้วัดก่อนข้อ ${code} จึงจัดไว้ใต้ตัวชี้วัดที่ ${n} (ยังไม่มีชื่อ) — โปรดตรวจสอบ`,
  /** The name of the one tool made for a table that names none. */
  defaultTool: 'แบบวัด',
} as const;

/** An item's activities as read (db/import/activities.ts); each starts with the item's code. */
export const IMPORT_ACTIVITY_MESSAGES = {
  ticksNeedYear: (code: string) => `ข้อ ${code}: ไม่ทราบปีงบประมาณ จึงอ่านเดือนที่ทำเครื่องหมายไว้ไม่ได้`,
  monthMisspelt: (code: string, written: string, month: string) =>
    `ข้อ ${code}: เดือน "${written}" สะกดไม่ถูกต้อง อ่านเป็น ${month} — โปรดตรวจสอบ`,
  monthUnreadable: (code: string, written: string) => `ข้อ ${code}: อ่านเดือน "${written}" ไม่ได้ จึงเว้นไว้ — โปรดระบุเดือนเอง`,
  needsYear: (code: string, text: string) => `ข้อ ${code}: "${text}" ต้องรู้ปีงบประมาณจึงจะอ่านเป็นเดือนได้ — โปรดระบุปีงบประมาณ`,
  startAfterEnd: (code: string, text: string) => `ข้อ ${code}: ระยะเวลา "${text}" เดือนเริ่มอยู่หลังเดือนสิ้นสุด — โปรดตรวจสอบ`,
  outsideYear: (code: string, text: string, fiscalYear: number | string) =>
    `ข้อ ${code}: ระยะเวลา "${text}" อยู่นอกปีงบประมาณ พ.ศ. ${fiscalYear}`,
  noActivityText: (code: string) => `ข้อ ${code}: มีผลผลิตหรือวิธีสร้างการรับรู้ แต่ไม่มีกิจกรรม — สร้างกิจกรรมว่างไว้หนึ่งรายการ`,
  outputsUneven: (code: string, outputs: number, activities: number) =>
    `ข้อ ${code}: มีผลผลิต ${outputs} รายการ แต่มี ${activities} กิจกรรม — จับคู่ตามลำดับ กิจกรรมที่เหลือไม่มีผลผลิต โปรดตรวจสอบ`,
  awarenessUneven: (code: string, ways: number, activities: number) =>
    `ข้อ ${code}: มีวิธีสร้างการรับรู้ ${ways} รายการ แต่มี ${activities} กิจกรรม — จับคู่ตามลำดับ กิจกรรมที่เหลือไม่มีวิธีสร้างการรับรู้ โปรดตรวจสอบ`,
  timeframeUnreadable: (code: string, text: string) => `ข้อ ${code}: อ่านระยะเวลา "${text}" ไม่ได้ — โปรดระบุเดือนเอง`,
  noTimeframe: (code: string) => `ข้อ ${code}: ไม่ระบุระยะเวลา`,
  rangesUneven: (code: string, ranges: number, activities: number) =>
    `ข้อ ${code}: มีระยะเวลา ${ranges} ช่วง แต่มี ${activities} กิจกรรม — จับคู่ตามลำดับ`,
  unknownDivision: (code: string, unit: string) =>
    `ข้อ ${code}: ไม่รู้จักผู้รับผิดชอบ "${unit}" ในรายชื่อฝ่าย — เก็บไว้ตามที่เขียน โปรดตรวจสอบ`,
  noResponsible: (code: string) => `ข้อ ${code}: ไม่ระบุผู้รับผิดชอบ`,
  noActivities: (code: string) => `ข้อ ${code}: ไม่มีกิจกรรมที่จะดำเนินการ`,
  noMonitoring: (code: string) => `ข้อ ${code}: ไม่ระบุการกำกับติดตาม — ถือว่าไม่มีการกำกับติดตาม`,
} as const;
