// The plan edited in Excel comes back as a preview of its changes and is applied in one transaction.
import { AppError } from '../../../core/errors';
import { PLAN_LOCKED, IMPORT_REFUSED, refusedWithReports, PLAN_API_WORDS } from '../../../core/terms';
import {
  assertCodeFits,
  insertActivity,
  insertItem,
  updateActivityRow,
  updateItemRow,
} from '../../../db/queries/planWrites';
import { deleteActivityRow, deleteItemRow, followUpCountOfActivities } from '../../../db/queries/planEdits';
import { findDivisionByName, getSettings, insertDivision, listDivisions } from '../../../db/queries/settings';
import {
  getActivity,
  getIndicatorByNumber,
  getItem,
  getPlanDetail,
  getPlanSummary,
} from '../../../db/queries/structure';
import { diffPlan, readPlanRows, type ActivityFields, type DesiredChange } from '../../reports/xlsx/planImport';
import { loadWorkbook, metaOf } from '../../reports/xlsx/read';
import type { PlanXlsxPreview } from '../../../core/xlsxTypes';
import type { Ctx } from '../context';
import type { Handlers } from '../../../core/contract';

type PlanXlsxHandlers = Pick<Handlers, 'previewPlanXlsx' | 'applyPlanXlsx'>;

const PLAN_FILE = PLAN_API_WORDS.xlsxName;

