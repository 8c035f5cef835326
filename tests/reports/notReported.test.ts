// Issue 13 point 1 in the printed reports: an activity nobody reported reads ยังไม่รายงาน and is
// counted apart from ยังไม่ดำเนินการ — in the monthly sheet's rows and summary (xlsx, read back with
// exceljs; the PDF's HTML), and a copied draft counts as not reported until someone saves it.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toArabicDigits } from '../../core/thai';
import { openDatabase } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { fakePrinter } from '../helpers/fakePrinter';
import { visibleText } from '../helpers/html';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

const MARCH = '2023-03';

/** Every row of every sheet as text cells (Thai digits read as Arabic). */
async function sheetRows(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: string[][] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((r) => {
      const values = (r.values as unknown[]).slice(1).map((v) => {
        const x =
          v && typeof v === 'object' && 'richText' in v
            ? (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('')
            : v;
        return toArabicDigits(String(x ?? '').trim());
      });
      rows.push(values);
    });
  }
  return rows;
}

describe('ยังไม่รายงาน in the monthly sheet', () => {
  it('rows nobody reported, and drafts, read and count as ยังไม่รายงาน, apart from ยังไม่ดำเนินการ', async () => {
    const dir = tmpDir();
    const dbPath = path.join(dir, 'ita.sqlite');
    const printer = fakePrinter();
    const api = createApi(openDatabase(dbPath), { dbPath, actor: 'ผู้ทดสอบ', appRoot: REPO_ROOT, pdf: () => printer });
    const planId = (await api.importSamplePlan({})).plan!.id;
    const rows = await api.listMonth({ planId, month: MARCH });
    expect(rows).toHaveLength(112);
    const [a, b, c] = rows.map((r) => r.activityId);
    await api.saveFollowUp({ activityId: a!, month: MARCH, status: 'done', result: 'เสร็จแล้ว' });
    await api.saveFollowUp({ activityId: b!, month: MARCH, status: 'notStarted', result: 'รอประชุม' });
    // A copied draft: not anyone's report yet.
    await api.saveFollowUp({ activityId: c!, month: '2023-02', status: 'inProgress', result: 'เริ่มแล้ว' });
    expect((await api.copyMonth({ planId, from: '2023-02', to: MARCH })).copied).toBe(1);

    const out = path.join(dir, 'month.xlsx');
    await api.exportReport({ planId, report: 'month', month: MARCH, format: 'xlsx', outPath: out });
    const table = await sheetRows(out);
    const head = table.findIndex((r) => r.includes('ต้องรายงาน') && r.includes('ร้อยละที่ดำเนินการแล้ว'));
    expect(head).toBeGreaterThanOrEqual(0);
    const summary = Object.fromEntries(table[head]!.map((h, i) => [h, table[head + 1]![i]]));
    expect(summary).toMatchObject({
      ต้องรายงาน: '112',
      รายงานแล้ว: '2',
      ดำเนินการแล้ว: '1',
      อยู่ระหว่างดำเนินการ: '0',
      ยังไม่ดำเนินการ: '1',
      ยังไม่รายงาน: '110',
    });
    // Each activity's row says which it is.
    const rowOf = (text: string) => table.find((r) => r.some((x) => x === text));
    expect(rowOf('รอประชุม')).toContain('ยังไม่ดำเนินการ');
    expect(table.filter((r) => r.includes('ยังไม่รายงาน') && !r.includes('ต้องรายงาน')).length).toBeGreaterThanOrEqual(
      110,
    );

    // The PDF is printed from the same rows: its HTML says ยังไม่รายงาน too.
    await api.exportReport({ planId, report: 'month', month: MARCH, format: 'pdf', outPath: path.join(dir, 'm.pdf') });
    const text = visibleText(printer.printed[0]!);
    expect(text).toContain('ยังไม่รายงาน');
    expect(text.match(/ยังไม่รายงาน/g)!.length).toBeGreaterThanOrEqual(110);
  });
});
