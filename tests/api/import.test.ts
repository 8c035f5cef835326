import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeApi } from '../helpers/api';
import { fingerprint } from '../helpers/fingerprint';
import { sampleText } from '../helpers/tmp';

const HEADER =
  'ตัวชี้วัด\tประเด็นที่ต้องเตรียมความพร้อม/ ยกระดับ\tกิจกรรมที่จะดำเนินการ\tผลผลิต\tวิธีการสร้าง การรับรู้\tระยะเวลา แล้วเสร็จ\tผู้รับผิดชอบ\tระยะเวลา กำกับติดตาม โดย ผอ.เขต';

describe('importing a plan through the API', () => {
  it('imports the Dusit sample: 70 items, all activities, unknown unit kept as a division, audit entry', async () => {
    const t = makeApi();
    const r = await t.api.importPlanText({ text: sampleText() });
    expect(r).toMatchObject({ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต', itemCount: 70, dryRun: false });
    expect(r.plan).toMatchObject({ fiscalYear: 2566, itemCount: 70, activityCount: r.activityCount });
    expect(r.unknownDivisions).toContain('เทคนิค');
    expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
    const plan = await t.api.getPlan({ planId: r.plan!.id });
    expect(plan.indicators.map((i) => i.items.length)).toEqual([7, 4, 6, 3, 5, 6, 4, 5, 22, 8]);
    const divisions = await t.api.listDivisions({});
    const technic = divisions.find((d) => d.name === 'เทคนิค');
    expect(technic).toMatchObject({ isStandard: false });
    const all = plan.indicators.flatMap((i) => i.items.flatMap((it) => it.activities));
    expect(all.some((a) => a.divisionIds.includes(technic!.id))).toBe(true);
    expect(all.filter((a) => a.allDivisions).length).toBeGreaterThan(0);
    expect((await t.api.getSettings({})).office).toBe('สำนักงานเขตดุสิต');
    expect(await t.api.listAudit({ entity: 'plan' })).toMatchObject([{ action: 'plan.import' }]);
  });

  it('a dry run returns the preview and writes nothing', async () => {
    const t = makeApi();
    const before = fingerprint(t.dbPath);
    const r = await t.api.importPlanText({ text: sampleText(), dryRun: true });
    expect(r).toMatchObject({ dryRun: true, plan: null, itemCount: 70 });
    expect(r.codes.slice(0, 3)).toEqual(['I1', 'I2', 'I3']);
    expect(fingerprint(t.dbPath)).toBe(before);
  });

  it('the year given by the user wins over the document, with a warning', async () => {
    const t = makeApi();
    const r = await t.api.importPlanText({ text: sampleText(), fiscalYear: 2567 });
    expect(r.plan).toMatchObject({ fiscalYear: 2567 });
    expect(r.problems.some((p) => p.message.includes('2567'))).toBe(true);
  });

  const badInputs: [string, () => string, RegExp][] = [
    ['empty text', () => '', /ไม่มีข้อความให้นำเข้า/],
    ['only blank lines', () => '\n\n   \n', /ไม่มีข้อความให้นำเข้า/],
    ['wrong number of columns', () => `${HEADER}\nI1 คำถาม\tประเด็น\tกิจกรรม\n`, /บรรทัด 2: มี 3 คอลัมน์/],
    ['binary content', () => '\u0000\u0001PK\u0003\u0004\u0000'.repeat(200), /บรรทัด 1: .*ไบนารี/],
    ['a table with no items', () => `${HEADER}\n`, /ไม่พบข้อใดในตาราง/],
    ['text that is not a table', () => 'สวัสดี\nไม่ใช่ตาราง', /ไม่พบตาราง/],
  ];

  it.each(badInputs)('refuses %s with a Thai error and leaves the database unchanged', async (_name, make, pattern) => {
    const t = makeApi();
    await t.api.importSamplePlan({});
    const before = fingerprint(t.dbPath);
    await expect(t.api.importPlanText({ text: make(), fiscalYear: 2567 })).rejects.toMatchObject({
      code: 'importFailed',
      message: expect.stringMatching(pattern),
    });
    expect(fingerprint(t.dbPath)).toBe(before);
  });

  it('refuses 10 MB of noise with a Thai error and leaves the database unchanged', async () => {
    const t = makeApi();
    const before = fingerprint(t.dbPath);
    const noise = crypto.randomBytes(10 * 1024 * 1024).toString('latin1');
    await expect(t.api.importPlanText({ text: noise, fiscalYear: 2567 })).rejects.toMatchObject({
      code: 'invalidInput',
      message: expect.stringContaining('5 MB'),
    });
    expect(fingerprint(t.dbPath)).toBe(before);
  });

  it('refuses a plan for a year that exists and leaves the database unchanged', async () => {
    const t = makeApi();
    await t.api.importSamplePlan({});
    const before = fingerprint(t.dbPath);
    await expect(t.api.importPlanText({ text: sampleText() })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('ปีงบประมาณ พ.ศ. 2566 อยู่แล้ว'),
    });
    await expect(t.api.importSamplePlan({})).rejects.toMatchObject({ code: 'conflict' });
    expect(fingerprint(t.dbPath)).toBe(before);
  });

  it('a failure half-way through writing rolls the whole import back', async () => {
    const t = makeApi();
    const before = fingerprint(t.dbPath);
    // A trigger that fails on the 50th item simulates a crash in the middle of the write.
    t.db.exec(`CREATE TRIGGER boom BEFORE INSERT ON item WHEN (SELECT count(*) FROM item) >= 49
               BEGIN SELECT RAISE(ABORT, 'disk error'); END`);
    await expect(t.api.importPlanText({ text: sampleText() })).rejects.toBeTruthy();
    t.db.exec('DROP TRIGGER boom');
    expect(fingerprint(t.dbPath)).toBe(before);
  });
});
