import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../core/errors';
import { hasErrors, parsePlanText } from '../../../db/import/planText';
import { getSettings, listDivisions, putSettings } from '../../../db/queries/settings';
import { findPlans, getPlanDetail, getPlanSummary, listPlans } from '../../../db/queries/structure';
import {
  copyPlanStructure,
  defaultTitle,
  insertParsedPlan,
  insertPlan,
  touchPlan,
} from '../../../db/queries/planWrites';
import { deletePlanRow, setPlanApproval, updatePlanRow } from '../../../db/queries/planEdits';
import type { Ctx } from '../context';
import type { Handlers, ParsedInput } from '../../../core/contract';
import type { ImportResult } from '../../../core/types';

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
  | 'importPlanText'
  | 'importSamplePlan'
>;

export const SAMPLE_PLAN_FILE = path.join('db', 'import', 'sample', 'dusit-2566.txt');

export function planHandlers(ctx: Ctx): PlanHandlers {
  const { db } = ctx;

  const importText = (input: ParsedInput<'importPlanText'>): ImportResult => {
    const parsed = parsePlanText(input.text, { divisions: listDivisions(db).map((d) => d.name) });
    if (hasErrors(parsed)) {
      const errors = parsed.problems.filter((p) => p.severity === 'error');
      const lines = errors
        .slice(0, 5)
        .map((p) => (p.line > 0 && !p.message.startsWith('บรรทัด') ? `บรรทัด ${p.line}: ${p.message}` : p.message))
        .join('\n');
      throw new AppError('importFailed', `นำเข้าแผนไม่ได้ ไม่มีการเปลี่ยนแปลงข้อมูล\n${lines}`, { problems: parsed.problems });
    }
    const problems = [...parsed.problems];
    const fiscalYear = input.fiscalYear ?? parsed.fiscalYear;
    if (fiscalYear === null || fiscalYear === undefined) {
      throw new AppError('importFailed', 'ไม่พบปีงบประมาณในข้อความ กรุณาระบุปีงบประมาณ (พ.ศ.) ก่อนนำเข้า', {
        problems,
      });
    }
    if (input.fiscalYear && parsed.fiscalYear && input.fiscalYear !== parsed.fiscalYear) {
      problems.push({
        line: 0,
        severity: 'warning',
        message: `เอกสารระบุปีงบประมาณ พ.ศ. ${parsed.fiscalYear} แต่จะนำเข้าเป็นปี ${input.fiscalYear} ตามที่เลือก`,
      });
    }
    const settings = getSettings(db);
    const office = input.office ?? parsed.office ?? settings.office;
    if (findPlans(db, fiscalYear, office).length > 0) {
      throw new AppError('conflict', `มีแผนของ${office} ปีงบประมาณ พ.ศ. ${fiscalYear} อยู่แล้ว จึงไม่นำเข้าซ้ำ`);
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
    };
    if (input.dryRun) return result;
    const planId = insertParsedPlan(db, parsed, fiscalYear, office);
    // A first import names the office for everything else (reports, new plans).
    if (settings.office === 'สำนักงานเขต') putSettings(db, { office });
    ctx.audit({
      action: 'plan.import',
      entity: 'plan',
      entityId: planId,
      planId,
      summary: `นำเข้าแผนปีงบประมาณ พ.ศ. ${fiscalYear} (${parsed.items.length} ข้อ ${activityCount} กิจกรรม)`,
      after: { fiscalYear, office, items: parsed.items.length, activities: activityCount },
    });
    return { ...result, plan: getPlanSummary(db, planId) };
  };

  return {
    listPlans: () => listPlans(db),
    getPlan: ({ planId }) => getPlanDetail(db, planId),
    findPlan: ({ fiscalYear, office }) => {
      const found = findPlans(db, fiscalYear, office);
      if (found.length > 1) {
        throw new AppError('conflict', `มีแผนปีงบประมาณ พ.ศ. ${fiscalYear} หลายหน่วยงาน กรุณาระบุชื่อหน่วยงาน`);
      }
      return found[0] ?? null;
    },
    createPlan: ({ fiscalYear, office, title }) => {
      const o = office ?? getSettings(db).office;
      const id = insertPlan(db, { fiscalYear, office: o, title: title?.trim() || defaultTitle() });
      const plan = getPlanSummary(db, id);
      ctx.audit({
        action: 'plan.create',
        entity: 'plan',
        entityId: id,
        planId: id,
        summary: `สร้างแผนปีงบประมาณ พ.ศ. ${fiscalYear}`,
        after: plan,
      });
      return plan;
    },
    updatePlan: ({ planId, office, title }) => {
      const before = getPlanSummary(db, planId);
      if (office !== undefined && office !== before.office && findPlans(db, before.fiscalYear, office).length > 0) {
        throw new AppError('conflict', `มีแผนของ${office} ปีงบประมาณ พ.ศ. ${before.fiscalYear} อยู่แล้ว`);
      }
      updatePlanRow(db, planId, { office: office ?? before.office, title: title ?? before.title });
      touchPlan(db, planId);
      const after = getPlanSummary(db, planId);
      ctx.audit({
        action: 'plan.update',
        entity: 'plan',
        entityId: planId,
        planId,
        summary: 'แก้ไขข้อมูลแผน',
        before,
        after,
      });
      return after;
    },
    deletePlan: ({ planId }) => {
      const before = getPlanSummary(db, planId);
      if (before.status === 'approved') {
        throw new AppError('locked', 'แผนที่อนุมัติแล้วลบไม่ได้ หากต้องการลบ ให้ยกเลิกการอนุมัติก่อน');
      }
      deletePlanRow(db, planId);
      ctx.audit({
        action: 'plan.delete',
        entity: 'plan',
        entityId: planId,
        planId,
        summary: `ลบแผนปีงบประมาณ พ.ศ. ${before.fiscalYear}`,
        before,
      });
      return { deleted: true as const };
    },
    approvePlan: ({ planId, approvedAt }) => {
      const before = getPlanSummary(db, planId);
      if (before.status === 'approved') throw new AppError('conflict', 'แผนนี้อนุมัติแล้ว');
      const date = approvedAt ?? new Date().toISOString().slice(0, 10);
      setPlanApproval(db, planId, date);
      touchPlan(db, planId);
      const after = getPlanSummary(db, planId);
      ctx.audit({
        action: 'plan.approve',
        entity: 'plan',
        entityId: planId,
        planId,
        summary: 'อนุมัติแผน',
        before,
        after,
      });
      return after;
    },
    reopenPlan: ({ planId }) => {
      const before = getPlanSummary(db, planId);
      if (before.status !== 'approved') throw new AppError('conflict', 'แผนนี้ยังไม่ได้อนุมัติ');
      setPlanApproval(db, planId, null);
      touchPlan(db, planId);
      const after = getPlanSummary(db, planId);
      ctx.audit({
        action: 'plan.reopen',
        entity: 'plan',
        entityId: planId,
        planId,
        summary: 'ยกเลิกการอนุมัติแผน',
        before,
        after,
      });
      return after;
    },
    copyPlanToNextYear: ({ planId }) => {
      const from = getPlanSummary(db, planId);
      const id = insertPlan(db, { fiscalYear: from.fiscalYear + 1, office: from.office, title: from.title });
      copyPlanStructure(db, planId, id);
      const plan = getPlanSummary(db, id);
      ctx.audit({
        action: 'plan.copy',
        entity: 'plan',
        entityId: id,
        planId: id,
        summary: `คัดลอกแผนปี ${from.fiscalYear} เป็นแผนปี ${from.fiscalYear + 1}`,
        after: plan,
      });
      return plan;
    },
    importPlanText: importText,
    importSamplePlan: () => {
      const file = path.join(ctx.options.appRoot ?? process.cwd(), SAMPLE_PLAN_FILE);
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        throw new AppError('notFound', `ไม่พบไฟล์แผนตัวอย่าง (${file})`);
      }
      return importText({ text, dryRun: false });
    },
  };
}
