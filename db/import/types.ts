// What the plan importer produces: a clean plan whose structure is the document's own (its tools,
// indicators, sub-indicators and item codes, any number of each), plus the problems it could not
// resolve, the columns it read and the wrap spaces it joined. Pure data (no database), so the same
// result feeds the preview in the UI and the write in the API.

import type { ColumnMapping } from './headers';
import type { SourceKind } from './table';
import type { WrapJoin } from './mend';

export type { ColumnMapping, ColumnRole } from './headers';
export type { WrapJoin } from './mend';
export type { SourceKind } from './table';

import type { ImportProblem, Monitoring, Tool } from '../../core/types';

export type { ImportProblem, Monitoring, Tool };

export interface ParsedActivity {
  /** กิจกรรมที่จะดำเนินการ, one entry, cleaned of markup and wrap spaces. */
  text: string;
  /** ผลผลิต as written (cleaned), e.g. "๑ ครั้ง", "อย่างน้อย ๑ ฉบับ". */
  output: string;
  /** Parsed target, when the output reads as a quantity and a unit (๑ ครั้ง → 1, "ครั้ง"). */
  targetQty: number | null;
  targetUnit: string | null;
  /** วิธีการสร้างการรับรู้ */
  awareness: string;
  /** ระยะเวลา as CE months 'YYYY-MM' (ธ.ค. ๖๕ → 2022-12); null when not read. */
  startMonth: string | null;
  endMonth: string | null;
  /** The months it is due in, as ticked or written (gaps kept: ต.ค., ม.ค., เม.ย., ก.ค.); empty when not read. */
  months: string[];
  timeframeText: string;
  /** ผู้รับผิดชอบ as written (wrap spaces mended). */
  responsibleText: string;
  /** Canonical division names (the settings' list); unknown units kept as written. */
  divisions: string[];
  /** "ทุกฝ่าย" */
  allDivisions: boolean;
  /** ระยะเวลากำกับติดตามโดย ผอ. */
  monitoring: Monitoring;
  monitoringText: string;
}

export interface ParsedTool {
  /** Short code, unique in the plan: IIT, EIT, OIT, MOIT … */
  code: string;
  name: string;
  /** The letters of its items' codes (I for IIT), once known. */
  prefix: string | null;
  /** 1-based line of its heading; 0 when no heading named it (made from its items' codes). */
  line: number;
}

export interface ParsedIndicator {
  /** As the document numbers it (๑ → 1); unique in the plan. */
  number: number;
  /** The tool's code. */
  tool: string;
  name: string;
  line: number;
}

export interface ParsedSubIndicator {
  /** "9.1" */
  label: string;
  /** The number of the indicator it belongs to. */
  indicator: number;
  name: string;
  line: number;
}

export interface ParsedItem {
  /** As the document writes it, normalised: I1, O31, MOIT3 (unique in the plan). */
  code: string;
  /** The tool's code. */
  tool: string;
  /** The code's letters and number (MOIT + 3). */
  prefix: string;
  number: number;
  /** The indicator's number. */
  indicator: number;
  /** The sub-indicator's label ("9.1"), or null. */
  subIndicator: string | null;
  /** The survey question / OIT topic (code column, code removed, or a question column). */
  question: string;
  /** ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ */
  issue: string;
  activities: ParsedActivity[];
  /** 1-based line (or row) of the source where the item starts. */
  line: number;
  /** The code as it appeared in the source, before resolution (e.g. "1๑", "(O1)"). */
  rawCode: string;
}

export interface ParsedPlan {
  source: SourceKind;
  title: string;
  office: string | null;
  /** BE fiscal year read from the document (พ.ศ. 2566), null when absent. */
  fiscalYear: number | null;
  tools: ParsedTool[];
  indicators: ParsedIndicator[];
  subIndicators: ParsedSubIndicator[];
  items: ParsedItem[];
  problems: ImportProblem[];
  /** Responsible units that match no known division (kept as written, e.g. "เทคนิค"). */
  unknownDivisions: string[];
  /** Which column was read as what. */
  columns: ColumnMapping[];
  /** Every wrap space the importer joined (or would join: see ParsePlanOptions.keepSpaces). */
  joins: (WrapJoin & { applied: boolean })[];
}
