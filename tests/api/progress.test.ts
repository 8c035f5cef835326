import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fiscalMonths } from '../../core/thai';
import { makeApi } from '../helpers/api';
import { tmpDir } from '../helpers/tmp';

async function setup() {
  const t = makeApi();
  const plan = await t.api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต' });
  const i1 = await t.api.createItem({ planId: plan.id, indicatorNumber: 1 });
  const e1 = await t.api.createItem({ planId: plan.id, indicatorNumber: 6 });
  const o1 = await t.api.createItem({ planId: plan.id, indicatorNumber: 9 });
  const o2 = await t.api.createItem({ planId: plan.id, indicatorNumber: 9 });
  const act = (itemId: number, text: string, startMonth: string, endMonth: string, extra = {}) =>
    t.api.createActivity({ itemId, text, startMonth, endMonth, ...extra });
  const a = await act(i1.id, 'ก', '2022-10', '2022-12', { divisionIds: [1] }); // ends Dec
  const b = await act(i1.id, 'ข', '2022-11', '2023-03', { divisionIds: [2] });
  const c = await act(e1.id, 'ค', '2022-10', '2023-09', { allDivisions: true });
  const d = await act(o1.id, 'ง', '2022-10', '2023-09', { divisionIds: [1] });
  const e = await act(o2.id, 'จ', '2023-02', '2023-09', { divisionIds: [1] });
  return { t, plan, a, b, c, d, e };
}

describe('progress roll-up', () => {
  it('counts the latest status per activity by indicator and division, as of a month', async () => {
    const { t, plan, a, b, c, d } = await setup();
    const save = (activityId: number, month: string, status: 'done' | 'inProgress' | 'blocked') =>
      t.api.saveFollowUp({ activityId, month, status });
    await save(a.id, '2022-10', 'inProgress');
    await save(a.id, '2022-11', 'inProgress'); // never done: overdue after Dec
    await save(b.id, '2022-11', 'done');
    await save(c.id, '2022-10', 'inProgress');
    await save(c.id, '2022-11', 'inProgress');
    await save(c.id, '2022-12', 'blocked');
    await save(c.id, '2023-01', 'done'); // after the as-of month below: must not count
    await save(d.id, '2022-10', 'done');
    await t.api.addEvidenceUrl({ activityId: d.id, month: '2022-10', url: 'https://dusit.example/oit/o1' });

    const p = await t.api.progress({ planId: plan.id, month: '2022-12' });
    expect(p.asOfMonth).toBe('2022-12');
    // e starts in February: not due yet, so not started (not "not reported").
    expect(p.overall).toEqual({
      total: 5,
      notStarted: 1,
      inProgress: 1,
      done: 2,
      blocked: 1,
      notReported: 0,
      percentDone: 0.4,
    });
    const ind = (n: number) => p.byIndicator.find((i) => i.number === n)!;
    expect(p.byIndicator).toHaveLength(10);
    expect(ind(1)).toMatchObject({ total: 2, done: 1, inProgress: 1, percentDone: 0.5, tool: 'IIT' });
    expect(ind(6)).toMatchObject({ total: 1, blocked: 1, tool: 'EIT' });
    expect(ind(9)).toMatchObject({ total: 2, done: 1, notStarted: 1, tool: 'OIT' });
    expect(ind(2)).toMatchObject({ total: 0, percentDone: 0 });
    const div = (id: number) => p.byDivision.find((x) => x.divisionId === id)!;
    expect(div(1)).toMatchObject({ total: 4, done: 1, inProgress: 1, blocked: 1, notStarted: 1 }); // a, c (all), d, e
    expect(div(2)).toMatchObject({ total: 2, done: 1, blocked: 1 }); // b, c
    expect(div(3)).toMatchObject({ total: 1, blocked: 1 }); // c only
    expect(p.overdue).toEqual([]); // a ends in Dec: not overdue while Dec is the month
    expect(p.monthsNotReported).toEqual([
      { month: '2022-11', due: 4, missing: 1 }, // d
      { month: '2022-12', due: 4, missing: 3 }, // a, b, d (c reported)
    ]);
    expect(p.oitWithoutUrl).toEqual(['O2']);

    const jan = await t.api.progress({ planId: plan.id, month: '2023-01' });
    expect(jan.overdue).toEqual([
      { activityId: a.id, itemCode: 'I1', activityText: 'ก', endMonth: '2022-12', status: 'inProgress' },
    ]);
    expect(jan.overall.done).toBe(3);
  });

  it('counts an activity due and never reported as ยังไม่รายงาน, apart from ยังไม่ดำเนินการ', async () => {
    const { t, plan, a, b, e } = await setup();
    await t.api.saveFollowUp({ activityId: b.id, month: '2022-11', status: 'notStarted' });
    const p = await t.api.progress({ planId: plan.id, month: '2023-01' });
    // a, c, d were due and nobody reported them; b was reported "not started"; e starts in February.
    expect(p.overall).toMatchObject({ total: 5, notReported: 3, notStarted: 2, done: 0, percentDone: 0 });
    expect(p.overdue.find((o) => o.activityId === a.id)?.status).toBe('notReported');
    const feb = await t.api.progress({ planId: plan.id, month: '2023-02' });
    expect(feb.overall).toMatchObject({ notReported: 4, notStarted: 1 }); // e is due now
    void e;
  });

  it('narrows to one division: its own activities and the ทุกฝ่าย ones, months included', async () => {
    const { t, plan, b, c } = await setup();
    await t.api.saveFollowUp({ activityId: c.id, month: '2022-11', status: 'inProgress' });
    const all = await t.api.progress({ planId: plan.id, month: '2022-12' });
    const two = await t.api.progress({ planId: plan.id, month: '2022-12', divisionId: 2 });
    expect(two.overall).toMatchObject({ total: 2, inProgress: 1, notReported: 1 }); // b (its own), c (ทุกฝ่าย)
    expect(two.byDivision.map((d) => d.divisionId)).toEqual([2]);
    expect(two.byDivision[0]).toMatchObject(all.byDivision.find((d) => d.divisionId === 2)!);
    expect(two.monthsNotReported).toEqual([
      { month: '2022-10', due: 1, missing: 1 }, // c
      { month: '2022-11', due: 2, missing: 1 }, // b
      { month: '2022-12', due: 2, missing: 2 },
    ]);
    void b;
  });

  it('lists the OIT items without a link in code order (O2 before O10), whatever order the plan lists them in', async () => {
    const { api } = makeApi();
    const planId = (await api.importSamplePlan({})).plan!.id;
    for (const ind of (await api.getPlan({ planId })).indicators.filter((i) => i.tool === 'OIT')) {
      await api.reorderItems({ indicatorId: ind.id, itemIds: ind.items.map((i) => i.id).reverse() });
    }
    const p = await api.progress({ planId, month: '2023-03' });
    expect(p.oitWithoutUrl).toEqual(Array.from({ length: 30 }, (_, i) => `O${i + 1}`));
  });

  it('uses the current month inside the fiscal year by default, else the last month', async () => {
    const { t, plan } = await setup();
    expect((await t.api.progress({ planId: plan.id })).asOfMonth).toBe('2023-09'); // FY2566 is over by now
    await expect(t.api.progress({ planId: plan.id, month: '2022-09' })).rejects.toMatchObject({ code: 'invalidInput' });
  });
});

