// Excel round trips: the plan edited in Excel comes back as a preview of its changes and is applied
// in one transaction; division forms go out pre-filled and come back as follow-ups, all or nothing.
import { AppError, isAppError } from '../../../db/errors';
import { getFollowUp, listMonth } from '../../../db/queries/followUps';
import {
  assertCodeFits,
  assertEditable,
  insertActivity,
  insertItem,
  renumber,
  touchPlan,
  updateActivityRow,
} from '../../../db/queries/planWrites';
import { run } from '../../../db/queries/run';
import {
  findDivisionByName,
  getDivision,
  getSettings,
  insertDivision,
  listDivisions,
} from '../../../db/queries/settings';
import {
  getActivity,
  getIndicatorByNumber,
  getItem,
  getPlanDetail,
  getPlanSummary,
} from '../../../db/queries/structure';
import { sql } from '../../../db/sql';
import { fiscalMonths, formatMonthShort } from '../../../db/thai';
import { countStatuses, type MonthReport } from '../../reports/data';
import { writeFileAtomic } from '../../reports/export';
import { buildDivisionFormXlsx } from '../../reports/xlsx/divisionForm';
import { parseForm, type FormRow } from '../../reports/xlsx/formsImport';
import { diffPlan, readPlanRows, type ActivityFields, type DesiredChange } from '../../reports/xlsx/planImport';
import { loadWorkbook, metaOf } from '../../reports/xlsx/read';
import type { FormFilePreview, FormsPreview, PlanXlsxPreview } from '../../reports/xlsx/types';
import type { Ctx } from '../context';
import type { Handlers } from '../contract';
import type { FollowUp } from '../types';
import { followUpHandlers } from './followUps';

type XlsxHandlers = Pick<
  Handlers,
  'previewPlanXlsx' | 'applyPlanXlsx' | 'exportDivisionForm' | 'previewDivisionForms' | 'importDivisionForms'
>;

const PLAN_FILE = 'แผน.xlsx';

