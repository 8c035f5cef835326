// Undo, revert and clear row (issue 13 point 3) through the API on real SQLite files: a preview that
// writes nothing, a revert that is itself one revertible batch, refusals (Thai, nothing written) when
// later edits touched the same fields, Ctrl+Z's undoLast per screen, the approved-plan lock.
import { describe, expect, it } from 'vitest';
import { PLAN_LOCKED, NOTHING_TO_UNDO } from '../../core/terms';
import { makeApi } from '../helpers/api';
import { fingerprint } from '../helpers/fingerprint';

const FEB = '2023-02';
const MAR = '2023-03';

async function setup(actor?: string) {
  const t = makeApi(undefined, actor);
  const plan = await t.api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต' });
  const item = await t.api.createItem({ planId: plan.id, indicatorNumber: 1, question: 'I1' });
  const act = (text: string) =>
    t.api.createActivity({ itemId: item.id, text, startMonth: '2022-10', endMonth: '2023-09' });
  const a = await act('ประชุมประจำเดือน');
  const b = await act('เผยแพร่ข่าว');
  const c = await act('อบรมเจ้าหน้าที่');
  return { t, plan, item, a, b, c };
}

const newest = async (t: ReturnType<typeof makeApi>) => (await t.api.listAudit({ limit: 1 }))[0]!;
const stored = async (t: ReturnType<typeof makeApi>, planId: number, activityId: number, month = MAR) =>
  (await t.api.listMonth({ planId, month })).find((r) => r.activityId === activityId)!.followUp;

