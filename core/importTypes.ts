// What a plan import reads and answers (importPlan, importPlanText) and the criteria sets it may be
// tied to (GLOSSARY: criteria set). Pure types, re-exported by core/types.ts.
import type { PlanSummary, Tool } from './types';

export interface ImportProblem {
  /** 1-based source line, 0 when it concerns the whole document. */
  line: number;
  severity: 'error' | 'warning';
  /** Thai, for the user; never starts with its line ("บรรทัด 19: "), which `line` and `column` carry. */
  message: string;
  /** The header of the column the problem is in, when it concerns one cell. */
  column?: string;
}

/** เกณฑ์การประเมิน ITA ปี …: the tools, indicators and items of one scheme and year, with their titles. */
export interface CriteriaSet {
  /** A file name's stem, e.g. "bkk-district-2566". */
  id: string;
  name: string;
  scheme: string;
  fiscalYear: number | null;
  /** Where the titles come from. */
  source: string;
  /** Shipped with the program (db/criteria) rather than saved by the office. */
  builtIn: boolean;
  tools: CriteriaTool[];
}
export interface CriteriaTool {
  code: Tool;
  name: string;
  indicators: CriteriaIndicator[];
}
export interface CriteriaIndicator {
  number: number;
  name: string;
  subIndicators: { label: string; name: string }[];
  /** subIndicator: the label of the sub-indicator the item sits under. */
  items: { code: string; title: string; subIndicator?: string }[];
}

/** Which items of a criteria set a plan does not list: information, never a warning. */
export interface CriteriaCoverage {
  criteriaSet: string;
  name: string;
  total: number;
  covered: number;
  missing: { code: string; title: string; indicator: number }[];
  /** Codes of the plan that the set does not have. */
  extra: string[];
}

/** What an import reads, shown before anything is written. */
export interface ImportPreview {
  source: 'text' | 'html' | 'docx' | 'xlsx';
  title: string;
  /** Which column was read as what (role: code, issue, activity, … ; label: its Thai name). */
  columns: { index: number; header: string; role: string; label: string }[];
  /** Each wrap space the import joins (applied) or keeps (the user undid it). */
  joins: { id: string; line: number; column: string; before: string; after: string; applied: boolean }[];
  tools: {
    code: Tool;
    name: string;
    indicators: {
      number: number;
      name: string;
      subIndicators: { label: string; name: string }[];
      items: { code: string; question: string; subIndicator: string | null; activityCount: number; line: number }[];
    }[];
  }[];
  /** When the import is tied to a criteria set. */
  coverage: CriteriaCoverage | null;
}

export interface ImportResult {
  plan: PlanSummary | null;
  dryRun: boolean;
  fiscalYear: number;
  office: string;
  itemCount: number;
  activityCount: number;
  codes: string[];
  problems: ImportProblem[];
  unknownDivisions: string[];
  preview: ImportPreview;
}
