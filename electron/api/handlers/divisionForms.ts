// Division forms go out pre-filled and come back as follow-ups, all or nothing.
import path from 'node:path';
import { divisionFormFileName } from '../../../core/fileName';
import { AppError, isAppError } from '../../../core/errors';
import { recordFormImport } from '../../../db/queries/formImports';
import { getFollowUp, listMonth } from '../../../db/queries/followUps';
import { getDivision, getSettings, listDivisions } from '../../../db/queries/settings';
import { getPlanDetail, getPlanSummary } from '../../../db/queries/structure';
import { fiscalMonths, formatMonthShort } from '../../../core/thai';
import { countStatuses, reportState } from '../../../core/rules';
import type { MonthReport } from '../../reports/data';
import { writeFileAtomic } from '../../../db/files/atomicWrite';
import { buildDivisionFormXlsx } from '../../reports/xlsx/divisionForm';
import { parseForm, type FormRow } from '../../reports/xlsx/formsImport';
import { loadWorkbook } from '../../reports/xlsx/read';
import type { FormFilePreview, FormsPreview } from '../../../core/xlsxTypes';
import type { Ctx } from '../context';
import type { Handlers } from '../../../core/contract';
import type { FollowUp } from '../../../core/types';
import { batchChecker, identityOf } from './formIdentity';
import { followUpHandlers } from './followUps';
import { monthOutsidePlan, andMore, FORMS_IMPORT_WORDS } from '../../../core/terms';

type DivisionFormHandlers = Pick<Handlers, 'exportDivisionForm' | 'previewDivisionForms' | 'importDivisionForms'>;

