import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadMonthReport, loadOitUrlsReport, loadPlanReport, loadResultsReport } from '../../electron/reports/data';
import { buildDivisionFormXlsx, buildXlsx } from '../../electron/reports/xlsx';
import { cleanCellText, META_SHEET } from '../../electron/reports/xlsx/style';
import { makeApi } from '../helpers/api';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';
import { FORMULA_TEXT, HOSTILE_TEXT, readCsv, seedWithReports, soffice } from './xlsxHelpers';

const ARTIFACTS = path.join(REPO_ROOT, 'tests', 'artifacts');

async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function strings(ws: ExcelJS.Worksheet, col: number): string[] {
  const out: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, col).value;
    if (typeof v === 'string') out.push(v);
  }
  return out;
}

/** The row whose cells include `head` (a table's header). */
function headerRowOf(ws: ExcelJS.Worksheet, head: string): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(r, c).value === head) return r;
  }
  throw new Error(`no header ${head}`);
}

function expectPageSetup(ws: ExcelJS.Worksheet, headerRow: number, font: string) {
  expect(ws.pageSetup.orientation).toBe('landscape');
  expect(ws.pageSetup.paperSize).toBe(9);
  expect(ws.pageSetup.fitToPage).toBe(true);
  expect(ws.pageSetup.fitToWidth).toBe(1);
  expect(ws.pageSetup.fitToHeight).toBe(0);
  expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
  expect(ws.headerFooter.oddFooter).toContain('หน้า &P/&N');
  const cell = ws.getCell(headerRow + 1, 1);
  expect(cell.font?.name).toBe(font);
  expect(cell.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  expect(cell.border?.top?.style).toBe('thin');
}

describe('Excel reports', () => {
  it('the plan: the 8 columns, every activity of the seed exactly, ids hidden, page setup and font', async () => {
    const { api } = makeApi();
    const { planId } = await seedWithReports(api);
    await api.updateSettings({ reportFont: 'TH Sarabun New' });
    const data = await loadPlanReport(api, planId);
    const wb = await open(await buildXlsx('plan', data));
    const ws = wb.getWorksheet('แผน')!;
    expect(ws.getRow(4).values).toEqual([
      undefined,
      'ตัวชี้วัด',
      'ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ',
      'กิจกรรมที่จะดำเนินการ',
      'ผลผลิต',
      'วิธีการสร้างการรับรู้',
      'ระยะเวลาแล้วเสร็จ',
      'ผู้รับผิดชอบ',
      'ระยะเวลากำกับติดตามโดย ผอ.เขต',
      'item',
      'activity',
    ]);
    expectPageSetup(ws, 4, 'TH Sarabun New');
    expect(ws.getColumn(9).hidden).toBe(true);
    expect(ws.getColumn(10).hidden).toBe(true);
    expect(wb.getWorksheet(META_SHEET)!.state).toBe('veryHidden');

    const activities = data.plan.indicators.flatMap((i) => i.items.flatMap((it) => it.activities));
    expect(activities.length).toBeGreaterThan(50);
    const colC: unknown[] = [];
    for (let r = 5; r <= ws.rowCount; r++) if (ws.getCell(r, 10).value) colC.push(ws.getCell(r, 3).value);
    expect(colC).toEqual(activities.map((a) => cleanCellText(a.text)));
    // Activities read as bullets without the bullet being part of the text.
    expect(ws.getCell(6 + 1, 3).numFmt).toBe('"- "@');
    // Rows for each tool and indicator, items by code.
    const colA = strings(ws, 1);
    expect(colA.some((s) => s.includes('(Internal Integrity and Transparency Assessment : IIT)'))).toBe(true);
    expect(colA).toContain('๑) การปฏิบัติหน้าที่');
    for (const item of data.plan.indicators.flatMap((i) => i.items)) {
      expect(colA.some((s) => s.startsWith(`${item.code} `) || s === item.code)).toBe(true);
    }
    // BE months.
    expect(strings(ws, 6)).toContain('ธ.ค. ๖๕ – พ.ค. ๖๖');
  });

  it('the monthly sheet: a summary sheet first, then tool → indicator → rows with ผู้รับผิดชอบ and ข้อสั่งการ; "=" stays text', async () => {
    const { api } = makeApi();
    const { planId, reported } = await seedWithReports(api);
    await api.saveFollowUp({
      activityId: reported[1]!.activityId,
      month: '2023-03',
      status: 'blocked',
      problems: 'รองบประมาณ',
      directorRemark: 'ให้ฝ่ายการคลังเร่งจัดสรร',
    });
    const data = await loadMonthReport(api, planId, '2023-03');
    const wb = await open(await buildXlsx('month', data));
    expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['สรุป', 'รายงานประจำเดือน']);
    const summary = wb.getWorksheet('สรุป')!;
    const sumText = [1, 2, 3, 4, 5, 6, 7].flatMap((c) => strings(summary, c)).join('\n');
    for (const s of ['ต้องรายงาน', 'รายงานแล้ว', 'สรุปรายฝ่าย', 'ฝ่ายปกครอง', 'ปัญหา/อุปสรรคที่ขอรับข้อสั่งการ', 'รองบประมาณ']) {
      expect(sumText).toContain(s);
    }
    // Counts are numbers, shown with Thai digits.
    const total = summary.getCell(headerRowOf(summary, 'ต้องรายงาน') + 1, 1);
    expect(total.value).toBe(data.rows.length);
    expect(total.numFmt).toBe('[$-D00041E]#,##0');

    const ws = wb.getWorksheet('รายงานประจำเดือน')!;
    const header = headerRowOf(ws, 'กิจกรรม');
    expectPageSetup(ws, header, 'TH SarabunPSK');
    expect(ws.getRow(header).values).toEqual([
      undefined,
      'ข้อ',
      'กิจกรรม',
      'ผู้รับผิดชอบ',
      'เป้าหมาย',
      'ผลที่ทำได้',
      'สถานะ',
      'ผลการดำเนินงาน',
      'หลักฐาน',
      'ปัญหา/อุปสรรค',
      'ข้อสั่งการ ผอ.เขต',
    ]);
    expect(String(ws.getCell(1, 1).value)).toContain('มีนาคม พ.ศ. ๒๕๖๖');
    expect(strings(ws, 2).filter((s) => data.rows.some((r) => r.activityText === s))).toHaveLength(data.rows.length);
    expect(String(ws.getCell(header + 1, 1).value)).toContain('(Internal Integrity and Transparency Assessment : IIT)');
    expect(String(ws.getCell(header + 2, 1).value)).toBe('๑) การปฏิบัติหน้าที่');
    // Nothing beyond the 10 columns (machine keys belong only to the plan's hidden columns).
    for (let r = 1; r <= ws.rowCount; r++) expect(ws.getCell(r, 11).value, `row ${r}`).toBeNull();
    const first = header + 3;
    expect(ws.getCell(first, 7).value).toBe(FORMULA_TEXT);
    expect(ws.getCell(first, 7).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(first, 9).value).toBe(HOSTILE_TEXT);
    expect(ws.getCell(first, 9).type).toBe(ExcelJS.ValueType.String);
    expect(String(ws.getCell(first, 8).value)).toBe(
      `https://www.bangkok.go.th/dusit/ita/${reported[0]!.itemCode}?q=0&x=ทดสอบ`,
    );
    expect(ws.getCell(first, 3).value).toBe('ฝ่ายปกครอง');
    // Quantities stay numbers.
    expect(ws.getCell(first, 5).value).toBe(1);
    expect(ws.getCell(first, 5).numFmt).toBe('[$-D00041E]#,##0" ครั้ง"');
    expect(strings(ws, 10)).toContain('ให้ฝ่ายการคลังเร่งจัดสรร');
    const all = [1, 4, 7].flatMap((c) => strings(ws, c)).join('\n');
    expect(all).toContain('ผู้รายงาน');
    expect(all).toContain('หัวหน้าฝ่ายปกครอง');
    expect(all).toContain('ข้อสั่งการผู้อำนวยการเขต');
  });

  it('per division, 6-month, annual and OIT URL reports', async () => {
    const { api } = makeApi();
    const { planId, oit } = await seedWithReports(api);
    const divisions = await api.listDivisions({});
    const gov = divisions.find((d) => d.name === 'ฝ่ายปกครอง')!;
    const perDivision = await open(await buildXlsx('month', await loadMonthReport(api, planId, '2023-03', gov.id)));
    expect(String(perDivision.worksheets[0]!.getCell(3, 1).value)).toContain('ฝ่ายปกครอง');

    for (const period of ['half-year', 'annual'] as const) {
      const data = await loadResultsReport(api, planId, period);
      const wb = await open(await buildXlsx(period, data));
      const summary = wb.getWorksheet('สรุป')!;
      expect(strings(summary, 1).filter((s) => /^(IIT|EIT|OIT) [๐-๙]+\)/.test(s))).toHaveLength(10);
      expect(strings(summary, 1)).toContain('ฝ่ายปกครอง');
      const ws = wb.worksheets[1]!;
      const header = headerRowOf(ws, 'กิจกรรม');
      expectPageSetup(ws, header, 'TH SarabunPSK');
      const texts = strings(ws, 2);
      for (const a of data.items.flatMap((i) => i.activities)) {
        expect(texts.some((t) => t.startsWith(a.activity.text.trim()))).toBe(true);
      }
      expect(strings(ws, 7).some((s) => s.startsWith('มี.ค. ๖๖: ดำเนินการแล้ว'))).toBe(true);
      // Cumulative quantities are numbers.
      const qtys: number[] = [];
      for (let r = header + 1; r <= ws.rowCount; r++) {
        const v = ws.getCell(r, 4).value;
        if (typeof v === 'number') qtys.push(v);
      }
      expect(qtys.length).toBe(6);
    }

    const oitData = await loadOitUrlsReport(api, planId);
    const ws = (await open(await buildXlsx('oit-urls', oitData))).worksheets[0]!;
    expect(strings(ws, 2)).toContain('https://www.bangkok.go.th/dusit/oit');
    expect(strings(ws, 1).some((s) => s.startsWith(`${oit!.itemCode} `))).toBe(true);
    const codes = strings(ws, 1)
      .map((s) => /^(O\d+) /.exec(s)?.[1])
      .filter(Boolean);
    expect(codes).toEqual(Array.from({ length: 30 }, (_, i) => `O${i + 1}`));
  });

  it('LibreOffice reads the same cells (CSV, UTF-8); formulas-looking text stays literal', async () => {
    const { api } = makeApi();
    const { planId } = await seedWithReports(api);
    const dir = tmpDir();
    const plan = await loadPlanReport(api, planId);
    const files = { plan: path.join(dir, 'plan.xlsx') };
    fs.writeFileSync(files.plan, await buildXlsx('plan', plan));
    const [planCsv] = soffice(Object.values(files), 'csv:Text - txt - csv (StarCalc):44,34,76', dir).map(readCsv);

    // Plan: every activity in column C, shown with its bullet.
    const activities = plan.plan.indicators.flatMap((i) => i.items.flatMap((it) => it.activities));
    const colC = planCsv!
      .slice(4)
      .map((r) => r[2] ?? '')
      .filter(Boolean);
    expect(colC).toEqual(activities.map((a) => `- ${cleanCellText(a.text.trim())}`));
    expect(planCsv![3]!.slice(0, 8)).toEqual([
      'ตัวชี้วัด',
      'ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ',
      'กิจกรรมที่จะดำเนินการ',
      'ผลผลิต',
      'วิธีการสร้างการรับรู้',
      'ระยะเวลาแล้วเสร็จ',
      'ผู้รับผิดชอบ',
      'ระยะเวลากำกับติดตามโดย ผอ.เขต',
    ]);
    // The month, the results and the OIT list are read back cell by cell in sameCells.test.ts.
  }, 120_000);

  it('prints: the plan and a division form as PDF through LibreOffice, page 1 to PNG in tests/artifacts', async () => {
    const { api } = makeApi();
    const { planId } = await seedWithReports(api);
    const dir = tmpDir();
    const gov = (await api.listDivisions({})).find((d) => d.name === 'ฝ่ายปกครอง')!;
    const planFile = path.join(dir, 'xlsx-plan.xlsx');
    const formFile = path.join(dir, 'xlsx-division-form.xlsx');
    const monthFile = path.join(dir, 'xlsx-month.xlsx');
    fs.writeFileSync(planFile, await buildXlsx('plan', await loadPlanReport(api, planId)));
    fs.writeFileSync(formFile, await buildDivisionFormXlsx(await loadMonthReport(api, planId, '2023-03', gov.id)));
    fs.writeFileSync(monthFile, await buildXlsx('month', await loadMonthReport(api, planId, '2023-03')));
    const pdfs = soffice([planFile, formFile, monthFile], 'pdf', dir);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    for (const pdf of pdfs) {
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/); // landscape A4
      const base = path.join(ARTIFACTS, path.basename(pdf, '.pdf'));
      execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, base]);
      expect(fs.statSync(`${base}.png`).size).toBeGreaterThan(10_000);
    }
    // Every page of the plan repeats the header row (print titles) and nothing is cut off to the right.
    const text = execFileSync('pdftotext', ['-layout', pdfs[0]!, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages) expect(p).toContain('กิจกรรมที่จะดำเนินการ');
  }, 120_000);
});
