// What the plan importers produce: a clean plan, plus the problems they could not resolve.
// Pure data (no database), so the same result feeds the preview in the UI and the write in the API.

import type { ImportProblem, Monitoring, Tool } from '../../core/types';

export type { ImportProblem, Monitoring, Tool };

export interface ParsedActivity {
  /** กิจกรรมที่จะดำเนินการ, one bullet, cleaned of HTML and stray wrap spaces. */
  text: string;
  /** ผลผลิต as written (cleaned), e.g. "๑ ครั้ง", "อย่างน้อย ๑ ฉบับ". */
  output: string;
  /** Parsed target, when the output reads as a quantity and a unit (๑ ครั้ง → 1, "ครั้ง"). */
  targetQty: number | null;
  targetUnit: string | null;
  /** วิธีการสร้างการรับรู้ */
  awareness: string;
  /** ระยะเวลาแล้วเสร็จ as CE months 'YYYY-MM' (ธ.ค. ๖๕ → 2022-12); null when not parsed. */
  startMonth: string | null;
  endMonth: string | null;
  timeframeText: string;
  /** ผู้รับผิดชอบ as written. */
  responsibleText: string;
  /** Canonical division names (the settings' list); unknown units kept as written. */
  divisions: string[];
  /** "ทุกฝ่าย" */
  allDivisions: boolean;
  /** ระยะเวลากำกับติดตามโดย ผอ.เขต */
  monitoring: Monitoring;
  monitoringText: string;
}

export interface ParsedIndicator {
  /** 1–10 */
  number: number;
  tool: Tool;
  name: string;
}

export interface ParsedItem {
  /** I1…I25, E1…E15, O1…O30 */
  code: string;
  tool: Tool;
  number: number;
  /** Indicator number 1–10 the item sits under. */
  indicator: number;
  /** The survey question / OIT topic (ตัวชี้วัด column, code removed). */
  question: string;
  /** ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ */
  issue: string;
  activities: ParsedActivity[];
  /** 1-based line of the source text where the item starts. */
  line: number;
  /** The code as it appeared in the source, before OCR resolution (e.g. "1๑"). */
  rawCode: string;
}

export interface ParsedPlan {
  title: string;
  office: string | null;
  /** BE fiscal year read from the text (พ.ศ. 2566), null when absent. */
  fiscalYear: number | null;
  indicators: ParsedIndicator[];
  items: ParsedItem[];
  problems: ImportProblem[];
  /** Responsible units that match no known division (kept as written, e.g. "เทคนิค"). */
  unknownDivisions: string[];
}
