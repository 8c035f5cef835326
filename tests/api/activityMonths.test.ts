// An activity's months as a set, at the API on real SQLite files: set through createActivity /
// updateActivity (months, or the range shortcut), kept across a restart, and seen by everything
// that asks "is it due in month M": the month list, the roll-up's months not reported, the division
// chase, copy last month, division forms; undone as any plan edit; kept through the plan's xlsx
// round trip (export, edit the timeframe cell in Excel, re-import) and a tick table's import.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { lateDivisions } from '../../core/rules';
import { fiscalMonths } from '../../core/thai';
import { loadPlanReport } from '../../electron/reports/data';
import { buildXlsx } from '../../electron/reports/xlsx';
import { PLAN_HEADER_ROW, COL_ACTIVITY_ID } from '../../electron/reports/xlsx/planSheet';
import { makeApi } from '../helpers/api';
import { fixture } from '../import/shapeFixtures';
import { tmpDir } from '../helpers/tmp';

const FY = fiscalMonths(2566);
const QUARTERLY = ['2022-10', '2023-01', '2023-04', '2023-07'];

async function setup() {
  const t = makeApi();
  const plan = await t.api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตทดสอบ' });
  const item = await t.api.createItem({ planId: plan.id, indicatorNumber: 1 });
  const gov = (await t.api.listDivisions({})).find((d) => d.name === 'ฝ่ายปกครอง')!;
  const quarterly = await t.api.createActivity({
    itemId: item.id,
    text: 'ประชุมทุกไตรมาส',
    months: [...QUARTERLY].reverse(),
    divisionIds: [gov.id],
  });
  const monthly = await t.api.createActivity({
    itemId: item.id,
    text: 'รายงานทุกเดือน',
    startMonth: '2022-10',
    endMonth: '2023-09',
    divisionIds: [gov.id],
  });
  return { t, plan, item, gov, quarterly, monthly };
}

const listed = async (t: ReturnType<typeof makeApi>, planId: number, month: string) =>
  (await t.api.listMonth({ planId, month })).map((r) => r.activityId);

