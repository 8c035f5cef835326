// The history's units (issue 13 point 3): the entries one API call writes are one batch; one row's
// saves within a minute, by the same person, are one entry (the first before, the last after).
import { describe, expect, it } from 'vitest';
import { makeApi } from '../helpers/api';

async function setup(actor?: string) {
  const t = makeApi(undefined, actor);
  const plan = await t.api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต' });
  const item = await t.api.createItem({ planId: plan.id, indicatorNumber: 1, question: 'I1' });
  const a = await t.api.createActivity({ itemId: item.id, text: 'ประชุมชี้แจง', startMonth: null, endMonth: null });
  return { t, plan, item, a };
}

describe('history batches and merged edits', () => {
  it('saves of one row within a minute are one entry: the first before, the last after', async () => {
    const { t, plan, a } = await setup();
    const save = (result: string) =>
      t.api.saveFollowUp({ activityId: a.id, month: '2023-01', status: 'inProgress', result });
    await save('ป');
    await save('ประชุม');
    await save('ประชุมแล้ว');
    const entries = await t.api.listAudit({ planId: plan.id, entity: 'followUp' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ before: null, after: { result: 'ประชุมแล้ว' }, revertedBy: null });
    expect(entries[0]!.batchId).toBe(entries[0]!.id);

    // More than a minute later: a new entry (its before is what the first one left).
    t.db
      .prepare(`UPDATE audit_log SET at = ? WHERE id = ?`)
      .run(new Date(Date.now() - 61_000).toISOString(), entries[0]!.id);
    await save('ประชุมแล้ว ๒ ครั้ง');
    const later = await t.api.listAudit({ planId: plan.id, entity: 'followUp' });
    expect(later).toHaveLength(2);
    expect(later[0]).toMatchObject({ before: { result: 'ประชุมแล้ว' }, after: { result: 'ประชุมแล้ว ๒ ครั้ง' } });

    // Another month of the same activity is another row: its own entry.
    await t.api.saveFollowUp({ activityId: a.id, month: '2023-02', status: 'done' });
    expect(await t.api.listAudit({ planId: plan.id, entity: 'followUp' })).toHaveLength(3);
  });

  it('another person, or a save inside a batch, is never merged', async () => {
    const { t, plan, a } = await setup('สมชาย');
    await t.api.saveFollowUp({ activityId: a.id, month: '2023-01', status: 'inProgress' });
    const other = makeApi(t.dbPath, 'สมหญิง');
    await other.api.saveFollowUp({ activityId: a.id, month: '2023-01', status: 'done' });
    const entries = await t.api.listAudit({ planId: plan.id, entity: 'followUp' });
    expect(entries.map((e) => e.actor)).toEqual(['สมหญิง', 'สมชาย']);
    // Evidence on an unreported month starts its report: two entries, one batch.
    await t.api.addEvidenceUrl({ activityId: a.id, month: '2023-03', url: 'https://www.bangkok.go.th/dusit' });
    const [ev, fu] = await t.api.listAudit({ planId: plan.id, limit: 2 });
    expect([ev!.action, fu!.action]).toEqual(['evidence.add', 'followUp.save']);
    expect(ev!.batchId).toBe(fu!.id);
    expect(fu!.batchId).toBe(fu!.id);
    // A save right after is a new entry: the earlier one is part of a batch of two.
    await t.api.saveFollowUp({ activityId: a.id, month: '2023-03', status: 'inProgress' });
    expect((await t.api.listAudit({ planId: plan.id, entity: 'followUp' })).length).toBe(4);
  });

  it('plan edits of one activity within a minute are one entry too; different fields, one row', async () => {
    const { t, plan, a } = await setup();
    await t.api.updateActivity({ activityId: a.id, text: 'ประชุมชี้แจงเจ้าหน้าที่' });
    await t.api.updateActivity({ activityId: a.id, output: '๑ ครั้ง' });
    const entries = await t.api.listAudit({ planId: plan.id, entity: 'activity' });
    expect(entries.map((e) => e.action)).toEqual(['activity.update', 'activity.create']);
    expect(entries[0]).toMatchObject({
      before: { text: 'ประชุมชี้แจง', output: '' },
      after: { text: 'ประชุมชี้แจงเจ้าหน้าที่', output: '๑ ครั้ง' },
    });
  });
});
