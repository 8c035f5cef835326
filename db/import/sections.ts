// Lines that are not items: the document title, the repeated header row, the tool lines
// ("แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (... IIT)") and the indicator lines ("๑) การปฏิบัติหน้าที่").

import type { Tool } from './types';
import { toArabicDigits } from '../../core/thai/digits';
import { cleanText } from './cells';

/** Indicators 1–5 belong to IIT, 6–8 to EIT, 9–10 to OIT. */
export function toolOfIndicator(n: number): Tool | null {
  if (n >= 1 && n <= 5) return 'IIT';
  if (n >= 6 && n <= 8) return 'EIT';
  if (n >= 9 && n <= 10) return 'OIT';
  return null;
}

export const FIRST_INDICATOR: Record<Tool, number> = { IIT: 1, EIT: 6, OIT: 9 };

export function isHeaderRow(cells: string[]): boolean {
  return /^ตัวชี้วัด/.test(cells[0] ?? '') && /^ประเด็น/.test((cells[1] ?? '').trim());
}

export interface ToolLine {
  /** The tool named by the words (ภายใน / ภายนอก / เปิดเผยข้อมูล), else by the acronym. */
  tool: Tool | null;
  /** The acronym in brackets, e.g. "IIT"; may contradict the words (a copy-paste slip). */
  acronym: Tool | null;
  name: string;
}

export function readToolLine(text: string): ToolLine | null {
  if (!/^แบบ\s*(?:วัด|ตรวจ)/.test(text) && !/Integrity and Transparency Assessment/i.test(text)) return null;
  const byWords: Tool | null = /ภายนอก|External/i.test(text)
    ? 'EIT'
    : /ภายใน|Internal/i.test(text)
      ? 'IIT'
      : /เปิดเผยข้อมูล|Open Data/i.test(text)
        ? 'OIT'
        : null;
  const acr = /\b(IIT|EIT|OIT)\s*\)?\s*$/.exec(text)?.[1] as Tool | undefined;
  return { tool: byWords ?? acr ?? null, acronym: acr ?? null, name: cleanText(text) };
}

export interface IndicatorLine {
  number: number;
  name: string;
}

/** "๑) การปฏิบัติหน้าที่" / "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่" → 1, "การปฏิบัติหน้าที่". */
export function readIndicatorLine(text: string): IndicatorLine | null {
  const m =
    /^\(?([0-9\u0E50-\u0E59]{1,2})\s*\)\s*(\S.*)$/.exec(text) ??
    /^ตัวชี้วัดที่\s*([0-9\u0E50-\u0E59]{1,2})\s*[.:)]?\s*(\S.*)$/.exec(text);
  if (!m) return null;
  const number = Number(toArabicDigits(m[1] ?? ''));
  if (toolOfIndicator(number) === null) return null;
  return { number, name: cleanText(m[2] ?? '') };
}

/** "สำนักงานเขตดุสิต ประจำปีงบประมาณ พ.ศ. 2566" → office and BE fiscal year. */
export function readTitleFacts(text: string): { office: string | null; fiscalYear: number | null } {
  const office = /สำนักงานเขต\s?([\u0E01-\u0E4E]+)/.exec(text);
  const year = /(?:พ\.\s?ศ\.|ปีงบประมาณ)\s*(?:พ\.\s?ศ\.)?\s*([0-9\u0E50-\u0E59]{4})/.exec(text);
  const fy = year ? Number(toArabicDigits(year[1] ?? '')) : null;
  return {
    office: office ? `สำนักงานเขต${office[1]}` : null,
    fiscalYear: fy !== null && fy >= 2400 && fy < 2700 ? fy : null,
  };
}
