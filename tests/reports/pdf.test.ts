// Every report as PDF, through the API and through the CLI, printed by Debian's Chromium, then read
// back with poppler and compared with the database: texts exact (whitespace aside), codes, page
// numbers "หน้า ๑/…", embedded fonts, A4 landscape. Page 1–2 PNGs go to tests/artifacts/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toThaiDigits } from '../../core/thai';
import { openDatabase, type Db } from '../../db/open';
import type { Api } from '../../core/contract';
import { createApi } from '../../electron/api/createApi';
import type { MonthRow, PlanDetail } from '../../core/types';
import { runCli } from '../../electron/cli/run';
import { MONTH_COLUMNS } from '../../electron/reports/rows/month';
import { OIT_COLUMNS } from '../../electron/reports/rows/oitUrls';
import { PLAN_TABLE_COLUMNS } from '../../electron/reports/rows/plan';
import { RESULT_COLUMNS } from '../../electron/reports/rows/results';
import type { Column } from '../../electron/reports/rows';
import { createChromiumPrinter } from '../../electron/reports/pdf/chromiumPrinter';
import { pagesPerPartFor } from '../../electron/reports/pdf/render';
import type { PdfPrinter } from '../../electron/reports/pdf/printer';
import { fakePrinter } from '../helpers/fakePrinter';
import { REPO_ROOT } from '../helpers/paths';

const ARTIFACTS = path.join(REPO_ROOT, 'tests', 'artifacts');
const MONTH = '2023-03';
const LONG_URL =
  'https://www.bangkok.go.th/dusit/page/sub/23185/%E0%B8%A1%E0%B8%B2%E0%B8%95%E0%B8%A3%E0%B8%81%E0%B8%B2%E0%B8%A3?id=12345&ref=ita2566';

// ── poppler ─────────────────────────────────────────────────────────────────────────────────────
const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const squash = (s: string) => s.replace(/\s+/g, '');

/** Page width/height (pt) and the 20 mm side margins of landscape pages (the default setting). */
const PAGE_W = 841.92;
const PAGE_H = 594.96;
const MARGIN = (20 / 25.4) * 72;

/** The text of one table column over all pages (pdftotext cropped to the column, slightly inset; -raw keeps
 *  the hyphen of "E-service" when a line breaks after it, where the default mode would join "Eservice"). */
function columnText(pdf: string, columns: Column[], col: number, page?: number): string {
  const widths = columns.map((c) => c.pdf);
  const total = widths.reduce((a, b) => a + b, 0);
  const content = PAGE_W - 2 * MARGIN;
  const x0 = MARGIN + (content * widths.slice(0, col).reduce((a, b) => a + b, 0)) / total;
  const w = (content * widths[col]!) / total;
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return run(
    'pdftotext',
    '-raw',
    ...pages,
    '-x',
    String(Math.floor(x0 + 2)),
    '-y',
    '0',
    '-W',
    String(Math.floor(w - 4)),
    '-H',
    String(Math.ceil(PAGE_H)),
    pdf,
    '-',
  );
}

function pdfInfo(pdf: string): { pages: number; size: string } {
  const info = run('pdfinfo', pdf);
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), size: /Page size:\s+(.+)/.exec(info)![1]! };
}

/** Checks every PDF must pass; returns the whole text (pages separated by \f). */
function checkPdf(pdf: string): string {
  const { pages, size } = pdfInfo(pdf);
  expect(size).toMatch(/^841\.\d+ x 594\.\d+ pts \(A4\)/);
  const fonts = run('pdffonts', pdf)
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line, line).toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  for (const line of fonts) expect(line.split(/\s+/).slice(-5)[0], `${line} embedded`).toBe('yes');
  expect(fonts.some((l) => l.includes('Sarabun'))).toBe(true);
  const text = run('pdftotext', pdf, '-');
  const perPage = text.split('\f').slice(0, pages);
  perPage.forEach((t, i) => expect(t, `page ${i + 1}`).toContain(`หน้า ${toThaiDigits(i + 1)}/${toThaiDigits(pages)}`));
  return text;
}

function renderPng(pdf: string, name: string): void {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  run('pdftoppm', '-r', '60', '-png', '-f', '1', '-l', '2', pdf, path.join(ARTIFACTS, `report-${name}`));
}

