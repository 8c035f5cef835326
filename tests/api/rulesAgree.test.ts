// The drift bugs of issue 10, each pinned on real SQLite through the real API: the overview's
// roll-up and the results report agree on every activity's status; the printed plan (PDF and
// Excel) reads responsible / timeframe / monitoring as the screen does; percents are whole
// everywhere; "overdue" means the same in the roll-up and the report's next steps.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { countStatuses, monitoringText, percentDone, responsibleText, timeframeText } from '../../core/rules';
import { TOOL_TITLES } from '../../core/terms';
import { loadPlanReport, loadResultsReport } from '../../electron/reports/data';
import { reportHtml } from '../../electron/reports/html';
import { buildXlsx } from '../../electron/reports/xlsx';
import { PLAN_HEADER_ROW } from '../../electron/reports/xlsx/planSheet';
import { makeApi } from '../helpers/api';

async function sheet(bytes: Uint8Array, name?: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return name ? wb.getWorksheet(name)! : wb.worksheets[0]!;
}
const text = (html: string) =>
  html
    .replace(/<br>|(?<=.)<\/div>(?=<div)/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');

async function setup() {
  const t = makeApi();
  const plan = await t.api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตทดสอบ' });
  const i1 = await t.api.createItem({ planId: plan.id, indicatorNumber: 1 });
  const e1 = await t.api.createItem({ planId: plan.id, indicatorNumber: 6 });
  const divisions = await t.api.listDivisions({});
  // Made in the app: monthly check with no text, linked divisions, only a start month.
  const a = await t.api.createActivity({
    itemId: i1.id,
    text: 'ประชุมชี้แจง',
    startMonth: '2022-12',
    divisionIds: [divisions[1]!.id, divisions[0]!.id],
    responsibleText: 'ฝ่าย ทะเบียน/ปกครอง',
  });
  // Due only Oct–Nov, but reported done in March (a month it was not due).
  const b = await t.api.createActivity({ itemId: i1.id, text: 'ติดประกาศ', startMonth: '2022-10', endMonth: '2022-11' });
  // Ends in March, not done by then.
  const c = await t.api.createActivity({
    itemId: e1.id,
    text: 'สำรวจความพึงพอใจ',
    startMonth: '2023-01',
    endMonth: '2023-03',
  });
  await t.api.saveFollowUp({ activityId: b.id, month: '2022-10', status: 'inProgress' });
  await t.api.saveFollowUp({ activityId: b.id, month: '2023-03', status: 'done', result: 'ติดประกาศครบแล้ว' });
  await t.api.saveFollowUp({ activityId: c.id, month: '2023-02', status: 'inProgress' });
  return { t, plan, a, b, c, divisions };
}

describe('one rule, every place', () => {
  it('the results report and the roll-up agree on each status, also for a report in a month not due', async () => {
    const { t, plan, b } = await setup();
    const report = await loadResultsReport(t.api, plan.id, 'half-year');
    const progress = await t.api.progress({ planId: plan.id, month: report.months.at(-1) });
    const results = report.items.flatMap((i) => i.activities);
    expect(results.find((r) => r.activity.id === b.id)?.status).toBe('done');
    expect(results.find((r) => r.activity.id === b.id)?.followUps.map((f) => f.month)).toEqual(['2022-10', '2023-03']);
    expect(countStatuses(results.map((r) => r.status))).toEqual(progress.overall);
    for (const ind of progress.byIndicator) {
      const mine = report.items.filter((i) => i.indicatorNumber === ind.number).flatMap((i) => i.activities);
      const { number: _n, tool: _t, toolName: _tn, name: _m, ...counts } = ind;
      expect(countStatuses(mine.map((r) => r.status)), `indicator ${ind.number}`).toEqual(counts);
    }
  });

  it('the printed plan reads responsible, timeframe and monitoring as the screen does', async () => {
    const { t, plan, a, divisions } = await setup();
    const activity = (await t.api.getPlan({ planId: plan.id })).indicators[0]!.items[0]!.activities[0]!;
    expect(activity.id).toBe(a.id);
    const expected = [timeframeText(activity, 'thai'), responsibleText(activity, divisions), monitoringText(activity)];
    expect(expected).toEqual(['ตั้งแต่ ธ.ค. ๖๕', `${divisions[0]!.name}\n${divisions[1]!.name}`, 'ทุกเดือน']);

    const data = await loadPlanReport(t.api, plan.id);
    const html = reportHtml({ kind: 'plan', data });
    const row = /<tbody class="group" data-item="I1"><tr[^>]*>([\s\S]*?)<\/tr>/.exec(html)![1]!;
    const cells = [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => text(m[1]!).trim());
    expect(cells.slice(-3)).toEqual(expected);
    expect(text(html)).toContain(TOOL_TITLES.IIT);

    const ws = await sheet(await buildXlsx('plan', data));
    let r = PLAN_HEADER_ROW + 1;
    while (ws.getCell(r, 10).value !== String(a.id)) r++;
    expect([6, 7, 8].map((c) => ws.getCell(r, c).value)).toEqual(expected);

    // The Excel copy read back as it was written: no change found (a start-only timeframe included).
    const preview = await t.api.previewPlanXlsx({ planId: plan.id, data: await buildXlsx('plan', data) });
    expect(preview.errors).toEqual([]);
    expect(preview.changes).toEqual([]);
  });

  it('the results report prints the whole percent the overview shows, in PDF and Excel', async () => {
    const { t, plan } = await setup();
    const report = await loadResultsReport(t.api, plan.id, 'half-year');
    const progress = await t.api.progress({ planId: plan.id, month: report.months.at(-1) });
    expect(percentDone(progress.overall)).toBe(33); // 1 of 3
    const arabic = { ...report, settings: { ...report.settings, numerals: 'arabic' as const } };
    const html = text(reportHtml({ kind: 'half-year', data: arabic }));
    // a (due from December, never reported) is ยังไม่รายงาน, not ยังไม่ดำเนินการ.
    expect(html).toMatch(/รวม\s*3\s*1\s*1\s*0\s*0\s*1\s*33/);
    // Excel keeps the counts as numbers, shown in Thai digits (the default numerals).
    const ws = await sheet(await buildXlsx('half-year', report), 'สรุป');
    let r = 1;
    while (ws.getCell(r, 1).value !== 'รวม') r++;
    const total = ws.getRow(r).values as unknown[];
    expect(total.slice(1, 9)).toEqual(['รวม', 3, 1, 1, 0, 0, 1, 33]);
    expect(ws.getCell(r, 8).numFmt).toBe('[$-D00041E]#,##0');
  });

  it('next steps call an activity late only when the roll-up calls it overdue', async () => {
    const { t, plan, c } = await setup();
    const report = await loadResultsReport(t.api, plan.id, 'half-year'); // as of March, c ends in March
    const progress = await t.api.progress({ planId: plan.id, month: '2023-03' });
    expect(progress.overdue.map((o) => o.activityId)).not.toContain(c.id);
    const html = text(reportHtml({ kind: 'half-year', data: report }));
    expect(html).toContain('ดำเนินการต่อให้แล้วเสร็จภายใน มี.ค. ๖๖');
    expect(html).not.toContain('เร่งรัดดำเนินการ (กำหนดแล้วเสร็จ มี.ค. ๖๖)');
  });
});
