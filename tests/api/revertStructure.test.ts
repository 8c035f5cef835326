// The structure dialog's edits in the plan editor's undo (issue 13 point 3): a tool, indicator or
// sub-indicator added, renamed, renumbered, deleted (brought back with what went with it and the same
// ids), and tools, items and activities reordered — each taken back by one undoLast, and each undo
// itself revertible; refused on an approved plan. Real SQLite files.
import { describe, expect, it } from 'vitest';
import { PLAN_LOCKED } from '../../core/terms';
import { makeApi } from '../helpers/api';

async function setup() {
  const t = makeApi();
  const plan = await t.api.createPlan({ fiscalYear: 2570, criteriaSet: 'bkk-district-2566', withItems: true });
  const undo = () => t.api.undoLast({ planId: plan.id, scope: 'plan' });
  const detail = () => t.api.getPlan({ planId: plan.id });
  return { t, planId: plan.id, undo, detail };
}

describe('undo of the structure dialog', () => {
  it('a tool added, renamed and deleted with everything under it: each undone, and the undo redone', async () => {
    const { t, planId, undo, detail } = await setup();
    const start = await detail();
    const tool = await t.api.createTool({ planId, code: 'MOIT', name: 'แบบวัดใหม่' });
    await t.api.updateTool({ toolId: tool.id, name: 'แบบตรวจการเปิดเผยข้อมูล' });
    expect((await undo()).message).toBe('เลิกทำแล้ว: แก้ไขแบบวัด MOIT');
    expect((await detail()).tools.find((x) => x.id === tool.id)!.name).toBe('แบบวัดใหม่');
    const removed = await undo();
    expect(removed.message).toBe('เลิกทำแล้ว: เพิ่มแบบวัด MOIT');
    expect(await detail()).toEqual({ ...start, updatedAt: expect.any(String) });
    // The undo is an entry: reverting it brings the tool back under its id.
    await t.api.revertHistory({ id: removed.result!.revertBatch });
    expect((await detail()).tools.find((x) => x.code === 'MOIT')!.id).toBe(tool.id);

    // Deleting the OIT tool takes its indicators, items and activities; one undo brings all back.
    const withMoit = await detail();
    const oit = withMoit.tools.find((x) => x.code === 'OIT')!;
    await t.api.deleteTool({ toolId: oit.id });
    expect((await detail()).indicators.some((i) => i.toolId === oit.id)).toBe(false);
    const back = await undo();
    expect(back.result!.changes).toMatchObject([{ entity: 'tool', kind: 'recreate' }]);
    expect(await detail()).toEqual({ ...withMoit, updatedAt: expect.any(String) });
  });

  it('an indicator renumbered and deleted, a sub-indicator deleted (its items linked again), each undone', async () => {
    const { t, planId, undo, detail } = await setup();
    const start = await detail();
    const ind = start.indicators[0]!;
    await t.api.updateIndicator({ indicatorId: ind.id, number: 11 });
    await undo();
    expect((await detail()).indicators[0]!.number).toBe(ind.number);

    const sub = await t.api.createSubIndicator({ indicatorId: ind.id, label: '1.1', name: 'ย่อย' });
    const item = ind.items[0]!;
    await t.api.updateItem({ itemId: item.id, subIndicatorId: sub.id });
    const linked = await detail();
    await t.api.deleteSubIndicator({ subIndicatorId: sub.id });
    expect((await detail()).indicators[0]!.items[0]!.subIndicatorId).toBeNull();
    await undo();
    expect(await detail()).toEqual({ ...linked, updatedAt: expect.any(String) });

    await t.api.deleteIndicator({ indicatorId: start.indicators[1]!.id });
    await undo();
    expect(await detail()).toEqual({ ...linked, updatedAt: expect.any(String) });
    // A sub-indicator added and then given an item is not taken out from under it.
    const refusal = await t.api.previewRevert({
      id: (await t.api.listAudit({ planId })).find((e) => e.action === 'subIndicator.create')!.id,
    });
    expect(refusal.refusals).toEqual([expect.stringContaining('ตัวชี้วัดย่อยนี้มีข้อที่เพิ่มภายหลัง')]);
  });

  it('orders of tools, items and activities put back; a deleted item comes back with its activities', async () => {
    const { t, planId, undo, detail } = await setup();
    const start = await detail();
    const toolIds = start.tools.map((x) => x.id);
    await t.api.reorderTools({ planId, toolIds: [...toolIds].reverse() });
    const r = await undo();
    expect(r.result!.changes[0]!.detail).toBe('ลำดับกลับเป็น IIT, EIT, OIT');
    expect((await detail()).tools.map((x) => x.id)).toEqual(toolIds);

    const ind = start.indicators[0]!;
    const itemIds = ind.items.map((x) => x.id);
    await t.api.reorderItems({ indicatorId: ind.id, itemIds: [...itemIds].reverse() });
    await undo();
    expect((await detail()).indicators[0]!.items.map((x) => x.id)).toEqual(itemIds);

    const item = ind.items[0]!;
    const a = await t.api.createActivity({ itemId: item.id, text: 'กิจกรรมแรก' });
    const b = await t.api.createActivity({ itemId: item.id, text: 'กิจกรรมที่สอง' });
    await t.api.reorderActivities({ itemId: item.id, activityIds: [b.id, a.id] });
    await undo();
    const withActs = await detail();
    expect(withActs.indicators[0]!.items[0]!.activities.map((x) => x.id)).toEqual([a.id, b.id]);

    await t.api.deleteItem({ itemId: item.id });
    await undo();
    expect(await detail()).toEqual({ ...withActs, updatedAt: expect.any(String) });
  });

  it('on an approved plan the undo of a structure edit is refused with the lock message', async () => {
    const { t, planId, undo, detail } = await setup();
    const toolIds = (await detail()).tools.map((x) => x.id);
    await t.api.reorderTools({ planId, toolIds: [...toolIds].reverse() });
    await t.api.approvePlan({ planId });
    await expect(undo()).rejects.toMatchObject({ message: expect.stringContaining(PLAN_LOCKED) });
    expect((await detail()).tools.map((x) => x.id)).toEqual([...toolIds].reverse());
  });
});
