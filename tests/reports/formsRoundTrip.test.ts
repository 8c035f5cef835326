import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../core/contract';
import { loadMonthReport, loadPlanReport } from '../../electron/reports/data';
import { buildXlsx } from '../../electron/reports/xlsx';
import { makeApi, peek } from '../helpers/api';
import { tmpDir } from '../helpers/tmp';
import { zipWith } from '../helpers/zip';

const MONTH = '2023-03';

async function setup() {
  const t = makeApi();
  const planId = (await t.api.importSamplePlan({})).plan!.id;
  const gov = (await t.api.listDivisions({})).find((d) => d.name === 'ฝ่ายปกครอง')!;
  return { ...t, planId, gov };
}

async function exportForm(api: Api, planId: number, divisionId: number, month = MONTH) {
  const out = path.join(tmpDir(), 'ฝ่ายปกครอง.xlsx');
  const r = await api.exportDivisionForm({ planId, month, divisionId, outPath: out });
  expect(r.path).toBe(out);
  expect(r.bytes).toBe(fs.statSync(out).size);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb;
}

const bytes = async (wb: ExcelJS.Workbook) => new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
const followUpCount = (dbPath: string) => {
  const db = peek(dbPath);
  try {
    return (db.prepare('SELECT count(*) AS n FROM follow_up').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('division forms', () => {
  it('exports a locked form with the due activities and yellow fill-in cells', async () => {
    const { api, planId, gov } = await setup();
    const wb = await exportForm(api, planId, gov.id);
    const ws = wb.getWorksheet('แบบรายงาน')!;
    const due = await api.listMonth({ planId, month: MONTH, divisionId: gov.id });
    expect(due.length).toBeGreaterThan(5);
    expect(String(ws.getCell(1, 1).value)).toContain('มีนาคม ๒๕๖๖');
    expect(String(ws.getCell(3, 1).value)).toBe('ฝ่ายปกครอง');
    due.forEach((r, i) => {
      expect(ws.getCell(7 + i, 1).value).toBe(r.itemCode);
      expect(ws.getCell(7 + i, 2).value).toBe(r.activityText);
      expect(ws.getCell(7 + i, 9).value).toBe(String(r.activityId));
    });
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    expect(ws.getCell(7, 2).protection?.locked).not.toBe(false);
    for (const c of [4, 5, 6, 7, 8]) expect(ws.getCell(7, c).protection?.locked).toBe(false);
    expect(ws.getCell(7, 4).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"ดำเนินการแล้ว,อยู่ระหว่างดำเนินการ,ยังไม่ดำเนินการ,ไม่สามารถดำเนินการได้"'],
    });
    expect(ws.getColumn(9).hidden).toBe(true);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
  });

  it('filled in (Thai statuses, Thai digits, text, a formula, URLs) → preview → recorded with evidence', async () => {
    const { api, planId, gov, dbPath } = await setup();
    const wb = await exportForm(api, planId, gov.id);
    const ws = wb.getWorksheet('แบบรายงาน')!;
    const due = await api.listMonth({ planId, month: MONTH, divisionId: gov.id });
    ws.getCell(4, 3).value = 'นางสาวทดสอบ ใจดี';
    ws.getCell(7, 4).value = 'ดำเนินการแล้ว';
    ws.getCell(7, 5).value = 2;
    ws.getCell(7, 6).value = 'ประชุมชี้แจง\u0007เจ้าหน้าที่แล้ว';
    ws.getCell(7, 8).value = 'https://www.bangkok.go.th/dusit/a\nhttps://www.bangkok.go.th/dusit/b';
    ws.getCell(8, 4).value = 'อยู่ระหว่างดำเนินการ';
    ws.getCell(8, 5).value = '๓';
    ws.getCell(8, 6).value = { formula: 'HYPERLINK("http://evil")', result: 'x' } as ExcelJS.CellFormulaValue;
    ws.getCell(8, 7).value = 'งบประมาณล่าช้า';
    const data = await bytes(wb);
    const files = [{ name: 'ฝ่ายปกครอง.xlsx', data }];

    const preview = await api.previewDivisionForms({ planId, files });
    expect(preview.errors).toEqual([]);
    expect(preview.ok).toBe(true);
    expect(preview.toRecord).toBe(2);
    expect(preview.files[0]!.skipped).toBe(due.length - 2);
    expect(preview.files[0]!.rows.map((r) => [r.row, r.status, r.qty, r.action])).toEqual([
      [7, 'done', 2, 'create'],
      [8, 'inProgress', 3, 'create'],
    ]);
    expect(followUpCount(dbPath)).toBe(0); // preview writes nothing

    const r = await api.importDivisionForms({ planId, files });
    expect(r).toEqual({ recorded: 2, urlsAdded: 2, files: 1, unchanged: [] });
    const rows = await api.listMonth({ planId, month: MONTH, divisionId: gov.id });
    const a = rows[0]!.followUp!;
    expect(a).toMatchObject({ status: 'done', qty: 2, result: 'ประชุมชี้แจงเจ้าหน้าที่แล้ว', reporter: 'นางสาวทดสอบ ใจดี' });
    expect(a.evidence.map((e) => e.url)).toEqual([
      'https://www.bangkok.go.th/dusit/a',
      'https://www.bangkok.go.th/dusit/b',
    ]);
    const b = rows[1]!.followUp!;
    expect(b).toMatchObject({
      status: 'inProgress',
      qty: 3,
      result: '=HYPERLINK("http://evil")',
      problems: 'งบประมาณล่าช้า',
    });
    const audit = await api.listAudit({ planId, entity: 'plan' });
    expect(audit.some((e) => e.action === 'followUp.importForms')).toBe(true);

    // The same form again: a no-op that says so (issue 12.3) — no duplicate links, nothing saved.
    const again = await api.importDivisionForms({ planId, files });
    expect(again).toMatchObject({ recorded: 0, urlsAdded: 0, unchanged: ['ฝ่ายปกครอง.xlsx'] });
    const repeat = await api.previewDivisionForms({ planId, files });
    expect(repeat.files[0]!.importedAt).toBeTruthy();
    expect(repeat.warnings.join()).toContain('นำเข้าแล้วเมื่อ');
  });

  it('a bad cell → a Thai error naming file, row and column, and nothing stored', async () => {
    const { api, planId, gov, dbPath } = await setup();
    const wb = await exportForm(api, planId, gov.id);
    const ws = wb.getWorksheet('แบบรายงาน')!;
    ws.getCell(7, 4).value = 'ดำเนินการแล้ว'; // a good row: must not be stored either
    ws.getCell(8, 4).value = 'เสร็จแล้ว';
    ws.getCell(9, 4).value = 'ดำเนินการแล้ว';
    ws.getCell(9, 5).value = -1;
    ws.getCell(10, 4).value = 'ดำเนินการแล้ว';
    ws.getCell(10, 8).value = 'javascript:alert(1)';
    ws.getCell(11, 6).value = 'x'.repeat(20_001);
    const files = [{ name: 'ฝ่ายโยธา.xlsx', data: await bytes(wb) }];
    const preview = await api.previewDivisionForms({ planId, files });
    expect(preview.ok).toBe(false);
    expect(preview.errors).toEqual([
      expect.stringMatching(/^ไฟล์ ฝ่ายโยธา\.xlsx แถว 8 คอลัมน์ สถานะ: ไม่รู้จักสถานะ "เสร็จแล้ว"/),
      'ไฟล์ ฝ่ายโยธา.xlsx แถว 9 คอลัมน์ จำนวนที่ทำได้: จำนวนที่ทำได้ต้องไม่ติดลบ',
      expect.stringMatching(/^ไฟล์ ฝ่ายโยธา\.xlsx แถว 10 คอลัมน์ หลักฐาน: "javascript:alert\(1\)" ไม่ใช่ลิงก์/),
      'ไฟล์ ฝ่ายโยธา.xlsx แถว 11 คอลัมน์ ผลการดำเนินงาน: ข้อความยาวเกิน 20,000 ตัวอักษร',
      'ไฟล์ ฝ่ายโยธา.xlsx แถว 11 คอลัมน์ สถานะ: ต้องเลือกสถานะ เมื่อกรอกผลการดำเนินงานในแถวนี้',
    ]);
    await expect(api.importDivisionForms({ planId, files })).rejects.toMatchObject({
      code: 'importFailed',
      message: expect.stringContaining('ไม่มีการบันทึกข้อมูลใด ๆ'),
    });
    expect(followUpCount(dbPath)).toBe(0);
  });

  it('hostile and wrong files are refused with a Thai message, nothing thrown raw, nothing stored', async () => {
    const { api, planId, gov, dbPath } = await setup();
    const good = await bytes(await exportForm(api, planId, gov.id));
    const random = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    const bombReal = zipWith('xl/workbook.xml', Buffer.alloc(80 * 1024 * 1024)); // declares 80 MB
    const bombLying = zipWith('xl/workbook.xml', Buffer.alloc(30 * 1024 * 1024), 1000); // declares 1 KB
    const tooBig = new Uint8Array(5 * 1024 * 1024 + 1);
    tooBig.set([0x50, 0x4b, 0x03, 0x04]);
    const monthReport = await buildXlsx('month', await loadMonthReport(api, planId, MONTH));

    // A form of next year's plan.
    const next = await api.copyPlanToNextYear({ planId });
    const other = await api.exportDivisionForm({
      planId: next.id,
      month: '2024-03',
      divisionId: gov.id,
      outPath: path.join(tmpDir(), 'other.xlsx'),
    });
    const otherYear = new Uint8Array(fs.readFileSync(other.path));

    // Rows beyond the limit.
    const long = await exportForm(api, planId, gov.id);
    const lws = long.getWorksheet('แบบรายงาน')!;
    for (let r = 0; r < 2_100; r++) lws.getCell(2_000 + r, 2).value = 'x';
    const tooManyRows = await bytes(long);

    const cases: [string, Uint8Array, RegExp][] = [
      ['random.xlsx', random, /ไม่ใช่ไฟล์ Excel/],
      ['truncated.xlsx', good.slice(0, Math.floor(good.length / 2)), /ไม่ใช่ไฟล์ Excel .*ไม่สมบูรณ์/],
      ['bomb.xlsx', bombReal, /ใหญ่ผิดปกติ/],
      ['bomb2.xlsx', bombLying, /เสียหาย/],
      ['big.xlsx', tooBig, /ใหญ่เกิน 5 MB/],
      ['report.xlsx', monthReport, /ไม่ใช่แบบฟอร์มรายงานของฝ่าย/],
      ['other.xlsx', otherYear, /แผนอื่น/],
      ['rows.xlsx', tooManyRows, /มากกว่า 2,000 แถว/],
      ['empty.xlsx', new Uint8Array(0), /ว่างเปล่า/],
    ];
    for (const [name, data, message] of cases) {
      const p = await api.previewDivisionForms({ planId, files: [{ name, data }] });
      expect(p.ok, name).toBe(false);
      expect(p.errors.join('\n'), name).toMatch(message);
      expect(p.errors.join('\n'), name).toContain(name);
      await expect(api.importDivisionForms({ planId, files: [{ name, data }] })).rejects.toMatchObject({
        code: 'importFailed',
      });
    }
    // One bad file among good ones refuses them all.
    const filled = await exportForm(api, planId, gov.id);
    filled.getWorksheet('แบบรายงาน')!.getCell(7, 4).value = 'ดำเนินการแล้ว';
    await expect(
      api.importDivisionForms({
        planId,
        files: [
          { name: 'ok.xlsx', data: await bytes(filled) },
          { name: 'random.xlsx', data: random },
        ],
      }),
    ).rejects.toMatchObject({ code: 'importFailed' });
    expect(followUpCount(dbPath)).toBe(0);
  }, 60_000);

  it('forms from two divisions for a shared activity are merged into one report', async () => {
    const { api, planId } = await setup();
    const divisions = await api.listDivisions({});
    const rows = await api.listMonth({ planId, month: MONTH });
    const shared = rows.find((r) => r.allDivisions)!;
    expect(shared).toBeDefined();
    const files = [];
    for (const [i, name] of ['ฝ่ายโยธา', 'ฝ่ายทะเบียน'].entries()) {
      const d = divisions.find((x) => x.name === name)!;
      const wb = await exportForm(api, planId, d.id);
      const ws = wb.getWorksheet('แบบรายงาน')!;
      let r = 7;
      while (ws.getCell(r, 9).value !== String(shared.activityId)) r++;
      ws.getCell(r, 4).value = 'ดำเนินการแล้ว';
      ws.getCell(r, 5).value = i + 1;
      ws.getCell(r, 6).value = `ผลของ${name}`;
      files.push({ name: `${name}.xlsx`, data: await bytes(wb) });
    }
    const p = await api.previewDivisionForms({ planId, files });
    expect(p.ok).toBe(true);
    expect(p.warnings.join()).toContain('รายงานมาจาก 2 ฝ่าย');
    await api.importDivisionForms({ planId, files });
    const f = (await api.listMonth({ planId, month: MONTH })).find(
      (r) => r.activityId === shared.activityId,
    )!.followUp!;
    expect(f).toMatchObject({ status: 'done', qty: 3, result: '[ฝ่ายโยธา] ผลของฝ่ายโยธา\n[ฝ่ายทะเบียน] ผลของฝ่ายทะเบียน' });
  });
});

describe('plan xlsx round trip', () => {
  it('unchanged → no changes; an edited text and an added row → exactly those → applied with audit', async () => {
    const { api, planId } = await setup();
    const exported = await buildXlsx('plan', await loadPlanReport(api, planId));
    expect((await api.previewPlanXlsx({ planId, data: exported })).changes).toEqual([]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(exported) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('แผน')!;
    let first = 5;
    while (!ws.getCell(first, 10).value) first++;
    const activityId = Number(ws.getCell(first, 10).value);
    ws.getCell(first, 3).value = 'ประชุมชี้แจงเจ้าหน้าที่ (แก้ไขใน Excel)';
    const last = ws.rowCount + 1;
    ws.getCell(last, 3).value = 'กิจกรรมใหม่จาก Excel';
    ws.getCell(last, 4).value = '๒ ครั้ง';
    ws.getCell(last, 6).value = 'ม.ค. ๖๖ – มี.ค. ๖๖';
    ws.getCell(last, 7).value = 'ฝ่ายปกครอง';
    const lastItemId = Number(ws.getCell(last - 1, 9).value);
    const data = await bytes(wb);

    const preview = await api.previewPlanXlsx({ planId, data });
    expect(preview.errors).toEqual([]);
    expect(preview.changes.map((c) => [c.kind, c.activityId ?? c.itemId, c.fields.map((f) => f.field)])).toEqual([
      ['activityChanged', activityId, ['text']],
      ['activityAdded', lastItemId, ['text', 'output']],
    ]);
    expect(preview.changes[0]!.fields[0]).toMatchObject({
      label: 'กิจกรรมที่จะดำเนินการ',
      after: 'ประชุมชี้แจงเจ้าหน้าที่ (แก้ไขใน Excel)',
    });

    const before = await api.getPlan({ planId });
    const r = await api.applyPlanXlsx({ planId, data });
    expect(r.applied).toBe(2);
    expect(r.plan.activityCount).toBe(before.activityCount + 1);
    const plan = await api.getPlan({ planId });
    const acts = plan.indicators.flatMap((i) => i.items.flatMap((it) => it.activities));
    expect(acts.find((a) => a.id === activityId)!.text).toBe('ประชุมชี้แจงเจ้าหน้าที่ (แก้ไขใน Excel)');
    const added = acts.find((a) => a.text === 'กิจกรรมใหม่จาก Excel')!;
    expect(added).toMatchObject({
      itemId: lastItemId,
      output: '๒ ครั้ง',
      targetQty: 2,
      targetUnit: 'ครั้ง',
      startMonth: '2023-01',
      endMonth: '2023-03',
    });
    expect(added.divisionIds).toEqual([(await api.listDivisions({})).find((d) => d.name === 'ฝ่ายปกครอง')!.id]);
    const audit = await api.listAudit({ planId });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['plan.importXlsx', 'activity.update', 'activity.create']),
    );
    // A fresh export of the updated plan reads back unchanged.
    const again = await buildXlsx('plan', await loadPlanReport(api, planId));
    expect((await api.previewPlanXlsx({ planId, data: again })).changes).toEqual([]);
  });

  it('refuses an approved plan, another plan or year, and a removal of an activity with reports', async () => {
    const { api, planId } = await setup();
    const exported = await buildXlsx('plan', await loadPlanReport(api, planId));
    const next = await api.copyPlanToNextYear({ planId });
    await expect(api.previewPlanXlsx({ planId: next.id, data: exported })).rejects.toMatchObject({
      message: expect.stringContaining('ไม่ใช่แผนปี 2567'),
    });

    // Remove a reported activity's row.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(exported) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('แผน')!;
    let row = 5;
    while (!ws.getCell(row, 10).value) row++;
    const activityId = Number(ws.getCell(row, 10).value);
    await api.saveFollowUp({ activityId, month: MONTH, status: 'done' });
    ws.spliceRows(row, 1);
    const p = await api.previewPlanXlsx({ planId, data: await bytes(wb) });
    expect(p.ok).toBe(false);
    expect(p.errors.join()).toContain('ไม่ได้ เพราะมีผลการดำเนินงานบันทึกไว้แล้ว');
    await expect(api.applyPlanXlsx({ planId, data: await bytes(wb) })).rejects.toMatchObject({ code: 'importFailed' });

    await api.approvePlan({ planId });
    await expect(api.applyPlanXlsx({ planId, data: exported })).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringContaining('อนุมัติแล้ว'),
    });
    expect((await api.previewPlanXlsx({ planId, data: exported })).errors[0]).toContain('อนุมัติแล้ว');
  });
});