export function planXlsxHandlers(ctx: Ctx): PlanXlsxHandlers {
  const { db } = ctx;

  const followUpCount = (ids: number[]) => followUpCountOfActivities(db, ids);

  // --- plan ----------------------------------------------------------------------------------

  const previewPlan = async (
    planId: number,
    data: Uint8Array,
  ): Promise<PlanXlsxPreview & { diff: DesiredChange[] }> => {
    const plan = getPlanDetail(db, planId);
    const wb = await loadWorkbook(PLAN_FILE, data);
    const meta = metaOf(PLAN_FILE, wb, 'plan', PLAN_API_WORDS.xlsxWhat);
    if (Number(meta.fiscalYear) !== plan.fiscalYear) {
      throw new AppError('invalidInput', PLAN_API_WORDS.xlsxOtherYear(meta.fiscalYear, plan.fiscalYear));
    }
    if (Number(meta.planId) !== plan.id || (meta.office && meta.office !== plan.office)) {
      throw new AppError('invalidInput', PLAN_API_WORDS.xlsxOtherPlan(meta.office));
    }
    const settings = getSettings(db);
    const { rows, errors: readErrors } = readPlanRows(wb, PLAN_FILE);
    const diff = diffPlan(plan, listDivisions(db), settings.numerals, rows, PLAN_FILE, followUpCount);
    const errors = [...readErrors, ...diff.errors];
    if (plan.status === 'approved') {
      errors.unshift(PLAN_LOCKED);
    }
    const changes = diff.changes.map(({ item: _i, activity: _a, newItemKey: _k, ...c }) => c);
    return {
      planId,
      fiscalYear: plan.fiscalYear,
      changes,
      errors,
      warnings: diff.warnings,
      ok: errors.length === 0,
      diff: diff.changes,
    };
  };

  const activityInput = (f: ActivityFields) => ({
    text: f.text,
    output: f.output,
    targetQty: f.targetQty,
    targetUnit: f.targetUnit,
    awareness: f.awareness,
    startMonth: f.startMonth,
    endMonth: f.endMonth,
    months: f.months,
    responsibleText: f.responsibleText,
    allDivisions: f.allDivisions,
    divisionIds: f.divisionNames.map((n) => (findDivisionByName(db, n) ?? insertDivision(db, n)).id),
    monitoring: f.monitoring,
    monitoringText: f.monitoringText,
  });

  const applyChanges = (planId: number, changes: DesiredChange[]) => {
    const newItems = new Map<string, number>();
    const order: DesiredChange['kind'][] = [
      'activityRemoved',
      'itemRemoved',
      'itemChanged',
      'itemAdded',
      'activityChanged',
      'activityAdded',
    ];
    const sorted = [...changes].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
    for (const c of sorted) {
      switch (c.kind) {
        case 'activityRemoved': {
          const before = getActivity(db, c.activityId!);
          if (followUpCount([before.id]) > 0) throw new AppError('conflict', refusedWithReports(c.summary));
          deleteActivityRow(db, before);
          ctx.changed({ entity: 'activity', id: before.id, before });
          break;
        }
        case 'itemRemoved': {
          const before = getItem(db, c.itemId!);
          if (before.activities.length && followUpCount(before.activities.map((a) => a.id)) > 0) {
            throw new AppError('conflict', refusedWithReports(c.summary));
          }
          deleteItemRow(db, before);
          ctx.changed({ entity: 'item', id: before.id, before });
          break;
        }
        case 'itemChanged': {
          const before = getItem(db, c.itemId!);
          const want = c.item!;
          if (want.code !== before.code) assertCodeFits(db, planId, want.code, before.id);
          updateItemRow(db, before.id, want);
          ctx.changed({ entity: 'item', id: before.id, before, after: getItem(db, before.id) });
          break;
        }
        case 'itemAdded': {
          const want = c.item!;
          const ind = getIndicatorByNumber(db, planId, want.indicatorNumber);
          const id = insertItem(db, planId, ind.id, { code: want.code, question: want.question, issue: want.issue });
          newItems.set(c.newItemKey!, id);
          ctx.changed({ entity: 'item', id, after: getItem(db, id) });
          break;
        }
        case 'activityChanged': {
          const before = getActivity(db, c.activityId!);
          const f = activityInput(c.activity!);
          // Divisions picked in the app stay when the responsible text did not change.
          const keepDivisions = !c.fields.some((x) => x.field === 'responsible');
          updateActivityRow(db, before.id, {
            ...f,
            ...(keepDivisions
              ? {
                  responsibleText: before.responsibleText,
                  allDivisions: before.allDivisions,
                  divisionIds: before.divisionIds,
                }
              : {}),
            ...(c.fields.some((x) => x.field === 'output')
              ? {}
              : { targetQty: before.targetQty, targetUnit: before.targetUnit, output: before.output }),
            ...(c.fields.some((x) => x.field === 'monitoring')
              ? {}
              : { monitoring: before.monitoring, monitoringText: before.monitoringText }),
            ...(c.fields.some((x) => x.field === 'timeframe')
              ? {}
              : { startMonth: before.startMonth, endMonth: before.endMonth, months: before.months }),
          });
          ctx.changed({ entity: 'activity', id: before.id, before, after: getActivity(db, before.id) });
          break;
        }
        case 'activityAdded': {
          const itemId = c.itemId ?? newItems.get(c.newItemKey ?? '');
          if (itemId === undefined) throw new AppError('internal', PLAN_API_WORDS.xlsxNoItem);
          const id = insertActivity(db, itemId, activityInput(c.activity!));
          ctx.changed({ entity: 'activity', id, after: getActivity(db, id) });
          break;
        }
      }
    }
  };

  // --- division forms ------------------------------------------------------------------------

  return {
    previewPlanXlsx: async ({ planId, data }) => {
      const { diff: _d, ...preview } = await previewPlan(planId, data);
      return preview;
    },
    applyPlanXlsx: async ({ planId, data }) => {
      const p = await previewPlan(planId, data);
      if (!p.ok) {
        throw new AppError('importFailed', `${IMPORT_REFUSED}\n${p.errors.slice(0, 10).join('\n')}`, {
          errors: p.errors,
        });
      }
      applyChanges(planId, p.diff);
      if (p.diff.length) {
        // The batch's heading line (each record changed has an entry of its own, above).
        ctx.changed({
          entity: 'plan',
          id: planId,
          after: { changes: p.changes.map((c) => c.summary) },
          as: 'importXlsx',
          count: p.diff.length,
        });
      }
      return { applied: p.diff.length, plan: getPlanSummary(db, planId) };
    },
  };
}
