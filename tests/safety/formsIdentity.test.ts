// Issue 12, point 3: the same division form twice in one import must not double the figures. A form
// carries its identity (plan, month, division, its own id and when it was issued); copies in one batch
// count once, two different forms for one division and month are refused, and importing a form again
// is a no-op that says so. Real files: exported by the API, filled and saved with exceljs.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../core/contract';
import { runCli } from '../../electron/cli/run';
import { makeApi } from '../helpers/api';
import { fingerprint } from '../helpers/fingerprint';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

const MONTH = '2023-03';

async function setup() {
  const t = makeApi();
  const planId = (await t.api.importSamplePlan({})).plan!.id;
  const gov = (await t.api.listDivisions({})).find((d) => d.name === 'ฝ่ายปกครอง')!;
  return { ...t, planId, gov };
}

async function issue(api: Api, planId: number, divisionId: number): Promise<ExcelJS.Workbook> {
  const out = path.join(tmpDir(), 'form.xlsx');
  await api.exportDivisionForm({ planId, month: MONTH, divisionId, outPath: out });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb;
}

/** Fills the first activity: status, quantity, result. */
function fill(wb: ExcelJS.Workbook, qty: number, result: string): void {
  const ws = wb.getWorksheet('แบบรายงาน')!;
  ws.getCell(4, 3).value = 'นางสาวผู้รายงาน';
  ws.getCell(7, 4).value = 'ดำเนินการแล้ว';
  ws.getCell(7, 5).value = qty;
  ws.getCell(7, 6).value = result;
}

const save = async (wb: ExcelJS.Workbook) => new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

function metaOf(wb: ExcelJS.Workbook): Record<string, string> {
  const ws = wb.worksheets.find((w) => w.state === 'veryHidden')!;
  const out: Record<string, string> = {};
  for (let r = 2; r <= ws.rowCount; r++) out[String(ws.getCell(r, 1).value)] = String(ws.getCell(r, 2).value);
  return out;
}

async function firstFollowUp(api: Api, planId: number, divisionId: number) {
  const rows = await api.listMonth({ planId, month: MONTH, divisionId });
  return rows[0]!.followUp;
}

describe('a division form carries its identity', () => {
  it('plan, month, division, its own id and when it was issued; each issue gets a new id', async () => {
    const { api, planId, gov } = await setup();
    const a = metaOf(await issue(api, planId, gov.id));
    const b = metaOf(await issue(api, planId, gov.id));
    expect(a).toMatchObject({ kind: 'divisionForm', planId: String(planId), month: MONTH, divisionId: String(gov.id) });
    expect(a.division).toBe('ฝ่ายปกครอง');
    expect(a.formId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(a.issuedAt!))).toBe(false);
    expect(b.formId).not.toBe(a.formId);
  });
});

