import { AppError } from '../../../core/errors';
import {
  cleanFileName,
  deleteEvidence,
  getEvidenceWithPlan,
  insertEvidenceFile,
  insertEvidenceUrl,
  readEvidenceFile,
  sniffFile,
} from '../../../db/queries/evidence';
import {
  activityHistory,
  getFollowUp,
  getFollowUpById,
  listMonth,
  planIdOfActivity,
  copySources,
  upsertFollowUp,
  type FollowUpFields,
} from '../../../db/queries/followUps';
import { getSettings } from '../../../db/queries/settings';
import { getActivity, getPlanSummary } from '../../../db/queries/structure';
import { fiscalMonths } from '../../../core/thai';
import { carryOver } from '../../../core/rules';
import type { CopyMonthRow } from '../../../core/types';
import type { Ctx } from '../context';
import type { Handlers } from '../../../core/contract';
import { MAX_EVIDENCE_BYTES } from '../../../core/limits';
import { FILE_MESSAGES, monthOutsidePlan } from '../../../core/terms';

type FollowUpHandlers = Pick<
  Handlers,
  | 'listMonth'
  | 'saveFollowUp'
  | 'activityHistory'
  | 'copyMonth'
  | 'addEvidenceUrl'
  | 'addEvidenceFile'
  | 'getEvidenceFile'
  | 'removeEvidence'
>;

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function followUpHandlers(ctx: Ctx): FollowUpHandlers {
  const { db } = ctx;

  /** Reports belong to the plan's fiscal year: a typo'd month must not land in another year. */
  const assertInYear = (planId: number, month: string) => {
    const plan = getPlanSummary(db, planId);
    if (!fiscalMonths(plan.fiscalYear).includes(month)) {
      throw new AppError('invalidInput', monthOutsidePlan(month, plan.fiscalYear));
    }
  };

  /** Evidence hangs on a month's report; attaching to a month not yet reported starts one. */
  const ensureFollowUp = (activityId: number, month: string) => {
    const existing = getFollowUp(db, activityId, month);
    if (existing) return existing.id;
    const id = upsertFollowUp(db, activityId, month, {
      status: 'notStarted',
      qty: null,
      result: '',
      problems: '',
      reporter: getSettings(db).reporterName,
      reportedAt: today(),
      directorRemark: '',
    });
    const { evidence: _e, ...after } = getFollowUpById(db, id);
    ctx.changed({ entity: 'followUp', id, after });
    return id;
  };

  return {
    listMonth: ({ planId, month, divisionId, status }) => {
      getPlanSummary(db, planId);
      assertInYear(planId, month);
      return listMonth(db, planId, month, { divisionId, status });
    },
    saveFollowUp: ({ activityId, month, ...fields }) => {
      const planId = planIdOfActivity(db, activityId);
      assertInYear(planId, month);
      const before = getFollowUp(db, activityId, month);
      const next: FollowUpFields = {
        status: fields.status,
        qty: fields.qty !== undefined ? fields.qty : (before?.qty ?? null),
        result: fields.result ?? before?.result ?? '',
        problems: fields.problems ?? before?.problems ?? '',
        reporter: fields.reporter ?? before?.reporter ?? getSettings(db).reporterName,
        reportedAt: fields.reportedAt !== undefined ? fields.reportedAt : (before?.reportedAt ?? today()),
        directorRemark: fields.directorRemark ?? before?.directorRemark ?? '',
      };
      const id = upsertFollowUp(db, activityId, month, next);
      const after = getFollowUpById(db, id);
      const { evidence: _b, ...beforeFields } = before ?? { evidence: null };
      const { evidence: _a, ...afterFields } = after;
      ctx.changed({ entity: 'followUp', id, before: before ? beforeFields : null, after: afterFields });
      return after;
    },
    activityHistory: ({ activityId }) => {
      getActivity(db, activityId);
      return activityHistory(db, activityId);
    },
    copyMonth: ({ planId, from, to, dryRun }) => {
      assertInYear(planId, from);
      assertInYear(planId, to);
      const rows: CopyMonthRow[] = copySources(db, planId, from, to).map((r) => {
        const outcome =
          r.filled === 1
            ? { skipped: 'filled' as const }
            : carryOver({ status: r.status, draft: r.draft === 1, result: r.result, problems: r.problems });
        return {
          activityId: r.activity_id,
          itemCode: r.code,
          activityPosition: r.position,
          activityText: r.text,
          carried: 'carried' in outcome ? outcome.carried : null,
          skipped: 'skipped' in outcome ? outcome.skipped : null,
        };
      });
      const carried = rows.filter((r) => r.carried);
      const result = { planId, from, to, dryRun, rows, copied: carried.length, batchId: null };
      if (dryRun || carried.length === 0) return result;
      const reporter = getSettings(db).reporterName;
      for (const r of carried) {
        const c = r.carried!;
        // Quantity, the director's remark and evidence are the month's own: a copy would double-count.
        const id = upsertFollowUp(db, r.activityId, to, {
          status: c.status,
          qty: null,
          result: c.result,
          problems: c.problems,
          reporter,
          reportedAt: today(),
          directorRemark: '',
          draft: true,
          copiedFrom: from,
        });
        const { evidence: _e, ...after } = getFollowUpById(db, id);
        ctx.changed({ entity: 'followUp', id, after, as: 'copyReport', from, to });
      }
      ctx.changed({ entity: 'plan', id: planId, after: { copied: carried.length, from, to }, as: 'copyMonth' });
      return { ...result, batchId: ctx.batch() };
    },
    addEvidenceUrl: ({ activityId, month, url, label }) => {
      const planId = planIdOfActivity(db, activityId);
      assertInYear(planId, month);
      const ev = insertEvidenceUrl(db, ensureFollowUp(activityId, month), url, label);
      ctx.changed({ entity: 'evidence', id: ev.id, after: ev });
      return ev;
    },
    addEvidenceFile: ({ activityId, month, fileName, data, label }) => {
      const planId = planIdOfActivity(db, activityId);
      assertInYear(planId, month);
      const name = cleanFileName(fileName);
      if (data.byteLength === 0) throw new AppError('invalidInput', FILE_MESSAGES.empty(name));
      if (data.byteLength > MAX_EVIDENCE_BYTES) {
        throw new AppError('tooLarge', FILE_MESSAGES.tooLarge(name, MAX_EVIDENCE_BYTES / 1024 / 1024));
      }
      const mimeType = sniffFile(name, data);
      const ev = insertEvidenceFile(db, ensureFollowUp(activityId, month), { fileName: name, mimeType, data, label });
      ctx.changed({ entity: 'evidence', id: ev.id, after: ev });
      return ev;
    },
    getEvidenceFile: ({ evidenceId }) => readEvidenceFile(db, evidenceId),
    removeEvidence: ({ evidenceId }) => {
      const ev = getEvidenceWithPlan(db, evidenceId);
      deleteEvidence(db, evidenceId);
      ctx.changed({ entity: 'evidence', id: evidenceId, before: ev });
      return { deleted: true as const };
    },
  };
}
