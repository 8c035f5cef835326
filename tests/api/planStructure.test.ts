// A plan's own structure through the API: new plans from a criteria set, empty, or the default;
// tools, indicators and sub-indicators added, renamed, renumbered, reordered, moved and deleted,
// each with one audit entry, refused on an approved plan and where reports would be lost;
// criteria sets saved from a plan, loaded from a file, tied to a plan, and its coverage.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CRITERIA_SETS } from '../../db/criteria';
import { makeApi } from '../helpers/api';

describe('new plans and their structure', () => {
  it('starts from the default set (its tools and indicators), from a set with its items, or empty', async () => {
    const t = makeApi();
    const byDefault = await t.api.getPlan({ planId: (await t.api.createPlan({ fiscalYear: 2570 })).id });
    expect(byDefault.tools.map((x) => x.code)).toEqual(['IIT', 'EIT', 'OIT']);
    expect(byDefault.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(byDefault.indicators.flatMap((i) => i.items)).toEqual([]);
    expect(byDefault.criteriaSet).toBeNull();

    const full = await t.api.createPlan({ fiscalYear: 2571, criteriaSet: 'bkk-district-2566', withItems: true });
    const plan = await t.api.getPlan({ planId: full.id });
    expect(plan.criteriaSet).toBe('bkk-district-2566');
    expect(plan.indicators.flatMap((i) => i.items.map((it) => it.code))).toHaveLength(70);
    expect(plan.indicators[0]!.items[0]!.question).toBe(
      BUILT_IN_CRITERIA_SETS[0]!.tools[0]!.indicators[0]!.items[0]!.title,
    );
    expect(await t.api.criteriaCoverage({ planId: full.id })).toMatchObject({
      total: 70,
      covered: 70,
      missing: [],
      extra: [],
    });

    const empty = await t.api.getPlan({ planId: (await t.api.createPlan({ fiscalYear: 2572, criteriaSet: null })).id });
    expect([empty.tools, empty.indicators]).toEqual([[], []]);
    expect(await t.api.criteriaCoverage({ planId: empty.id })).toBeNull();
    await expect(t.api.createPlan({ fiscalYear: 2573, criteriaSet: 'no-such-set' })).rejects.toMatchObject({
      code: 'notFound',
    });
  });

  it('lays an empty plan’s structure by hand: 12 indicators, a sub-indicator, MOIT codes; each change audited once', async () => {
    const t = makeApi();
    const plan = await t.api.createPlan({ fiscalYear: 2570, criteriaSet: null });
    const audits = async () => (await t.api.listAudit({ planId: plan.id })).length;
    const start = await audits();
    const tool = await t.api.createTool({ planId: plan.id, code: 'MOIT', name: 'แบบประเมิน MOIT' });
    const inds = [];
    for (let n = 1; n <= 12; n++) inds.push(await t.api.createIndicator({ toolId: tool.id, name: `ตัวชี้วัด ${n}` }));
    expect(inds.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const sub = await t.api.createSubIndicator({ indicatorId: inds[0]!.id, name: 'ข้อมูลพื้นฐาน' });
    expect(sub.label).toBe('1.1');
    const item = await t.api.createItem({ planId: plan.id, indicatorId: inds[0]!.id, subIndicatorId: sub.id });
    expect(item.code).toBe('MOIT1');
    expect((await t.api.createItem({ planId: plan.id, indicatorId: inds[11]!.id })).code).toBe('MOIT2');
    expect(await audits()).toBe(start + 1 + 12 + 1 + 2);
    const detail = await t.api.getPlan({ planId: plan.id });
    expect(detail.indicators[0]!.subIndicators.map((s) => [s.label, s.name])).toEqual([['1.1', 'ข้อมูลพื้นฐาน']]);
    expect(detail.indicators[0]!.items[0]!.subIndicatorId).toBe(sub.id);
    await expect(
      t.api.createItem({ planId: plan.id, indicatorId: inds[1]!.id, subIndicatorId: sub.id }),
    ).rejects.toMatchObject({
      code: 'invalidInput',
      message: expect.stringContaining('ไม่อยู่ใต้ตัวชี้วัดที่ 2'),
    });
  });

  it('renames, renumbers, reorders and moves; refuses clashes', async () => {
    const t = makeApi();
    const plan = await t.api.getPlan({ planId: (await t.api.createPlan({ fiscalYear: 2570 })).id });
    const [iit, eit, oit] = plan.tools;
    expect((await t.api.updateTool({ toolId: oit!.id, name: 'แบบตรวจการเปิดเผยข้อมูล (OIT) ปี 2570' })).name).toContain(
      '2570',
    );
    await expect(t.api.updateTool({ toolId: oit!.id, code: 'IIT' })).rejects.toMatchObject({ code: 'conflict' });
    expect(
      (await t.api.reorderTools({ planId: plan.id, toolIds: [oit!.id, iit!.id, eit!.id] })).map((x) => x.code),
    ).toEqual(['OIT', 'IIT', 'EIT']);
    expect((await t.api.getPlan({ planId: plan.id })).indicators.map((i) => i.number)).toEqual([
      9, 10, 1, 2, 3, 4, 5, 6, 7, 8,
    ]);

    const ind9 = plan.indicators.find((i) => i.number === 9)!;
    const ind10 = plan.indicators.find((i) => i.number === 10)!;
    await expect(t.api.updateIndicator({ indicatorId: ind9.id, number: 10 })).rejects.toMatchObject({
      code: 'conflict',
      message: 'มีตัวชี้วัดที่ 10 ในแผนนี้อยู่แล้ว',
    });
    expect(
      await t.api.updateIndicator({ indicatorId: ind10.id, number: 12, name: 'การป้องกันการทุจริตและประพฤติมิชอบ' }),
    ).toMatchObject({
      number: 12,
      name: 'การป้องกันการทุจริตและประพฤติมิชอบ',
    });
    expect(
      (await t.api.reorderIndicators({ toolId: oit!.id, indicatorIds: [ind10.id, ind9.id] })).map((i) => i.number),
    ).toEqual([12, 9]);
    const moved = await t.api.updateIndicator({ indicatorId: ind9.id, toolId: eit!.id });
    expect([moved.tool, moved.position]).toEqual(['EIT', 4]);

    const sub = await t.api.createSubIndicator({ indicatorId: ind10.id, label: '12.1', name: 'แผน' });
    await expect(t.api.createSubIndicator({ indicatorId: ind10.id, label: '12.1', name: 'ซ้ำ' })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(
      await t.api.updateSubIndicator({ subIndicatorId: sub.id, label: '12.2', name: 'แผนและรายงาน' }),
    ).toMatchObject({ label: '12.2' });
    const item = await t.api.createItem({
      planId: plan.id,
      indicatorId: ind10.id,
      subIndicatorId: sub.id,
      code: 'O31',
    });
    const i1 = plan.indicators.find((i) => i.number === 1)!;
    const movedItem = await t.api.updateItem({ itemId: item.id, indicatorId: i1.id });
    expect([movedItem.indicatorId, movedItem.subIndicatorId, movedItem.position]).toEqual([i1.id, null, 1]);
    await t.api.updateItem({ itemId: item.id, indicatorId: ind10.id, subIndicatorId: sub.id });
    expect(await t.api.deleteSubIndicator({ subIndicatorId: sub.id })).toEqual({ deleted: true });
    const after = await t.api.getPlan({ planId: plan.id });
    expect(after.indicators.find((i) => i.id === ind10.id)!.items.map((it) => [it.code, it.subIndicatorId])).toEqual([
      ['O31', null],
    ]);
  });

  it('deletes tools and indicators with what is below them, but never work already reported', async () => {
    const t = makeApi();
    const r = await t.api.importSamplePlan({});
    const plan = await t.api.getPlan({ planId: r.plan!.id });
    const eit = plan.tools.find((x) => x.code === 'EIT')!;
    const activity = plan.indicators.find((i) => i.tool === 'EIT')!.items[0]!.activities[0]!;
    await t.api.saveFollowUp({ activityId: activity.id, month: '2023-01', status: 'done' });
    await expect(t.api.deleteTool({ toolId: eit.id })).rejects.toMatchObject({
      code: 'conflict',
      message: 'ลบแบบวัด EIT ไม่ได้ เพราะมีผลการดำเนินงานบันทึกไว้แล้ว 1 รายการ',
    });
    const ind6 = plan.indicators.find((i) => i.number === 6)!;
    await expect(t.api.deleteIndicator({ indicatorId: ind6.id })).rejects.toMatchObject({ code: 'conflict' });
    const ind10 = plan.indicators.find((i) => i.number === 10)!;
    expect(await t.api.deleteIndicator({ indicatorId: ind10.id })).toEqual({ deleted: true });
    const oit = plan.tools.find((x) => x.code === 'OIT')!;
    expect(await t.api.deleteTool({ toolId: oit.id })).toEqual({ deleted: true });
    const left = await t.api.getPlan({ planId: plan.id });
    expect(left.tools.map((x) => [x.code, x.position])).toEqual([
      ['IIT', 1],
      ['EIT', 2],
    ]);
    expect(left.itemCount).toBe(40);
  });

  it('an approved plan’s structure is locked for every kind of change', async () => {
    const t = makeApi();
    const plan = await t.api.getPlan({ planId: (await t.api.createPlan({ fiscalYear: 2570 })).id });
    const sub = await t.api.createSubIndicator({ indicatorId: plan.indicators[0]!.id, name: 'ย่อย' });
    await t.api.approvePlan({ planId: plan.id });
    const tool = plan.tools[0]!;
    const ind = plan.indicators[0]!;
    for (const attempt of [
      () => t.api.createTool({ planId: plan.id, code: 'MOIT' }),
      () => t.api.updateTool({ toolId: tool.id, name: 'ใหม่' }),
      () => t.api.deleteTool({ toolId: tool.id }),
      () => t.api.reorderTools({ planId: plan.id, toolIds: plan.tools.map((x) => x.id).reverse() }),
      () => t.api.createIndicator({ toolId: tool.id, name: 'ใหม่' }),
      () => t.api.updateIndicator({ indicatorId: ind.id, name: 'ใหม่' }),
      () => t.api.deleteIndicator({ indicatorId: ind.id }),
      () => t.api.reorderIndicators({ toolId: tool.id, indicatorIds: [ind.id] }),
      () => t.api.createSubIndicator({ indicatorId: ind.id, name: 'ใหม่' }),
      () => t.api.updateSubIndicator({ subIndicatorId: sub.id, name: 'ใหม่' }),
      () => t.api.deleteSubIndicator({ subIndicatorId: sub.id }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'locked' });
    }
  });
});

describe('criteria sets', () => {
  it('saves a plan’s structure as a set, starts next year’s plan from it, loads and deletes sets', async () => {
    const t = makeApi();
    const data = new Uint8Array(fs.readFileSync(path.join(__dirname, '../fixtures/plans/moit-12-indicators-2570.txt')));
    const r = await t.api.importPlan({ file: { name: 'moit.txt', data } });
    const saved = await t.api.saveCriteriaSet({
      planId: r.plan!.id,
      id: 'bangsue-moit-2571',
      name: 'เกณฑ์ MOIT ปี 2571',
      scheme: 'MOIT',
    });
    expect(saved).toMatchObject({ id: 'bangsue-moit-2571', builtIn: false, fiscalYear: 2570 });
    expect(saved.tools[0]!.indicators).toHaveLength(12);
    expect(saved.tools[0]!.indicators[0]!.items[0]).toMatchObject({ code: 'MOIT1', subIndicator: '1.1' });
    expect((await t.api.listCriteriaSets({})).map((s) => [s.id, s.builtIn])).toEqual([
      ['bkk-district-2566', true],
      ['bangsue-moit-2571', false],
    ]);
    const next = await t.api.createPlan({
      fiscalYear: 2571,
      office: 'สำนักงานเขตบางซื่อ',
      criteriaSet: 'bangsue-moit-2571',
    });
    const plan = await t.api.getPlan({ planId: next.id });
    expect(plan.indicators).toHaveLength(12);
    expect(plan.indicators[0]!.subIndicators.map((s) => s.label)).toEqual(['1.1']);
    expect(await t.api.criteriaCoverage({ planId: next.id })).toMatchObject({ total: 22, covered: 0 });

    await expect(
      t.api.saveCriteriaSet({ planId: r.plan!.id, id: 'bkk-district-2566', name: 'ทับ' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const json = JSON.stringify({
      ...BUILT_IN_CRITERIA_SETS[0],
      id: 'bkk-district-2570',
      name: 'เกณฑ์เขต 2570',
      fiscalYear: 2570,
    });
    expect(await t.api.loadCriteriaSet({ json })).toMatchObject({ id: 'bkk-district-2570', builtIn: false });
    await expect(t.api.loadCriteriaSet({ json: '{"id":"x"' })).rejects.toMatchObject({
      code: 'invalidInput',
      message: expect.stringContaining('JSON'),
    });
    const set = BUILT_IN_CRITERIA_SETS[0]!;
    const dup = { ...set, id: 'dup-codes', tools: [set.tools[0]!, { ...set.tools[0]!, code: 'X' }] };
    await expect(t.api.loadCriteriaSet({ json: JSON.stringify(dup) })).rejects.toMatchObject({
      message: expect.stringContaining('รหัสข้อซ้ำ'),
    });
    expect(await t.api.setPlanCriteriaSet({ planId: next.id, criteriaSet: 'bkk-district-2570' })).toMatchObject({
      criteriaSet: 'bkk-district-2570',
    });
    expect(await t.api.criteriaCoverage({ planId: next.id })).toMatchObject({ total: 70, covered: 0 });
    expect(await t.api.deleteCriteriaSet({ id: 'bkk-district-2570' })).toEqual({ deleted: true });
    await expect(t.api.deleteCriteriaSet({ id: 'bkk-district-2566' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await t.api.setPlanCriteriaSet({ planId: next.id, criteriaSet: null })).toMatchObject({ criteriaSet: null });
  });

  it('the shipped Bangkok-district FY2566 set is the sample’s structure, title for title', async () => {
    const t = makeApi();
    const r = await t.api.importSamplePlan({});
    const plan = await t.api.getPlan({ planId: r.plan!.id });
    const set = BUILT_IN_CRITERIA_SETS.find((s) => s.id === 'bkk-district-2566')!;
    const fromSet = set.tools.flatMap((tl) =>
      tl.indicators.flatMap((i) => i.items.map((it) => [tl.code, i.number, it.code, it.title])),
    );
    const fromPlan = plan.indicators.flatMap((i) => i.items.map((it) => [i.tool, i.number, it.code, it.question]));
    expect(fromPlan).toEqual(fromSet);
    expect(plan.criteriaSet).toBe('bkk-district-2566');
    expect(set.tools.map((tl) => tl.indicators.map((i) => i.name))).toEqual([
      ['การปฏิบัติหน้าที่', 'การใช้งบประมาณ', 'การใช้อำนาจ', 'การใช้ทรัพย์สินของราชการ', 'การแก้ไขปัญหาการทุจริต'],
      ['คุณภาพการดำเนินงาน', 'ประสิทธิภาพในการสื่อสาร', 'การปรับปรุงระบบการทำงาน'],
      ['การเปิดเผยข้อมูล', 'การป้องกันการทุจริต'],
    ]);
  });
});