export function xlsxImportHandlers(ctx: Ctx): XlsxHandlers {
  const { db } = ctx;
  const followUps = followUpHandlers(ctx);

  const followUpCount = (ids: number[]) =>
    (
      db
        .prepare('SELECT count(*) AS n FROM follow_up WHERE activity_id IN (SELECT value FROM json_each(?))')
        .get(JSON.stringify(ids)) as { n: number }
    ).n;

  // --- plan ----------------------------------------------------------------------------------

  const previewPlan = async (
    planId: number,
    data: Uint8Array,
  ): Promise<PlanXlsxPreview & { diff: DesiredChange[] }> => {
    const plan = getPlanDetail(db, planId);
    const wb = await loadWorkbook(PLAN_FILE, data);
    const meta = metaOf(PLAN_FILE, wb, 'plan', 'ไฟล์แผน');
    if (Number(meta.fiscalYear) !== plan.fiscalYear) {
      throw new AppError(
        'invalidInput',
        `ไฟล์นี้เป็นแผนปีงบประมาณ พ.ศ. ${meta.fiscalYear} ไม่ใช่แผนปี ${plan.fiscalYear} ที่เลือก จึงไม่นำเข้า`,
      );
    }
    if (Number(meta.planId) !== plan.id || (meta.office && meta.office !== plan.office)) {
      throw new AppError('invalidInput', `ไฟล์นี้เป็นแผนของ${meta.office || 'หน่วยงานอื่น'} ไม่ใช่แผนที่เลือก จึงไม่นำเข้า`);
    }
    const settings = getSettings(db);
    const { rows, errors: readErrors } = readPlanRows(wb, PLAN_FILE);
    const diff = diffPlan(plan, listDivisions(db), settings.numerals, rows, PLAN_FILE, followUpCount);
    const errors = [...readErrors, ...diff.errors];
    if (plan.status === 'approved') {
      errors.unshift('แผนนี้อนุมัติแล้วจึงแก้ไขไม่ได้ หากต้องการแก้ไข ให้ยกเลิกการอนุมัติก่อน');
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
      const audit = (action: string, entity: string, entityId: number, before: unknown, after: unknown) =>
        ctx.audit({ action, entity, entityId, planId, summary: `${c.summary} (นำเข้าจาก Excel)`, before, after });
      switch (c.kind) {
        case 'activityRemoved': {
          const before = getActivity(db, c.activityId!);
          if (followUpCount([before.id]) > 0)
            throw new AppError('conflict', `${c.summary} ไม่ได้ เพราะมีผลการดำเนินงานแล้ว`);
          run(db, sql`DELETE FROM activity WHERE id = ${before.id}`);
          renumber(db, 'activity', 'item_id', before.itemId);
          audit('activity.delete', 'activity', before.id, before, null);
          break;
        }
        case 'itemRemoved': {
          const before = getItem(db, c.itemId!);
          if (before.activities.length && followUpCount(before.activities.map((a) => a.id)) > 0) {
            throw new AppError('conflict', `${c.summary} ไม่ได้ เพราะมีผลการดำเนินงานแล้ว`);
          }
          run(db, sql`DELETE FROM item WHERE id = ${before.id}`);
          renumber(db, 'item', 'indicator_id', before.indicatorId);
          audit('item.delete', 'item', before.id, before, null);
          break;
        }
        case 'itemChanged': {
          const before = getItem(db, c.itemId!);
          const want = c.item!;
          if (want.code !== before.code) assertCodeFits(db, planId, before.indicatorId, want.code, before.id);
          run(
            db,
            sql`UPDATE item SET code = ${want.code}, question = ${want.question}, issue = ${want.issue} WHERE id = ${before.id}`,
          );
          audit('item.update', 'item', before.id, before, getItem(db, before.id));
          break;
        }
        case 'itemAdded': {
          const want = c.item!;
          const ind = getIndicatorByNumber(db, planId, want.indicatorNumber);
          const id = insertItem(db, planId, ind.id, { code: want.code, question: want.question, issue: want.issue });
          newItems.set(c.newItemKey!, id);
          audit('item.create', 'item', id, null, getItem(db, id));
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
              : { startMonth: before.startMonth, endMonth: before.endMonth }),
          });
          audit('activity.update', 'activity', before.id, before, getActivity(db, before.id));
          break;
        }
        case 'activityAdded': {
          const itemId = c.itemId ?? newItems.get(c.newItemKey ?? '');
          if (itemId === undefined) throw new AppError('internal', 'ไม่พบข้อของกิจกรรมที่เพิ่ม');
          const id = insertActivity(db, itemId, activityInput(c.activity!));
          audit('activity.create', 'activity', id, null, getActivity(db, id));
          break;
        }
      }
    }
  };

  // --- division forms ------------------------------------------------------------------------

  const assertInYear = (planId: number, month: string) => {
    const plan = getPlanSummary(db, planId);
    if (!fiscalMonths(plan.fiscalYear).includes(month)) {
      throw new AppError('invalidInput', `เดือน ${month} ไม่อยู่ในปีงบประมาณ พ.ศ. ${plan.fiscalYear} ของแผนนี้`);
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
          fp.errors.push(`ไฟล์ ${file.name} เป็นแบบฟอร์มของแผนอื่น ไม่ใช่แผนปีงบประมาณ พ.ศ. ${plan.fiscalYear} ที่เลือก`);
          continue;
        }
        if (!months.includes(form.month)) {
          fp.errors.push(`ไฟล์ ${file.name} เป็นแบบฟอร์มเดือนที่ไม่อยู่ในปีงบประมาณ พ.ศ. ${plan.fiscalYear}`);
          continue;
        }
        fp.month = form.month;
        fp.divisionId = form.divisionId;
        const due = new Map(
          listMonth(db, planId, form.month, { divisionId: form.divisionId ?? undefined }).map((r) => [r.activityId, r]),
        );
        for (const row of form.rows) {
          const r = due.get(row.activityId);
          if (!r) {
            fp.errors.push(
              `ไฟล์ ${file.name} แถว ${row.row}: กิจกรรมนี้ไม่อยู่ในรายการที่ต้องรายงานเดือน ${formatMonthShort(form.month)} ของแผนแล้ว (แผนอาจถูกแก้ไขหลังส่งแบบฟอร์ม)`,
            );
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
          `ข้อ ${r.itemCode} "${r.activityText.slice(0, 40)}" รายงานมาจาก ${m.parts.length} ฝ่าย จะรวมผลเป็นรายการเดียว` +
            (new Set(m.parts.map((p) => p.row.status)).size > 1 ? ' (สถานะไม่ตรงกัน จะบันทึกเป็น อยู่ระหว่างดำเนินการ)' : ''),
        );
      }
    }
    out.errors = out.files.flatMap((f) => f.errors);
    out.toRecord = merged.size;
    out.ok = out.errors.length === 0 && files.length > 0;
    return { preview: out, merged: [...merged.values()] };
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
      counts: countStatuses(rows.map((r) => r.followUp?.status ?? 'notStarted')),
    };
  };

  return {
    previewPlanXlsx: async ({ planId, data }) => {
      const { diff: _d, ...preview } = await previewPlan(planId, data);
      return preview;
    },
    applyPlanXlsx: async ({ planId, data }) => {
      const summary = getPlanSummary(db, planId);
      if (summary.status === 'approved') {
        throw new AppError('locked', 'แผนนี้อนุมัติแล้วจึงแก้ไขไม่ได้ หากต้องการแก้ไข ให้ยกเลิกการอนุมัติก่อน');
      }
      const p = await previewPlan(planId, data);
      if (!p.ok) {
        throw new AppError('importFailed', `นำเข้าแผนไม่ได้ ไม่มีการเปลี่ยนแปลงข้อมูล\n${p.errors.slice(0, 10).join('\n')}`, {
          errors: p.errors,
        });
      }
      return ctx.tx(() => {
        assertEditable(db, planId);
        applyChanges(planId, p.diff);
        if (p.diff.length) {
          touchPlan(db, planId);
          ctx.audit({
            action: 'plan.importXlsx',
            entity: 'plan',
            entityId: planId,
            planId,
            summary: `นำเข้าการแก้ไขแผนจากไฟล์ Excel (${p.diff.length} รายการ)`,
            after: { changes: p.changes.map((c) => c.summary) },
          });
        }
        return { applied: p.diff.length, plan: getPlanSummary(db, planId) };
      });
    },
    exportDivisionForm: async ({ planId, month, divisionId, outPath }) => {
      const bytes = await buildDivisionFormXlsx(formReport(planId, month, divisionId));
      writeFileAtomic(outPath, bytes);
      ctx.written.add(outPath);
      return { path: outPath, bytes: bytes.byteLength };
    },
    previewDivisionForms: async ({ planId, files }) => (await previewForms(planId, files)).preview,
    importDivisionForms: async ({ planId, files }) => {
      const { preview, merged } = await previewForms(planId, files);
      if (!preview.ok) {
        throw new AppError(
          'importFailed',
          `นำเข้าแบบฟอร์มไม่ได้ ไม่มีการบันทึกข้อมูลใด ๆ\n${preview.errors.slice(0, 10).join('\n')}` +
            (preview.errors.length > 10 ? `\nและอีก ${preview.errors.length - 10} รายการ` : ''),
          { errors: preview.errors },
        );
      }
      return ctx.tx(() => {
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
        ctx.audit({
          action: 'followUp.importForms',
          entity: 'plan',
          entityId: planId,
          planId,
          summary: `นำเข้าแบบฟอร์มรายงานของฝ่าย ${files.length} ไฟล์ (${merged.length} กิจกรรม)`,
          after: { files: files.map((f) => f.name), recorded: merged.length, urlsAdded },
        });
        return { recorded: merged.length, urlsAdded, files: files.length };
      });
    },
  };
}