describe('activity months at the API', () => {
  it('stores the set (sorted), start and end its first and last; a range becomes its months', async () => {
    const { t, quarterly, monthly } = await setup();
    expect(quarterly).toMatchObject({ startMonth: '2022-10', endMonth: '2023-07', months: QUARTERLY });
    expect(monthly.months).toEqual(FY);
    // The range shortcut on update: the months follow the new range.
    const shorter = await t.api.updateActivity({ activityId: monthly.id, endMonth: '2022-12' });
    expect(shorter.months).toEqual(['2022-10', '2022-11', '2022-12']);
    // Months on update; an open span has none.
    const gaps = await t.api.updateActivity({ activityId: monthly.id, months: ['2023-03', '2022-11'] });
    expect(gaps).toMatchObject({ startMonth: '2022-11', endMonth: '2023-03', months: ['2022-11', '2023-03'] });
    const open = await t.api.updateActivity({
      activityId: monthly.id,
      startMonth: '2023-02',
      endMonth: null,
      months: [],
    });
    expect(open).toMatchObject({ startMonth: '2023-02', endMonth: null, months: [] });
    // Another field's edit keeps the months.
    expect((await t.api.updateActivity({ activityId: quarterly.id, output: '๔ ครั้ง' })).months).toEqual(QUARTERLY);
    // Kept in the file: a restart sees the same.
    const again = t.reopen();
    const planId = (await again.api.listPlans({}))[0]!.id;
    const acts = (await again.api.getPlan({ planId })).indicators[0]!.items[0]!.activities;
    expect(acts.map((a) => [a.startMonth, a.endMonth, a.months])).toEqual([
      ['2022-10', '2023-07', QUARTERLY],
      ['2023-02', null, []],
    ]);
  });

  it('refuses what is not a month, in Thai, writing nothing', async () => {
    const { t, quarterly } = await setup();
    await expect(t.api.updateActivity({ activityId: quarterly.id, months: ['2023-13'] })).rejects.toMatchObject({
      code: 'invalidInput',
    });
    await expect(
      t.api.updateActivity({ activityId: quarterly.id, months: Array.from({ length: 121 }, () => '2023-01') }),
    ).rejects.toMatchObject({ message: expect.stringContaining('120 เดือน') });
    expect((await t.api.listPlans({}))[0]).toBeDefined();
    const plan = await t.api.getPlan({ planId: (await t.api.listPlans({}))[0]!.id });
    expect(plan.indicators[0]!.items[0]!.activities[0]!.months).toEqual(QUARTERLY);
  });

  it('a gap month has nothing due: month list, roll-up, chase, copy last month, division form', async () => {
    const { t, plan, gov, quarterly, monthly } = await setup();
    for (const m of FY) {
      const expected = [...(QUARTERLY.includes(m) ? [quarterly.id] : []), monthly.id];
      expect(await listed(t, plan.id, m), m).toEqual(expected);
    }
    // Nothing reported: the roll-up counts due activities month by month, gaps counting one.
    const progress = await t.api.progress({ planId: plan.id, month: '2023-09' });
    expect(progress.monthsNotReported.map((m) => [m.month, m.due])).toEqual(
      FY.map((m) => [m, QUARTERLY.includes(m) ? 2 : 1]),
    );
    // November: the monthly one reported, so ฝ่ายปกครอง is not late (the quarterly one is not due).
    await t.api.saveFollowUp({ activityId: monthly.id, month: '2022-11', status: 'inProgress', result: 'ทำต่อ' });
    const divisions = await t.api.listDivisions({});
    expect(lateDivisions(await t.api.listMonth({ planId: plan.id, month: '2022-11' }), divisions)).toEqual([]);
    // October: the quarterly one is due and unreported → late.
    expect(
      lateDivisions(await t.api.listMonth({ planId: plan.id, month: '2022-10' }), divisions).map((d) => d.divisionId),
    ).toEqual([gov.id]);
    // Copy October into November: the quarterly activity is not due in November, so nothing of it is copied.
    await t.api.saveFollowUp({ activityId: quarterly.id, month: '2022-10', status: 'inProgress', result: 'จัดประชุม' });
    await t.api.saveFollowUp({ activityId: monthly.id, month: '2022-10', status: 'inProgress', result: 'ส่งรายงาน' });
    await t.api.copyMonth({ planId: plan.id, from: '2022-10', to: '2022-12' });
    const dec = await t.api.listMonth({ planId: plan.id, month: '2022-12' });
    expect(dec.map((r) => [r.activityId, r.followUp?.draft ?? null])).toEqual([[monthly.id, true]]);
    // The division's form for a gap month lists only the monthly activity.
    const out = path.join(tmpDir(), 'form.xlsx');
    await t.api.exportDivisionForm({ planId: plan.id, month: '2022-11', divisionId: gov.id, outPath: out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    const text = wb.worksheets.map((ws) => ws.getSheetValues().flat().join(' ')).join(' ');
    expect(text).toContain('รายงานทุกเดือน');
    expect(text).not.toContain('ประชุมทุกไตรมาส');
  });

  it('a months edit is undone as any plan edit (เลิกทำ), and its history names the months', async () => {
    const { t, plan, quarterly } = await setup();
    await t.api.updateActivity({ activityId: quarterly.id, months: ['2022-11', '2023-02'] });
    expect(await listed(t, plan.id, '2022-10')).not.toContain(quarterly.id);
    await t.api.undoLast({ planId: plan.id, scope: 'plan' });
    const back = (await t.api.getPlan({ planId: plan.id })).indicators[0]!.items[0]!.activities[0]!;
    expect(back).toMatchObject({ startMonth: '2022-10', endMonth: '2023-07', months: QUARTERLY });
    expect(await listed(t, plan.id, '2022-10')).toContain(quarterly.id);
    expect(await listed(t, plan.id, '2022-11')).not.toContain(quarterly.id);
  });

  it('the plan xlsx round trip keeps the months; a list typed in Excel becomes the months', async () => {
    const { t, plan, quarterly, monthly } = await setup();
    const data = await buildXlsx('plan', await loadPlanReport(t.api, plan.id));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rowOf = (id: number) => {
      for (let r = PLAN_HEADER_ROW + 1; r <= ws.rowCount; r++) {
        if (String(ws.getCell(r, COL_ACTIVITY_ID).value) === String(id)) return r;
      }
      throw new Error(`no row for ${id}`);
    };
    expect(ws.getCell(rowOf(quarterly.id), 6).text).toBe('ต.ค., ม.ค., เม.ย., ก.ค.');
    expect(ws.getCell(rowOf(monthly.id), 6).text).toBe('ต.ค. ๖๕ – ก.ย. ๖๖');
    // Unchanged: nothing to apply, the gaps stay.
    expect(await t.api.previewPlanXlsx({ planId: plan.id, data })).toMatchObject({ ok: true, changes: [] });
    expect(await t.api.applyPlanXlsx({ planId: plan.id, data })).toMatchObject({ applied: 0 });
    // Edited in Excel: every other month for the monthly one.
    ws.getCell(rowOf(monthly.id), 6).value = 'พ.ย., ม.ค., มี.ค.';
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    const preview = await t.api.previewPlanXlsx({ planId: plan.id, data: edited });
    expect(preview.changes.map((c) => [c.activityId, c.fields.map((f) => f.field)])).toEqual([
      [monthly.id, ['timeframe']],
    ]);
    await t.api.applyPlanXlsx({ planId: plan.id, data: edited });
    const acts = (await t.api.getPlan({ planId: plan.id })).indicators[0]!.items[0]!.activities;
    expect(acts.map((a) => a.months)).toEqual([QUARTERLY, ['2022-11', '2023-01', '2023-03']]);
    // And back out again the same.
    const again = await buildXlsx('plan', await loadPlanReport(t.api, plan.id));
    expect(await t.api.previewPlanXlsx({ planId: plan.id, data: again })).toMatchObject({ ok: true, changes: [] });
  });

  it('importing a tick table stores exactly the ticked months', async () => {
    const t = makeApi();
    const r = await t.api.importPlan({
      file: { name: 'แผน.tsv', data: fixture('ticks-two-row-header-2570.tsv') },
    });
    const plan = await t.api.getPlan({ planId: r.plan!.id });
    const byCode = Object.fromEntries(plan.indicators.flatMap((i) => i.items).map((i) => [i.code, i.activities[0]!]));
    const fy = fiscalMonths(2570);
    expect(byCode.E6!.months).toEqual([fy[0], fy[3], fy[6], fy[9]]);
    expect(byCode.E7!.months).toEqual([fy[5]]);
    expect(byCode.E2!.months).toEqual(fy);
    expect(await listed(t, plan.id, fy[1]!)).toEqual([byCode.E2!.id]);
    expect(r.problems).toEqual([]);
  });
});
