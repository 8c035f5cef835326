// Copy from last month (issue 13 point 2), on real SQLite through the API: a preview that writes
// nothing, then drafts that never carry done/blocked, dated lines, quantities, remarks or evidence,
// never overwrite, count as not reported until saved, and are one batch of the history.
import { describe, expect, it } from 'vitest';
import { makeApi, peek } from '../helpers/api';

async function setup() {
  const t = makeApi();
  const plan = await t.api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต' });
  const item = await t.api.createItem({ planId: plan.id, indicatorNumber: 1, question: 'I1' });
  const act = (text: string, startMonth: string | null = '2022-10', endMonth: string | null = '2023-09') =>
    t.api.createActivity({ itemId: item.id, text, startMonth, endMonth, targetQty: 4, targetUnit: 'ครั้ง' });
  const going = await act('ประชุมประจำเดือน');
  const finished = await act('จัดทำคู่มือ');
  const stuck = await act('ติดตั้งตู้รับเรื่อง');
  const filled = await act('เผยแพร่ข่าว');
  const ended = await act('สำรวจความพึงพอใจ', '2022-10', '2023-02'); // not due in March
  const empty = await act('อบรมเจ้าหน้าที่');
  const FEB = '2023-02';
  await t.api.saveFollowUp({
    activityId: going.id,
    month: FEB,
    status: 'inProgress',
    qty: 1,
    result: 'จัดประชุมครั้งที่ ๑ แล้ว\nประชุมเมื่อวันที่ ๑๕ กุมภาพันธ์ ๒๕๖๖\nสรุปรายงานเสนอ ผอ.เขต',
    problems: 'ผู้เข้าร่วมน้อย\nเลื่อนจาก 3 ก.พ. 66',
    directorRemark: 'เร่งรัด',
  });
  await t.api.addEvidenceUrl({ activityId: going.id, month: FEB, url: 'https://www.bangkok.go.th/dusit/feb' });
  await t.api.saveFollowUp({ activityId: finished.id, month: FEB, status: 'done', result: 'จัดทำคู่มือเสร็จแล้ว' });
  await t.api.saveFollowUp({ activityId: stuck.id, month: FEB, status: 'blocked', problems: 'ไม่มีงบประมาณ' });
  await t.api.saveFollowUp({ activityId: filled.id, month: FEB, status: 'inProgress', result: 'ร่างข่าวแล้ว' });
  await t.api.saveFollowUp({ activityId: filled.id, month: '2023-03', status: 'done', result: 'เผยแพร่แล้ว' });
  await t.api.saveFollowUp({ activityId: ended.id, month: FEB, status: 'inProgress', result: 'สำรวจแล้วบางส่วน' });
  await t.api.saveFollowUp({ activityId: empty.id, month: FEB, status: 'notStarted', result: 'ประชุมเมื่อวานนี้' });
  return { t, plan, going, finished, stuck, filled, ended, empty };
}

