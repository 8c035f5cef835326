// A plan's own structure (tools, indicators, sub-indicators) and its criteria sets. The mutating
// methods are declared in core/contractStructure.ts; the write policy (../writePolicy.ts) gives each
// its transaction, refuses an approved plan (the signed document) and moves the plan's updated_at.
import { coverageOf, structureAsCriteriaSet } from '../../../core/criteria';
import { AppError } from '../../../core/errors';
import type { Handlers } from '../../../core/contract';
import { criteriaSetBody } from '../../../core/schemas';
import type { Indicator } from '../../../core/types';
import {
  deleteCriteriaSet,
  findCriteriaSet,
  getCriteriaSet,
  listCriteriaSets,
  putCriteriaSet,
} from '../../../db/queries/criteria';
import { reorder } from '../../../db/queries/planWrites';
import {
  getIndicator,
  getPlanDetail,
  getPlanSummary,
  getSubIndicator,
  getTool,
  listTools,
} from '../../../db/queries/structure';
import {
  deleteIndicatorRow,
  deleteSubIndicatorRow,
  deleteToolRow,
  setPlanCriteriaSetRow,
} from '../../../db/queries/planEdits';
import {
  insertIndicator,
  insertSubIndicator,
  insertTool,
  reportsBelow,
  updateIndicatorRow,
  updateSubIndicatorRow,
  updateToolRow,
} from '../../../db/queries/structureWrites';
import { renumber } from '../../../db/queries/planWrites';
import type { Ctx } from '../context';
import { SNAPSHOT_KEY } from '../../../core/revert';
import { subtreeOf } from './revertStructure';
import { STRUCTURE_WORDS, PLAN_API_WORDS } from '../../../core/terms';

type PlanStructureHandlers = Pick<
  Handlers,
  | 'createTool'
  | 'updateTool'
  | 'deleteTool'
  | 'reorderTools'
  | 'createIndicator'
  | 'updateIndicator'
  | 'deleteIndicator'
  | 'reorderIndicators'
  | 'createSubIndicator'
  | 'updateSubIndicator'
  | 'deleteSubIndicator'
  | 'listCriteriaSets'
  | 'saveCriteriaSet'
  | 'loadCriteriaSet'
  | 'deleteCriteriaSet'
  | 'setPlanCriteriaSet'
  | 'criteriaCoverage'
>;

/** An indicator as the audit log keeps it: without its items (they have entries of their own). */
const brief = ({ items: _items, ...rest }: Indicator) => rest;

