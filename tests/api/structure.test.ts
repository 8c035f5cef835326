import { describe, expect, it } from 'vitest';
import { makeApi, peek } from '../helpers/api';
import { METHOD_NAMES } from '../../core/methods';
import { contract } from '../../core/contract';
import { LATEST_VERSION } from '../../db/migrations';

const activity = (text: string, extra: Record<string, unknown> = {}) => ({
  text,
  output: '๑ ครั้ง',
  targetQty: 1,
  targetUnit: 'ครั้ง',
  startMonth: '2022-12',
  endMonth: '2023-05',
  ...extra,
});

async function planWithItem() {
  const t = makeApi();
  const plan = await t.api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต' });
  const item = await t.api.createItem({ planId: plan.id, indicatorNumber: 1, question: 'คำถาม', issue: 'ประเด็น' });
  return { t, plan, item };
}

describe('contract', () => {
  it('METHOD_NAMES lists exactly the contract methods and createApi implements each', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(contract).sort());
    const { api } = makeApi();
    for (const name of METHOD_NAMES) expect(typeof api[name], name).toBe('function');
  });

  it('refuses bad input with a Thai message naming the field, before touching the database', async () => {
    const { api } = makeApi();
    await expect(api.createPlan({ fiscalYear: 2023 })).rejects.toMatchObject({
      code: 'invalidInput',
      message: expect.stringMatching(/ปีงบประมาณ.*พ\.ศ\./),
    });
    await expect(api.getPlan({ planId: -1 })).rejects.toMatchObject({ code: 'invalidInput' });
    // @ts-expect-error unknown keys are refused, not ignored
    await expect(api.listPlans({ extra: 1 })).rejects.toMatchObject({ code: 'invalidInput' });
    await expect(api.getPlan({ planId: 'x' as unknown as number })).rejects.toMatchObject({
      message: expect.stringContaining('รหัสแผน'),
    });
    expect(await api.listPlans({})).toEqual([]);
  });
});

