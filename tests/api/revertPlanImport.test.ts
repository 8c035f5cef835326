// Reverting a plan import (issue 13 point 3): the plan it made goes with everything under it after a
// preview that counts what goes; reports entered since must be confirmed (and a safety backup is
// taken); the revert is itself an entry, and taking it back restores the plan with the same ids and
// codes — all on real SQLite files, through a reopen of the file.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_REVERT_WORDS } from '../../core/terms';
import { listBackups } from '../../db/backup';
import { pathsOfDb } from '../../db/paths';
import { makeApi, type TestApi } from '../helpers/api';
import { fingerprint } from '../helpers/fingerprint';

const MAR = '2023-03';
const PDF = new Uint8Array([...Buffer.from('%PDF-1.4\n% ทดสอบ\n'), 1, 2, 3]);

const count = (t: TestApi, table: string) =>
  (t.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const tables = [
  'plan',
  'tool',
  'indicator',
  'sub_indicator',
  'item',
  'activity',
  'activity_division',
  'follow_up',
  'evidence',
];
const counts = (t: TestApi) => tables.map((x) => count(t, x));

async function imported() {
  const t = makeApi();
  const planId = (await t.api.importSamplePlan({})).plan!.id;
  const head = (await t.api.listAudit({ planId, limit: 1 }))[0]!;
  expect(head.action).toBe('plan.import');
  return { t, planId, head };
}

describe('revert of a plan import', () => {
  it('removes the plan after a preview of what goes; undoing the revert brings it back with the same ids', async () => {
    const { t, planId, head } = await imported();
    const plan = await t.api.getPlan({ planId });
    const withData = counts(t);
    const p = await t.api.previewRevert({ id: head.batchId });
    expect(p).toMatchObject({ scope: 'batch', entries: 1, refusals: [], confirm: null });
    expect(p.changes).toHaveLength(1);
    const c = p.changes[0]!;
    expect(c).toMatchObject({ entity: 'plan', kind: 'remove', entityId: planId });
    expect(c.counts).toEqual({
      items: plan.itemCount,
      activities: plan.activityCount,
      followUps: 0,
      links: 0,
      files: 0,
    });
    expect(c.detail).toBe(`ลบทั้งแผน: ${plan.itemCount} ข้อ ${plan.activityCount} กิจกรรม`);

    const r = await t.api.revertHistory({ id: head.batchId });
    expect(await t.api.listPlans({})).toEqual([]);
    expect(counts(t)).toEqual(tables.map(() => 0));
    // A safety backup of the file as it was (with the plan) first.
    const backups = listBackups(pathsOfDb(t.dbPath).backupsDir).filter((b) => b.reason === 'pre-revert');
    expect(backups).toHaveLength(1);
    expect(r.notes).toContain(PLAN_REVERT_WORDS.backedUp(backups[0]!.name));
    const saved = makeApi(backups[0]!.path);
    expect((await saved.api.listPlans({})).map((x) => x.id)).toEqual([planId]);
    saved.db.close();

    // The revert is an entry of the history; a restart later, taking it back restores the plan.
    const t2 = t.reopen();
    const log = await t2.api.listAudit({ limit: 3 });
    expect(log.map((e) => e.action)).toEqual(['history.revert', 'plan.revert', 'plan.import']);
    expect(log[2]!.revertedBy).toBe(r.revertBatch);
    const back = await t2.api.previewRevert({ id: r.revertBatch });
    expect(back.refusals).toEqual([]);
    expect(back.changes[0]).toMatchObject({ entity: 'plan', kind: 'recreate' });
    expect(back.changes[0]!.detail).toBe(`นำทั้งแผนกลับมาด้วยรหัสเดิม: ${plan.itemCount} ข้อ ${plan.activityCount} กิจกรรม`);
    const again = await t2.api.revertHistory({ id: r.revertBatch });
    expect(await t2.api.getPlan({ planId })).toEqual(plan);
    expect(counts(t2)).toEqual(withData);
    expect((await t2.api.listAudit({ limit: 5 })).find((e) => e.id === head.id)!.revertedBy).toBeNull();

    // And the revert of that revert removes it once more.
    await t2.api.revertHistory({ id: again.revertBatch });
    expect(await t2.api.listPlans({})).toEqual([]);
  });

  it('reports entered on the plan since: the preview asks, the revert refuses until confirmed, and all comes back', async () => {
    const { t, planId, head } = await imported();
    const plan = await t.api.getPlan({ planId });
    const [a1, a2] = plan.indicators.flatMap((i) => i.items.flatMap((x) => x.activities));
    await t.api.saveFollowUp({ activityId: a1!.id, month: MAR, status: 'done', qty: 1, result: 'ทำแล้ว' });
    await t.api.saveFollowUp({ activityId: a2!.id, month: MAR, status: 'inProgress', result: 'กำลังทำ' });
    const link = await t.api.addEvidenceUrl({ activityId: a1!.id, month: MAR, url: 'https://www.bangkok.go.th/dusit' });
    let p = await t.api.previewRevert({ id: head.batchId });
    expect(p.refusals).toEqual([]);
    expect(p.changes[0]!.counts).toMatchObject({ followUps: 2, links: 1 });
    expect(p.changes[0]!.detail).toContain('ผลการดำเนินงาน 2 รายการ ลิงก์หลักฐาน 1 รายการ');
    expect(p.confirm).toBe(
      'แผนนี้มีผลการดำเนินงานที่บันทึกไว้แล้ว 2 รายการ ซึ่งจะถูกลบไปพร้อมแผน ' +
        '(สำรองข้อมูลไว้ก่อนลบ และนำกลับได้ด้วยการย้อนกลับรายการย้อนกลับนี้)',
    );
    // An edit of the plan since is named too.
    await t.api.updateActivity({ activityId: a2!.id, awareness: 'ประกาศทางเว็บไซต์' });
    p = await t.api.previewRevert({ id: head.batchId });
    expect(p.confirm).toContain('แผนนี้มีผลการดำเนินงานที่บันทึกไว้แล้ว 2 รายการ และมีการแก้ไขภายหลังอีก 1 รายการ');
    const month = await t.api.listMonth({ planId, month: MAR });
    const edited = await t.api.getPlan({ planId });

    const before = fingerprint(t.dbPath);
    await expect(t.api.revertHistory({ id: head.batchId })).rejects.toMatchObject({
      code: 'conflict',
      message: PLAN_REVERT_WORDS.notConfirmed(p.confirm!),
    });
    expect(fingerprint(t.dbPath)).toBe(before);

    const r = await t.api.revertHistory({ id: head.batchId, confirmed: true });
    expect(count(t, 'follow_up')).toBe(0);
    await t.api.revertHistory({ id: r.revertBatch });
    expect(await t.api.listMonth({ planId, month: MAR })).toEqual(month);
    expect(await t.api.getPlan({ planId })).toEqual(edited);
    expect(
      (await t.api.listMonth({ planId, month: MAR })).find((x) => x.activityId === a1!.id)!.followUp!.evidence,
    ).toEqual([link]);
  });

  it('refuses while the plan is approved or holds evidence files, writing nothing', async () => {
    const { t, planId, head } = await imported();
    const a = (await t.api.getPlan({ planId })).indicators[0]!.items[0]!.activities[0]!;
    await t.api.addEvidenceFile({ activityId: a.id, month: MAR, fileName: 'รายงาน.pdf', data: PDF });
    const p = await t.api.previewRevert({ id: head.batchId });
    expect(p.refusals).toEqual([expect.stringContaining(PLAN_REVERT_WORDS.files(1))]);
    expect(p.confirm).toBeNull();
    const before = fingerprint(t.dbPath);
    await expect(t.api.revertHistory({ id: head.batchId, confirmed: true })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(fingerprint(t.dbPath)).toBe(before);

    const u = await imported();
    await u.t.api.approvePlan({ planId: u.planId });
    expect((await u.t.api.previewRevert({ id: u.head.batchId })).refusals).toEqual([
      expect.stringContaining(PLAN_REVERT_WORDS.approved),
    ]);
  });

  it('bringing it back is refused when its year or its ids were taken since', async () => {
    const { t, planId, head } = await imported();
    const year = (await t.api.getPlan({ planId })).fiscalYear;
    const r = await t.api.revertHistory({ id: head.batchId });
    // The same office and year again: a second import of the sample.
    const other = (await t.api.importSamplePlan({})).plan!;
    let p = await t.api.previewRevert({ id: r.revertBatch });
    expect(p.refusals).toEqual([expect.stringContaining(PLAN_REVERT_WORDS.yearTaken(other.office, year))]);
    // Another year, whose new rows took the removed plan's ids (SQLite reuses the highest ids).
    await t.api.deletePlan({ planId: other.id });
    await t.api.createPlan({ fiscalYear: year + 1, withItems: true });
    p = await t.api.previewRevert({ id: r.revertBatch });
    expect(p.refusals).toEqual([expect.stringContaining(PLAN_REVERT_WORDS.idsTaken)]);
    await expect(t.api.revertHistory({ id: r.revertBatch })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('a plan created empty or copied to next year reverts the same way', async () => {
    const { t, planId } = await imported();
    const next = await t.api.copyPlanToNextYear({ planId });
    const head = (await t.api.listAudit({ planId: next.id, limit: 1 }))[0]!;
    expect(head.action).toBe('plan.copy');
    const r = await t.api.revertHistory({ id: head.batchId });
    expect((await t.api.listPlans({})).map((x) => x.id)).toEqual([planId]);
    await t.api.revertHistory({ id: r.revertBatch });
    expect((await t.api.getPlan({ planId: next.id })).itemCount).toBe(next.itemCount);
    expect(fs.existsSync(t.dbPath)).toBe(true);
  });
});
