// Reverting the batches of issue 13 point 3 that come from files: a division forms import (reports
// and their links) and a plan edited in Excel, each taken back whole by one revert after a preview,
// on the sample plan in a real SQLite file.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadPlanReport } from '../../electron/reports/data';
import { buildXlsx } from '../../electron/reports/xlsx';
import { makeApi } from '../helpers/api';
import { tmpDir } from '../helpers/tmp';

const MAR = '2023-03';

describe('revert of imported batches', () => {
  it('a forms import: every report and link it wrote goes in one revert', async () => {
    const t = makeApi();
    const planId = (await t.api.importSamplePlan({})).plan!.id;
    const gov = (await t.api.listDivisions({})).find((d) => d.name === 'ฝ่ายปกครอง')!;
    const out = path.join(tmpDir(), 'form.xlsx');
    await t.api.exportDivisionForm({ planId, month: MAR, divisionId: gov.id, outPath: out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('แบบรายงาน')!;
    const ids = [Number(ws.getCell(7, 9).value), Number(ws.getCell(8, 9).value)];
    ws.getCell(7, 4).value = 'ดำเนินการแล้ว';
    ws.getCell(7, 8).value = 'https://www.bangkok.go.th/dusit/form';
    ws.getCell(8, 4).value = 'อยู่ระหว่างดำเนินการ';
    ws.getCell(8, 7).value = 'งบประมาณล่าช้า';
    const data = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await t.api.importDivisionForms({ planId, files: [{ name: 'ฝ่ายปกครอง.xlsx', data }] });
    expect(r).toMatchObject({ recorded: 2, urlsAdded: 1 });
    const heading = (await t.api.listAudit({ planId, limit: 1 }))[0]!;
    expect(heading.action).toBe('followUp.importForms');

    const preview = await t.api.previewRevert({ id: heading.batchId });
    expect(preview).toMatchObject({ scope: 'batch', entries: 4, refusals: [] });
    expect(preview.summary).toContain('นำเข้าแบบฟอร์มรายงานของฝ่าย');
    expect(preview.changes.map((c) => `${c.entity}.${c.kind}`).sort()).toEqual(
      ['evidence.remove', 'followUp.remove', 'followUp.remove'].sort(),
    );
    await t.api.revertHistory({ id: heading.batchId });
    const rows = await t.api.listMonth({ planId, month: MAR });
    for (const id of ids) expect(rows.find((x) => x.activityId === id)!.followUp).toBeNull();
    // The reports are as before the import; the history holds the import and its revert.
    const log = await t.api.listAudit({ planId, limit: 10 });
    expect(log[0]!.action).toBe('history.revert');
    const db = t.db;
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('follow_up'), count('evidence')]).toEqual([0, 0]); // the sample plan had no reports
  });

  it('a plan edited in Excel: each changed activity back as it was, in one revert', async () => {
    const t = makeApi();
    const planId = (await t.api.importSamplePlan({})).plan!.id;
    const plan = await t.api.getPlan({ planId });
    const [a1, a2] = plan.indicators.flatMap((i) => i.items.flatMap((x) => x.activities));
    const wb = new ExcelJS.Workbook();
    const xlsx = await buildXlsx('plan', await loadPlanReport(t.api, planId));
    await wb.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    for (let r = 1; r <= ws.rowCount; r++) {
      if (ws.getCell(r, 10).value === String(a1!.id)) ws.getCell(r, 3).value = 'กิจกรรมแรกที่แก้ใน Excel';
      if (ws.getCell(r, 10).value === String(a2!.id)) ws.getCell(r, 3).value = 'กิจกรรมที่สองที่แก้ใน Excel';
    }
    const data = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect((await t.api.applyPlanXlsx({ planId, data })).applied).toBe(2);
    const heading = (await t.api.listAudit({ planId, limit: 1 }))[0]!;
    expect(heading.action).toBe('plan.importXlsx');
    const preview = await t.api.previewRevert({ id: heading.batchId });
    expect(preview.changes.map((c) => c.fields.map((f) => f.key))).toEqual([['text'], ['text']]);
    await t.api.revertHistory({ id: heading.batchId });
    const texts = (await t.api.getPlan({ planId })).indicators
      .flatMap((i) => i.items.flatMap((x) => x.activities))
      .filter((a) => a.id === a1!.id || a.id === a2!.id)
      .map((a) => a.text);
    expect(texts.sort()).toEqual([a1!.text, a2!.text].sort());
  });
});
