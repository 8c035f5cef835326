// The table's header row(s) → what each column holds, by the names offices write (in any order,
// with synonyms, split over two or three rows). A column is never guessed from its position: a
// header that names nothing known is refused, naming the columns found and the ones expected.

import { toArabicDigits } from '../../core/thai/digits';
import { THAI_MONTHS_FULL } from '../../core/thai/dates';
import type { SourceRow } from './table';
import {
  IMPORT_COLUMN_LABELS,
  IMPORT_EXPECTED_COLUMNS,
  IMPORT_HEADER_MESSAGES,
  PLAN_COLUMN_NAMES,
  TICK_MONTH_KEYS,
} from '../../core/terms';

export type ColumnRole =
  | 'code'
  | 'question'
  | 'issue'
  | 'activity'
  | 'output'
  | 'awareness'
  | 'timeframe'
  | 'responsible'
  | 'monitoring'
  | 'sequence'
  | 'month'
  | 'quarter'
  | 'ignored';

export interface ColumnMapping {
  /** 0-based column index. */
  index: number;
  /** The header as written (rows joined by " / "). */
  header: string;
  role: ColumnRole;
  /** For a tick column: the fiscal month (0 = ต.ค. … 11 = ก.ย.) or quarter (0–3) it stands for. */
  period?: number;
}

/** What users read for each role (preview, messages). */
export const ROLE_LABEL: Record<ColumnRole, string> = {
  code: IMPORT_COLUMN_LABELS.code,
  question: IMPORT_COLUMN_LABELS.question,
  issue: PLAN_COLUMN_NAMES.issue,
  activity: PLAN_COLUMN_NAMES.activity,
  output: PLAN_COLUMN_NAMES.output,
  awareness: PLAN_COLUMN_NAMES.awareness,
  timeframe: PLAN_COLUMN_NAMES.timeframe,
  responsible: PLAN_COLUMN_NAMES.responsible,
  monitoring: IMPORT_COLUMN_LABELS.monitoring,
  sequence: IMPORT_COLUMN_LABELS.sequence,
  month: IMPORT_COLUMN_LABELS.month,
  quarter: IMPORT_COLUMN_LABELS.quarter,
  ignored: IMPORT_COLUMN_LABELS.ignored,
};

/**
 * Names each role answers to, compared without spaces, dots and slashes. Order matters: the first
 * match wins ("ตัวชี้วัดผลผลิต" is an output before it is an indicator, "ระยะเวลากำกับติดตาม" is
 * monitoring before it is a timeframe).
 */
