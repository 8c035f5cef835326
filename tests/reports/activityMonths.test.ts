// Months with gaps in the printed reports, by Debian's Chromium, read back with poppler: the plan's
// ระยะเวลาแล้วเสร็จ reads a run as "ต.ค. ๖๕ – ก.ย. ๖๖" and gaps as a list "ต.ค., ม.ค., เม.ย., ก.ค.";
// the monthly sheet of a gap month leaves the activity out, that of a ticked month has it; the
// results report prints the same timeframe. Page 1 of the plan goes to tests/artifacts as PNG.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../core/contract';
import { openDatabase, type Db } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { createChromiumPrinter } from '../../electron/reports/pdf/chromiumPrinter';
import type { PdfPrinter } from '../../electron/reports/pdf/printer';
import { REPO_ROOT } from '../helpers/paths';

const ARTIFACTS = path.join(REPO_ROOT, 'tests', 'artifacts');
const squash = (s: string) => s.replace(/\s+/g, '');
const pdfText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });

let printer: PdfPrinter;
let db: Db;
let api: Api;
let planId: number;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-months-'));
  const dbPath = path.join(dir, 'ita.sqlite');
  db = openDatabase(dbPath);
  printer = createChromiumPrinter();
  api = createApi(db, { dbPath, actor: 'ผู้ทดสอบ', appRoot: REPO_ROOT, pdf: () => printer });
  planId = (await api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตทดสอบ' })).id;
  const item = await api.createItem({ planId, indicatorNumber: 1 });
  await api.updateItem({ itemId: item.id, code: 'I1', question: 'เจ้าหน้าที่ปฏิบัติงานตามขั้นตอน' });
  const add = (text: string, f: { months?: string[]; startMonth?: string; endMonth?: string }) =>
    api.createActivity({ itemId: item.id, text, allDivisions: true, ...f });
  await add('ประชุมทุกไตรมาส', { months: ['2022-10', '2023-01', '2023-04', '2023-07'] });
  await add('ตรวจเว้นเดือน', { months: ['2022-11', '2023-01', '2023-03', '2023-05', '2023-07', '2023-09'] });
  await add('รายงานทุกเดือน', { startMonth: '2022-10', endMonth: '2023-09' });
  await add('ประเมินครั้งเดียว', { months: ['2023-03'] });
}, 120_000);

afterAll(async () => {
  await printer?.close();
  db?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('months with gaps in the printed reports (Chromium, poppler)', () => {
  it('the plan reads runs as a range and gaps as a list of Thai month abbreviations', async () => {
    const out = path.join(dir, 'plan.pdf');
    await api.exportReport({ planId, report: 'plan', format: 'pdf', outPath: out });
    const text = squash(pdfText(out));
    // -raw reads each row in order: the activity, then its timeframe cell.
    expect(text).toContain(squash('ประชุมทุกไตรมาส ต.ค., ม.ค., เม.ย., ก.ค.'));
    expect(text).toContain(squash('ตรวจเว้นเดือน พ.ย., ม.ค., มี.ค., พ.ค., ก.ค., ก.ย.'));
    expect(text).toContain(squash('รายงานทุกเดือน ต.ค. ๖๕ – ก.ย. ๖๖'));
    expect(text).toContain(squash('ประเมินครั้งเดียว มี.ค. ๖๖'));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      out,
      path.join(ARTIFACTS, 'report-plan-months'),
    ]);
  }, 120_000);

  it('the monthly sheet of a gap month leaves the activity out; a ticked month has it', async () => {
    const sheet = async (month: string) => {
      const out = path.join(dir, `month-${month}.pdf`);
      await api.exportReport({ planId, report: 'month', format: 'pdf', month, outPath: out });
      return squash(pdfText(out));
    };
    const feb = await sheet('2023-02');
    expect(feb).toContain('รายงานทุกเดือน');
    expect(feb).not.toContain('ประชุมทุกไตรมาส');
    expect(feb).not.toContain('ตรวจเว้นเดือน');
    expect(feb).not.toContain('ประเมินครั้งเดียว');
    const mar = await sheet('2023-03');
    expect(mar).toContain('ตรวจเว้นเดือน');
    expect(mar).toContain('ประเมินครั้งเดียว');
    expect(mar).not.toContain('ประชุมทุกไตรมาส');
  }, 120_000);

  it('the annual results report prints the same timeframe', async () => {
    const out = path.join(dir, 'annual.pdf');
    await api.exportReport({ planId, report: 'annual', format: 'pdf', outPath: out });
    expect(squash(pdfText(out))).toContain(squash('ต.ค., ม.ค., เม.ย., ก.ค.'));
  }, 120_000);
});