export function divisionFormHandlers(ctx: Ctx): DivisionFormHandlers {
  const { db } = ctx;
  const followUps = followUpHandlers(ctx);

  const assertInYear = (planId: number, month: string) => {
    const plan = getPlanSummary(db, planId);
    if (!fiscalMonths(plan.fiscalYear).includes(month)) {
      throw new AppError('invalidInput', monthOutsidePlan(month, plan.fiscalYear));
    }
    return plan;
  };

  interface Merged {
    activityId: number;
    month: string;
    parts: { division: string; reporter: string; row: FormRow }[];
  }

  const previewForms = async (planId: number, files: { name: string; data: Uint8Array }[]) => {
    const plan = getPlanSummary(db, planId);
    const months = fiscalMonths(plan.fiscalYear);
    const out: FormsPreview = { planId, files: [], errors: [], warnings: [], toRecord: 0, ok: false };
    const merged = new Map<string, Merged>();
    const check = batchChecker(db);
    const imports: Parameters<typeof recordFormImport>[1][] = [];
    const unchanged: string[] = [];
    for (const file of files) {
      const fp: FormFilePreview = {
        name: file.name,
        month: null,
        divisionId: null,
        division: '',
        reporter: '',
        rows: [],
        skipped: 0,
        errors: [],
      };
      out.files.push(fp);
      try {
        const wb = await loadWorkbook(file.name, file.data);
        const form = parseForm(file.name, wb);
        Object.assign(fp, { division: form.division, reporter: form.reporter, skipped: form.skipped });
        fp.errors.push(...form.errors);
        if (form.planId !== planId) {
          fp.errors.push(FORMS_IMPORT_WORDS.otherPlan(file.name, plan.fiscalYear));
          continue;
        }
        if (!months.includes(form.month)) {
          fp.errors.push(FORMS_IMPORT_WORDS.monthOutside(file.name, plan.fiscalYear));
          continue;
        }
        fp.month = form.month;
        fp.divisionId = form.divisionId;
        const id = identityOf(planId, form);
        const verdict = check(file.name, id);
        if (verdict.warning) out.warnings.push(verdict.warning);
        if (!verdict.use) {
          if (verdict.error) fp.errors.push(verdict.error);
          if (verdict.sameAs) fp.sameAs = verdict.sameAs;
          if (verdict.importedAt) fp.importedAt = verdict.importedAt;
          unchanged.push(file.name);
          continue;
        }
        imports.push({
          formKey: id.key,
          planId,
          month: form.month,
          divisionId: form.divisionId,
          issuedAt: form.issuedAt,
          contentHash: id.hash,
          fileName: file.name,
        });
        const due = new Map(
          listMonth(db, planId, form.month, { divisionId: form.divisionId ?? undefined }).map((r) => [r.activityId, r]),
        );
        for (const row of form.rows) {
          const r = due.get(row.activityId);
          if (!r) {
            fp.errors.push(FORMS_IMPORT_WORDS.notDue(file.name, row.row, formatMonthShort(form.month)));
            continue;
          }
          fp.rows.push({
            row: row.row,
            activityId: row.activityId,
            itemCode: r.itemCode,
            activityText: r.activityText,
            status: row.status,
            qty: row.qty,
            result: row.result,
            problems: row.problems,
            urls: row.urls,
            action: r.followUp ? 'update' : 'create',
          });
          const key = `${row.activityId}@${form.month}`;
          const m = merged.get(key) ?? { activityId: row.activityId, month: form.month, parts: [] };
          m.parts.push({ division: form.division || file.name, reporter: form.reporter, row });
          merged.set(key, m);
        }
      } catch (e) {
        if (!isAppError(e)) throw e;
        fp.errors.push(e.message);
      }
    }
    for (const m of merged.values()) {
      if (m.parts.length > 1) {
        const r = out.files.flatMap((f) => f.rows).find((x) => x.activityId === m.activityId)!;
        out.warnings.push(
          FORMS_IMPORT_WORDS.merged(r.itemCode, r.activityText.slice(0, 40), m.parts.length) +
            (new Set(m.parts.map((p) => p.row.status)).size > 1 ? FORMS_IMPORT_WORDS.mergedStatuses : ''),
        );
      }
    }
    out.errors = out.files.flatMap((f) => f.errors);
    out.toRecord = merged.size;
    out.ok = out.errors.length === 0 && files.length > 0;
    return { preview: out, merged: [...merged.values()], imports, unchanged };
  };

  /** Several divisions reporting one activity: one follow-up saying who did what. */
  const combine = (m: Merged) => {
    const one = m.parts.length === 1;
    const statuses = new Set(m.parts.map((p) => p.row.status));
    const join = (pick: (r: FormRow) => string) =>
      m.parts
        .filter((p) => pick(p.row))
        .map((p) => (one ? pick(p.row) : `[${p.division}] ${pick(p.row)}`))
        .join('\n');
    const qtys = m.parts.map((p) => p.row.qty).filter((q): q is number => q !== null);
    const reporters = [...new Set(m.parts.map((p) => p.reporter || p.division).filter(Boolean))];
    return {
      status: statuses.size === 1 ? m.parts[0]!.row.status : ('inProgress' as const),
      qty: qtys.length ? qtys.reduce((a, b) => a + b, 0) : null,
      result: join((r) => r.result),
      problems: join((r) => r.problems),
      reporter: reporters.join(', ').slice(0, 200),
      urls: [...new Set(m.parts.flatMap((p) => p.row.urls))],
    };
  };

  const formReport = (planId: number, month: string, divisionId: number): MonthReport => {
    assertInYear(planId, month);
    const division = getDivision(db, divisionId);
    const rows = listMonth(db, planId, month, { divisionId });
    return {
      settings: getSettings(db),
      plan: getPlanDetail(db, planId),
      divisions: listDivisions(db),
      generatedAt: new Date().toISOString(),
      month,
      division,
      rows,
      counts: countStatuses(rows.map((r) => reportState(r.followUp))),
      onlyReported: false,
    };
  };

  return {
    exportDivisionForm: async ({ planId, month, divisionId, outPath: file, outDir }) => {
      const report = formReport(planId, month, divisionId);
      const name = divisionFormFileName(report.division!.name, month, report.settings.numerals);
      const outPath = file ?? path.join(outDir!, name);
      const bytes = await buildDivisionFormXlsx(report);
      writeFileAtomic(outPath, bytes);
      ctx.written.add(outPath);
      return { path: outPath, bytes: bytes.byteLength };
    },
    previewDivisionForms: async ({ planId, files }) => (await previewForms(planId, files)).preview,
    importDivisionForms: async ({ planId, files }) => {
      const { preview, merged, imports, unchanged } = await previewForms(planId, files);
      if (!preview.ok) {
        throw new AppError(
          'importFailed',
          `${FORMS_IMPORT_WORDS.refused}\n${preview.errors.slice(0, 10).join('\n')}` +
            (preview.errors.length > 10 ? `\n${andMore(preview.errors.length - 10)}` : ''),
          { errors: preview.errors },
        );
      }
      // Every form already imported as it is (or a copy in this batch): nothing to write, and it says so.
      if (imports.length === 0) return { recorded: 0, urlsAdded: 0, files: files.length, unchanged };
      let urlsAdded = 0;
      for (const m of merged) {
        const c = combine(m);
        const saved = followUps.saveFollowUp({
          activityId: m.activityId,
          month: m.month,
          status: c.status,
          qty: c.qty,
          result: c.result,
          problems: c.problems,
          reporter: c.reporter || undefined,
        }) as FollowUp;
        const have = new Set(
          (getFollowUp(db, m.activityId, m.month)?.evidence ?? saved.evidence).map((e) => e.url).filter(Boolean),
        );
        for (const url of c.urls) {
          if (have.has(url)) continue;
          followUps.addEvidenceUrl({ activityId: m.activityId, month: m.month, url, label: '' });
          urlsAdded++;
        }
      }
      for (const r of imports) recordFormImport(db, r);
      // The batch's heading line (the reports and links above have entries of their own).
      ctx.changed({
        entity: 'plan',
        id: planId,
        after: { files: files.map((f) => f.name), recorded: merged.length, urlsAdded, unchanged },
        as: 'importForms',
      });
      return { recorded: merged.length, urlsAdded, files: files.length, unchanged };
    },
  };
}