describe('copy from last month', () => {
  it('previews first, writing nothing; says per row what it carries and why the rest stays', async () => {
    const { t, plan, going, finished, stuck, filled, ended, empty } = await setup();
    const before = peek(t.dbPath);
    const count = () => (before.prepare('SELECT count(*) AS n FROM follow_up').get() as { n: number }).n;
    const audits = () => (before.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const [rows0, log0] = [count(), audits()];
    const preview = await t.api.copyMonth({ planId: plan.id, from: '2023-02', to: '2023-03', dryRun: true });
    expect([count(), audits()]).toEqual([rows0, log0]);
    expect(preview).toMatchObject({ dryRun: true, copied: 1, batchId: null, from: '2023-02', to: '2023-03' });
    const by = new Map(preview.rows.map((r) => [r.activityId, r]));
    expect(by.get(going.id)!.carried).toEqual({
      status: 'inProgress',
      result: 'จัดประชุมครั้งที่ ๑ แล้ว\nสรุปรายงานเสนอ ผอ.เขต',
      problems: 'ผู้เข้าร่วมน้อย',
      dropped: ['ประชุมเมื่อวันที่ ๑๕ กุมภาพันธ์ ๒๕๖๖', 'เลื่อนจาก 3 ก.พ. 66'],
    });
    expect(by.get(finished.id)).toMatchObject({ carried: null, skipped: 'done' });
    expect(by.get(stuck.id)).toMatchObject({ carried: null, skipped: 'blocked' });
    expect(by.get(filled.id)).toMatchObject({ carried: null, skipped: 'filled' });
    expect(by.get(empty.id)).toMatchObject({ carried: null, skipped: 'nothing' }); // its only line was dated
    expect(by.has(ended.id)).toBe(false); // not due in March
    before.close();
  });

  it('copies as drafts, one batch; drafts are not reported until saved; never overwrites', async () => {
    const { t, plan, going, filled } = await setup();
    const done = await t.api.copyMonth({ planId: plan.id, from: '2023-02', to: '2023-03' });
    expect(done).toMatchObject({ dryRun: false, copied: 1 });
    expect(done.batchId).toEqual(expect.any(Number));
    const march = await t.api.listMonth({ planId: plan.id, month: '2023-03' });
    const row = march.find((r) => r.activityId === going.id)!;
    expect(row.followUp).toMatchObject({
      status: 'inProgress',
      qty: null,
      directorRemark: '',
      draft: true,
      copiedFrom: '2023-02',
      evidence: [],
      result: 'จัดประชุมครั้งที่ ๑ แล้ว\nสรุปรายงานเสนอ ผอ.เขต',
    });
    expect(row.reported).toBe(false);
    expect(march.find((r) => r.activityId === filled.id)!.followUp).toMatchObject({ status: 'done', draft: false });
    // A draft is ยังไม่รายงาน everywhere: the status filter, the roll-up's month gaps.
    const notReported = await t.api.listMonth({ planId: plan.id, month: '2023-03', status: 'notReported' });
    expect(notReported.map((r) => r.activityId)).toContain(going.id);
    const p = await t.api.progress({ planId: plan.id, month: '2023-03' });
    expect(p.monthsNotReported.find((m) => m.month === '2023-03')).toMatchObject({ due: 5, missing: 4 });
    // The history: one batch, the copy named once, each row in its activity's entries.
    const log = await t.api.listAudit({ planId: plan.id, limit: 50 });
    const batch = log.filter((e) => e.batchId === done.batchId);
    expect(batch.map((e) => e.action).sort()).toEqual(['followUp.copy', 'followUp.copyMonth']);
    // Copying again copies nothing: the month is no longer empty there.
    expect(await t.api.copyMonth({ planId: plan.id, from: '2023-02', to: '2023-03' })).toMatchObject({
      copied: 0,
      batchId: null,
    });
    // Saving the row (even unchanged) makes it a report.
    await t.api.saveFollowUp({ activityId: going.id, month: '2023-03', status: 'inProgress' });
    const saved = (await t.api.listMonth({ planId: plan.id, month: '2023-03' })).find(
      (r) => r.activityId === going.id,
    )!;
    expect(saved.followUp).toMatchObject({ draft: false, copiedFrom: null });
    expect(saved.reported).toBe(true);
  });

  it('refuses months outside the plan year or in the wrong order, in Thai', async () => {
    const { t, plan } = await setup();
    await expect(t.api.copyMonth({ planId: plan.id, from: '2023-03', to: '2023-02' })).rejects.toMatchObject({
      code: 'invalidInput',
      message: expect.stringContaining('ต้องอยู่ก่อน'),
    });
    await expect(t.api.copyMonth({ planId: plan.id, from: '2023-09', to: '2023-10' })).rejects.toMatchObject({
      code: 'invalidInput',
      message: expect.stringContaining('ปีงบประมาณ'),
    });
  });
});
