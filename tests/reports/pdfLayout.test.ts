// How the PDFs are set, read back with poppler: no page of the plan less than half full but the
// last; Thai lines break only between words; page numbers and margins follow the settings; the
// metadata title in the office's digits; the approval block; long reports printed in parts and
// joined (page numbers running on, links kept). Page 1 of each variant goes to tests/artifacts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../core/contract';
import { COMBINING_MARK, isWordBoundary, toThaiDigits } from '../../core/thai';
import { reportDoc } from '../../electron/reports/docs';
import { tables } from '../../electron/reports/rows';
import { loadReportData } from '../../electron/reports/export';
import { pageSetup } from '../../electron/reports/html/page';
import type { PdfPrinter } from '../../electron/reports/pdf/printer';
import { renderPdf, type PdfProgress } from '../../electron/reports/pdf/render';
import { sampleReports, type SampleReports } from '../helpers/sampleReports';
import { REPO_ROOT } from '../helpers/tmp';

const ARTIFACTS = path.join(REPO_ROOT, 'tests', 'artifacts');
const MONTH = '2023-03';
const MM = 72 / 25.4;
const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const pagesOf = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', pdf))![1]);

interface Line {
  page: number;
  block: number;
  yMin: number;
  yMax: number;
  xMin: number;
  text: string;
}

/** Every text line poppler finds, with its page, block and box (pt). */
function linesOf(pdf: string): Line[] {
  const xml = run('pdftotext', '-bbox-layout', pdf, '-');
  const out: Line[] = [];
  let page = 0;
  let block = 0;
  for (const m of xml.matchAll(
    /<page |<block |<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
  )) {
    if (m[0] === '<page ') page++;
    else if (m[0] === '<block ') block++;
    else {
      const words = [...m[4]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) =>
        w[1]!
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"'),
      );
      out.push({ page, block, xMin: Number(m[1]), yMin: Number(m[2]), yMax: Number(m[3]), text: words.join(' ') });
    }
  }
  return out;
}

let api: Api;
let planId: number;
let printer: PdfPrinter;
let dir: string;
let sample: SampleReports | undefined;

beforeAll(async () => {
  sample = await sampleReports(
    MONTH,
    async (api, activityId, i) => {
      await api.saveFollowUp({
        activityId,
        month: MONTH,
        status: i % 3 ? 'inProgress' : 'done',
        qty: i % 3 ? null : 1,
        result: 'จัดประชุมชี้แจงการใช้จ่ายงบประมาณฯ ให้เจ้าหน้าที่ผู้ปฏิบัติงานทุกฝ่ายทราบ ภายในเวลา ๑๕ นาที)',
        problems: i === 1 ? 'งบประมาณไม่เพียงพอ รอการจัดสรรงบประมาณฯ เพิ่มเติมจากสำนักงบประมาณกรุงเทพมหานคร' : '',
      });
      await api.addEvidenceUrl({ activityId, month: MONTH, url: `https://www.bangkok.go.th/dusit/ita/${i}` });
    },
    { rows: 10, dirPrefix: 'ita-pdf-layout-' },
  );
  ({ api, planId, printer, dir } = sample);
  await api.updateSettings({ directorName: 'นายวิชัย ตั้งใจ', headOfGovernance: 'นายสมชาย รักงาน' });
}, 120_000);

afterAll(() => sample?.close());

async function pdfOf(name: string, request: Parameters<typeof loadReportData>[1], pagesPerPart?: number) {
  const data = await loadReportData(api, request);
  const progress: PdfProgress[] = [];
  const r = await renderPdf(
    reportDoc(data),
    pageSetup(data.data.settings),
    printer,
    (p) => progress.push(p),
    pagesPerPart,
  );
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, r.bytes);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  run(
    'pdftoppm',
    '-r',
    '60',
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    file,
    path.join(ARTIFACTS, `layout-${name}`),
  );
  expect(pagesOf(file)).toBe(r.pages);
  return { file, ...r, progress };
}