const SYNONYMS: [ColumnRole, RegExp][] = [
  ['sequence', /^(?:ลำดับ(?:ที่)?|ที่|no|#)$/],
  ['monitoring', /กำกับติดตาม|กำกับดูแล|ติดตามโดย|การติดตามผล|^การติดตาม|^การกำกับ/],
  ['output', /^(?:ตัวชี้วัดผลผลิต|ผลผลิต|ตัวชี้วัดความสำเร็จ|ค่าเป้าหมาย|เป้าหมาย|ผลลัพธ์|ผลที่คาดว่าจะได้รับ)/],
  ['awareness', /สร้างการรับรู้|^ช่องทางการ(?:สื่อสาร|เผยแพร่|ประชาสัมพันธ์)|^การประชาสัมพันธ์|^การเผยแพร่/],
  ['responsible', /^(?:ผู้รับผิดชอบ|หน่วยงาน(?:ที่)?รับผิดชอบ|ผู้ดำเนินการ|หน่วยดำเนินการ|ฝ่ายที่รับผิดชอบ)/],
  ['timeframe', /^(?:ระยะเวลา|ช่วงเวลา|กำหนดเวลา|ห้วงเวลา|กำหนดแล้วเสร็จ|เวลาดำเนินการ)/],
  ['question', /^(?:ประเด็นการประเมิน|ประเด็นคำถาม|ข้อคำถาม|คำถาม|รายละเอียดตัวชี้วัด|รายการ(?:ตรวจ|ประเมิน)|เกณฑ์การประเมิน)/],
  ['issue', /^(?:ประเด็น|ปัญหา|จุดที่ต้อง|สิ่งที่ต้อง)/],
  ['activity', /^(?:กิจกรรม|มาตรการ|โครงการ|แนวทาง(?:การ)?(?:ดำเนินการ|ปฏิบัติ|แก้ไข)|การดำเนินการ|วิธีการดำเนินการ|วิธีดำเนินการ)/],
  ['code', /^(?:ตัวชี้วัด|ข้อ(?:ที่)?$|ข้อคำถามที่|รหัส|code$|item$)/],
  ['ignored', /^(?:หมายเหตุ|งบประมาณ|แหล่งงบประมาณ|แหล่งเงิน|ผลการดำเนินงาน|สถานะ)/],
];

const MONTHS = TICK_MONTH_KEYS;
/** The months in fiscal order, ตุลาคม first. */
const MONTHS_FULL: readonly string[] = [...THAI_MONTHS_FULL.slice(9), ...THAI_MONTHS_FULL.slice(0, 9)];

export function normaliseHeader(text: string): string {
  return toArabicDigits(text)
    .toLowerCase()
    .replace(/[\s\u00A0\u200B./:\-–()*]/g, '');
}

/** "ต.ค.", "ต.ค. 69", "ตุลาคม" → 0; "ไตรมาส 2", "ไตรมาสที่ ๒", "Q2" → quarter 1. */
export function periodOf(text: string): { role: 'month' | 'quarter'; period: number } | null {
  const k = normaliseHeader(text).replace(/(?:25)?\d{2}$/, '');
  const m = MONTHS.indexOf(k);
  if (m >= 0) return { role: 'month', period: m };
  const full = MONTHS_FULL.indexOf(k);
  if (full >= 0) return { role: 'month', period: full };
  const q = /^(?:ไตรมาส(?:ที่)?|q)([1-4])(?!\d)/.exec(normaliseHeader(text));
  if (q) return { role: 'quarter', period: Number(q[1]) - 1 };
  return null;
}

export function roleOf(text: string): ColumnRole | null {
  const k = normaliseHeader(text);
  if (k === '') return null;
  for (const [role, re] of SYNONYMS) if (re.test(k)) return role;
  return null;
}

/** A row that reads as a header: a code column and an activity column named among its cells. */
export function isHeaderRow(row: SourceRow): boolean {
  const roles = row.cells.map((c) => roleOf(c.text));
  return roles.includes('code') && roles.includes('activity');
}

/** What the expected columns are called, for the refusal message. */
export const EXPECTED_COLUMNS = IMPORT_EXPECTED_COLUMNS;

export interface HeaderResult {
  columns: ColumnMapping[];
  /** Rows the header takes (1–3). */
  rowCount: number;
  /** Thai, when the header cannot be read: names the columns found and the ones expected. */
  error: string | null;
}

/**
 * Could this row be the second (or third) row of a split header: only labels, no code. Period and
 * year labels (ต.ค. … ก.ย., ไตรมาส 1, พ.ศ. 2570) may stand anywhere; other labels only under a
 * cell of the row above that is empty or spans several columns (a group heading).
 */
function isSubHeader(row: SourceRow, above: SourceRow): boolean {
  const filled = row.cells.map((c, i) => ({ c, i })).filter(({ c }) => c.text.trim() !== '' && c.merged === 'none');
  if (filled.length === 0) return false;
  let periods = 0;
  for (const { c, i } of filled) {
    const t = c.text.trim();
    if (periodOf(t)) {
      periods++;
      continue;
    }
    if (/^(?:(?:พ\.?\s?ศ\.?|ปี(?:งบประมาณ)?)\s*)?[0-9\u0E50-\u0E59]{4}$/.test(t)) {
      periods++;
      continue;
    }
    const up = above.cells[i];
    const grouped = !up || up.text.trim() === '' || up.merged === 'left' || above.cells[i + 1]?.merged === 'left';
    if (!grouped || /^[-•*]/.test(t) || roleOf(t) === null || /^ตัวชี้วัด(?:ย่อย)?ที่/.test(t)) return false;
  }
  return periods > 0 || filled.length >= 2;
}

/** Reads the header starting at rows[start]. */
export function readHeader(rows: SourceRow[], start: number): HeaderResult {
  const first = rows[start] as SourceRow;
  const stack = [first];
  for (let k = start + 1; k < rows.length && stack.length < 3; k++) {
    const row = rows[k] as SourceRow;
    if (!isSubHeader(row, stack[stack.length - 1] as SourceRow)) break;
    stack.push(row);
  }
  const width = Math.max(...stack.map((r) => r.cells.length));
  const columns: ColumnMapping[] = [];
  const unknown: string[] = [];
  const found: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = 0; r < stack.length; r++) {
      const cell = stack[r]?.cells[c];
      const text = cell?.text.trim() ?? '';
      if (text !== '' && !parts.includes(text)) parts.push(text);
    }
    const header = parts.join(' / ').replace(/\s+/g, ' ');
    if (header === '') continue;
    found.push(header);
    const last = parts[parts.length - 1] ?? '';
    const period = periodOf(last);
    if (period) {
      columns.push({ index: c, header, role: period.role, period: period.period });
      continue;
    }
    const role = parts.map(roleOf).find((r) => r !== null) ?? null;
    if (role === null) {
      unknown.push(header);
      continue;
    }
    columns.push({ index: c, header, role });
  }
  // A table with a question column and no code column writes the codes in the question column.
  if (!columns.some((m) => m.role === 'code')) {
    const q = columns.find((m) => m.role === 'question');
    if (q) q.role = 'code';
  }
  const has = (role: ColumnRole) => columns.some((m) => m.role === role);
  const problems: string[] = [];
  if (unknown.length > 0) problems.push(IMPORT_HEADER_MESSAGES.unknownColumns(unknown.map((u) => `"${u}"`).join(', ')));
  if (!has('code')) problems.push(IMPORT_HEADER_MESSAGES.noCodeColumn);
  if (!has('activity')) problems.push(IMPORT_HEADER_MESSAGES.noActivityColumn);
  const singles: ColumnRole[] = [
    'code',
    'question',
    'issue',
    'activity',
    'output',
    'awareness',
    'timeframe',
    'responsible',
    'monitoring',
  ];
  for (const role of singles) {
    const same = columns.filter((m) => m.role === role);
    if (same.length > 1)
      problems.push(
        IMPORT_HEADER_MESSAGES.duplicateColumn(ROLE_LABEL[role], same.map((m) => `"${m.header}"`).join(', ')),
      );
  }
  const error =
    problems.length === 0
      ? null
      : IMPORT_HEADER_MESSAGES.unreadable(problems.join('; '), found.map((f) => `"${f}"`).join(', '), EXPECTED_COLUMNS);
  return { columns, rowCount: stack.length, error };
}