describe('revert', () => {
  it('takes a whole copy of last month back in one go, after a preview; the revert reverts too', async () => {
    const { t, plan, a, b, c } = await setup();
    for (const x of [a, b, c]) {
      await t.api.saveFollowUp({ activityId: x.id, month: FEB, status: 'inProgress', result: `เริ่ม${x.text}แล้ว` });
    }
    const copy = await t.api.copyMonth({ planId: plan.id, from: FEB, to: MAR });
    expect(copy.copied).toBe(3);
    const before = fingerprint(t.dbPath);
    const preview = await t.api.previewRevert({ id: copy.batchId! });
    expect(fingerprint(t.dbPath)).toBe(before); // the preview wrote nothing
    expect(preview).toMatchObject({ scope: 'batch', entries: 4, refusals: [] });
    expect(preview.summary).toContain('คัดลอกผลเดือน');
    expect(preview.changes.map((ch) => ch.kind)).toEqual(['remove', 'remove', 'remove']);
    expect(preview.changes[0]!.fields.find((f) => f.key === 'result')).toEqual({
      key: 'result',
      now: 'เริ่มอบรมเจ้าหน้าที่แล้ว',
      back: null,
    });

    const done = await t.api.revertHistory({ id: copy.batchId! });
    for (const x of [a, b, c]) expect(await stored(t, plan.id, x.id)).toBeNull();
    // One batch: three records and its heading; the copy's entries are marked taken back by it.
    const log = await t.api.listAudit({ planId: plan.id, limit: 20 });
    expect(log.filter((e) => e.batchId === done.revertBatch)).toHaveLength(4);
    expect(log.filter((e) => e.batchId === copy.batchId).every((e) => e.revertedBy === done.revertBatch)).toBe(true);
    expect(log[0]).toMatchObject({ action: 'history.revert', summary: expect.stringContaining('ย้อนกลับรายการที่') });
    // Reverting it again is refused: it is already taken back.
    await expect(t.api.revertHistory({ id: copy.batchId! })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('ถูกย้อนกลับไปแล้ว'),
    });

    // The revert is itself an entry: taking it back brings the drafts back, and the copy stands again.
    const again = await t.api.revertHistory({ id: done.revertBatch });
    for (const x of [a, b, c]) {
      expect(await stored(t, plan.id, x.id)).toMatchObject({ draft: true, result: `เริ่ม${x.text}แล้ว`, copiedFrom: FEB });
    }
    const log2 = await t.api.listAudit({ planId: plan.id, limit: 30 });
    expect(log2.filter((e) => e.batchId === copy.batchId).every((e) => e.revertedBy === null)).toBe(true);
    expect(log2.filter((e) => e.batchId === done.revertBatch).every((e) => e.revertedBy === again.revertBatch)).toBe(
      true,
    );
    await t.api.revertHistory({ id: copy.batchId! });
    for (const x of [a, b, c]) expect(await stored(t, plan.id, x.id)).toBeNull();
  });

  it('one entry of a batch alone; the heading of a batch is not an entry of its own', async () => {
    const { t, plan, a, b } = await setup();
    for (const x of [a, b])
      await t.api.saveFollowUp({ activityId: x.id, month: FEB, status: 'inProgress', result: 'ก' });
    const copy = await t.api.copyMonth({ planId: plan.id, from: FEB, to: MAR });
    const entries = (await t.api.listAudit({ planId: plan.id })).filter((e) => e.batchId === copy.batchId);
    const ofB = entries.find(
      (e) => e.action === 'followUp.copy' && (e.after as { activityId: number }).activityId === b.id,
    )!;
    await t.api.revertHistory({ id: ofB.id, entryOnly: true });
    expect(await stored(t, plan.id, b.id)).toBeNull();
    expect(await stored(t, plan.id, a.id)).toMatchObject({ draft: true });
    const heading = entries.find((e) => e.action === 'followUp.copyMonth')!;
    const p = await t.api.previewRevert({ id: heading.id, entryOnly: true });
    expect(p.refusals[0]).toContain('เป็นหัวของชุดรายการ');
  });

  it('refuses when a later edit touched the same field (Thai, nothing written); keeps later edits of other fields', async () => {
    const { t, plan, a } = await setup('สมชาย');
    await t.api.saveFollowUp({ activityId: a.id, month: MAR, status: 'inProgress', result: 'เริ่มแล้ว' });
    const first = await newest(t);
    const other = makeApi(t.dbPath, 'สมหญิง');
    await other.api.saveFollowUp({ activityId: a.id, month: MAR, status: 'inProgress', result: 'แก้ผลแล้ว' });
    const before = fingerprint(t.dbPath);
    const p = await t.api.previewRevert({ id: first.id });
    expect(p.refusals).toHaveLength(1);
    expect(p.refusals[0]).toMatch(/ช่อง .*ผลการดำเนินงาน.* ถูกแก้ไขภายหลัง โดย สมหญิง \(รายการที่ \d+\)/);
    await expect(t.api.revertHistory({ id: first.id })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('ย้อนกลับไม่ได้ ไม่มีการเปลี่ยนแปลงข้อมูล'),
    });
    expect(fingerprint(t.dbPath)).toBe(before);

    // An edit of another field: the revert puts back only what the entry changed, and says what stays.
    await t.api.saveFollowUp({ activityId: a.id, month: MAR, status: 'inProgress', result: 'แก้ผลแล้ว', qty: 1 });
    const qtyEdit = await newest(t);
    await other.api.saveFollowUp({ activityId: a.id, month: MAR, status: 'done' });
    const p2 = await t.api.previewRevert({ id: qtyEdit.id });
    expect(p2.refusals).toEqual([]);
    expect(p2.changes[0]!.fields).toEqual([{ key: 'qty', now: 1, back: null }]);
    expect(p2.notes[0]).toContain('ช่อง สถานะ ที่แก้ไขภายหลังคงไว้ตามเดิม');
    await t.api.revertHistory({ id: qtyEdit.id });
    expect(await stored(t, plan.id, a.id)).toMatchObject({ qty: null, status: 'done', result: 'แก้ผลแล้ว' });
  });

  it('clear row removes the report and its links as one batch, which one revert brings back; refuses files', async () => {
    const { t, plan, a, b } = await setup();
    await t.api.saveFollowUp({ activityId: a.id, month: MAR, status: 'done', result: 'เผยแพร่แล้ว', qty: 2 });
    await t.api.addEvidenceUrl({ activityId: a.id, month: MAR, url: 'https://www.bangkok.go.th/dusit/news' });
    const kept = await stored(t, plan.id, a.id);
    expect(await t.api.clearFollowUp({ activityId: a.id, month: MAR })).toEqual({ cleared: true });
    const row = (await t.api.listMonth({ planId: plan.id, month: MAR })).find((r) => r.activityId === a.id)!;
    expect(row).toMatchObject({ followUp: null, reported: false });
    const cleared = await newest(t);
    expect(cleared.action).toBe('followUp.clear');
    await t.api.revertHistory({ id: cleared.batchId });
    const back = await stored(t, plan.id, a.id);
    expect(back).toMatchObject({ id: kept!.id, status: 'done', result: 'เผยแพร่แล้ว', qty: 2 });
    expect(back!.evidence.map((e) => e.url)).toEqual(['https://www.bangkok.go.th/dusit/news']);
    // Nothing to clear: says so; a stored file is never thrown away by it.
    expect(await t.api.clearFollowUp({ activityId: b.id, month: MAR })).toEqual({ cleared: false });
    await t.api.addEvidenceFile({
      activityId: b.id,
      month: MAR,
      fileName: 'ภาพ.pdf',
      data: new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n')),
    });
    await expect(t.api.clearFollowUp({ activityId: b.id, month: MAR })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('มีไฟล์หลักฐาน ภาพ.pdf'),
    });
  });
});

