// zod schemas for every API input. Messages are Thai: they reach the user as is.
import { z } from 'zod';
import { FOLLOW_UP_STATUSES, MONITORINGS, NUMERALS, REPORT_FORMATS, REPORT_KINDS, REPORT_STATES, TOOLS } from './enums';
import { isSafeExternalUrl, URL_NEEDS_HTTP } from './urls';
import { ENTITY_NAMES, FIELD_NAMES, INPUT_WORDS, VALIDATION_WORDS } from './terms';

const MAX_TEXT = 20_000;

/** A contract method's result type, as a phantom marker (the contract files). */
export const returns = <R>() => undefined as unknown as R;
/** The input of a method that takes none. */
export const none = z.object({}).strict();

export const id = z
  .number({ error: VALIDATION_WORDS.idNumber })
  .int(VALIDATION_WORDS.idInteger)
  .positive(VALIDATION_WORDS.idInvalid);
export const fiscalYear = z
  .number({ error: VALIDATION_WORDS.needFiscalYear })
  .int(VALIDATION_WORDS.fiscalYearInteger)
  .min(2500, INPUT_WORDS.fiscalYearBe)
  .max(2700, INPUT_WORDS.fiscalYearBe);
export const month = z
  .string({ error: VALIDATION_WORDS.needMonth })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, VALIDATION_WORDS.monthFormat);
// Control characters (tab and line ends aside) and direction overrides/isolates: invisible, and a
// U+202E makes "invoice\u202Efdp.exe" read as "invoiceexe.pdf". Removed from every text field.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
export const stripUnsafe = (s: string): string => s.replace(UNSAFE_CHARS, '');

export const text = (max = MAX_TEXT) => z.string().overwrite(stripUnsafe).max(max, INPUT_WORDS.tooLong(max));
export const requiredText = (label: string, max = 2_000) =>
  z
    .string()
    .overwrite(stripUnsafe)
    .trim()
    .min(1, VALIDATION_WORDS.required(label))
    .max(max, VALIDATION_WORDS.labelTooLong(label, max));
/** An item's code is the plan's own (I1, O31, MOIT3, i4 …): letters and digits, no spaces, unique in the plan. */
export const itemCode = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,19}$/u, VALIDATION_WORDS.itemCode);
/** A tool's short code (IIT, EIT, OIT, MOIT …). */
export const toolCode = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,19}$/u, VALIDATION_WORDS.toolCode);
export const tool = z.enum(TOOLS);
/** ตัวชี้วัดที่ … as a plan numbers it. */
export const indicatorNumber = z
  .number({ error: VALIDATION_WORDS.needIndicatorNumber })
  .int(VALIDATION_WORDS.indicatorInteger)
  .min(1, VALIDATION_WORDS.indicatorMin)
  .max(9_999, VALIDATION_WORDS.indicatorTooLong);
/** ตัวชี้วัดย่อยที่ 9.1 */
export const subIndicatorLabel = z
  .string()
  .trim()
  .regex(/^[\p{N}][\p{L}\p{N}.]{0,19}$/u, VALIDATION_WORDS.subIndicatorLabel);
export const criteriaSetId = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, VALIDATION_WORDS.criteriaSetId);

/** A criteria set's body (db/criteria/*.json, or one an office saves or loads). */
export const criteriaSetBody = z.object({
  id: criteriaSetId,
  name: requiredText(INPUT_WORDS.criteriaName, 300),
  scheme: text(300).default(''),
  fiscalYear: fiscalYear.nullable().default(null),
  source: text(1_000).default(''),
  tools: z
    .array(
      z.object({
        code: toolCode,
        name: requiredText(INPUT_WORDS.toolName, 500),
        indicators: z.array(
          z.object({
            number: indicatorNumber,
            name: text(500),
            subIndicators: z.array(z.object({ label: subIndicatorLabel, name: text(500) })).default([]),
            items: z.array(z.object({ code: itemCode, title: text(), subIndicator: subIndicatorLabel.optional() })),
          }),
        ),
      }),
    )
    .min(1, VALIDATION_WORDS.criteriaNeedsTool),
});
export const status = z.enum(FOLLOW_UP_STATUSES, {
  error: INPUT_WORDS.oneOf(FOLLOW_UP_STATUSES),
});
/** A status, or notReported (ยังไม่รายงาน): what a month's rows may be filtered by. */
export const reportState = z.enum(REPORT_STATES, {
  error: INPUT_WORDS.oneOf(REPORT_STATES),
});
export const monitoring = z.enum(MONITORINGS);
export const numerals = z.enum(NUMERALS);
export const reportKind = z.enum(REPORT_KINDS, {
  error: VALIDATION_WORDS.reportKind(REPORT_KINDS),
});
export const reportFormat = z.enum(REPORT_FORMATS, {
  error: VALIDATION_WORDS.reportFormat(REPORT_FORMATS),
});
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, VALIDATION_WORDS.isoDate);

