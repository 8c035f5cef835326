// Importing a plan from what offices have: pasted text, the clipboard's HTML, a file (.txt, .tsv,
// .html, .docx, .xlsx). Every source goes through the one parser (db/import); the preview is the
// dry run's result; a plan with any error is refused and nothing is written.
import fs from 'node:fs';
import path from 'node:path';
import { coverageOf, DEFAULT_CRITERIA_SET } from '../../../core/criteria';
import { AppError } from '../../../core/errors';
import type { Handlers, ParsedInput } from '../../../core/contract';
import type { ImportPreview, ImportProblem, ImportResult } from '../../../core/types';
import { ROLE_LABEL } from '../../../db/import/headers';
import { hasErrors, parsePlan, parsePlanHtml, parsePlanText, type ParsePlanOptions } from '../../../db/import/planText';
import { readPlanFile } from '../../../db/import/readers';
import type { ParsedPlan } from '../../../db/import/types';
import { getCriteriaSet } from '../../../db/queries/criteria';
import { insertParsedPlan } from '../../../db/queries/planWrites';
import { getSettings, listDivisions, putSettings } from '../../../db/queries/settings';
import { findPlans, getPlanSummary } from '../../../db/queries/structure';
import type { Ctx } from '../context';
import { WORDS, andMore, IMPORT_REFUSED, planExists, PLAN_API_WORDS, problemText } from '../../../core/terms';

type ImportHandlers = Pick<Handlers, 'importPlan' | 'importPlanText' | 'importSamplePlan'>;

export const SAMPLE_PLAN_FILE = path.join('db', 'import', 'sample', 'dusit-2566.txt');
/** How many errors the refusal message lists before "และอีก N รายการ" (the details carry them all). */
const LISTED = 5;

export function previewOf(parsed: ParsedPlan): Omit<ImportPreview, 'coverage'> {
  return {
    source: parsed.source,
    title: parsed.title,
    columns: parsed.columns.map((c) => ({ index: c.index, header: c.header, role: c.role, label: ROLE_LABEL[c.role] })),
    joins: parsed.joins.map(({ id, line, column, before, after, applied }) => ({
      id,
      line,
      column,
      before,
      after,
      applied,
    })),
    tools: parsed.tools.map((t) => ({
      code: t.code,
      name: t.name,
      indicators: parsed.indicators
        .filter((i) => i.tool === t.code)
        .map((ind) => ({
          number: ind.number,
          name: ind.name,
          subIndicators: parsed.subIndicators
            .filter((s) => s.indicator === ind.number)
            .map(({ label, name }) => ({ label, name })),
          items: parsed.items
            .filter((i) => i.indicator === ind.number)
            .map((i) => ({
              code: i.code,
              question: i.question,
              subIndicator: i.subIndicator,
              activityCount: i.activities.length,
              line: i.line,
            })),
        })),
    })),
  };
}

/**
 * "นำเข้าแผนไม่ได้ …" with the first few errors in full, each with its line ("บรรทัด 19: …"), the rest
 * counted. The problems themselves (details.problems) carry their line apart from their message.
 */
export function refusal(kind: string, problems: ImportProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const listed = errors.slice(0, LISTED).map((p) => problemText(kind, p));
  const more = errors.length > LISTED ? [andMore(errors.length - LISTED)] : [];
  return [`${IMPORT_REFUSED} ${PLAN_API_WORDS.problemCount(errors.length)}`, ...listed, ...more].join('\n');
}

export function importHandlers(ctx: Ctx): ImportHandlers {
  const { db } = ctx;

  const write = (
    parsed: ParsedPlan,
    input: { fiscalYear?: number; office?: string; dryRun: boolean; criteriaSet?: string | null },
  ): ImportResult => {
    const base = previewOf(parsed);
    const set = input.criteriaSet ? getCriteriaSet(db, input.criteriaSet) : null;
    const preview: ImportPreview = {
      ...base,
      coverage: set
        ? coverageOf(
            set,
            parsed.items.map((i) => i.code),
          )
        : null,
    };
    if (hasErrors(parsed))
      throw new AppError('importFailed', refusal(parsed.source, parsed.problems), {
        problems: parsed.problems,
        preview,
      });
    const problems = [...parsed.problems];
    const fiscalYear = input.fiscalYear ?? parsed.fiscalYear;
    if (fiscalYear === null || fiscalYear === undefined) {
      throw new AppError('importFailed', PLAN_API_WORDS.noFiscalYear, {
        problems,
        preview,
      });
    }
    if (input.fiscalYear && parsed.fiscalYear && input.fiscalYear !== parsed.fiscalYear) {
      problems.push({
        line: 0,
        severity: 'warning',
        message: PLAN_API_WORDS.otherFiscalYear(parsed.fiscalYear, input.fiscalYear),
      });
    }
    const settings = getSettings(db);
    const office = input.office ?? parsed.office ?? settings.office;
    if (findPlans(db, fiscalYear, office).length > 0) {
      throw new AppError('conflict', PLAN_API_WORDS.notAgain(planExists(office, fiscalYear)));
    }
    const activityCount = parsed.items.reduce((n, i) => n + i.activities.length, 0);
    const result: ImportResult = {
      plan: null,
      dryRun: input.dryRun,
      fiscalYear,
      office,
      itemCount: parsed.items.length,
      activityCount,
      codes: parsed.items.map((i) => i.code),
      problems,
      unknownDivisions: parsed.unknownDivisions,
      preview,
    };
    if (input.dryRun) return result;
    // importPlan is declared mutates: writes('plan') — the write policy gives it its transaction.
    const planId = (() => {
      const id = insertParsedPlan(db, parsed, { fiscalYear, office, criteriaSet: set?.id ?? null });
      // A first import names the office for everything else (reports, new plans).
      if (settings.office === WORDS.districtOffice) putSettings(db, { office });
      ctx.changed({
        entity: 'plan',
        id,
        after: {
          fiscalYear,
          office,
          source: parsed.source,
          items: parsed.items.length,
          activities: activityCount,
          joinsUndone: parsed.joins.filter((j) => !j.applied).length,
        },
        // Declared: the entry names the whole plan it wrote, not each tool, item and activity.
        as: 'importPlan',
      });
      return id;
    })();
    return { ...result, plan: getPlanSummary(db, planId) };
  };

  const options = (input: { fiscalYear?: number; keepSpaces?: readonly string[] | 'all' }): ParsePlanOptions => ({
    divisions: listDivisions(db).map((d) => d.name),
    fiscalYear: input.fiscalYear,
    keepSpaces: input.keepSpaces,
  });

  const importPlan = async (input: ParsedInput<'importPlan'>): Promise<ImportResult> => {
    const opts = options(input);
    const parsed =
      input.file !== undefined
        ? parsePlan(await readPlanFile(input.file.name, input.file.data), opts)
        : input.html !== undefined
          ? parsePlanHtml(input.html, opts)
          : parsePlanText(input.text ?? '', opts);
    return write(parsed, input);
  };

  return {
    importPlan,
    importPlanText: (input) => write(parsePlanText(input.text, options(input)), input),
    importSamplePlan: () => {
      const file = path.join(ctx.options.appRoot ?? process.cwd(), SAMPLE_PLAN_FILE);
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        throw new AppError('notFound', PLAN_API_WORDS.noSample(file));
      }
      return write(parsePlanText(text, options({})), { dryRun: false, criteriaSet: DEFAULT_CRITERIA_SET });
    },
  };
}
