import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeApi, peek } from '../helpers/api';

const PDF = new Uint8Array([...Buffer.from('%PDF-1.4\n% ทดสอบ\n'), 1, 2, 3]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function setup() {
  const t = makeApi();
  const plan = await t.api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต' });
  const i1 = await t.api.createItem({ planId: plan.id, indicatorNumber: 1, question: 'I1' });
  const o1 = await t.api.createItem({ planId: plan.id, indicatorNumber: 9, question: 'โครงสร้าง' });
  const a = await t.api.createActivity({
    itemId: i1.id,
    text: 'ประชุมชี้แจง',
    targetQty: 1,
    targetUnit: 'ครั้ง',
    startMonth: '2022-12',
    endMonth: '2023-02',
    divisionIds: [1],
  });
  const b = await t.api.createActivity({
    itemId: i1.id,
    text: 'เผยแพร่คู่มือ',
    startMonth: '2023-01',
    endMonth: '2023-05',
    allDivisions: true,
  });
  const c = await t.api.createActivity({
    itemId: o1.id,
    text: 'เผยแพร่โครงสร้าง',
    startMonth: '2022-10',
    endMonth: '2023-09',
    divisionIds: [2],
  });
  return { t, plan, a, b, c };
}

describe('monthly follow-up', () => {
  it('lists only the activities due in a month, in plan order', async () => {
    const { t, plan } = await setup();
    const text = async (month: string) =>
      (await t.api.listMonth({ planId: plan.id, month })).map((r) => r.activityText);
    expect(await text('2022-10')).toEqual(['เผยแพร่โครงสร้าง']);
    expect(await text('2022-12')).toEqual(['ประชุมชี้แจง', 'เผยแพร่โครงสร้าง']);
    expect(await text('2023-01')).toEqual(['ประชุมชี้แจง', 'เผยแพร่คู่มือ', 'เผยแพร่โครงสร้าง']);
    expect(await text('2023-06')).toEqual(['เผยแพร่โครงสร้าง']);
    await expect(t.api.listMonth({ planId: plan.id, month: '2023-10' })).rejects.toMatchObject({
      message: expect.stringContaining('ไม่อยู่ในปีงบประมาณ'),
    });
    await expect(t.api.listMonth({ planId: plan.id, month: '2566-01' })).rejects.toMatchObject({
      code: 'invalidInput',
    });
  });

  it('saves a follow-up, updates it in place, and keeps it across a restart', async () => {
    const { t, plan, a } = await setup();
    const saved = await t.api.saveFollowUp({
      activityId: a.id,
      month: '2023-01',
      status: 'inProgress',
      qty: 0,
      result: 'นัดประชุมแล้ว',
      reporter: 'นางสาวสมหญิง',
    });
    expect(saved).toMatchObject({ status: 'inProgress', qty: 0, result: 'นัดประชุมแล้ว', reporter: 'นางสาวสมหญิง' });
    expect(saved.reportedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Only the fields given change; the rest stay.
    const again = await t.api.saveFollowUp({
      activityId: a.id,
      month: '2023-01',
      status: 'done',
      qty: 1,
      directorRemark: 'ดีมาก',
    });
    expect(again).toMatchObject({ id: saved.id, status: 'done', qty: 1, result: 'นัดประชุมแล้ว', directorRemark: 'ดีมาก' });

    const r = t.reopen();
    const rows = await r.api.listMonth({ planId: plan.id, month: '2023-01' });
    expect(rows[0]).toMatchObject({
      itemCode: 'I1',
      activityPosition: 1,
      targetQty: 1,
      followUp: { status: 'done', qty: 1 },
    });
    expect(rows[1]!.followUp).toBeNull();
    const db = peek(r.dbPath);
    expect(db.prepare('SELECT count(*) AS n FROM follow_up').get()).toEqual({ n: 1 });
    db.close();
    expect(await r.api.activityHistory({ activityId: a.id })).toHaveLength(1);
  });

  it('refuses a bad status, a negative quantity and a month outside the fiscal year', async () => {
    const { t, a } = await setup();
    await expect(
      t.api.saveFollowUp({ activityId: a.id, month: '2023-01', status: 'finished' as 'done' }),
    ).rejects.toMatchObject({
      code: 'invalidInput',
      message: expect.stringContaining('สถานะ'),
    });
    await expect(
      t.api.saveFollowUp({ activityId: a.id, month: '2023-01', status: 'done', qty: -1 }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('ไม่ติดลบ'),
    });
    await expect(t.api.saveFollowUp({ activityId: a.id, month: '2024-01', status: 'done' })).rejects.toMatchObject({
      message: expect.stringContaining('ปีงบประมาณ'),
    });
    await expect(t.api.saveFollowUp({ activityId: 9999, month: '2023-01', status: 'done' })).rejects.toMatchObject({
      code: 'notFound',
    });
  });

  it('filters a month by division (including "all divisions") and by status', async () => {
    const { t, plan, a, b, c } = await setup();
    await t.api.saveFollowUp({ activityId: b.id, month: '2023-01', status: 'blocked', problems: 'งบประมาณไม่พอ' });
    const byDiv = async (divisionId: number) =>
      (await t.api.listMonth({ planId: plan.id, month: '2023-01', divisionId })).map((r) => r.activityId);
    expect(await byDiv(1)).toEqual([a.id, b.id]);
    expect(await byDiv(5)).toEqual([b.id]);
    const blocked = await t.api.listMonth({ planId: plan.id, month: '2023-01', status: 'blocked' });
    expect(blocked.map((r) => r.activityId)).toEqual([b.id]);
    // Nobody reported a nor c: they are ยังไม่รายงาน (reported: false), not ยังไม่ดำเนินการ.
    expect(await t.api.listMonth({ planId: plan.id, month: '2023-01', status: 'notStarted' })).toEqual([]);
    const notReported = await t.api.listMonth({ planId: plan.id, month: '2023-01', status: 'notReported' });
    expect(notReported.map((r) => [r.activityId, r.reported])).toEqual([
      [a.id, false],
      [c.id, false],
    ]);
    expect(blocked[0]!.reported).toBe(true);
    await t.api.saveFollowUp({ activityId: a.id, month: '2023-01', status: 'notStarted' });
    const started = await t.api.listMonth({ planId: plan.id, month: '2023-01', status: 'notStarted' });
    expect(started.map((r) => [r.activityId, r.reported])).toEqual([[a.id, true]]);
  });
  // Copy from last month: tests/api/copyMonth.test.ts.
});

describe('evidence', () => {
  it('adds URL and file evidence, reads the file back byte for byte, and removes it', async () => {
    const { t, plan, c } = await setup();
    const url = await t.api.addEvidenceUrl({
      activityId: c.id,
      month: '2023-01',
      url: 'https://www.bangkok.go.th/dusit/page/123',
      label: 'หน้าเว็บ',
    });
    expect(url).toMatchObject({ kind: 'url', url: 'https://www.bangkok.go.th/dusit/page/123' });
    const file = await t.api.addEvidenceFile({
      activityId: c.id,
      month: '2023-01',
      fileName: 'C:\\งาน\\รายงานการประชุม.pdf',
      data: PDF,
    });
    expect(file).toMatchObject({
      kind: 'file',
      fileName: 'รายงานการประชุม.pdf',
      mimeType: 'application/pdf',
      size: PDF.byteLength,
    });
    const r = t.reopen();
    const rows = await r.api.listMonth({ planId: plan.id, month: '2023-01' });
    const fu = rows.find((r) => r.activityId === c.id)!.followUp!;
    expect(fu.status).toBe('notStarted'); // evidence before a status starts the month's report
    expect(fu.evidence.map((e) => e.kind)).toEqual(['url', 'file']);
    const back = await r.api.getEvidenceFile({ evidenceId: file.id });
    expect(Buffer.from(back.data).equals(Buffer.from(PDF))).toBe(true);
    await expect(r.api.getEvidenceFile({ evidenceId: url.id })).rejects.toMatchObject({ code: 'invalidInput' });
    expect(await r.api.removeEvidence({ evidenceId: file.id })).toEqual({ deleted: true });
    await expect(r.api.getEvidenceFile({ evidenceId: file.id })).rejects.toMatchObject({ code: 'notFound' });
  });

  it.each([
    ['javascript:alert(1)'],
    ['file:///etc/passwd'],
    ['data:text/html,<script>alert(1)</script>'],
    ['ftp://example.com/a'],
    ['http://'],
    ['www.bangkok.go.th'],
  ])('refuses the URL %s', async (bad) => {
    const { t, c, plan } = await setup();
    await expect(t.api.addEvidenceUrl({ activityId: c.id, month: '2023-01', url: bad })).rejects.toMatchObject({
      code: 'invalidInput',
      message: expect.stringContaining('http'),
    });
    expect((await t.api.listMonth({ planId: plan.id, month: '2023-01' })).every((r) => r.followUp === null)).toBe(true);
  });

  it('refuses files of other types, files whose content lies about their type, empty and oversized files', async () => {
    const { t, c } = await setup();
    const add = (fileName: string, data: Uint8Array) =>
      t.api.addEvidenceFile({ activityId: c.id, month: '2023-01', fileName, data });
    await expect(add('virus.exe', new Uint8Array([0x4d, 0x5a, 0, 0]))).rejects.toMatchObject({
      message: expect.stringContaining('ชนิดนี้'),
    });
    await expect(add('รูป.pdf', PNG)).rejects.toMatchObject({ message: expect.stringContaining('ไม่ใช่ไฟล์ .pdf') });
    await expect(add('ว่าง.pdf', new Uint8Array())).rejects.toMatchObject({
      message: expect.stringContaining('ว่างเปล่า'),
    });
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(PDF);
    await expect(add('ใหญ่.pdf', big)).rejects.toMatchObject({ code: 'tooLarge' });
    expect(await add('ภาพ.PNG', PNG)).toMatchObject({ mimeType: 'image/png' });
  });
});

describe('desktop actions (injected by the shell)', () => {
  it('openEvidence writes the stored file to a temp folder and opens it; openExternal passes only http(s)', async () => {
    const opened: string[] = [];
    const links: string[] = [];
    const { makeApi: make } = await import('../helpers/api');
    const t = make(undefined, 'ผู้ทดสอบ', {
      openPath: async (f) => void opened.push(f),
      openExternal: async (u) => void links.push(u),
    });
    const plan = await t.api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต' });
    const item = await t.api.createItem({ planId: plan.id, indicatorNumber: 9 });
    const a = await t.api.createActivity({ itemId: item.id, text: 'เผยแพร่' });
    const ev = await t.api.addEvidenceFile({ activityId: a.id, month: '2023-01', fileName: 'รายงาน.pdf', data: PDF });
    expect(await t.api.openEvidence({ evidenceId: ev.id })).toEqual({ opened: true });
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/ita-tracker-evidence.+รายงาน\.pdf$/);
    expect(Buffer.from(fs.readFileSync(opened[0]!)).equals(Buffer.from(PDF))).toBe(true);
    expect(await t.api.openExternal({ url: 'https://www.bangkok.go.th/dusit' })).toEqual({ opened: true });
    await expect(t.api.openExternal({ url: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'invalidInput' });
    await expect(t.api.openExternal({ url: 'file:///etc/passwd' })).rejects.toMatchObject({ code: 'invalidInput' });
    expect(links).toEqual(['https://www.bangkok.go.th/dusit']);
  });

  it('without a desktop shell (CLI) they explain in Thai that they need the app', async () => {
    const { t, c } = await setup();
    const url = await t.api.addEvidenceUrl({ activityId: c.id, month: '2023-01', url: 'https://a.example/x' });
    await expect(t.api.openExternal({ url: 'https://a.example/x' })).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('เฉพาะในโปรแกรม'),
    });
    await expect(t.api.openEvidence({ evidenceId: url.id })).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('evidence limits shared with the page', () => {
  it('the page checks the same file types and size the API keeps', async () => {
    const { ALLOWED_EXTENSIONS } = await import('../../db/queries/evidence');
    const { EVIDENCE_EXTENSIONS, MAX_EVIDENCE_BYTES } = await import('../../core/limits');
    expect([...EVIDENCE_EXTENSIONS].sort()).toEqual([...ALLOWED_EXTENSIONS].sort());
    expect(MAX_EVIDENCE_BYTES).toBe(20 * 1024 * 1024);
  });

  it('a month row carries the responsible text as written in the plan', async () => {
    const t = makeApi();
    const plan = await t.api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต' });
    const item = await t.api.createItem({ planId: plan.id, indicatorNumber: 1 });
    await t.api.createActivity({ itemId: item.id, text: 'ก', responsibleText: 'งานเทคนิค' });
    const rows = await t.api.listMonth({ planId: plan.id, month: '2023-01' });
    expect(rows[0]).toMatchObject({ responsibleText: 'งานเทคนิค', divisionIds: [] });
  });
});