describe('plans', () => {
  it('creates a plan with its 10 indicators under IIT, EIT, OIT', async () => {
    const { api, dbPath } = makeApi();
    const plan = await api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต' });
    expect(plan).toMatchObject({ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต', status: 'draft', itemCount: 0 });
    const detail = await api.getPlan({ planId: plan.id });
    expect(detail.indicators.map((i) => [i.number, i.tool])).toEqual([
      [1, 'IIT'],
      [2, 'IIT'],
      [3, 'IIT'],
      [4, 'IIT'],
      [5, 'IIT'],
      [6, 'EIT'],
      [7, 'EIT'],
      [8, 'EIT'],
      [9, 'OIT'],
      [10, 'OIT'],
    ]);
    const db = peek(dbPath);
    expect(db.prepare('SELECT count(*) AS n FROM indicator WHERE plan_id = ?').get(plan.id)).toEqual({ n: 10 });
    db.close();
    await expect(api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('อยู่แล้ว'),
    });
    expect(await api.findPlan({ fiscalYear: 2566 })).toMatchObject({ id: plan.id });
    expect(await api.findPlan({ fiscalYear: 2567 })).toBeNull();
  });

  it('updates, approves (locking the structure), reopens and deletes a plan', async () => {
    const { t, plan, item } = await planWithItem();
    const { api } = t;
    expect(await api.updatePlan({ planId: plan.id, title: 'แผนใหม่' })).toMatchObject({ title: 'แผนใหม่' });
    const approved = await api.approvePlan({ planId: plan.id, approvedAt: '2022-11-30' });
    expect(approved).toMatchObject({ status: 'approved', approvedAt: '2022-11-30' });
    await expect(api.createActivity({ itemId: item.id, ...activity('ใหม่') })).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringContaining('อนุมัติแล้ว'),
    });
    await expect(api.updateItem({ itemId: item.id, question: 'แก้' })).rejects.toMatchObject({ code: 'locked' });
    await expect(api.deletePlan({ planId: plan.id })).rejects.toMatchObject({ code: 'locked' });
    expect(await api.reopenPlan({ planId: plan.id })).toMatchObject({ status: 'draft', approvedAt: null });
    expect(await api.updateItem({ itemId: item.id, question: 'แก้' })).toMatchObject({ question: 'แก้' });
    expect(await api.deletePlan({ planId: plan.id })).toEqual({ deleted: true });
    expect(await api.listPlans({})).toEqual([]);
  });

  it('copies a plan to the next fiscal year with months moved one year on and no follow-ups', async () => {
    const { t, plan, item } = await planWithItem();
    const a = await t.api.createActivity({ itemId: item.id, ...activity('ประชุมชี้แจง', { divisionIds: [1, 2] }) });
    await t.api.saveFollowUp({ activityId: a.id, month: '2023-01', status: 'done' });
    const next = await t.api.copyPlanToNextYear({ planId: plan.id });
    expect(next).toMatchObject({
      fiscalYear: 2567,
      office: plan.office,
      status: 'draft',
      itemCount: 1,
      activityCount: 1,
    });
    const copy = (await t.api.getPlan({ planId: next.id })).indicators[0]!.items[0]!;
    expect(copy.code).toBe('I1');
    expect(copy.activities[0]).toMatchObject({
      text: 'ประชุมชี้แจง',
      startMonth: '2023-12',
      endMonth: '2024-05',
      divisionIds: [1, 2],
    });
    expect(await t.api.listMonth({ planId: next.id, month: '2024-01' })).toMatchObject([{ followUp: null }]);
    await expect(t.api.copyPlanToNextYear({ planId: plan.id })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('items and activities', () => {
  it('numbers new items per tool, takes any code of the plan’s own once, refuses a duplicate or a malformed one', async () => {
    const { t, plan, item } = await planWithItem();
    expect(item.code).toBe('I1');
    expect((await t.api.createItem({ planId: plan.id, indicatorNumber: 2 })).code).toBe('I2');
    expect((await t.api.createItem({ planId: plan.id, indicatorNumber: 9 })).code).toBe('O1');
    // Codes are free (another scheme's, beyond any count): unique in the plan is the only rule.
    expect((await t.api.createItem({ planId: plan.id, indicatorNumber: 6, code: 'MOIT5' })).code).toBe('MOIT5');
    expect((await t.api.createItem({ planId: plan.id, indicatorNumber: 9, code: 'O43' })).code).toBe('O43');
    expect((await t.api.createItem({ planId: plan.id, indicatorNumber: 9 })).code).toBe('O44');
    await expect(t.api.createItem({ planId: plan.id, indicatorNumber: 6, code: 'E 5' })).rejects.toMatchObject({
      code: 'invalidInput',
      message: expect.stringContaining('รหัสข้อ'),
    });
    await expect(t.api.createItem({ planId: plan.id, indicatorNumber: 1, code: 'I2' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(t.api.updateItem({ itemId: item.id, code: 'I2' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await t.api.updateItem({ itemId: item.id, code: 'I7' })).toMatchObject({ code: 'I7' });
  });

  it('creates, updates, reorders and deletes activities; divisions and months are checked', async () => {
    const { t, item } = await planWithItem();
    const a1 = await t.api.createActivity({ itemId: item.id, ...activity('หนึ่ง', { divisionIds: [1] }) });
    const a2 = await t.api.createActivity({ itemId: item.id, ...activity('สอง', { allDivisions: true }) });
    const a3 = await t.api.createActivity({ itemId: item.id, ...activity('สาม') });
    expect([a1.position, a2.position, a3.position]).toEqual([1, 2, 3]);
    expect(a1.divisionIds).toEqual([1]);
    expect(a2.allDivisions).toBe(true);

    const updated = await t.api.updateActivity({
      activityId: a1.id,
      output: 'อย่างน้อย ๒ ฉบับ',
      targetQty: 2,
      divisionIds: [3, 1],
    });
    expect(updated).toMatchObject({
      text: 'หนึ่ง',
      output: 'อย่างน้อย ๒ ฉบับ',
      targetQty: 2,
      divisionIds: [1, 3],
      startMonth: '2022-12',
    });
    await expect(t.api.updateActivity({ activityId: a1.id, startMonth: '2023-06' })).rejects.toMatchObject({
      message: expect.stringContaining('เดือนเริ่ม'),
    });
    await expect(t.api.updateActivity({ activityId: a1.id, divisionIds: [999] })).rejects.toMatchObject({
      code: 'invalidInput',
    });
    await expect(t.api.createActivity({ itemId: item.id, ...activity('  ') })).rejects.toMatchObject({
      code: 'invalidInput',
    });

    const order = await t.api.reorderActivities({ itemId: item.id, activityIds: [a3.id, a1.id, a2.id] });
    expect(order.map((a) => a.text)).toEqual(['สาม', 'หนึ่ง', 'สอง']);
    await expect(t.api.reorderActivities({ itemId: item.id, activityIds: [a3.id, a1.id] })).rejects.toMatchObject({
      code: 'invalidInput',
    });
    const reopened = t.reopen();
    const items = (await reopened.api.getPlan({ planId: item.planId })).indicators[0]!.items;
    expect(items[0]!.activities.map((a) => a.text)).toEqual(['สาม', 'หนึ่ง', 'สอง']);

    await reopened.api.saveFollowUp({ activityId: a2.id, month: '2023-01', status: 'inProgress' });
    await expect(reopened.api.deleteActivity({ activityId: a2.id })).rejects.toMatchObject({ code: 'conflict' });
    await expect(reopened.api.deleteItem({ itemId: item.id })).rejects.toMatchObject({ code: 'conflict' });
    expect(await reopened.api.deleteActivity({ activityId: a3.id })).toEqual({ deleted: true });
    // Positions close up after a deletion: users count activities 1, 2, 3 …
    const left = (await reopened.api.getPlan({ planId: item.planId })).indicators[0]!.items[0]!.activities;
    expect(left.map((a) => [a.text, a.position])).toEqual([
      ['หนึ่ง', 1],
      ['สอง', 2],
    ]);
  });

  it('reorders items within an indicator', async () => {
    const { t, plan, item } = await planWithItem();
    const i2 = await t.api.createItem({ planId: plan.id, indicatorNumber: 1 });
    const ind = (await t.api.getPlan({ planId: plan.id })).indicators[0]!;
    const out = await t.api.reorderItems({ indicatorId: ind.id, itemIds: [i2.id, item.id] });
    expect(out.map((i) => i.code)).toEqual(['I2', 'I1']);
  });
});

describe('settings and divisions', () => {
  it('starts with the 10 divisions of a district office and Thai numerals', async () => {
    const { api } = makeApi();
    const divisions = await api.listDivisions({});
    expect(divisions).toHaveLength(10);
    expect(divisions[0]).toMatchObject({ name: 'ฝ่ายปกครอง', isStandard: true });
    expect(await api.getSettings({})).toMatchObject({ numerals: 'thai', directorTitle: 'ผู้อำนวยการเขต' });
  });

  it('saves settings across a restart and refuses unknown or bad values', async () => {
    const t = makeApi();
    await t.api.updateSettings({ office: 'สำนักงานเขตดุสิต', directorName: 'นายสมชาย ใจดี', numerals: 'arabic' });
    const again = t.reopen();
    expect(await again.api.getSettings({})).toMatchObject({
      office: 'สำนักงานเขตดุสิต',
      directorName: 'นายสมชาย ใจดี',
      numerals: 'arabic',
    });
    await expect(again.api.updateSettings({ numerals: 'roman' as 'thai' })).rejects.toMatchObject({
      code: 'invalidInput',
    });
    await expect(again.api.updateSettings({ office: '' })).rejects.toMatchObject({ code: 'invalidInput' });
  });

  it('adds, renames and removes divisions; one in use cannot be removed', async () => {
    const { t, item } = await planWithItem();
    const d = await t.api.addDivision({ name: 'ฝ่ายเทคนิค' });
    await expect(t.api.addDivision({ name: 'ฝ่ายเทคนิค' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await t.api.renameDivision({ divisionId: d.id, name: 'งานเทคนิค' })).toMatchObject({ name: 'งานเทคนิค' });
    await t.api.createActivity({ itemId: item.id, ...activity('งาน', { divisionIds: [d.id] }) });
    await expect(t.api.removeDivision({ divisionId: d.id })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('งานเทคนิค'),
    });
    expect(await t.api.removeDivision({ divisionId: 10 })).toEqual({ deleted: true });
  });
});

describe('app info and deleting an item', () => {
  it('appInfo reports the version, schema version and database path', async () => {
    const t = makeApi();
    expect(await t.api.appInfo({})).toEqual({ version: '0.1.0-test', schemaVersion: LATEST_VERSION, dbPath: t.dbPath });
  });

  it('deleteItem removes an item with its activities when nothing was reported', async () => {
    const { t, plan, item } = await planWithItem();
    await t.api.createActivity({ itemId: item.id, ...activity('ก') });
    expect(await t.api.deleteItem({ itemId: item.id })).toEqual({ deleted: true });
    expect((await t.api.getPlan({ planId: plan.id })).activityCount).toBe(0);
    await expect(t.api.deleteItem({ itemId: item.id })).rejects.toMatchObject({
      code: 'notFound',
      message: 'ไม่พบข้อที่ระบุ',
    });
  });
});
