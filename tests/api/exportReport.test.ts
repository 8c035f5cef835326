// exportReport at the API boundary, with a recording printer (no Chromium here; the real PDFs are
// checked in tests/reports/pdf.test.ts): validation, the HTML handed to the printer, atomic writing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { FAKE_PDF, fakePrinter } from '../helpers/fakePrinter';
import { makeApi } from '../helpers/api';
import { visibleText } from '../helpers/html';
import { toThaiDigits } from '../../core/thai';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

function setup() {
  const dir = tmpDir();
  const dbPath = path.join(dir, 'ita.sqlite');
  const printer = fakePrinter();
  const printed = printer.printed;
  const api = createApi(openDatabase(dbPath), { dbPath, actor: 'ผู้ทดสอบ', appRoot: REPO_ROOT, pdf: () => printer });
  return { api, dir, printed };
}

describe('exportReport', () => {
  it('prints the report HTML and writes the file, answering path, size and pages', async () => {
    const { api, dir, printed } = setup();
    const planId = (await api.importSamplePlan({})).plan!.id;
    const outPath = path.join(dir, 'รายงานประจำเดือน มี.ค. ๒๕๖๖.pdf');
    const r = await api.exportReport({ planId, report: 'month', month: '2023-03', format: 'pdf', outPath });
    // Pages as laid out: the sheets of the printed HTML.
    const sheets = printed[0]!.match(/<div class="sheet">/g)!.length;
    expect(sheets).toBeGreaterThan(1);
    expect(r).toEqual({ path: outPath, bytes: FAKE_PDF.byteLength, pages: sheets });
    expect(fs.readFileSync(outPath)).toEqual(Buffer.from(FAKE_PDF));
    expect(printed[0]).toContain('แบบรายงานผลการดำเนินงานประจำเดือน มีนาคม พ.ศ. ๒๕๖๖');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const division = (await api.listDivisions({}))[0]!;
    await api.exportReport({
      planId,
      report: 'month',
      month: '2023-03',
      divisionId: division.id,
      format: 'pdf',
      outPath,
    });
    expect(visibleText(printed[1]!)).toContain(`${division.name} สำนักงานเขตดุสิต`);
    for (const report of ['plan', 'half-year', 'annual', 'oit-urls'] as const) {
      await api.exportReport({ planId, report, format: 'pdf', outPath });
    }
    expect(printed).toHaveLength(6);
  });

  it('a long PDF is printed in parts, each reported by exportProgress while it prints; then nothing', async () => {
    const { PDFDocument } = await import('@cantoo/pdf-lib');
    const one = await PDFDocument.create();
    one.addPage();
    const onePage = await one.save();
    const dir = tmpDir();
    const dbPath = path.join(dir, 'ita.sqlite');
    const seen: unknown[] = [];
    const ref: { api?: ReturnType<typeof createApi> } = {};
    // Every atom 400 px tall: the plan runs past one part of sheets.
    const printer = fakePrinter(onePage, {
      px: 400,
      beforePrint: async () => void seen.push(await ref.api!.exportProgress({})),
    });
    const api = (ref.api = createApi(openDatabase(dbPath), {
      dbPath,
      actor: 'ผู้ทดสอบ',
      appRoot: REPO_ROOT,
      pdf: () => printer,
    }));
    const planId = (await api.importSamplePlan({})).plan!.id;
    const r = await api.exportReport({ planId, report: 'plan', format: 'pdf', outPath: path.join(dir, 'แผน.pdf') });
    const parts = printer.printed.length;
    expect(parts).toBeGreaterThan(1);
    expect(seen).toEqual(Array.from({ length: parts }, (_, i) => ({ phase: 'print', part: i + 1, parts })));
    expect(r.pages).toBe(printer.printed.reduce((n, h) => n + h.match(/<div class="sheet">/g)!.length, 0));
    expect(await api.exportProgress({})).toBeNull();
    // Joined: one page per part from the stand-in printer.
    expect((await PDFDocument.load(fs.readFileSync(r.path))).getPageCount()).toBe(parts);
  });

  it('the monthly sheet can list only what was reported (refused for other reports)', async () => {
    const { api, dir, printed } = setup();
    const planId = (await api.importSamplePlan({})).plan!.id;
    const rows = await api.listMonth({ planId, month: '2023-03' });
    await api.saveFollowUp({ activityId: rows[3]!.activityId, month: '2023-03', status: 'done', result: 'ประชุมแล้ว' });
    const outPath = path.join(dir, 'm.pdf');
    await api.exportReport({ planId, report: 'month', month: '2023-03', format: 'pdf', outPath, onlyReported: true });
    const text = visibleText(printed.at(-1)!);
    expect(text).toContain(rows[3]!.activityText.replace(/\s+/g, ' ').trim());
    expect(text).toContain(`แสดงเฉพาะกิจกรรมที่รายงานแล้ว ๑ จาก ${toThaiDigits(rows.length)} กิจกรรม`);
    expect(text).not.toContain(rows[0]!.activityText.replace(/\s+/g, ' ').trim().slice(0, 40));
    await expect(
      api.exportReport({ planId, report: 'plan', format: 'pdf', outPath, onlyReported: true }),
    ).rejects.toMatchObject({ message: expect.stringContaining('เฉพาะรายงานประจำเดือน') });
  });

  it('refuses bad requests with Thai messages', async () => {
    const { api, dir } = setup();
    const planId = (await api.importSamplePlan({})).plan!.id;
    const out = path.join(dir, 'x.pdf');
    const bad = [
      [{ planId, report: 'month', format: 'pdf', outPath: out }, 'ต้องระบุเดือน'],
      [{ planId, report: 'plan', format: 'pdf', outPath: 'x.pdf' }, 'เส้นทางเต็ม'],
      [{ planId, report: 'plan', format: 'xlsx', outPath: out }, 'ลงท้ายด้วย .xlsx'],
      [{ planId, report: 'plan', divisionId: 1, format: 'pdf', outPath: out }, 'เฉพาะรายงานประจำเดือน'],
      [{ planId, report: 'month', month: '2024-03', format: 'pdf', outPath: out }, 'ไม่อยู่ในปีงบประมาณ'],
      [{ planId, report: 'weekly', format: 'pdf', outPath: out }, 'รายงานต้องเป็น'],
    ] as const;
    for (const [input, message] of bad) {
      await expect(api.exportReport(input as never)).rejects.toMatchObject({
        message: expect.stringContaining(message),
      });
    }
    await expect(
      api.exportReport({ planId, report: 'month', month: '2023-03', divisionId: 999, format: 'pdf', outPath: out }),
    ).rejects.toMatchObject({ code: 'notFound', message: 'ไม่พบฝ่ายที่ระบุ' });
    await expect(api.exportReport({ planId: 999, report: 'plan', format: 'pdf', outPath: out })).rejects.toMatchObject({
      code: 'notFound',
    });
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('choosing where to save, and opening what was exported (desktop hooks)', () => {
  it('asks the save dialog, adds the extension, and opens or reveals only files this session exported', async () => {
    const dir = tmpDir();
    const opened: string[] = [];
    const revealed: string[] = [];
    const answers: (string | null)[] = [path.join(dir, 'แผน'), null];
    const t = makeApi(undefined, 'ผู้ทดสอบ', {
      openPath: async (f) => void opened.push(f),
      openExternal: async () => undefined,
      chooseSavePath: async () => answers.shift() ?? null,
      showItemInFolder: async (f) => void revealed.push(f),
    });
    const r = await t.api.importSamplePlan({});
    const chosen = await t.api.chooseExportPath({ defaultName: 'แผน.xlsx', format: 'xlsx' });
    expect(chosen).toEqual({ path: path.join(dir, 'แผน.xlsx') });
    expect(await t.api.chooseExportPath({ defaultName: 'แผน.xlsx', format: 'xlsx' })).toEqual({ path: null });
    await expect(t.api.openExport({ path: chosen.path! })).rejects.toMatchObject({ code: 'notFound' });
    await t.api.exportReport({ planId: r.plan!.id, report: 'plan', format: 'xlsx', outPath: chosen.path! });
    expect(await t.api.openExport({ path: chosen.path! })).toEqual({ opened: true });
    expect(await t.api.openExport({ path: chosen.path!, reveal: true })).toEqual({ opened: true });
    expect(opened).toEqual([chosen.path]);
    expect(revealed).toEqual([chosen.path]);
    await expect(t.api.openExport({ path: '/etc/passwd' })).rejects.toMatchObject({ code: 'notFound' });
  });

  it('without the desktop shell they explain in Thai', async () => {
    const t = makeApi();
    await expect(t.api.chooseExportPath({ defaultName: 'a.pdf', format: 'pdf' })).rejects.toMatchObject({
      code: 'unsupported',
    });
  });
});

describe('printing directly (desktop hook)', () => {
  it('sends the same report HTML as the PDF to the print dialog; a cancel is reported, not an error', async () => {
    const printed: string[] = [];
    let answer = true;
    const t = makeApi(undefined, 'ผู้ทดสอบ', {
      openPath: async () => undefined,
      openExternal: async () => undefined,
      printHtml: async (html) => {
        printed.push(html);
        return answer;
      },
    });
    const r = await t.api.importSamplePlan({});
    expect(await t.api.printReport({ planId: r.plan!.id, report: 'month', month: '2023-03' })).toEqual({
      printed: true,
    });
    expect(visibleText(printed[0]!)).toContain('แบบรายงานผลการดำเนินงานประจำเดือน');
    expect(visibleText(printed[0]!)).toContain('ประชุมชี้แจงเจ้าหน้าที่เรื่อง');
    answer = false;
    expect(await t.api.printReport({ planId: r.plan!.id, report: 'plan' })).toEqual({ printed: false });
    expect(visibleText(printed[1]!)).toContain('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    await expect(t.api.printReport({ planId: r.plan!.id, report: 'month' })).rejects.toMatchObject({
      code: 'invalidInput',
      message: expect.stringContaining('ต้องระบุเดือน'),
    });
  });

  it('without the desktop shell it explains in Thai', async () => {
    const t = makeApi();
    const r = await t.api.importSamplePlan({});
    await expect(t.api.printReport({ planId: r.plan!.id, report: 'plan' })).rejects.toMatchObject({
      code: 'unsupported',
    });
  });
});