function hasCredentials(s: string): boolean {
  try {
    const u = new URL(s);
    return u.username !== '' || u.password !== '';
  } catch {
    return false;
  }
}

/**
 * Only http(s) URLs with a host, written out in full, no spaces or controls inside and no user name
 * or password: evidence links are opened by the office's browser later, through the same check
 * (isSafeExternalUrl), so a link stored here always opens.
 */
export const httpUrl = z
  .string()
  .trim()
  .max(2_000, VALIDATION_WORDS.urlTooLong)
  .refine((s) => isSafeExternalUrl(s) || hasCredentials(s), URL_NEEDS_HTTP)
  .refine((s) => !hasCredentials(s), VALIDATION_WORDS.urlCredentials);

const activityShape = {
  text: requiredText(ENTITY_NAMES.activity, MAX_TEXT),
  output: text(),
  targetQty: z.number().nonnegative(VALIDATION_WORDS.targetNotNegative).max(1e9).nullable(),
  targetUnit: text(100).nullable(),
  awareness: text(),
  startMonth: month.nullable(),
  endMonth: month.nullable(),
  /** The months it is due in (gaps allowed); when given, its first and last are the start and end. */
  months: z.array(month).max(120, VALIDATION_WORDS.tooManyMonths),
  responsibleText: text(1_000),
  allDivisions: z.boolean(),
  divisionIds: z.array(id).max(100),
  monitoring,
  monitoringText: text(200),
};

/** A new activity: only the text is required. */
export const activityFields = z.object({
  ...activityShape,
  output: activityShape.output.default(''),
  targetQty: activityShape.targetQty.default(null),
  targetUnit: activityShape.targetUnit.default(null),
  awareness: activityShape.awareness.default(''),
  startMonth: activityShape.startMonth.default(null),
  endMonth: activityShape.endMonth.default(null),
  months: activityShape.months.default([]),
  responsibleText: activityShape.responsibleText.default(''),
  allDivisions: activityShape.allDivisions.default(false),
  divisionIds: activityShape.divisionIds.default([]),
  monitoring: activityShape.monitoring.default('monthly'),
  monitoringText: activityShape.monitoringText.default(''),
});

/** A change to an activity: what is left out stays as it is (no defaults here, or they would overwrite). */
export const activityPatch = z.object(activityShape).partial();

/** A full path on Windows (C:\\…, \\\\server\\…) or POSIX (/…): files the API writes or reads are named in full. */
export const absolutePath = (p: string): boolean => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p);

/** Why a monthly report is refused without its month. */
export const MONTH_REPORT_NEEDS_MONTH = VALIDATION_WORDS.monthReportNeedsMonth;
/** A file's bytes as the page sends them (evidence, an import). */
export const fileBytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: VALIDATION_WORDS.fileBytes });
/** An uploaded .xlsx (size and content are checked by the handler, with Thai messages naming the file). */
export const xlsxBytes = fileBytes;
/** A pasted plan table (text or the clipboard's HTML). */
export const pastedText = z.string().max(5 * 1024 * 1024, VALIDATION_WORDS.pastedTooLong);
/** Where an export is written: a full path. */
export const outPath = z.string({ error: INPUT_WORDS.needOutPath }).trim().min(1, INPUT_WORDS.needOutPath).max(4_000);
/** Why an outPath is refused when it is not a full path. */
export const OUT_PATH_NOT_ABSOLUTE = VALIDATION_WORDS.outPathNotAbsolute;
export const xlsxFiles = z
  .array(z.object({ name: requiredText(FIELD_NAMES.fileName, 255), data: xlsxBytes }))
  .min(1, VALIDATION_WORDS.needFiles)
  .max(100, VALIDATION_WORDS.tooManyFiles);
export const xlsxOutPath = outPath
  .refine(absolutePath, OUT_PATH_NOT_ABSOLUTE)
  .refine((p) => p.toLowerCase().endsWith('.xlsx'), VALIDATION_WORDS.fileEnding('xlsx'));

export const folderPath = z
  .string({ error: INPUT_WORDS.needFolder })
  .trim()
  .min(1, INPUT_WORDS.needFolder)
  .max(4_000)
  .refine(absolutePath, VALIDATION_WORDS.folderNotAbsolute);

export const backupPath = z
  .string({ error: INPUT_WORDS.needFile })
  .trim()
  .min(1, INPUT_WORDS.needFile)
  .max(4_000)
  .refine(absolutePath, VALIDATION_WORDS.backupNotAbsolute);