describe('undoLast (Ctrl+Z / เลิกทำ)', () => {
  it("walks back the user's own saves of the grid, one batch at a time, then says there is nothing", async () => {
    const { t, plan, a, b } = await setup();
    await t.api.saveFollowUp({ activityId: a.id, month: MAR, status: 'inProgress', result: 'เริ่ม' });
    // The same row saved again within a minute is one entry: one undo.
    await t.api.saveFollowUp({ activityId: a.id, month: MAR, status: 'inProgress', result: 'เริ่มแล้ว' });
    await t.api.saveFollowUp({ activityId: b.id, month: MAR, status: 'done' });
    // Someone else's save is not this user's to undo.
    await makeApi(t.dbPath, 'คนอื่น').api.saveFollowUp({ activityId: a.id, month: FEB, status: 'done' });
    const u1 = await t.api.undoLast({ planId: plan.id, scope: 'followUp' });
    expect(u1.message).toMatch(/^เลิกทำแล้ว: บันทึกผลข้อ I1 กิจกรรมที่ 2/);
    expect(await stored(t, plan.id, b.id)).toBeNull();
    await t.api.undoLast({ planId: plan.id, scope: 'followUp' });
    expect(await stored(t, plan.id, a.id)).toBeNull();
    expect(await stored(t, plan.id, a.id, FEB)).toMatchObject({ status: 'done' });
    expect(await t.api.undoLast({ planId: plan.id, scope: 'followUp' })).toEqual({
      result: null,
      message: NOTHING_TO_UNDO,
    });
  });

  it('undoes plan edits in the plan editor; on an approved plan it is refused (lock), follow-ups still undo', async () => {
    const { t, plan, a } = await setup();
    await t.api.updateActivity({ activityId: a.id, text: 'ประชุมประจำเดือนของเขต' });
    await t.api.saveFollowUp({ activityId: a.id, month: MAR, status: 'done' });
    await t.api.approvePlan({ planId: plan.id });
    const before = fingerprint(t.dbPath);
    await expect(t.api.undoLast({ planId: plan.id, scope: 'plan' })).rejects.toMatchObject({
      message: expect.stringContaining(PLAN_LOCKED),
    });
    expect(fingerprint(t.dbPath)).toBe(before);
    // The follow-up is the approved plan's own work: its undo is allowed.
    await t.api.undoLast({ planId: plan.id, scope: 'followUp' });
    expect(await stored(t, plan.id, a.id)).toBeNull();
    await t.api.reopenPlan({ planId: plan.id });
    const u = await t.api.undoLast({ planId: plan.id, scope: 'plan' });
    expect(u.result?.changes[0]).toMatchObject({ kind: 'restore', fields: [{ key: 'text', back: 'ประชุมประจำเดือน' }] });
    expect((await t.api.getPlan({ planId: plan.id })).indicators[0]!.items[0]!.activities[0]!.text).toBe(
      'ประชุมประจำเดือน',
    );
    // Then the creation of the third activity (newest first); one with reports is refused, naming why.
    await t.api.undoLast({ planId: plan.id, scope: 'plan' });
    const acts = (await t.api.getPlan({ planId: plan.id })).indicators[0]!.items[0]!.activities;
    expect(acts.map((x) => x.text)).toEqual(['ประชุมประจำเดือน', 'เผยแพร่ข่าว']);
  });

  it('a deleted activity comes back (at the end of its item), and the lock is checked on what a revert changes', async () => {
    const { t, plan, b } = await setup();
    await t.api.deleteActivity({ activityId: b.id });
    const del = await newest(t);
    await t.api.approvePlan({ planId: plan.id });
    await expect(t.api.revertHistory({ id: del.id })).rejects.toMatchObject({
      message: expect.stringContaining(PLAN_LOCKED),
    });
    await t.api.reopenPlan({ planId: plan.id });
    await t.api.revertHistory({ id: del.id });
    const acts = (await t.api.getPlan({ planId: plan.id })).indicators[0]!.items[0]!.activities;
    expect(acts.map((x) => x.text)).toEqual(['ประชุมประจำเดือน', 'อบรมเจ้าหน้าที่', 'เผยแพร่ข่าว']);
    // Kinds it cannot take back say so.
    await t.api.updateSettings({ office: 'สำนักงานเขตพระนคร' });
    const p = await t.api.previewRevert({ id: (await newest(t)).id });
    expect(p.refusals[0]).toContain('ย้อนกลับได้เฉพาะผลรายเดือน หลักฐาน ข้อ และกิจกรรม');
  });
});
