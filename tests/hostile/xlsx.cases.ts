// Hostile workbooks: the plan edited in Excel (previewPlanXlsx/applyPlanXlsx) and the division forms
// (previewDivisionForms/importDivisionForms). Broken, oversized or lying files are refused with a Thai
// message naming the file and nothing is stored; formulas and links inside cells are kept as text.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect } from 'vitest';
import { loadMonthReport, loadPlanReport } from '../../electron/reports/data';
import { buildXlsx } from '../../electron/reports/xlsx';
import { FORM_COL, FORM_SHEET } from '../../electron/reports/xlsx/divisionForm';
import { COL_ACTIVITY_ID, PLAN_SHEET } from '../../electron/reports/xlsx/planSheet';
import { makeApi, type TestApi } from '../helpers/api';
import { tmpDir } from '../helpers/tmp';
import { zipWith } from '../helpers/zip';
import { EMOJI, expectRefused, FORMULA, hostileCase, RLO, UNSAFE_CHARS } from './harness';

const MONTH = '2023-03';
const FIRST = 7; // first activity row of a division form

interface Setup extends TestApi {
  planId: number;
  divisionId: number;
}

async function setup(): Promise<Setup> {
  const t = makeApi();
  const planId = (await t.api.importSamplePlan({})).plan!.id;
  const divisionId = (await t.api.listDivisions({})).find((d) => d.name === 'ฝ่ายปกครอง')!.id;
  return { ...t, planId, divisionId };
}

const toBytes = async (wb: ExcelJS.Workbook) => new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

async function formWorkbook(s: Setup): Promise<ExcelJS.Workbook> {
  const out = path.join(tmpDir(), 'form.xlsx');
  await s.api.exportDivisionForm({ planId: s.planId, month: MONTH, divisionId: s.divisionId, outPath: out });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
  return wb;
}

async function planWorkbook(s: Setup): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    Buffer.from(await buildXlsx('plan', await loadPlanReport(s.api, s.planId))) as unknown as ArrayBuffer,
  );
  return wb;
}

/** The same workbook with extra zip entries (a macro project, an external link part). */
async function withEntries(data: Uint8Array, entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const random = (n: number) => new Uint8Array(n).map((_, i) => (i * 7919 + 13) % 251);

type Make = (s: Setup) => Promise<Uint8Array>;

/** Broken files: refused by both the plan import and the forms import. */
const brokenFiles: [string, Make, RegExp][] = [
  ['random bytes', async () => random(8192), /ไม่ใช่ไฟล์ Excel/],
  ['a truncated workbook', async (s) => (await toBytes(await formWorkbook(s))).slice(0, 5000), /ไม่สมบูรณ์/],
  [
    'a zip bomb (80 MB of zeros declared honestly)',
    async () => zipWith('xl/workbook.xml', Buffer.alloc(80 << 20)),
    /ใหญ่ผิดปกติ/,
  ],
  ['a zip bomb lying about its size', async () => zipWith('xl/workbook.xml', Buffer.alloc(30 << 20), 1000), /เสียหาย/],
  ['a 6 MB file', async () => new Uint8Array(6 << 20).fill(0x50), /ใหญ่เกิน 5 MB/],
  ['a PDF renamed .xlsx', async () => new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(4000)), /ไม่ใช่ไฟล์ Excel/],
  [
    'a macro-enabled workbook (.xlsm) renamed .xlsx',
    async (s) => withEntries(await toBytes(await formWorkbook(s)), { 'xl/vbaProject.bin': random(2048) }),
    /แมโคร/,
  ],
];