describe('the same form twice in one import', () => {
  it('two copies of one file ("ฝ่ายปกครอง.xlsx", "ฝ่ายปกครอง (1).xlsx") count once: quantity and text not doubled', async () => {
    const { api, planId, gov } = await setup();
    const wb = await issue(api, planId, gov.id);
    fill(wb, 2, 'ประชุมชี้แจงแล้ว');
    const data = await save(wb);
    const files = [
      { name: 'ฝ่ายปกครอง.xlsx', data },
      { name: 'ฝ่ายปกครอง (1).xlsx', data: new Uint8Array(data) },
    ];
    const preview = await api.previewDivisionForms({ planId, files });
    expect(preview.ok).toBe(true);
    expect(preview.toRecord).toBe(1);
    expect(preview.files[1]!.sameAs).toBe('ฝ่ายปกครอง.xlsx');
    expect(preview.warnings.join('\n')).toContain('นับเพียงครั้งเดียว');
    const r = await api.importDivisionForms({ planId, files });
    expect(r).toMatchObject({ recorded: 1, unchanged: ['ฝ่ายปกครอง (1).xlsx'] });
    expect(await firstFollowUp(api, planId, gov.id)).toMatchObject({ qty: 2, result: 'ประชุมชี้แจงแล้ว' });
  });

  it('a copy saved again by Excel (other bytes, same content) is still the same form', async () => {
    const { api, planId, gov } = await setup();
    const wb = await issue(api, planId, gov.id);
    fill(wb, 3, 'ผล');
    const first = await save(wb);
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(Buffer.from(first) as unknown as ArrayBuffer);
    reopened.creator = 'Microsoft Excel';
    const second = await save(reopened);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(false);
    const r = await api.importDivisionForms({
      planId,
      files: [
        { name: 'a.xlsx', data: first },
        { name: 'b.xlsx', data: second },
      ],
    });
    expect(r.recorded).toBe(1);
    expect(await firstFollowUp(api, planId, gov.id)).toMatchObject({ qty: 3, result: 'ผล' });
  });

  it('two forms for the same division and month that disagree are refused, naming both; nothing saved', async () => {
    const { api, planId, gov, dbPath } = await setup();
    const a = await issue(api, planId, gov.id);
    fill(a, 2, 'ฉบับแรก');
    const b = await issue(api, planId, gov.id);
    fill(b, 5, 'ฉบับแก้ไข');
    const before = fingerprint(dbPath);
    const files = [
      { name: 'ฝ่ายปกครอง.xlsx', data: await save(a) },
      { name: 'ฝ่ายปกครอง-แก้.xlsx', data: await save(b) },
    ];
    const preview = await api.previewDivisionForms({ planId, files });
    expect(preview.ok).toBe(false);
    expect(preview.errors.join('\n')).toMatch(/ฝ่ายปกครอง-แก้\.xlsx และไฟล์ ฝ่ายปกครอง\.xlsx .*ข้อมูลไม่ตรงกัน/);
    await expect(api.importDivisionForms({ planId, files })).rejects.toMatchObject({ code: 'importFailed' });
    expect(fingerprint(dbPath)).toBe(before);
  });

  it('two issues of the form filled the same way count once', async () => {
    const { api, planId, gov } = await setup();
    const a = await issue(api, planId, gov.id);
    const b = await issue(api, planId, gov.id);
    fill(a, 4, 'เหมือนกัน');
    fill(b, 4, 'เหมือนกัน');
    const r = await api.importDivisionForms({
      planId,
      files: [
        { name: 'a.xlsx', data: await save(a) },
        { name: 'b.xlsx', data: await save(b) },
      ],
    });
    expect(r).toMatchObject({ recorded: 1, unchanged: ['b.xlsx'] });
    expect(await firstFollowUp(api, planId, gov.id)).toMatchObject({ qty: 4 });
  });

  it('forms of other divisions in the same batch are still imported', async () => {
    const { api, planId, gov } = await setup();
    const other = (await api.listDivisions({})).find((d) => d.name === 'ฝ่ายทะเบียน')!;
    const a = await issue(api, planId, gov.id);
    fill(a, 1, 'ปกครอง');
    const b = await issue(api, planId, other.id);
    fill(b, 1, 'ทะเบียน');
    const data = await save(a);
    const r = await api.importDivisionForms({
      planId,
      files: [
        { name: 'ปกครอง.xlsx', data },
        { name: 'ปกครอง (1).xlsx', data },
        { name: 'ทะเบียน.xlsx', data: await save(b) },
      ],
    });
    expect(r.unchanged).toEqual(['ปกครอง (1).xlsx']);
    expect(r.recorded).toBeGreaterThanOrEqual(1);
    expect((await firstFollowUp(api, planId, other.id))?.result).toContain('ทะเบียน');
  });
});