describe('how the PDFs are set', () => {
  it('no page of the plan is less than half full but the last; items continue with their code and (ต่อ)', async () => {
    const { file, pages } = await pdfOf('plan', { planId, report: 'plan', format: 'pdf' });
    const lines = linesOf(file);
    const top = 30 * MM; // the binding edge of a landscape page
    const height = (210 - 30 - 20) * MM;
    for (let p = 1; p < pages; p++) {
      const body = lines.filter((l) => l.page === p && !l.text.startsWith('หน้า'));
      const bottom = Math.max(...body.map((l) => l.yMax));
      expect((bottom - top) / height, `page ${p} is filled`).toBeGreaterThan(0.5);
      expect(bottom, `page ${p} stays inside its margins`).toBeLessThan(top + height + 2);
    }
    expect(run('pdftotext', file, '-')).toMatch(/[IEO]\d+ \(ต่อ\)/);
    // "I7 (ต่อ)" heads the code column, and another lead column only where its text goes on below it.
    const left = Math.min(...lines.map((l) => l.xMin));
    const conts = lines.map((l, i) => ({ l, next: lines[i + 1] })).filter(({ l }) => /^[IEO]\d+ \(ต่อ\)$/.test(l.text));
    expect(conts.some(({ l }) => l.xMin < left + 10)).toBe(true);
    for (const { l, next } of conts.filter(({ l }) => l.xMin >= left + 10)) {
      expect(
        next?.block === l.block && next.page === l.page,
        `p${l.page} "${l.text}" at x ${l.xMin} heads nothing`,
      ).toBe(true);
    }
  }, 120_000);

  it('Thai lines break only between words: none starts with a mark, none splits a dictionary word', async () => {
    let junctions = 0;
    for (const [name, request] of [
      ['plan-words', { planId, report: 'plan', format: 'pdf' }],
      ['month-words', { planId, report: 'month', month: MONTH, format: 'pdf' }],
      ['half-year-words', { planId, report: 'half-year', format: 'pdf' }],
      ['annual-words', { planId, report: 'annual', format: 'pdf' }],
      ['oit-words', { planId, report: 'oit-urls', format: 'pdf' }],
    ] as const) {
      const { file } = await pdfOf(name, request);
      // The report's paragraphs (cell lines): a line end inside one is a wrap the layout chose.
      const doc = reportDoc(await loadReportData(api, request));
      const paragraphs = tables(doc)
        .flatMap((t) => t.rows)
        .flatMap((r): string[] =>
          r.kind === 'heading'
            ? [r.text]
            : (r.kind === 'row' ? r.cells : [...r.lead, ...r.rows.flatMap((x) => x.cells)]).flatMap((c) => c.lines),
        )
        .map((l) => l.replace(/\s+/g, ' ')); // spaces kept: a line may always break at one
      const lines = linesOf(file);
      for (const [i, l] of lines.entries()) {
        expect(COMBINING_MARK.test(l.text[0] ?? ''), `${name} p${l.page}: "${l.text}"`).toBe(false);
        const prev = lines[i - 1];
        // The next line of the same cell: same block, just below, the same left edge.
        if (!prev || prev.block !== l.block || l.yMin - prev.yMax > 3 || Math.abs(l.xMin - prev.xMin) > 6) continue;
        const a = /[\u0E01-\u0E3A\u0E40-\u0E4E]+$/.exec(prev.text)?.[0];
        const b = /^[\u0E01-\u0E3A\u0E40-\u0E4E]+/.exec(l.text)?.[0];
        if (!a || !b) continue; // after a space or punctuation: a break the text itself allows
        // Where the two lines meet inside one paragraph (not a line break of the text itself).
        const at = paragraphs.flatMap((p) => {
          const out: { p: string; k: number }[] = [];
          for (let k = p.indexOf(a + b); k >= 0; k = p.indexOf(a + b, k + 1)) out.push({ p, k: k + a.length });
          return out;
        });
        if (at.length === 0) continue;
        junctions++;
        const ok = at.some(({ p, k }) => isWordBoundary(p.slice(0, k), p.slice(k)));
        expect(ok, `${name} p${l.page}: "${prev.text}" / "${l.text}"`).toBe(true);
      }
    }
    expect(junctions).toBeGreaterThan(200);
  }, 180_000);

  it('page numbers "- ๒ -" from page 2 and the margins as set; the metadata title in the office\'s digits', async () => {
    await api.updateSettings({ pageNumbers: 'dash', reportMarginMm: 15, reportBindingMm: 35 });
    try {
      const { file, pages } = await pdfOf('month-dash', { planId, report: 'month', month: MONTH, format: 'pdf' });
      const lines = linesOf(file);
      expect(lines.some((l) => l.page === 1 && /^- ๑ -$/.test(l.text))).toBe(false);
      for (let p = 2; p <= pages; p++) {
        const head = lines.filter((l) => l.page === p).sort((a, b) => a.yMin - b.yMin)[0]!;
        expect(head.text, `page ${p}`).toBe(`- ${toThaiDigits(p)} -`);
        expect(head.yMax, `page ${p}: in the top margin`).toBeLessThan(35 * MM);
      }
      expect(lines.some((l) => l.text.startsWith('หน้า '))).toBe(false);
      const body = lines.filter((l) => !/^- /.test(l.text));
      expect(Math.min(...body.map((l) => l.xMin))).toBeGreaterThan(15 * MM - 1);
      expect(Math.min(...body.map((l) => l.xMin))).toBeLessThan(15 * MM + 6);
      expect(Math.min(...body.map((l) => l.yMin))).toBeGreaterThan(35 * MM - 1);
      expect(run('pdfinfo', file)).toMatch(/Title:\s+แบบรายงานผลการดำเนินงานประจำเดือน มีนาคม พ\.ศ\. ๒๕๖๖/);
      await api.updateSettings({ numerals: 'arabic' });
      const arabic = await pdfOf('plan-arabic', { planId, report: 'plan', format: 'pdf' });
      expect(run('pdfinfo', arabic.file)).toMatch(/Title:\s+มาตรการ.*พ\.ศ\. 2566/);
    } finally {
      await api.updateSettings({ pageNumbers: 'fraction', reportMarginMm: 20, reportBindingMm: 30, numerals: 'thai' });
    }
  }, 120_000);

  it('the plan ends with its approval block: ผู้เสนอแผน, ผู้อนุมัติ and, once approved, the date', async () => {
    await api.approvePlan({ planId });
    try {
      const { file, pages } = await pdfOf('plan-approved', { planId, report: 'plan', format: 'pdf' });
      const last = run('pdftotext', '-f', String(pages), '-l', String(pages), file, '-').replace(/\s+/g, ' ');
      for (const s of ['ผู้เสนอแผน', 'ผู้อนุมัติ', '(นายสมชาย รักงาน)', '(นายวิชัย ตั้งใจ)', 'หัวหน้าฝ่ายปกครอง', 'ผู้อำนวยการเขต']) {
        expect(last).toContain(s);
      }
      const plan = await api.getPlan({ planId });
      const { formatDate } = await import('../../core/thai');
      expect(last).toContain(`วันที่ ${formatDate(plan.approvedAt!)}`);
    } finally {
      await api.reopenPlan({ planId });
    }
  }, 120_000);

  it('a long report is printed in parts and joined: pages numbered on, links kept, progress per part', async () => {
    const whole = await pdfOf('annual-whole', { planId, report: 'annual', format: 'pdf' });
    const parts = await pdfOf('annual-parts', { planId, report: 'annual', format: 'pdf' }, 6);
    expect(parts.parts).toBe(Math.ceil(whole.pages / 6));
    expect(parts.pages).toBe(whole.pages);
    const prints = parts.progress.filter((p) => p.phase === 'print');
    expect(prints.map((p) => p.part)).toEqual(Array.from({ length: parts.parts }, (_, i) => i + 1));
    expect(parts.progress.at(-1)).toEqual({ phase: 'join', part: parts.parts, parts: parts.parts });
    const text = run('pdftotext', parts.file, '-').split('\f');
    for (let p = 1; p <= parts.pages; p++) {
      expect(text[p - 1], `page ${p}`).toContain(`หน้า ${toThaiDigits(p)}/${toThaiDigits(parts.pages)}`);
    }
    expect(run('pdftotext', parts.file, '-')).toBe(run('pdftotext', whole.file, '-'));
    const urls = (f: string) =>
      run('pdfinfo', '-url', f)
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => l.trim().split(/\s+/).slice(1).join(' '));
    expect(urls(parts.file)).toEqual(urls(whole.file));
    expect(urls(parts.file).some((u) => u.includes('https://www.bangkok.go.th/dusit/ita/0'))).toBe(true);
    expect(run('pdfinfo', parts.file)).toMatch(/Title:\s+รายงานผลการดำเนินการ.*ประจำปี.*๒๕๖๖/);
    const fonts = run('pdffonts', parts.file).split('\n').slice(2).filter(Boolean);
    for (const f of fonts) expect(f.split(/\s+/).slice(-5)[0], f).toBe('yes');
  }, 180_000);
});