describe('audit log', () => {
  it('records who changed what with before and after, in the same transaction', async () => {
    const { t, plan, a } = await setup();
    await t.api.saveFollowUp({ activityId: a.id, month: '2022-10', status: 'inProgress', result: 'เริ่ม' });
    // Saved again over a minute later (within a minute, one row's saves are one entry: historyBatches.test.ts).
    t.db
      .prepare(`UPDATE audit_log SET at = ? WHERE entity = 'followUp'`)
      .run(new Date(Date.now() - 61_000).toISOString());
    await t.api.saveFollowUp({ activityId: a.id, month: '2022-10', status: 'done', result: 'เสร็จ' });
    await t.api.updateSettings({ directorName: 'นายสมชาย' });
    const log = await t.api.listAudit({ planId: plan.id, entity: 'followUp' });
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({
      actor: 'ผู้ทดสอบ',
      action: 'followUp.save',
      before: { status: 'inProgress', result: 'เริ่ม' },
      after: { status: 'done', result: 'เสร็จ' },
    });
    expect(log[1]).toMatchObject({ before: null, after: { status: 'inProgress' } });
    const settings = await t.api.listAudit({ entity: 'settings' });
    expect(settings[0]).toMatchObject({ before: { directorName: '' }, after: { directorName: 'นายสมชาย' } });
    const all = await t.api.listAudit({});
    expect(all.map((e) => e.action)).toContain('plan.create');
    expect(all.map((e) => e.action)).toContain('activity.create');
    expect(await t.api.listAudit({ actor: 'คนอื่น' })).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await t.api.listAudit({ from: today, to: today })).length).toBe(all.length);
    expect(await t.api.listAudit({ to: '2020-01-01' })).toEqual([]);
    expect((await t.api.listAudit({ search: 'อนุมัติ' })).length).toBe(0);
  });

  it('names follow-ups by item code and activity number, so the history can be searched by code', async () => {
    const { t, a, d } = await setup();
    await t.api.saveFollowUp({ activityId: a.id, month: '2022-10', status: 'done' });
    await t.api.addEvidenceUrl({ activityId: d.id, month: '2022-10', url: 'https://dusit.example/o1' });
    const found = await t.api.listAudit({ search: 'ข้อ I1 ' });
    expect(found.map((e) => e.summary)).toEqual(['บันทึกผลข้อ I1 กิจกรรมที่ 1 เดือน 2022-10']);
    // Evidence on a month not yet reported starts that month's report, and both are logged.
    expect((await t.api.listAudit({ search: 'ข้อ O1 กิจกรรมที่ 1' })).map((e) => e.action)).toEqual([
      'evidence.add',
      'followUp.save',
    ]);
  });

  it('filters by the local calendar day (Bangkok), though times are stored in UTC', async () => {
    const before = process.env.TZ;
    process.env.TZ = 'Asia/Bangkok';
    try {
      const t = makeApi();
      // 01:30 on 15 Jan in Bangkok is still 14 Jan in UTC.
      t.db
        .prepare(
          `INSERT INTO audit_log (at, actor, action, entity, summary) VALUES ('2023-01-14T18:30:00.000Z', 'ก', 'x', 'plan', 'ตอนตีหนึ่งครึ่ง')`,
        )
        .run();
      expect((await t.api.listAudit({ from: '2023-01-15', to: '2023-01-15' })).map((e) => e.summary)).toEqual([
        'ตอนตีหนึ่งครึ่ง',
      ]);
      expect(await t.api.listAudit({ from: '2023-01-14', to: '2023-01-14' })).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('a refused change leaves neither the change nor an audit entry', async () => {
    const { t, plan, a } = await setup();
    const before = (await t.api.listAudit({ limit: 1000 })).length;
    await t.api.approvePlan({ planId: plan.id });
    await expect(t.api.updateActivity({ activityId: a.id, text: 'แก้' })).rejects.toMatchObject({ code: 'locked' });
    const after = await t.api.listAudit({ limit: 1000 });
    expect(after.length).toBe(before + 1);
    expect(after[0]!.action).toBe('plan.approve');
  });
});

describe('the roll-up read from the month lists', () => {
  // Every month up to the as-of month, for the whole plan and for each division: due = the month
  // list's rows, missing = its rows not reported (copied drafts included). Checked after saves, a
  // copy of last month (drafts), a confirmed draft and a division's form imported from Excel.
  async function agrees(t: ReturnType<typeof makeApi>, planId: number, asOf: string) {
    const divisions = [undefined, ...(await t.api.listDivisions({})).map((d) => d.id)];
    for (const divisionId of divisions) {
      const p = await t.api.progress({ planId, month: asOf, divisionId });
      const expected = [];
      for (const month of fiscalMonths(2566).filter((m) => m <= asOf)) {
        const rows = await t.api.listMonth({ planId, month, divisionId });
        const missing = rows.filter((r) => !r.reported).length;
        if (missing > 0) expected.push({ month, missing, due: rows.length });
      }
      expect(p.monthsNotReported, `division ${divisionId ?? 'all'}`).toEqual(expected);
    }
  }

  it('agrees after saves, copied drafts, a confirmation and an imported form', async () => {
    const { t, plan, a, b, c, e } = await setup();
    await agrees(t, plan.id, '2023-03');
    await t.api.saveFollowUp({ activityId: a.id, month: '2022-10', status: 'inProgress', result: 'เริ่มแล้ว' });
    await t.api.saveFollowUp({ activityId: c.id, month: '2022-10', status: 'done' });
    await t.api.saveFollowUp({ activityId: b.id, month: '2022-11', status: 'inProgress', result: 'กำลังทำ' });
    await t.api.saveFollowUp({ activityId: e.id, month: '2023-02', status: 'notStarted' });
    await agrees(t, plan.id, '2023-03');
    // Drafts count as not reported until saved or confirmed.
    await t.api.copyMonth({ planId: plan.id, from: '2022-11', to: '2022-12' });
    await agrees(t, plan.id, '2023-03');
    await t.api.saveFollowUp({ activityId: b.id, month: '2022-12', status: 'inProgress' });
    await agrees(t, plan.id, '2022-12');
    // A division's form filled in Excel (its first activity's status) and imported.
    const form = path.join(tmpDir(), 'ฝ่าย.xlsx');
    await t.api.exportDivisionForm({ planId: plan.id, month: '2023-03', divisionId: 1, outPath: form });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(form);
    wb.getWorksheet('แบบรายงาน')!.getCell(7, 4).value = 'ดำเนินการแล้ว';
    const data = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const before = (await t.api.progress({ planId: plan.id, month: '2023-03' })).monthsNotReported;
    expect(await t.api.importDivisionForms({ planId: plan.id, files: [{ name: 'ฝ่าย.xlsx', data }] })).toMatchObject({
      recorded: 1,
    });
    const after = (await t.api.progress({ planId: plan.id, month: '2023-03' })).monthsNotReported;
    expect(after.find((m) => m.month === '2023-03')!.missing).toBe(
      before.find((m) => m.month === '2023-03')!.missing - 1,
    );
    await agrees(t, plan.id, '2023-03');
  });
});
