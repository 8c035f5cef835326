// Heading lines: the tool ("แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (… IIT)", "แบบตรวจ MOIT"), the
// indicator ("๑) การปฏิบัติหน้าที่", "1. …", "1) …", "ตัวชี้วัดที่ 1 …") and the sub-indicator
// ("ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", "9.1 …"); and the document's title facts (office, year).

import { IMPORT_PATTERNS, NACC_TOOL_PREFIXES, TOOL_TITLES } from '../../core/terms';
import { toArabicDigits } from '../../core/thai/digits';

/** The NACC's three tools (core/terms), for plans that name them or use their letters without a heading. */
export const STANDARD_TOOLS: Readonly<Record<string, { prefix: string; name: string } | undefined>> =
  Object.fromEntries(
    Object.entries(TOOL_TITLES).map(([code, name]) => [code, { prefix: NACC_TOOL_PREFIXES[code] as string, name }]),
  );

export const toolOfPrefix = (prefix: string): string | null =>
  Object.entries(NACC_TOOL_PREFIXES).find(([, p]) => p === prefix)?.[0] ?? null;

export interface ToolLine {
  /** IIT/EIT/OIT by the words (ภายใน / ภายนอก / เปิดเผยข้อมูล), else the acronym written, else null. */
  code: string | null;
  /** The acronym written in the line, e.g. "IIT"; may contradict the words (a copy-paste slip). */
  acronym: string | null;
  /** The standard tool the words name, if any. */
  byWords: string | null;
  name: string;
}

export function readToolLine(text: string): ToolLine | null {
  const t = text.trim();
  const isTool =
    /^(?:แบบ\s*(?:วัด|ตรวจ|สำรวจ|ประเมิน)|เครื่องมือ(?:การประเมิน|ที่)?|ส่วนที่\s*[0-9\u0E50-\u0E59])/.test(t) ||
    /Integrity and Transparency Assessment/i.test(t);
  if (!isTool) return null;
  const byWords = /ภายนอก|External/i.test(t)
    ? 'EIT'
    : /ภายใน|Internal/i.test(t)
      ? 'IIT'
      : /เปิดเผยข้อมูล|Open Data/i.test(t)
        ? 'OIT'
        : null;
  const acronym =
    /(?:^|[\s(:])([A-Z]{2,8})\s*\)?\s*$/.exec(t)?.[1] ??
    /\(([A-Z]{2,8})\)/.exec(t)?.[1] ??
    /\b([A-Z]*IT)\b/.exec(t)?.[1] ??
    null;
  // Another scheme's own acronym (MOIT) names the tool; a NACC acronym that contradicts the words is
  // a copy-paste slip (the sample's EIT line says IIT): the words win.
  const code = acronym && !STANDARD_TOOLS[acronym] ? acronym : (byWords ?? acronym);
  return { code, acronym, byWords, name: t.replace(/\s+/g, ' ') };
}

export interface IndicatorLine {
  number: number;
  name: string;
}

const NUM = '([0-9\\u0E50-\\u0E59]{1,3})';

/** "๑) การปฏิบัติหน้าที่" / "1. …" / "1) …" / "ตัวชี้วัดที่ 1 …" → 1 and the name. */
export function readIndicatorLine(text: string): IndicatorLine | null {
  const t = text.trim();
  const m =
    new RegExp(`^${IMPORT_PATTERNS.indicatorWord}\\s*${NUM}\\s*[.:)]?\\s*(.*)$`).exec(t) ??
    new RegExp(`^\\(?${NUM}\\s*[).]\\s*(\\S.*)$`).exec(t);
  if (!m) return null;
  if (/^[0-9\u0E50-\u0E59]/.test(m[2] ?? '')) return null;
  const number = Number(toArabicDigits(m[1] ?? ''));
  if (number < 1) return null;
  return { number, name: (m[2] ?? '').replace(/\s+/g, ' ').trim() };
}

export interface SubIndicatorLine {
  /** "9.1" */
  label: string;
  /** The indicator it belongs to by its number (9 for 9.1). */
  indicator: number;
  name: string;
}

/** "ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน" / "9.1 ข้อมูลพื้นฐาน" / "ตัวชี้วัดย่อย 9.1: …". */
export function readSubIndicatorLine(text: string): SubIndicatorLine | null {
  const t = text.trim();
  const m = new RegExp(`^(${IMPORT_PATTERNS.subIndicatorWord}\\s*)?${NUM}\\s*\\.\\s*${NUM}\\s*[.:)]?\\s*(.*)$`).exec(t);
  if (!m) return null;
  const name = (m[4] ?? '').replace(/\s+/g, ' ').trim();
  if (!m[1] && name === '') return null;
  const major = Number(toArabicDigits(m[2] ?? ''));
  const minor = Number(toArabicDigits(m[3] ?? ''));
  return { label: `${major}.${minor}`, indicator: major, name };
}

const ORGANISATION =
  /(สำนักงานเขต|สำนักงาน|กรม|กระทรวง|มหาวิทยาลัย|วิทยาลัย|โรงพยาบาล|โรงเรียน|เทศบาล(?:ตำบล|เมือง|นคร)?|องค์การบริหารส่วน(?:ตำบล|จังหวัด)|สถาบัน|สำนัก)\s?([\u0E01-\u0E4E][\u0E01-\u0E4E\s]*?)(?=\s*(?:ประจำปี|ปีงบประมาณ|พ\.\s?ศ\.|$|[0-9\u0E50-\u0E59(,]))/;

/** "สำนักงานเขตดุสิต ประจำปีงบประมาณ พ.ศ. 2566" → office and BE fiscal year. */
export function readTitleFacts(text: string): { office: string | null; fiscalYear: number | null } {
  const office = ORGANISATION.exec(text);
  const year = /(?:พ\.\s?ศ\.|ปีงบประมาณ|ประจำปี)\s*(?:พ\.\s?ศ\.)?\s*([0-9\u0E50-\u0E59]{4})/.exec(text);
  const fy = year ? Number(toArabicDigits(year[1] ?? '')) : null;
  return {
    office: office ? `${office[1]}${(office[2] ?? '').trim()}` : null,
    fiscalYear: fy !== null && fy >= 2400 && fy < 2700 ? fy : null,
  };
}
