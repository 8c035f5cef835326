// The contract's methods for a plan's own structure (tools, indicators, sub-indicators), criteria
// sets, and importing a plan from what offices have (pasted text, the clipboard's HTML, a file).
// Spread into the one contract (contract.ts), which the IPC, preload and CLI are generated from.
import { z } from 'zod';
import type * as T from './types';
import { writes } from './mutates';
import { MAX_PLAN_FILE_BYTES } from './limits';
import {
  criteriaSetId,
  fileBytes,
  fiscalYear,
  id,
  indicatorNumber,
  pastedText,
  requiredText,
  returns,
  subIndicatorLabel,
  text,
  toolCode,
} from './schemas';
import { FIELD_NAMES, INPUT_WORDS, VALIDATION_WORDS } from './terms';

const deleted = returns<{ deleted: true }>;

/** A file to import a plan from; its size here, its content by the reader (db/import/readers). */
const planFile = z.object({
  name: requiredText(FIELD_NAMES.fileName, 255),
  data: fileBytes.refine(
    (d) => d.byteLength <= MAX_PLAN_FILE_BYTES,
    VALIDATION_WORDS.fileTooLarge(MAX_PLAN_FILE_BYTES / 1024 / 1024),
  ),
});

export const structureMethods = {
  /**
   * One import for every source: text (a pasted table), html (the clipboard's text/html, which keeps
   * merged cells), or a file. dryRun gives the preview only. keepSpaces: wrap-space joins to undo
   * (their ids from the preview) or 'all'. criteriaSet ties the new plan to a set (coverage is shown).
   */
  importPlan: {
    mutates: writes('plan'),
    input: z
      .object({
        text: pastedText.optional(),
        html: pastedText.optional(),
        file: planFile.optional(),
        fiscalYear: fiscalYear.optional(),
        office: requiredText(FIELD_NAMES.office, 300).optional(),
        dryRun: z.boolean().default(false),
        keepSpaces: z.union([z.literal('all'), z.array(z.string().max(40)).max(20_000)]).optional(),
        criteriaSet: criteriaSetId.nullable().optional(),
      })
      .refine((v) => [v.text, v.html, v.file].filter((x) => x !== undefined).length === 1, {
        message: VALIDATION_WORDS.importSource,
      }),
    output: returns<T.ImportResult>(),
  },

  // Tools (แบบวัด / แบบตรวจ)
  createTool: {
    mutates: writes('tool', 'draftPlan'),
    input: z.object({ planId: id, code: toolCode, name: text(500).optional() }),
    output: returns<T.PlanTool>(),
  },
  updateTool: {
    mutates: writes('tool', 'draftPlan'),
    input: z.object({
      toolId: id,
      code: toolCode.optional(),
      name: requiredText(INPUT_WORDS.toolName, 500).optional(),
    }),
    output: returns<T.PlanTool>(),
  },
  deleteTool: { mutates: writes('tool', 'draftPlan'), input: z.object({ toolId: id }), output: deleted() },
  reorderTools: {
    mutates: writes('tool', 'draftPlan'),
    input: z.object({ planId: id, toolIds: z.array(id).min(1).max(100) }),
    output: returns<T.PlanTool[]>(),
  },

  // Indicators and sub-indicators
  createIndicator: {
    mutates: writes('indicator', 'draftPlan'),
    input: z.object({ toolId: id, number: indicatorNumber.optional(), name: text(500).default('') }),
    output: returns<T.Indicator>(),
  },
  updateIndicator: {
    mutates: writes('indicator', 'draftPlan'),
    input: z.object({
      indicatorId: id,
      number: indicatorNumber.optional(),
      name: text(500).optional(),
      toolId: id.optional(),
    }),
    output: returns<T.Indicator>(),
  },
  deleteIndicator: {
    mutates: writes('indicator', 'draftPlan'),
    input: z.object({ indicatorId: id }),
    output: deleted(),
  },
  reorderIndicators: {
    mutates: writes('indicator', 'draftPlan'),
    input: z.object({ toolId: id, indicatorIds: z.array(id).min(1).max(500) }),
    output: returns<T.Indicator[]>(),
  },
  createSubIndicator: {
    mutates: writes('subIndicator', 'draftPlan'),
    input: z.object({ indicatorId: id, label: subIndicatorLabel.optional(), name: text(500).default('') }),
    output: returns<T.SubIndicator>(),
  },
  updateSubIndicator: {
    mutates: writes('subIndicator', 'draftPlan'),
    input: z.object({ subIndicatorId: id, label: subIndicatorLabel.optional(), name: text(500).optional() }),
    output: returns<T.SubIndicator>(),
  },
  deleteSubIndicator: {
    mutates: writes('subIndicator', 'draftPlan'),
    input: z.object({ subIndicatorId: id }),
    output: deleted(),
  },

  // Criteria sets
  listCriteriaSets: { input: z.object({}).strict(), output: returns<T.CriteriaSet[]>() },
  /** "Save this plan's structure as a criteria set" — an office adds next year's set itself. */
  saveCriteriaSet: {
    mutates: writes('criteriaSet'),
    input: z.object({
      planId: id,
      id: criteriaSetId,
      name: requiredText(INPUT_WORDS.criteriaName, 300),
      scheme: text(300).default(''),
      fiscalYear: fiscalYear.nullable().optional(),
    }),
    output: returns<T.CriteriaSet>(),
  },
  /** A set's JSON (as db/criteria/*.json or a saved set exported), e.g. from another office. */
  loadCriteriaSet: {
    mutates: writes('criteriaSet'),
    input: z.object({ json: z.string().max(5 * 1024 * 1024, VALIDATION_WORDS.criteriaFileTooLarge) }),
    output: returns<T.CriteriaSet>(),
  },
  deleteCriteriaSet: { mutates: writes('criteriaSet'), input: z.object({ id: criteriaSetId }), output: deleted() },
  /** Ties a plan to a set (or unties it: null), for the coverage information. */
  setPlanCriteriaSet: {
    mutates: writes('plan'),
    input: z.object({ planId: id, criteriaSet: criteriaSetId.nullable() }),
    output: returns<T.PlanSummary>(),
  },
  /** Which items of the plan's set (or the one named) the plan does not list; null when it has none. */
  criteriaCoverage: {
    input: z.object({ planId: id, criteriaSet: criteriaSetId.optional() }),
    output: returns<T.CriteriaCoverage | null>(),
  },
} as const;