describe('importing the same form again', () => {
  it('is a no-op that says so: nothing written, not even an audit entry', async () => {
    const { api, planId, gov, dbPath } = await setup();
    const wb = await issue(api, planId, gov.id);
    fill(wb, 2, 'ครั้งเดียว');
    const files = [{ name: 'ฝ่ายปกครอง.xlsx', data: await save(wb) }];
    await api.importDivisionForms({ planId, files });
    const before = fingerprint(dbPath);
    const preview = await api.previewDivisionForms({ planId, files });
    expect(preview.toRecord).toBe(0);
    expect(preview.files[0]!.importedAt).toBeTruthy();
    expect(preview.warnings.join()).toMatch(/นำเข้าแล้วเมื่อ .* จึงไม่บันทึกซ้ำ/);
    // When, as every date-time the app shows: day, short Thai month, BE year (core/thai formatDateTime).
    expect(preview.warnings.join()).toMatch(
      /นำเข้าแล้วเมื่อ [0-9๐-๙]{1,2} [ก-๙]+\.[ก-๙]+\. [0-9๐-๙]{4} [0-9๐-๙]{2}:[0-9๐-๙]{2} น\./,
    );
    expect(await api.importDivisionForms({ planId, files })).toMatchObject({
      recorded: 0,
      unchanged: ['ฝ่ายปกครอง.xlsx'],
    });
    expect(fingerprint(dbPath)).toBe(before);
  });

  it('a follow-up edited in the app after the import is not overwritten by importing the old form again', async () => {
    const { api, planId, gov } = await setup();
    const wb = await issue(api, planId, gov.id);
    fill(wb, 2, 'จากแบบฟอร์ม');
    const files = [{ name: 'f.xlsx', data: await save(wb) }];
    await api.importDivisionForms({ planId, files });
    const f = (await api.listMonth({ planId, month: MONTH, divisionId: gov.id }))[0]!;
    await api.saveFollowUp({ activityId: f.activityId, month: MONTH, status: 'done', qty: 9, result: 'แก้ในโปรแกรม' });
    await api.importDivisionForms({ planId, files });
    expect(await firstFollowUp(api, planId, gov.id)).toMatchObject({ qty: 9, result: 'แก้ในโปรแกรม' });
  });

  it('the same form corrected and sent again replaces what it said, with a warning; then again is a no-op', async () => {
    const { api, planId, gov } = await setup();
    const wb = await issue(api, planId, gov.id);
    fill(wb, 2, 'ฉบับแรก');
    await api.importDivisionForms({ planId, files: [{ name: 'f.xlsx', data: await save(wb) }] });
    fill(wb, 6, 'ฉบับแก้ไข');
    const corrected = [{ name: 'f-แก้.xlsx', data: await save(wb) }];
    const preview = await api.previewDivisionForms({ planId, files: corrected });
    expect(preview.warnings.join()).toContain('ข้อมูลในไฟล์นี้ต่างจากครั้งก่อน');
    expect(await api.importDivisionForms({ planId, files: corrected })).toMatchObject({ recorded: 1, unchanged: [] });
    expect(await firstFollowUp(api, planId, gov.id)).toMatchObject({ qty: 6, result: 'ฉบับแก้ไข' });
    expect(await api.importDivisionForms({ planId, files: corrected })).toMatchObject({ recorded: 0 });
  });

  it('a form issued before forms carried an id is recognised by plan, month and division', async () => {
    const { api, planId, gov } = await setup();
    const wb = await issue(api, planId, gov.id);
    fill(wb, 2, 'แบบฟอร์มรุ่นเก่า');
    const meta = wb.worksheets.find((w) => w.state === 'veryHidden')!;
    for (let r = meta.rowCount; r >= 2; r--) {
      if (['formId', 'issuedAt'].includes(String(meta.getCell(r, 1).value))) meta.spliceRows(r, 1);
    }
    expect(metaOf(wb).formId).toBeUndefined();
    const data = await save(wb);
    const batch = await api.importDivisionForms({
      planId,
      files: [
        { name: 'old.xlsx', data },
        { name: 'old (1).xlsx', data },
      ],
    });
    expect(batch).toMatchObject({ recorded: 1, unchanged: ['old (1).xlsx'] });
    expect(await api.importDivisionForms({ planId, files: [{ name: 'old.xlsx', data }] })).toMatchObject({
      recorded: 0,
    });
  });

  it('the CLI says there was nothing to change', async () => {
    const { api, planId, gov, dbPath, db } = await setup();
    const wb = await issue(api, planId, gov.id);
    fill(wb, 2, 'ผ่าน CLI');
    const file = path.join(tmpDir(), 'ฝ่ายปกครอง.xlsx');
    fs.writeFileSync(file, await save(wb));
    db.close();
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s), appRoot: REPO_ROOT };
    expect(await runCli(['--db', dbPath, 'import-forms', '--year', '2566', file, file], io)).toBe(0);
    expect(await runCli(['--db', dbPath, 'import-forms', '--year', '2566', file], io)).toBe(0);
    expect(out.join('\n')).toContain('ไม่มีการเปลี่ยนแปลง');
  });
});
