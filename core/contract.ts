// The one API contract. Each method: a zod schema for its input and the type it resolves to.
// createApi implements it, the IPC wiring and the preload are generated from its keys, the CLI
// calls it. Add a method here first; type-checking then points at every place that must follow.
import { z } from 'zod';
import type * as T from './types';
import { fileMethods } from './contractFiles';
import { structureMethods } from './contractStructure';
import { historyMethods } from './contractHistory';
import {
  activityFields,
  activityPatch,
  criteriaSetId,
  fileBytes,
  fiscalYear,
  httpUrl,
  id,
  indicatorNumber,
  isoDate,
  itemCode,
  month,
  MONTH_REPORT_NEEDS_MONTH,
  none,
  numerals,
  pastedText,
  reportFormat,
  reportState,
  requiredText,
  returns,
  status,
  text,
} from './schemas';
import { writes, type Mutates } from './mutates';
import { REPORT_PAGE_LIMITS as PAGE } from './limits';
import { FIELD_NAMES, INPUT_WORDS, VALIDATION_WORDS } from './terms';

export type { AuditEntity, Mutates } from './mutates';

export { MAX_EVIDENCE_BYTES } from './limits';

export const contract = {
  appInfo: { input: none, output: returns<T.AppInfo>() },

  // Plans
  listPlans: { input: none, output: returns<T.PlanSummary[]>() },
  getPlan: { input: z.object({ planId: id }), output: returns<T.PlanDetail>() },
  findPlan: {
    input: z.object({ fiscalYear, office: z.string().trim().min(1).optional() }),
    output: returns<T.PlanSummary | null>(),
  },
  /**
   * A new plan's structure: a criteria set's tools and indicators (with withItems, its items too);
   * when none is named, the default set's (db/criteria); criteriaSet null: an empty plan.
   */
  createPlan: {
    mutates: writes('plan'),
    input: z.object({
      fiscalYear,
      office: requiredText(FIELD_NAMES.office, 300).optional(),
      title: text(500).optional(),
      criteriaSet: criteriaSetId.nullable().optional(),
      withItems: z.boolean().default(false),
    }),
    output: returns<T.PlanSummary>(),
  },
  updatePlan: {
    mutates: writes('plan'),
    input: z.object({
      planId: id,
      office: requiredText(FIELD_NAMES.office, 300).optional(),
      title: text(500).optional(),
    }),
    output: returns<T.PlanSummary>(),
  },
  deletePlan: {
    mutates: writes('plan'),
    input: z.object({ planId: id }),
    output: returns<{ deleted: true }>(),
  },
  approvePlan: {
    mutates: writes('plan'),
    input: z.object({ planId: id, approvedAt: isoDate.optional() }),
    output: returns<T.PlanSummary>(),
  },
  reopenPlan: {
    mutates: writes('plan'),
    input: z.object({ planId: id }),
    output: returns<T.PlanSummary>(),
  },
  copyPlanToNextYear: {
    mutates: writes('plan'),
    input: z.object({ planId: id }),
    output: returns<T.PlanSummary>(),
  },
  importPlanText: {
    mutates: writes('plan'),
    input: z.object({
      text: pastedText,
      fiscalYear: fiscalYear.optional(),
      office: requiredText(FIELD_NAMES.office, 300).optional(),
      dryRun: z.boolean().default(false),
    }),
    output: returns<T.ImportResult>(),
  },
  importSamplePlan: {
    mutates: writes('plan'),
    input: none,
    output: returns<T.ImportResult>(),
  },
  ...structureMethods,

  // Items
  createItem: {
    mutates: writes('item', 'draftPlan'),
    input: z
      .object({
        planId: id,
        /** Where the item goes: an indicator by id, or by its number in the plan. */
        indicatorId: id.optional(),
        indicatorNumber: indicatorNumber.optional(),
        subIndicatorId: id.nullable().optional(),
        code: itemCode.optional(),
        question: text().default(''),
        issue: text().default(''),
      })
      .refine((v) => v.indicatorId !== undefined || v.indicatorNumber !== undefined, {
        message: VALIDATION_WORDS.needItemIndicator,
      }),
    output: returns<T.Item>(),
  },
  updateItem: {
    mutates: writes('item', 'draftPlan'),
    input: z.object({
      itemId: id,
      code: itemCode.optional(),
      question: text().optional(),
      issue: text().optional(),
      /** Moves the item to another indicator of the plan (to its end) or sub-indicator (null: none). */
      indicatorId: id.optional(),
      subIndicatorId: id.nullable().optional(),
    }),
    output: returns<T.Item>(),
  },
  deleteItem: {
    mutates: writes('item', 'draftPlan'),
    input: z.object({ itemId: id }),
    output: returns<{ deleted: true }>(),
  },
  reorderItems: {
    mutates: writes('indicator', 'draftPlan'),
    input: z.object({ indicatorId: id, itemIds: z.array(id).min(1).max(500) }),
    output: returns<T.Item[]>(),
  },

  // Activities
  createActivity: {
    mutates: writes('activity', 'draftPlan'),
    input: activityFields.extend({ itemId: id }),
    output: returns<T.Activity>(),
  },
  updateActivity: {
    mutates: writes('activity', 'draftPlan'),
    input: activityPatch.extend({ activityId: id }),
    output: returns<T.Activity>(),
  },
  deleteActivity: {
    mutates: writes('activity', 'draftPlan'),
    input: z.object({ activityId: id }),
    output: returns<{ deleted: true }>(),
  },
  reorderActivities: {
    mutates: writes('item', 'draftPlan'),
    input: z.object({ itemId: id, activityIds: z.array(id).min(1).max(500) }),
    output: returns<T.Activity[]>(),
  },

  // Monthly follow-up
  listMonth: {
    input: z.object({
      planId: id,
      month,
      divisionId: id.optional(),
      status: reportState.optional(),
    }),
    output: returns<T.MonthRow[]>(),
  },
  saveFollowUp: {
    mutates: writes('followUp'),
    input: z.object({
      activityId: id,
      month,
      status,
      qty: z.number().nonnegative(INPUT_WORDS.qtyNotNegative).max(1e9).nullable().optional(),
      result: text().optional(),
      problems: text().optional(),
      reporter: text(200).optional(),
      reportedAt: isoDate.nullable().optional(),
      directorRemark: text().optional(),
    }),
    output: returns<T.FollowUp>(),
  },
  activityHistory: { input: z.object({ activityId: id }), output: returns<T.FollowUp[]>() },
  /**
   * "Copy from last month": each report of `from` carried into `to` as a draft to check (core/rules.ts
   * carryOver), only into rows `to` has not saved; dryRun shows what it would do and writes nothing.
   */
  copyMonth: {
    mutates: writes('followUp'),
    input: z
      .object({ planId: id, from: month, to: month, dryRun: z.boolean().default(false) })
      .refine((v) => v.from < v.to, { message: VALIDATION_WORDS.copyMonthOrder }),
    output: returns<T.CopyMonthResult>(),
  },

  // Evidence
  addEvidenceUrl: {
    mutates: writes('evidence'),
    input: z.object({ activityId: id, month, url: httpUrl, label: text(500).default('') }),
    output: returns<T.Evidence>(),
  },
  addEvidenceFile: {
    mutates: writes('evidence'),
    input: z.object({
      activityId: id,
      month,
      fileName: requiredText(FIELD_NAMES.fileName, 255),
      data: fileBytes,
      label: text(500).default(''),
    }),
    output: returns<T.Evidence>(),
  },
  getEvidenceFile: { input: z.object({ evidenceId: id }), output: returns<T.EvidenceFile>() },
  removeEvidence: {
    mutates: writes('evidence'),
    input: z.object({ evidenceId: id }),
    output: returns<{ deleted: true }>(),
  },
  /** Desktop only: writes the file to a private temp folder and opens it with its usual program. */
  openEvidence: { input: z.object({ evidenceId: id }), output: returns<{ opened: true }>() },
  /**
   * Desktop only: the system open dialog for evidence files (starting in the folder used last); null
   * when cancelled. Each file comes with its bytes, or none when it is over the size limit (the page
   * then says so); the page adds them with addEvidenceFile as it does files dropped or picked.
   */
  chooseEvidenceFiles: {
    input: none,
    output: returns<{ files: { fileName: string; size: number; data: Uint8Array }[] | null }>(),
  },
  /** Desktop only: the system save dialog for an export; path null when the user cancels. */
  chooseExportPath: {
    input: z.object({ defaultName: requiredText(FIELD_NAMES.fileName, 200), format: reportFormat }),
    output: returns<{ path: string | null }>(),
  },
  /** Desktop only: the plan or a monthly sheet straight to the printer (system print dialog). */
  printReport: {
    input: z
      .object({
        planId: id,
        report: z.enum(['plan', 'month'], { error: VALIDATION_WORDS.printOnly }),
        month: month.optional(),
        divisionId: id.optional(),
        onlyReported: z.boolean().optional(),
      })
      .refine((v) => v.report !== 'month' || v.month !== undefined, { message: MONTH_REPORT_NEEDS_MONTH }),
    output: returns<{ printed: boolean }>(),
  },
  /** Desktop only: opens (or shows in its folder) a file this session exported. */
  openExport: {
    input: z.object({ path: z.string().min(1).max(4_000), reveal: z.boolean().default(false) }),
    output: returns<{ opened: true }>(),
  },
  /** Desktop only: an http(s) link in the user's browser (evidence URLs, help links). */
  openExternal: { input: z.object({ url: httpUrl }), output: returns<{ opened: true }>() },

  // Settings and divisions
  getSettings: { input: none, output: returns<T.Settings>() },
  updateSettings: {
    mutates: writes('settings'),
    input: z
      .object({
        office: requiredText(FIELD_NAMES.office, 300),
        directorTitle: text(300),
        directorName: text(300),
        headOfGovernance: text(300),
        reporterName: text(300),
        reporterTitle: text(300),
        headTitle: text(300),
        numerals,
        reportFont: requiredText(VALIDATION_WORDS.fontName, 100),
        reportTextPt: z
          .number({ error: INPUT_WORDS.ptNumber })
          .min(PAGE.minPt, VALIDATION_WORDS.textPtMin(PAGE.minPt))
          .max(PAGE.maxPt, INPUT_WORDS.ptMax(PAGE.maxPt)),
        reportTablePt: z
          .number({ error: INPUT_WORDS.ptNumber })
          .min(PAGE.minPt, VALIDATION_WORDS.tablePtMin(PAGE.minPt))
          .max(PAGE.maxPt, INPUT_WORDS.ptMax(PAGE.maxPt)),
        reportMarginMm: z
          .number({ error: INPUT_WORDS.mmNumber })
          .min(PAGE.minMm, INPUT_WORDS.mmMin(PAGE.minMm))
          .max(PAGE.maxMarginMm, VALIDATION_WORDS.marginMax(PAGE.maxMarginMm)),
        reportBindingMm: z
          .number({ error: INPUT_WORDS.mmNumber })
          .min(PAGE.minMm, INPUT_WORDS.mmMin(PAGE.minMm))
          .max(PAGE.maxBindingMm, VALIDATION_WORDS.bindingMax(PAGE.maxBindingMm)),
        pageNumbers: z.enum(['fraction', 'dash']),
      })
      .partial()
      .strict(),
    output: returns<T.Settings>(),
  },
  listDivisions: { input: none, output: returns<T.Division[]>() },
  addDivision: {
    mutates: writes('division'),
    input: z.object({ name: requiredText(INPUT_WORDS.divisionName, 200) }),
    output: returns<T.Division>(),
  },
  renameDivision: {
    mutates: writes('division'),
    input: z.object({ divisionId: id, name: requiredText(INPUT_WORDS.divisionName, 200) }),
    output: returns<T.Division>(),
  },
  removeDivision: {
    mutates: writes('division'),
    input: z.object({ divisionId: id }),
    output: returns<{ deleted: true }>(),
  },

  // Audit log and progress
  listAudit: {
    input: z.object({
      planId: id.optional(),
      actor: z.string().max(200).optional(),
      entity: z.string().max(50).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      search: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).default(0),
    }),
    output: returns<T.AuditEntry[]>(),
  },
  ...historyMethods,
  progress: {
    /** divisionId: only the activities that division answers for (its own and ทุกฝ่าย). */
    input: z.object({ planId: id, month: month.optional(), divisionId: id.optional() }),
    output: returns<T.Progress>(),
  },

  ...fileMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** The methods that change data (they declare `mutates`). */
export type MutatingMethod = { [K in MethodName]: Contract[K] extends { mutates: Mutates } ? K : never }[MethodName];

/** A method's write policy, or null when it changes nothing. */
export function mutationOf(name: MethodName): Mutates | null {
  const entry = contract[name];
  return 'mutates' in entry ? entry.mutates : null;
}
export type Input<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type Output<K extends MethodName> = Contract[K]['output'];

/** What window.api, the CLI and tests call. Every method is async so IPC and Node look alike. */
export type Api = { [K in MethodName]: (input: Input<K>) => Promise<Output<K>> };
/** What an implementation provides: already-validated input, sync or async result. */
export type Handlers = { [K in MethodName]: (input: ParsedInput<K>) => Output<K> | Promise<Output<K>> };

/** Over IPC errors travel as data: Electron would otherwise flatten them into an English string. */
export type Envelope<R> =
  { ok: true; value: R } | { ok: false; error: { code: string; message: string; details?: unknown } };
