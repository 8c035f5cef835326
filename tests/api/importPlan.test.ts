// importPlan through the real API: pasted text, the clipboard's HTML, files (.txt, .html, .docx,
// .xlsx), the preview (columns read, wrap-space joins, structure), undoing joins, criteria coverage,
// and refusals that name every problem and leave the database exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../core/types';
import { makeApi } from '../helpers/api';
import { fingerprint } from '../helpers/fingerprint';
import { planDocx } from '../helpers/planDocx';
import { sampleText } from '../helpers/tmp';

const FIXTURES = path.resolve(__dirname, '../fixtures/plans');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

describe('importPlan', () => {
  it('previews the sample: the columns read, its structure, every wrap-space join — and writes nothing', async () => {
    const t = makeApi();
    const before = fingerprint(t.dbPath);
    const r = await t.api.importPlan({ text: sampleText(), dryRun: true });
    expect(fingerprint(t.dbPath)).toBe(before);
    expect(r).toMatchObject({ dryRun: true, plan: null, itemCount: 70, activityCount: 112 });
    expect(r.preview.source).toBe('text');
    expect(r.preview.columns.map((c) => [c.role, c.header])).toEqual([
      ['code', 'ตัวชี้วัด'],
      ['issue', 'ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ'],
      ['activity', 'กิจกรรมที่จะดำเนินการ'],
      ['output', 'ผลผลิต'],
      ['awareness', 'วิธีการสร้างการรับรู้'],
      ['timeframe', 'ระยะเวลาแล้วเสร็จ'],
      ['responsible', 'ผู้รับผิดชอบ'],
      ['monitoring', 'ระยะเวลากำกับติดตามโดย ผอ.เขต'],
    ]);
    expect(r.preview.columns[2]?.label).toBe('กิจกรรมที่จะดำเนินการ');
    expect(
      r.preview.tools.map((tl) => [tl.code, tl.indicators.length, tl.indicators.flatMap((i) => i.items).length]),
    ).toEqual([
      ['IIT', 5, 25],
      ['EIT', 3, 15],
      ['OIT', 2, 30],
    ]);
    expect(r.preview.joins.length).toBeGreaterThan(300);
    expect(r.preview.joins.every((j) => j.applied && j.before.includes(' '))).toBe(true);
  });

  it('imports with the joins the user kept: one undone, then all undone', async () => {
    const t = makeApi();
    const preview = await t.api.importPlan({ text: sampleText(), dryRun: true });
    const join = preview.preview.joins.find((j) => j.before.includes('ผู้อำนวยการ เขต'))!;
    const one = await t.api.importPlan({ text: sampleText(), keepSpaces: [join.id], dryRun: true });
    expect(one.preview.joins.filter((j) => !j.applied).map((j) => j.id)).toEqual([join.id]);

    const r = await t.api.importPlan({ text: sampleText(), keepSpaces: 'all' });
    const plan = await t.api.getPlan({ planId: r.plan!.id });
    const i1 = plan.indicators[0]!.items[0]!;
    expect(i1.activities[0]!.text).toBe('ประชุมชี้แจงเจ้าหน้าที่เรื่อง การให้บริการ โดยผู้อำนวยการ เขต');
    const audit = await t.api.listAudit({ entity: 'plan' });
    expect(audit[0]).toMatchObject({
      action: 'plan.import',
      after: { source: 'text', joinsUndone: r.preview.joins.length },
    });
  });

  it('imports the clipboard HTML of a Word table with the year the user gives', async () => {
    const t = makeApi();
    const html = fixture('word-clipboard-2570.html').toString('utf8');
    await expect(t.api.importPlan({ html })).rejects.toMatchObject({
      code: 'importFailed',
      message: expect.stringContaining('ปีงบประมาณ'),
    });
    const r = await t.api.importPlan({ html, fiscalYear: 2570, office: 'สำนักงานเขตบางรัก' });
    expect(r.preview.source).toBe('html');
    const plan = await t.api.getPlan({ planId: r.plan!.id });
    expect(plan.tools.map((tl) => tl.code)).toEqual(['IIT', 'OIT']);
    expect(
      plan.indicators.map((i) => [i.number, i.tool, i.items.map((it) => [it.code, it.activities.length])]),
    ).toEqual([
      [
        1,
        'IIT',
        [
          ['I1', 2],
          ['I2', 2],
        ],
      ],
      [9, 'OIT', [['O1', 1]]],
    ]);
    const first = plan.indicators[0]!.items[0]!.activities;
    expect(first.map((a) => [a.startMonth, a.endMonth])).toEqual([
      ['2026-12', '2027-05'],
      ['2027-01', '2027-03'],
    ]);
  });

  it.each([
    ['.docx (Word)', 'แผนราชเทวี.docx', async () => planDocx(), 'docx', ['I1', 'I2', 'O1'], 6],
    [
      '.txt (a saved paste)',
      'newer-year-2570.txt',
      async () => fixture('newer-year-2570.txt'),
      'text',
      ['I1', 'I2', 'I8', 'O1', 'O2', 'O8', 'O9', 'O24'],
      9,
    ],
    [
      '.tsv with tick columns',
      'ticks-two-row-header-2570.tsv',
      async () => fixture('ticks-two-row-header-2570.tsv'),
      'text',
      ['E1', 'E2', 'E6', 'E7'],
      4,
    ],
    [
      '.html (a saved page)',
      'word-clipboard-2570.html',
      async () => fixture('word-clipboard-2570.html'),
      'html',
      ['I1', 'I2', 'O1'],
      5,
    ],
  ] as const)('imports a %s file', async (_what, name, data, source, codes, activities) => {
    const t = makeApi();
    const r = await t.api.importPlan({
      file: { name, data: new Uint8Array(await data()) },
      fiscalYear: 2570,
      office: 'สำนักงานเขตทดสอบ',
    });
    expect(r.preview.source).toBe(source);
    expect(r.codes).toEqual(codes);
    expect(r.activityCount).toBe(activities);
    expect(r.plan).toMatchObject({ fiscalYear: 2570, itemCount: codes.length });
  });

  it('says which items of a criteria set the plan does not cover — as information, not a warning', async () => {
    const t = makeApi();
    const r = await t.api.importPlan({
      file: { name: 'p.txt', data: fixture('newer-year-2570.txt') },
      criteriaSet: 'bkk-district-2566',
    });
    expect(r.preview.coverage).toMatchObject({ criteriaSet: 'bkk-district-2566', total: 70, covered: 8 });
    expect(r.preview.coverage!.missing).toHaveLength(62);
    expect(r.preview.coverage!.missing[0]).toMatchObject({ code: 'I3', indicator: 1 });
    expect(r.problems.some((p) => p.message.includes('I3'))).toBe(false);
    expect(r.plan!.criteriaSet).toBe('bkk-district-2566');
    expect(await t.api.criteriaCoverage({ planId: r.plan!.id })).toMatchObject({ covered: 8, total: 70 });
  });

  it('refuses bad input naming every problem ("และอีก N รายการ"), with the preview, and changes nothing', async () => {
    const t = makeApi();
    await t.api.importSamplePlan({});
    const before = fingerprint(t.dbPath);
    const header = fixture('newer-year-2570.txt').toString('utf8').split('\n')[3]!;
    const rows = Array.from(
      { length: 8 },
      (_, i) => `\tประเด็นที่ ${i}\tกิจกรรม\t1 ครั้ง\tเว็บไซต์\tไตรมาสที่ 1\tฝ่ายปกครอง\tทุกเดือน`,
    );
    const text = ['สำนักงานเขตบางรัก ประจำปีงบประมาณ พ.ศ. 2570', header, ...rows].join('\n');
    const err = await t.api.importPlan({ text }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'importFailed' });
    const message = (err as Error).message;
    expect(message.split('\n')[0]).toBe('นำเข้าแผนไม่ได้ ไม่มีการเปลี่ยนแปลงข้อมูล (พบปัญหา 8 รายการ)');
    expect(message).toMatch(/บรรทัด 3, คอลัมน์ ตัวชี้วัด: /);
    expect(message.split('\n').at(-1)).toBe('และอีก 3 รายการ');
    const details = (err as { details: { problems: ImportProblem[]; preview: { columns: unknown[] } } }).details;
    expect(details.problems).toHaveLength(8);
    // Each problem carries its line (and column) apart: its message never starts with "บรรทัด N";
    // the refusal's text is where the line is written, before the first five in full.
    expect(details.problems.filter((p) => /^(บรรทัด|แถว)\s*[0-9๐-๙]/.test(p.message))).toEqual([]);
    expect(details.problems.map((p) => [p.line, p.column])).toEqual(
      Array.from({ length: 8 }, (_, i) => [i + 3, 'ตัวชี้วัด']),
    );
    expect(message.split('\n').slice(1, 6)).toEqual(
      details.problems.slice(0, 5).map((p) => `บรรทัด ${p.line}, คอลัมน์ ${p.column}: ${p.message}`),
    );
    expect(details.preview.columns).toHaveLength(8);
    expect(fingerprint(t.dbPath)).toBe(before);
  });

  it('refuses binary text with details.problems that carry the line apart from the message', async () => {
    const t = makeApi();
    const text = 'สำนักงานเขตบางรัก\nแถวที่สอง\u0000\u0001'.repeat(3);
    const err = await t.api.importPlanText({ text, fiscalYear: 2567 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'importFailed' });
    const problems = (err as { details: { problems: ImportProblem[] } }).details.problems;
    expect(problems).toEqual([{ line: 2, severity: 'error', message: expect.stringMatching(/^มีอักขระ NUL — .*ไบนารี/) }]);
    expect((err as Error).message.split('\n')).toEqual([
      'นำเข้าแผนไม่ได้ ไม่มีการเปลี่ยนแปลงข้อมูล (พบปัญหา 1 รายการ)',
      `บรรทัด 2: ${problems[0]!.message}`,
    ]);
  });

  it('refuses an unknown header naming the columns found and those expected', async () => {
    const t = makeApi();
    const text = fixture('newer-year-2570.txt').toString('utf8').replace('วิธีการสร้างการรับรู้', 'สีปก');
    await expect(t.api.importPlan({ text })).rejects.toMatchObject({
      code: 'importFailed',
      message: expect.stringMatching(/ไม่รู้จักคอลัมน์ "สีปก" — คอลัมน์ที่พบ: .*"สีปก".*คอลัมน์ที่อ่านได้: .*วิธีการสร้างการรับรู้/),
    });
  });

  it.each([
    ['no source', {}],
    ['two sources', { text: 'a', html: '<table></table>' }],
  ])('refuses %s', async (_name, input) => {
    const t = makeApi();
    await expect(t.api.importPlan(input)).rejects.toMatchObject({
      code: 'invalidInput',
      message: expect.stringContaining('แหล่งที่นำเข้า'),
    });
  });

  it.each([
    ['a PDF', 'plan.pdf', new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(100)), /PDF/],
    ['an old Word file', 'plan.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), /\.docx/],
    ['random bytes called .docx', 'plan.docx', new Uint8Array(5000).map((_, i) => (i * 7919) % 256), /Word/],
  ])('refuses %s with a Thai message naming the file', async (_name, name, data, re) => {
    const t = makeApi();
    await expect(t.api.importPlan({ file: { name, data } })).rejects.toMatchObject({
      message: expect.stringMatching(re),
    });
  });
});