export function planStructureHandlers(ctx: Ctx): PlanStructureHandlers {
  const { db } = ctx;

  const indicatorOf = (indicatorId: number): Indicator => {
    const row = getIndicator(db, indicatorId);
    return getPlanDetail(db, row.plan_id).indicators.find((i) => i.id === indicatorId)!;
  };
  const planOfSub = (subId: number) => getIndicator(db, getSubIndicator(db, subId).indicatorId).plan_id;
  const refuseIfReported = (level: 'tool' | 'indicator' | 'sub_indicator', id: number, what: string) => {
    const n = reportsBelow(db, level, id);
    if (n > 0) throw new AppError('conflict', PLAN_API_WORDS.deleteReported(what, n));
  };

  return {
    createTool: ({ planId, code, name }) => {
      const tool = getTool(db, insertTool(db, planId, { code, name }));
      ctx.changed({ entity: 'tool', id: tool.id, after: tool });
      return tool;
    },
    updateTool: ({ toolId, ...patch }) => {
      const before = getTool(db, toolId);
      updateToolRow(db, toolId, patch);
      const after = getTool(db, toolId);
      ctx.changed({ entity: 'tool', id: toolId, before, after });
      return after;
    },
    deleteTool: ({ toolId }) => {
      const before = getTool(db, toolId);
      refuseIfReported('tool', toolId, STRUCTURE_WORDS.tool(before.code));
      const rows = subtreeOf(db, 'tool', toolId, before.planId); // so a revert brings it all back
      deleteToolRow(db, before);
      ctx.changed({ entity: 'tool', id: toolId, before: { ...before, [SNAPSHOT_KEY]: rows } });
      return { deleted: true as const };
    },
    reorderTools: ({ planId, toolIds }) => {
      const before = listTools(db, planId).map((t) => t.code);
      reorder(db, 'tool', 'plan_id', planId, toolIds);
      const after = listTools(db, planId);
      ctx.changed({ entity: 'plan', id: planId, before, after: after.map((t) => t.code), as: 'reorder', of: 'tool' });
      return after;
    },

    createIndicator: ({ toolId, number, name }) => {
      const after = indicatorOf(insertIndicator(db, toolId, { number, name }));
      ctx.changed({ entity: 'indicator', id: after.id, after: brief(after) });
      return after;
    },
    updateIndicator: ({ indicatorId, ...patch }) => {
      const before = indicatorOf(indicatorId);
      updateIndicatorRow(db, indicatorId, patch);
      if (patch.toolId !== undefined && patch.toolId !== before.toolId) {
        renumber(db, 'indicator', 'tool_id', before.toolId);
      }
      const after = indicatorOf(indicatorId);
      ctx.changed({ entity: 'indicator', id: indicatorId, before: brief(before), after: brief(after) });
      return after;
    },
    deleteIndicator: ({ indicatorId }) => {
      const before = indicatorOf(indicatorId);
      refuseIfReported('indicator', indicatorId, STRUCTURE_WORDS.indicator(before.number));
      const rows = subtreeOf(db, 'indicator', indicatorId, before.planId);
      deleteIndicatorRow(db, before);
      ctx.changed({ entity: 'indicator', id: indicatorId, before: { ...brief(before), [SNAPSHOT_KEY]: rows } });
      return { deleted: true as const };
    },
    reorderIndicators: ({ toolId, indicatorIds }) => {
      const tool = getTool(db, toolId);
      const list = () => getPlanDetail(db, tool.planId).indicators.filter((i) => i.toolId === toolId);
      const before = list().map((i) => i.number);
      reorder(db, 'indicator', 'tool_id', toolId, indicatorIds);
      const after = list();
      ctx.changed({
        entity: 'tool',
        id: toolId,
        before,
        after: after.map((i) => i.number),
        as: 'reorder',
        of: 'indicator',
      });
      return after;
    },

    createSubIndicator: ({ indicatorId, label, name }) => {
      const after = getSubIndicator(db, insertSubIndicator(db, indicatorId, { label, name }));
      ctx.changed({ entity: 'subIndicator', id: after.id, after });
      return after;
    },
    updateSubIndicator: ({ subIndicatorId, ...patch }) => {
      const before = getSubIndicator(db, subIndicatorId);
      updateSubIndicatorRow(db, subIndicatorId, patch);
      const after = getSubIndicator(db, subIndicatorId);
      ctx.changed({ entity: 'subIndicator', id: subIndicatorId, before, after });
      return after;
    },
    deleteSubIndicator: ({ subIndicatorId }) => {
      const before = getSubIndicator(db, subIndicatorId);
      const planId = planOfSub(subIndicatorId);
      const rows = subtreeOf(db, 'subIndicator', subIndicatorId, planId);
      deleteSubIndicatorRow(db, before);
      ctx.changed({ entity: 'subIndicator', id: subIndicatorId, before: { ...before, [SNAPSHOT_KEY]: rows } });
      return { deleted: true as const };
    },

    listCriteriaSets: () => listCriteriaSets(db),
    saveCriteriaSet: ({ planId, id, name, scheme, fiscalYear }) => {
      const plan = getPlanDetail(db, planId);
      const set = structureAsCriteriaSet(plan, {
        id,
        name,
        scheme,
        fiscalYear: fiscalYear === undefined ? plan.fiscalYear : fiscalYear,
        source: PLAN_API_WORDS.criteriaSource(plan.office, plan.fiscalYear),
      });
      const before = findCriteriaSet(db, id);
      const saved = putCriteriaSet(db, set);
      ctx.changed({ entity: 'criteriaSet', id: null, before, after: saved });
      return saved;
    },
    loadCriteriaSet: ({ json }) => {
      let data: unknown;
      try {
        data = JSON.parse(json);
      } catch {
        throw new AppError('invalidInput', PLAN_API_WORDS.criteriaNotJson);
      }
      const parsed = criteriaSetBody.safeParse(data);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new AppError(
          'invalidInput',
          PLAN_API_WORDS.criteriaInvalid(first?.path.join('.') ?? '', first?.message ?? ''),
        );
      }
      const before = findCriteriaSet(db, parsed.data.id);
      const saved = putCriteriaSet(db, parsed.data);
      ctx.changed({ entity: 'criteriaSet', id: null, before, after: saved });
      return saved;
    },
    deleteCriteriaSet: ({ id }) => {
      const before = getCriteriaSet(db, id);
      deleteCriteriaSet(db, id);
      ctx.changed({ entity: 'criteriaSet', id: null, before });
      return { deleted: true as const };
    },
    setPlanCriteriaSet: ({ planId, criteriaSet }) => {
      const before = getPlanSummary(db, planId);
      if (criteriaSet !== null) getCriteriaSet(db, criteriaSet);
      setPlanCriteriaSetRow(db, planId, criteriaSet);
      const after = getPlanSummary(db, planId);
      ctx.changed({ entity: 'plan', id: planId, before, after });
      return after;
    },
    criteriaCoverage: ({ planId, criteriaSet }) => {
      const plan = getPlanDetail(db, planId);
      const id = criteriaSet ?? plan.criteriaSet;
      if (!id) return null;
      return coverageOf(
        getCriteriaSet(db, id),
        plan.indicators.flatMap((i) => i.items.map((it) => it.code)),
      );
    },
  };
}
