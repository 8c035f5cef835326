import { AppError } from '../../../core/errors';
import { DEFAULT_CRITERIA_SET } from '../../../db/criteria';
import { getCriteriaSet } from '../../../db/queries/criteria';
import { getSettings } from '../../../db/queries/settings';
import { insertCriteriaStructure } from '../../../db/queries/structureWrites';
import { findPlans, getPlanDetail, getPlanSummary, listPlans } from '../../../db/queries/structure';
import { copyPlanStructure, defaultTitle, insertPlan, touchPlan } from '../../../db/queries/planWrites';
import { deletePlanRow, setPlanApproval, updatePlanRow } from '../../../db/queries/planEdits';
import type { Ctx } from '../context';
import type { Handlers } from '../../../core/contract';
import { planExists, PLAN_API_WORDS } from '../../../core/terms';

type PlanHandlers = Pick<
  Handlers,
  | 'listPlans'
  | 'getPlan'
  | 'findPlan'
  | 'createPlan'
  | 'updatePlan'
  | 'deletePlan'
  | 'approvePlan'
  | 'reopenPlan'
  | 'copyPlanToNextYear'
>;

export function planHandlers(ctx: Ctx): PlanHandlers {
  const { db } = ctx;

  return {
    listPlans: () => listPlans(db),
    getPlan: ({ planId }) => getPlanDetail(db, planId),
    findPlan: ({ fiscalYear, office }) => {
      const found = findPlans(db, fiscalYear, office);
      if (found.length > 1) {
        throw new AppError('conflict', PLAN_API_WORDS.manyOffices(fiscalYear));
      }
      return found[0] ?? null;
    },
    createPlan: ({ fiscalYear, office, title, criteriaSet, withItems }) => {
      const o = office ?? getSettings(db).office;
      // No set named: the default set's tools and indicators (the plan a district office starts from);
      // a set named: the plan is tied to it; null: an empty plan whose structure the office lays itself.
      const set = criteriaSet === null ? null : getCriteriaSet(db, criteriaSet ?? DEFAULT_CRITERIA_SET);
      const id = insertPlan(db, {
        fiscalYear,
        office: o,
        title: title?.trim() || defaultTitle(),
        criteriaSet: criteriaSet ? criteriaSet : null,
      });
      if (set) insertCriteriaStructure(db, id, set, withItems);
      const plan = getPlanSummary(db, id);
      ctx.changed({ entity: 'plan', id, after: plan });
      return plan;
    },
    updatePlan: ({ planId, office, title }) => {
      const before = getPlanSummary(db, planId);
      if (office !== undefined && office !== before.office && findPlans(db, before.fiscalYear, office).length > 0) {
        throw new AppError('conflict', planExists(office, before.fiscalYear));
      }
      updatePlanRow(db, planId, { office: office ?? before.office, title: title ?? before.title });
      touchPlan(db, planId);
      const after = getPlanSummary(db, planId);
      ctx.changed({ entity: 'plan', id: planId, before, after });
      return after;
    },
    deletePlan: ({ planId }) => {
      const before = getPlanSummary(db, planId);
      if (before.status === 'approved') {
        throw new AppError('locked', PLAN_API_WORDS.approvedNoDelete);
      }
      deletePlanRow(db, planId);
      ctx.changed({ entity: 'plan', id: planId, before });
      return { deleted: true as const };
    },
    approvePlan: ({ planId, approvedAt }) => {
      const before = getPlanSummary(db, planId);
      if (before.status === 'approved') throw new AppError('conflict', PLAN_API_WORDS.alreadyApproved);
      const date = approvedAt ?? new Date().toISOString().slice(0, 10);
      setPlanApproval(db, planId, date);
      touchPlan(db, planId);
      const after = getPlanSummary(db, planId);
      ctx.changed({ entity: 'plan', id: planId, before, after, as: 'approve' });
      return after;
    },
    reopenPlan: ({ planId }) => {
      const before = getPlanSummary(db, planId);
      if (before.status !== 'approved') throw new AppError('conflict', PLAN_API_WORDS.notApproved);
      setPlanApproval(db, planId, null);
      touchPlan(db, planId);
      const after = getPlanSummary(db, planId);
      ctx.changed({ entity: 'plan', id: planId, before, after, as: 'reopen' });
      return after;
    },
    copyPlanToNextYear: ({ planId }) => {
      const from = getPlanSummary(db, planId);
      const id = insertPlan(db, {
        fiscalYear: from.fiscalYear + 1,
        office: from.office,
        title: from.title,
        criteriaSet: from.criteriaSet,
      });
      copyPlanStructure(db, planId, id);
      const plan = getPlanSummary(db, id);
      ctx.changed({ entity: 'plan', id, after: plan, as: 'copyPlan' });
      return plan;
    },
  };
}
