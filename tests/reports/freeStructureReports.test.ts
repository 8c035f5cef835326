// A plan of another scheme — 12 indicators in one MOIT tool, codes MOIT1…MOIT22, a sub-indicator — is
// imported from a file, followed up for a month (every due activity reported, links attached), and
// every report is exported as PDF (printed by Debian's Chromium, read back with poppler) and as xlsx
// (read back with exceljs): nothing assumes the NACC's 10 indicators or I/E/O codes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../core/contract';
import { REPORT_KINDS } from '../../core/enums';
import { openDatabase, type Db } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { createChromiumPrinter } from '../../electron/reports/pdf/chromiumPrinter';
import type { PdfPrinter } from '../../electron/reports/pdf/printer';
import { REPO_ROOT } from '../helpers/paths';

const MONTH = '2027-01';
const squash = (s: string) => s.replace(/\s+/g, '');
let dir: string;
let db: Db;
let api: Api;
let printer: PdfPrinter;
let planId: number;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-moit-'));
  const dbPath = path.join(dir, 'ita.sqlite');
  db = openDatabase(dbPath);
  printer = createChromiumPrinter();
  api = createApi(db, { dbPath, actor: 'ผู้ทดสอบ', appRoot: REPO_ROOT, pdf: () => printer });
  const data = new Uint8Array(
    fs.readFileSync(path.join(REPO_ROOT, 'tests/fixtures/plans/moit-12-indicators-2570.txt')),
  );
  const r = await api.importPlan({ file: { name: 'แผน MOIT.txt', data } });
  planId = r.plan!.id;
  const rows = await api.listMonth({ planId, month: MONTH });
  expect(rows.length).toBeGreaterThan(10);
  for (const [i, row] of rows.entries()) {
    await api.saveFollowUp({
      activityId: row.activityId,
      month: MONTH,
      status: i % 3 === 0 ? 'inProgress' : 'done',
      qty: 1,
      result: `ดำเนินการ ${row.itemCode} แล้ว`,
    });
    if (i % 2 === 0) {
      await api.addEvidenceUrl({
        activityId: row.activityId,
        month: MONTH,
        url: `https://www.bangkok.go.th/bangsue/${row.itemCode}`,
      });
    }
  }
}, 120_000);

afterAll(async () => {
  await printer?.close();
  db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a MOIT plan with 12 indicators, followed up for a month', () => {
  it('has the document’s own structure and its progress by its 12 indicators', async () => {
    const plan = await api.getPlan({ planId });
    expect(plan.tools.map((t) => t.code)).toEqual(['MOIT']);
    expect(plan.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(plan.indicators.flatMap((i) => i.items.map((it) => it.code))).toEqual(
      Array.from({ length: 22 }, (_, k) => `MOIT${k + 1}`),
    );
    const p = await api.progress({ planId, month: MONTH });
    expect(p.byIndicator.map((b) => [b.number, b.tool])).toEqual(Array.from({ length: 12 }, (_, k) => [k + 1, 'MOIT']));
    expect(p.overall.done).toBeGreaterThan(0);
  });

  it('the plan’s Excel file, sub-indicator heading and all, reads back unchanged', async () => {
    const outPath = path.join(dir, 'round-trip.xlsx');
    await api.exportReport({ planId, report: 'plan', format: 'xlsx', outPath });
    const data = new Uint8Array(fs.readFileSync(outPath));
    const preview = await api.previewPlanXlsx({ planId, data });
    expect(preview, JSON.stringify(preview).slice(0, 2000)).toMatchObject({ ok: true, changes: [] });
  });

  // Every report that lists the plan's items (the director's one-page overview sums up instead; below).
  const LISTING = REPORT_KINDS.filter((k) => k !== 'overview');
  it.each(LISTING.flatMap((report) => (['pdf', 'xlsx'] as const).map((format) => [report, format] as const)))(
    'exports the %s report as %s with the plan’s own codes and indicators',
    async (report, format) => {
      const outPath = path.join(dir, `${report}.${format}`);
      const r = await api.exportReport({
        planId,
        report,
        format,
        month: report === 'month' ? MONTH : undefined,
        outPath,
      });
      expect(r.bytes).toBeGreaterThan(1000);
      let text: string;
      if (format === 'pdf') {
        text = execFileSync('pdftotext', ['-layout', outPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
        if (report === 'plan') {
          execFileSync('pdftoppm', [
            '-r',
            '60',
            '-png',
            '-f',
            '1',
            '-l',
            '1',
            outPath,
            path.join(REPO_ROOT, 'tests/artifacts', 'moit-plan'),
          ]);
        }
      } else {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(outPath);
        text = wb.worksheets
          .flatMap((ws) =>
            ws
              .getSheetValues()
              .flatMap((row) =>
                Array.isArray(row)
                  ? row.map((v) => (v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)))
                  : [],
              ),
          )
          .join('\n');
      }
      const flat = squash(text);
      expect(flat).toMatch(/MOIT1(?!\d)/);
      if (report !== 'oit-urls') expect(flat).toMatch(/MOIT2[02]/);
      if (report === 'plan' || report === 'annual' || report === 'half-year') {
        expect(flat).toContain(squash('การปรับปรุงการทำงาน'));
      }
      // The plan's sub-indicator heads its items wherever they are listed, printed once.
      // (exceljs gives a merged heading's text for every cell it spans: once in the PDF, in the xlsx.)
      if (report !== 'oit-urls') {
        const sub = squash('ตัวชี้วัดย่อยที่ ๑.๑ ข้อมูลผู้บริหารและโครงสร้าง');
        if (format === 'pdf') expect(flat.split(sub).length - 1).toBe(1);
        else expect(flat).toContain(sub);
      }
    },
    60_000,
  );

  it('prints the director’s overview of the month on one page, by status and by division', async () => {
    const outPath = path.join(dir, 'overview.pdf');
    const r = await api.exportReport({ planId, report: 'overview', format: 'pdf', month: MONTH, outPath });
    expect(r.pages).toBe(1);
    expect(execFileSync('pdfinfo', [outPath], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    const flat = squash(execFileSync('pdftotext', [outPath, '-'], { encoding: 'utf8' }));
    expect(flat).toContain(squash('ความคืบหน้าทั้งแผน ณ สิ้นเดือน'));
    expect(flat).toContain(squash('การรายงานผลของแต่ละฝ่าย'));
  }, 60_000);
});