describe('hostile workbooks', () => {
  for (const [name, make, pattern] of brokenFiles) {
    hostileCase(`division form refused: ${name}`, async () => {
      const s = await setup();
      const data = await make(s);
      const files = [{ name: 'ฝ่ายปกครอง.xlsx', data }];
      const preview = await s.api.previewDivisionForms({ planId: s.planId, files });
      expect(preview.ok).toBe(false);
      expect(preview.errors.join('\n')).toMatch(pattern);
      expect(preview.errors.join('\n')).toContain('ฝ่ายปกครอง.xlsx');
      await expectRefused(s, () => s.api.importDivisionForms({ planId: s.planId, files }), pattern);
    });
    hostileCase(`plan xlsx refused: ${name}`, async () => {
      const s = await setup();
      const data = await make(s);
      await expectRefused(s, () => s.api.previewPlanXlsx({ planId: s.planId, data }), pattern);
      await expectRefused(s, () => s.api.applyPlanXlsx({ planId: s.planId, data }), pattern);
    });
  }

  hostileCase(
    'division form refused: 100,000 rows',
    async () => {
      const s = await setup();
      const wb = await formWorkbook(s);
      const ws = wb.getWorksheet(FORM_SHEET)!;
      for (let r = 0; r < 100_000; r++) ws.getCell(100 + r, FORM_COL.result).value = 'x';
      const files = [{ name: 'rows.xlsx', data: await toBytes(wb) }];
      await expectRefused(s, () => s.api.importDivisionForms({ planId: s.planId, files }), /มากกว่า 2,000 แถว/);
    },
    120_000,
  );

  hostileCase(
    'plan xlsx refused: 100,000 rows',
    async () => {
      const s = await setup();
      const wb = await planWorkbook(s);
      const ws = wb.getWorksheet(PLAN_SHEET)!;
      for (let r = 0; r < 100_000; r++) ws.getCell(500 + r, 3).value = 'x';
      const data = await toBytes(wb);
      await expectRefused(s, () => s.api.applyPlanXlsx({ planId: s.planId, data }), /มากกว่า 2,000 แถว/);
    },
    120_000,
  );

  hostileCase('division form refused: a 1 MB cell', async () => {
    const s = await setup();
    const wb = await formWorkbook(s);
    const ws = wb.getWorksheet(FORM_SHEET)!;
    ws.getCell(FIRST, FORM_COL.status).value = 'ดำเนินการแล้ว';
    ws.getCell(FIRST, FORM_COL.result).value = 'ก'.repeat(1 << 20);
    const files = [{ name: 'big-cell.xlsx', data: await toBytes(wb) }];
    await expectRefused(s, () => s.api.importDivisionForms({ planId: s.planId, files }), /ยาวเกิน 20,000/);
  });

  hostileCase('plan xlsx refused: a 1 MB cell', async () => {
    const s = await setup();
    const wb = await planWorkbook(s);
    const ws = wb.getWorksheet(PLAN_SHEET)!;
    let r = 5;
    while (!ws.getCell(r, COL_ACTIVITY_ID).value) r++;
    ws.getCell(r, 3).value = 'ก'.repeat(1 << 20);
    const data = await toBytes(wb);
    await expectRefused(s, () => s.api.applyPlanXlsx({ planId: s.planId, data }), /ยาวเกิน 20,000/);
  });

  hostileCase('division form refused: links as HYPERLINK formulas, javascript: and file: text', async () => {
    const s = await setup();
    const wb = await formWorkbook(s);
    const ws = wb.getWorksheet(FORM_SHEET)!;
    const bad = [
      { formula: 'HYPERLINK("javascript:alert(1)","คลิก")', result: 'คลิก' },
      'javascript:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'https://user:secret@evil.example/',
    ];
    bad.forEach((v, i) => {
      ws.getCell(FIRST + i, FORM_COL.status).value = 'ดำเนินการแล้ว';
      ws.getCell(FIRST + i, FORM_COL.urls).value = v as ExcelJS.CellValue;
    });
    const files = [{ name: 'links.xlsx', data: await toBytes(wb) }];
    const p = await s.api.previewDivisionForms({ planId: s.planId, files });
    expect(p.errors).toHaveLength(bad.length);
    await expectRefused(s, () => s.api.importDivisionForms({ planId: s.planId, files }), /ไม่ใช่ลิงก์ที่รับได้/);
  });

  hostileCase('division form neutralised: formula, DDE, external-link and hyperlink cells stored as text', async () => {
    const s = await setup();
    const wb = await formWorkbook(s);
    const ws = wb.getWorksheet(FORM_SHEET)!;
    const due = await s.api.listMonth({ planId: s.planId, month: MONTH, divisionId: s.divisionId });
    ws.getCell(FIRST, FORM_COL.status).value = 'ดำเนินการแล้ว';
    ws.getCell(FIRST, FORM_COL.result).value = { formula: "cmd|' /C calc'!A0", result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell(FIRST, FORM_COL.problems).value = {
      formula: "'file:///C:/evil/[x.xlsx]Sheet1'!A1",
      result: 'ok',
    } as ExcelJS.CellFormulaValue;
    // A link cell whose visible text is fine but whose target is not: only the text is read.
    ws.getCell(FIRST, FORM_COL.urls).value = {
      text: 'https://www.bangkok.go.th/dusit',
      hyperlink: 'javascript:alert(1)',
    };
    const data = await withEntries(await toBytes(wb), {
      'xl/externalLinks/externalLink1.xml':
        '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>',
      'xl/externalLinks/_rels/externalLink1.xml.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/evil/x.xlsx" TargetMode="External"/></Relationships>',
    });
    const r = await s.api.importDivisionForms({ planId: s.planId, files: [{ name: 'f.xlsx', data }] });
    expect(r).toMatchObject({ recorded: 1, urlsAdded: 1 });
    const fu = (await s.api.listMonth({ planId: s.planId, month: MONTH, divisionId: s.divisionId })).find(
      (x) => x.activityId === due[0]!.activityId,
    )!.followUp!;
    expect(fu.result).toBe(FORMULA);
    expect(fu.problems).toBe("='file:///C:/evil/[x.xlsx]Sheet1'!A1");
    expect(fu.evidence.map((e) => e.url)).toEqual(['https://www.bangkok.go.th/dusit']);
    // Exported again, the formula text is a string cell, never a formula.
    const month = await buildXlsx('month', await loadMonthReport(s.api, s.planId, MONTH));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(month) as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    back.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => cells.push(c))));
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    expect(cells.some((c) => String(c.value).includes(FORMULA))).toBe(true);
  });

  hostileCase('division form neutralised: control characters and RTL overrides removed, emoji kept', async () => {
    const s = await setup();
    const wb = await formWorkbook(s);
    const ws = wb.getWorksheet(FORM_SHEET)!;
    ws.getCell(4, 3).value = `ผู้รายงาน${RLO}\u0007`;
    ws.getCell(FIRST, FORM_COL.status).value = 'ดำเนินการแล้ว';
    ws.getCell(FIRST, FORM_COL.result).value = `ผล\u0000\u001b${RLO}fdp.exe`;
    ws.getCell(FIRST, FORM_COL.problems).value = EMOJI;
    await s.api.importDivisionForms({ planId: s.planId, files: [{ name: 'f.xlsx', data: await toBytes(wb) }] });
    const fu = (await s.api.listMonth({ planId: s.planId, month: MONTH, divisionId: s.divisionId }))[0]!.followUp!;
    expect(fu.result).toBe('ผลfdp.exe');
    expect(fu.reporter).toBe('ผู้รายงาน');
    expect(fu.problems).toBe(EMOJI);
    expect(JSON.stringify(fu)).not.toMatch(UNSAFE_CHARS);
  });
});