/** On every page, the first thing in the code column under the header is a code or a heading. */
function expectNoOrphans(pdf: string, widths: Column[], header: string, caption?: string) {
  const { pages } = pdfInfo(pdf);
  // The main table starts on the page with its caption (summaries may come first).
  const start = caption
    ? run('pdftotext', pdf, '-')
        .split('\f')
        .findIndex((t) => squash(t).includes(squash(caption))) + 2
    : 2;
  for (let p = start; p <= pages; p++) {
    const lines = columnText(pdf, widths, 0, p)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('หน้า'));
    if (lines.length === 0 || /^(ลงชื่อ|ข้อสั่ง)/.test(lines[0]!)) continue; // a signatures-only last page
    const i = lines.indexOf(header);
    expect(i, `page ${p} repeats the header`).toBe(0);
    const first = lines[1];
    if (first !== undefined)
      expect(first, `page ${p} starts with a code`).toMatch(/^(แบบ|[๐-๙0-9]+\)|[IEO]\d+|ลงชื่อ|ข้อสั่งการ)/);
  }
}

// ── fixture ─────────────────────────────────────────────────────────────────────────────────────
let dir: string;
let db: Db;
let api: Api;
let printer: PdfPrinter;
let dbPath: string;
let planId: number;
let plan: PlanDetail;
let marchRows: MonthRow[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-pdf-'));
  dbPath = path.join(dir, 'ita.sqlite');
  db = openDatabase(dbPath);
  printer = createChromiumPrinter();
  api = createApi(db, { dbPath, actor: 'ผู้ทดสอบ', appRoot: REPO_ROOT, pdf: () => printer });
  planId = (await api.importSamplePlan({})).plan!.id;
  plan = await api.getPlan({ planId });
  await api.updateSettings({
    reporterName: 'นางสาวสมหญิง ใจดี',
    headOfGovernance: 'นายสมชาย รักงาน',
    directorName: 'นายวิชัย ตั้งใจ',
  });
  marchRows = await api.listMonth({ planId, month: MONTH });
  const statuses = ['done', 'inProgress', 'blocked', 'notStarted'] as const;
  for (const [i, r] of marchRows.slice(0, 12).entries()) {
    await api.saveFollowUp({
      activityId: r.activityId,
      month: MONTH,
      status: statuses[i % 4]!,
      qty: i % 4 === 0 ? 1 : null,
      result: `ดำเนินการตามแผน ประชุมชี้แจงเจ้าหน้าที่ทุกฝ่ายแล้ว ครั้งที่ ${i + 1}`,
      problems: i % 4 === 2 ? 'งบประมาณไม่เพียงพอ <script>alert(1)</script>' : '',
    });
  }
  await api.addEvidenceUrl({ activityId: marchRows[0]!.activityId, month: MONTH, url: LONG_URL, label: 'ภาพกิจกรรม' });
  const o = marchRows.filter((r) => r.itemCode.startsWith('O')).slice(0, 3);
  for (const [i, r] of o.entries()) {
    await api.saveFollowUp({
      activityId: r.activityId,
      month: MONTH,
      status: 'done',
      qty: 1,
      result: 'เผยแพร่บนเว็บไซต์แล้ว',
    });
    await api.addEvidenceUrl({
      activityId: r.activityId,
      month: MONTH,
      url: `https://www.bangkok.go.th/dusit/oit/${r.itemCode}?page=${i}`,
    });
  }
}, 120_000);

