// The Excel round-trip methods at the contract boundary (the full behaviour is in
// tests/reports/formsRoundTrip.test.ts): input validation with Thai messages, and the happy path.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanReport } from '../../electron/reports/data';
import { buildXlsx } from '../../electron/reports/xlsx';
import { makeApi } from '../helpers/api';
import { tmpDir } from '../helpers/tmp';

describe('Excel round-trip API', () => {
  it('validates inputs and answers in Thai', async () => {
    const { api } = makeApi();
    const planId = (await api.importSamplePlan({})).plan!.id;
    const gov = (await api.listDivisions({})).find((d) => d.name === 'ฝ่ายปกครอง')!;
    await expect(
      api.exportDivisionForm({ planId, month: '2023-03', divisionId: gov.id, outPath: 'relative.xlsx' }),
    ).rejects.toMatchObject({ code: 'invalidInput', message: expect.stringContaining('เส้นทางเต็ม') });
    await expect(
      api.exportDivisionForm({ planId, month: '2024-03', divisionId: gov.id, outPath: path.join(tmpDir(), 'f.xlsx') }),
    ).rejects.toMatchObject({ message: expect.stringContaining('ไม่อยู่ในปีงบประมาณ') });
    await expect(api.previewDivisionForms({ planId, files: [] })).rejects.toMatchObject({ code: 'invalidInput' });
    await expect(
      api.importDivisionForms({ planId, files: [{ name: 'a.xlsx', data: 'x' as unknown as Uint8Array }] }),
    ).rejects.toMatchObject({ message: expect.stringContaining('ข้อมูลไฟล์ไม่ถูกต้อง') });
    await expect(api.previewPlanXlsx({ planId, data: new Uint8Array([1, 2, 3]) })).rejects.toMatchObject({
      message: expect.stringContaining('ไม่ใช่ไฟล์ Excel'),
    });
  });

  it('exports a form, previews and imports it; previews and applies an unchanged plan', async () => {
    const { api } = makeApi();
    const planId = (await api.importSamplePlan({})).plan!.id;
    const gov = (await api.listDivisions({})).find((d) => d.name === 'ฝ่ายปกครอง')!;
    const out = path.join(tmpDir(), 'form.xlsx');
    await api.exportDivisionForm({ planId, month: '2023-03', divisionId: gov.id, outPath: out });
    const files = [{ name: 'form.xlsx', data: new Uint8Array(fs.readFileSync(out)) }];
    expect(await api.previewDivisionForms({ planId, files })).toMatchObject({ ok: true, toRecord: 0 });
    expect(await api.importDivisionForms({ planId, files })).toEqual({
      recorded: 0,
      urlsAdded: 0,
      files: 1,
      unchanged: [],
    });
    const data = await buildXlsx('plan', await loadPlanReport(api, planId));
    expect(await api.previewPlanXlsx({ planId, data })).toMatchObject({ ok: true, changes: [] });
    expect(await api.applyPlanXlsx({ planId, data })).toMatchObject({ applied: 0 });
  });
});