afterAll(async () => {
  await printer?.close();
  db?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const allActivities = () =>
  plan.indicators.flatMap((i) => i.items.flatMap((it) => it.activities.map((a) => ({ code: it.code, text: a.text }))));
const allCodes = () => plan.indicators.flatMap((i) => i.items.map((it) => it.code));

async function exportPdf(
  name: string,
  input: { report: 'plan' | 'month' | 'half-year' | 'annual' | 'oit-urls'; month?: string; divisionId?: number },
) {
  const outPath = path.join(dir, `${name}.pdf`);
  const r = await api.exportReport({ planId, format: 'pdf', outPath, ...input });
  expect(r.path).toBe(outPath);
  expect(r.bytes).toBe(fs.statSync(outPath).size);
  expect(r.pages).toBe(pdfInfo(outPath).pages);
  renderPng(outPath, name);
  return outPath;
}

describe('PDF reports (Chromium + poppler)', () => {
  it('the plan: every activity of the seed, every code, the 8 headings, header repeated, codes never orphaned', async () => {
    const pdf = await exportPdf('plan', { report: 'plan' });
    const text = checkPdf(pdf);
    expect(text).toContain('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(squash(text)).toContain('สำนักงานเขตดุสิตประจำปีงบประมาณพ.ศ.๒๕๖๖');
    const activities = squash(columnText(pdf, PLAN_TABLE_COLUMNS, 2));
    const all = allActivities();
    expect(all).toHaveLength(112);
    for (const a of all) expect(activities, `${a.code}: ${a.text}`).toContain(squash(a.text));
    const codes = columnText(pdf, PLAN_TABLE_COLUMNS, 0);
    for (const c of allCodes()) expect(codes).toMatch(new RegExp(`(^|\\s)${c}(\\s|$)`));
    const page2 = run('pdftotext', '-f', '2', '-l', '2', pdf, '-');
    expect(squash(page2)).toContain('กิจกรรมที่จะดำเนินการ');
    expect(squash(page2)).toContain('ระยะเวลากำกับติดตามโดยผอ.เขต');
    expectNoOrphans(pdf, PLAN_TABLE_COLUMNS, 'ตัวชี้วัด');
  });

  it('the monthly sheet: every activity due in มี.ค. ๖๖, codes, full URLs, counts, signatures', async () => {
    const pdf = await exportPdf('month', { report: 'month', month: MONTH });
    const text = checkPdf(pdf);
    expect(squash(text)).toContain('แบบรายงานผลการดำเนินงานประจำเดือนมีนาคมพ.ศ.๒๕๖๖');
    const acts = squash(columnText(pdf, MONTH_COLUMNS, 1));
    for (const r of marchRows) expect(acts, r.activityText).toContain(squash(r.activityText));
    const codes = columnText(pdf, MONTH_COLUMNS, 0);
    for (const r of marchRows) expect(codes).toContain(r.itemCode);
    const evidence = squash(columnText(pdf, MONTH_COLUMNS, 7));
    expect(evidence).toContain(LONG_URL);
    expect(evidence).toContain('https://www.bangkok.go.th/dusit/oit/O1?page=0');
    for (const s of ['ผู้รายงาน', 'หัวหน้าฝ่ายปกครอง', 'ผู้อำนวยการเขต', 'ข้อสั่งการผู้อำนวยการเขต', '(นายวิชัยตั้งใจ)']) {
      expect(squash(text)).toContain(s);
    }
    expect(squash(text)).toContain('งบประมาณไม่เพียงพอ<script>alert(1)</script>');
    expectNoOrphans(pdf, MONTH_COLUMNS, 'ข้อ', 'ผลการดำเนินงานรายกิจกรรม');
  });

  it("a division's own monthly sheet lists only that division's activities", async () => {
    const division = (await api.listDivisions({})).find((d) => d.name === 'ฝ่ายปกครอง')!;
    const rows = await api.listMonth({ planId, month: MONTH, divisionId: division.id });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(marchRows.length);
    const pdf = await exportPdf('month-division', { report: 'month', month: MONTH, divisionId: division.id });
    const text = checkPdf(pdf);
    expect(squash(text)).toContain('ฝ่ายปกครองสำนักงานเขตดุสิต');
    const acts = squash(columnText(pdf, MONTH_COLUMNS, 1));
    for (const r of rows) expect(acts).toContain(squash(r.activityText));
    const ids = new Set(rows.map((r) => r.activityId));
    const others = marchRows.filter(
      (r) => !ids.has(r.activityId) && !rows.some((x) => x.activityText === r.activityText),
    );
    for (const r of others.slice(0, 10)) expect(acts).not.toContain(squash(r.activityText));
  });

  for (const period of ['half-year', 'annual'] as const) {
    it(`the ${period} results report: every activity of the plan, summary by indicator, evidence`, async () => {
      const pdf = await exportPdf(period, { report: period });
      const text = checkPdf(pdf);
      expect(squash(text)).toContain(period === 'half-year' ? 'รอบ๖เดือน' : 'ประจำปี');
      expect(squash(text)).toContain('สรุปผลการดำเนินงานตามตัวชี้วัด');
      const acts = squash(columnText(pdf, RESULT_COLUMNS, 1));
      for (const a of allActivities()) expect(acts, `${a.code}: ${a.text}`).toContain(squash(a.text));
      const codes = columnText(pdf, RESULT_COLUMNS, 0);
      for (const c of allCodes()) expect(codes).toMatch(new RegExp(`(^|\\s)${c}(\\s|$)`));
      expect(squash(columnText(pdf, RESULT_COLUMNS, 7))).toContain(LONG_URL);
    });
  }

  it('the OIT URL list: every O item and its URLs in full', async () => {
    const pdf = await exportPdf('oit-urls', { report: 'oit-urls' });
    checkPdf(pdf);
    const codes = columnText(pdf, OIT_COLUMNS, 0);
    for (let i = 1; i <= 30; i++) expect(codes).toMatch(new RegExp(`(^|\\s)O${i}(\\s|$)`));
    const urls = squash(columnText(pdf, OIT_COLUMNS, 1));
    for (const [i, r] of marchRows
      .filter((r) => r.itemCode.startsWith('O'))
      .slice(0, 3)
      .entries()) {
      expect(urls).toContain(`https://www.bangkok.go.th/dusit/oit/${r.itemCode}?page=${i}`);
    }
  });

  it('the CLI exports the same documents (its own Chromium, closed at the end)', async () => {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const cases: [string, string[]][] = [
      ['plan', ['--report', 'plan']],
      ['month', ['--report', 'month', '--month', MONTH]],
      ['month-division', ['--report', 'month', '--month', MONTH, '--division', 'ปกครอง']],
      ['half-year', ['--report', 'half-year']],
      ['annual', ['--report', 'annual']],
      ['oit-urls', ['--report', 'oit-urls']],
    ];
    for (const [name, args] of cases) {
      const out = path.join(dir, `cli-${name}.pdf`);
      const io = { out: [] as string[], err: [] as string[] };
      const code = await runCli(
        ['--db', dbPath, 'export', '--year', '2566', ...args, '--format', 'pdf', '--out', out],
        {
          out: (s) => io.out.push(s),
          err: (s) => io.err.push(s),
          appRoot: REPO_ROOT,
        },
      );
      expect(code, io.err.join('\n')).toBe(0);
      const { pages } = pdfInfo(out);
      expect(io.out.join('\n')).toContain(`บันทึกแล้ว: ${out}`);
      expect(io.out.join('\n')).toContain(`จำนวน ${pages} หน้า`);
      // A report of more than one part says on stderr which part is printing (sampled: at least one).
      const parts = Math.ceil(pages / pagesPerPartFor(pages));
      const said = io.err.flatMap((l) => /^กำลังพิมพ์ส่วนที่ (\d+) จาก (\d+)$/.exec(l)?.slice(1).map(Number) ?? []);
      if (parts > 1) {
        expect(said.length, `${name}: ${io.err.join(' | ')}`).toBeGreaterThan(0);
        for (let k = 1; k < said.length; k += 2) expect(said[k]).toBe(parts);
      } else expect(said).toEqual([]);
      // Same HTML, the CLI's pipe printer against playwright's: the same text as the API's file.
      expect(run('pdftotext', out, '-')).toBe(run('pdftotext', path.join(dir, `${name}.pdf`), '-'));
    }
  });

  it('refuses cleanly and never leaves half a file', async () => {
    const out = path.join(dir, 'refused.pdf');
    const noPrinter = createApi(db, { dbPath, actor: 'ผู้ทดสอบ' });
    await expect(noPrinter.exportReport({ planId, report: 'plan', format: 'pdf', outPath: out })).rejects.toMatchObject(
      {
        code: 'unsupported',
      },
    );
    await expect(api.exportReport({ planId, report: 'month', format: 'pdf', outPath: out })).rejects.toMatchObject({
      code: 'invalidInput',
      message: expect.stringContaining('ต้องระบุเดือน'),
    });
    await expect(
      api.exportReport({ planId, report: 'plan', format: 'pdf', outPath: 'relative.pdf' }),
    ).rejects.toMatchObject({
      code: 'invalidInput',
    });
    await expect(
      api.exportReport({ planId, report: 'plan', format: 'pdf', outPath: path.join(dir, 'x.xlsx') }),
    ).rejects.toMatchObject({
      code: 'invalidInput',
    });
    await expect(
      api.exportReport({ planId, report: 'plan', format: 'pdf', outPath: path.join(dir, 'nope', 'x.pdf') }),
    ).rejects.toMatchObject({ code: 'notFound', message: expect.stringContaining('ไม่พบโฟลเดอร์') });

    // A printer that fails: an existing file stays as it was, no temp file is left behind.
    fs.writeFileSync(out, 'previous');
    const crashing = { ...fakePrinter(), print: () => Promise.reject(new Error('crash')) };
    const failing = createApi(db, { dbPath, actor: 'ผู้ทดสอบ', pdf: () => crashing });
    await expect(failing.exportReport({ planId, report: 'plan', format: 'pdf', outPath: out })).rejects.toMatchObject({
      code: 'internal',
      message: 'สร้างไฟล์ PDF ไม่สำเร็จ',
    });
    expect(fs.readFileSync(out, 'utf8')).toBe('previous');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
