// How a report is cut into printed parts (pdf/render.ts): a short report (≤ ONE_PART_PAGES sheets)
// is one print and no join; a longer one goes in parts of PAGES_PER_PART sheets, printed in order,
// each part's HTML only printed (hidden on screen, html/document.ts) and the parts joined in order.
// Real Chromium layouts and the joined PDF's text are tested in pdfLayout.test.ts and pdf.test.ts.
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadReportData } from '../../electron/reports/export';
import { reportDoc } from '../../electron/reports/docs';
import { pageSetup } from '../../electron/reports/html/page';
import {
  MEASURE_CHARS_PER_PAGE,
  ONE_PART_PAGES,
  PAGES_PER_PART,
  pagesPerPartFor,
  renderPdf,
  type PdfProgress,
} from '../../electron/reports/pdf/render';
import { toThaiDigits } from '../../core/thai';
import { makeApi } from '../helpers/api';
import { fakePrinter } from '../helpers/fakePrinter';
import { growPlan } from '../bench/plans';

/** A one-page PDF whose page is `width` points wide: the joined file shows which part came where. */
async function onePage(width: number): Promise<Uint8Array> {
  const d = await PDFDocument.create();
  d.addPage([width, 500]);
  return d.save();
}

async function render(px: number, report: 'plan' | 'annual' = 'plan', activities = 0) {
  const { api } = makeApi();
  const planId = (await api.importSamplePlan({})).plan!.id;
  await growPlan(api, planId, activities);
  const data = await loadReportData(api, { planId, report, format: 'pdf' });
  const doc = reportDoc(data);
  const printer = fakePrinter(undefined, { px });
  let n = 0;
  const parts = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map((k) => onePage(100 + k)));
  // What reaches the printer, in its queue's order: measuring documents, new pages, prints.
  const calls: string[] = [];
  const measured: number[] = [];
  const printing = {
    ...printer,
    print: async (html: string) => (calls.push('print'), await printer.print(html), parts[n++]!),
    evaluate: (html: string, script: string) => (
      calls.push('measure'),
      measured.push(html.length),
      printer.evaluate(html, script)
    ),
    renewPage: async () => void calls.push('new page'),
  };
  const progress: PdfProgress[] = [];
  const r = await renderPdf(doc, pageSetup(data.data.settings, doc.orientation), printing, (p) => progress.push(p));
  return { r, printed: printer.printed, progress, calls, measured };
}

describe('printing in parts', () => {
  it('prints a short report as one part, with no join', async () => {
    const { r, printed, progress, calls } = await render(60);
    expect(r.pages).toBeLessThanOrEqual(ONE_PART_PAGES);
    expect(r.pages).toBeGreaterThan(1);
    expect(r.parts).toBe(1);
    expect(printed).toHaveLength(1);
    expect(progress.map((p) => p.phase)).toEqual(['measure', 'print']);
    // Measured and printed in the same page: a short report never asks for a new one.
    expect(calls).toEqual(['measure', 'print']);
    // The printer's own PDF is the file (no rewrite by the joiner).
    expect((await PDFDocument.load(r.bytes)).getPage(0).getWidth()).toBe(100);
    // Printed only: its content hidden on screen (its boxes kept for the print's second layout).
    expect(printed[0]).toContain('@media screen { body { content-visibility: hidden; } }');
    expect(printed[0]!.match(/class="sheet"/g)).toHaveLength(r.pages);
  });

  it('prints a long report in parts of PAGES_PER_PART sheets, in order, joined in order', async () => {
    const { r, printed, progress, calls } = await render(200);
    expect(r.pages).toBeGreaterThan(ONE_PART_PAGES);
    expect(pagesPerPartFor(r.pages)).toBe(PAGES_PER_PART);
    expect(r.parts).toBe(Math.ceil(r.pages / PAGES_PER_PART));
    expect(printed).toHaveLength(r.parts);
    const sheets = printed.map((h) => h.match(/class="sheet"/g)!.length);
    expect(sheets.slice(0, -1).every((n) => n === PAGES_PER_PART)).toBe(true);
    expect(sheets.reduce((a, b) => a + b, 0)).toBe(r.pages);
    // Page numbers run on across the parts.
    expect(printed[1]).toContain(`หน้า ${toThaiDigits(PAGES_PER_PART + 1)}/${toThaiDigits(r.pages)}`);
    const prints = progress.filter((p) => p.phase === 'print').map((p) => p.part);
    expect(prints).toEqual(Array.from({ length: r.parts }, (_, i) => i + 1));
    expect(progress.at(-1)).toEqual({ phase: 'join', part: r.parts, parts: r.parts });
    const joined = await PDFDocument.load(r.bytes);
    expect(joined.getPages().map((p) => p.getWidth())).toEqual(Array.from({ length: r.parts }, (_, k) => 100 + k));
    // Each part is printed in a new page, so what the documents before it left is freed.
    expect(calls.filter((c) => c !== 'measure')).toEqual(
      Array.from({ length: r.parts }, () => ['new page', 'print']).flat(),
    );
  });

  it('a report measured in several documents gets a new page only once its measuring HTML passes the budget', async () => {
    // The sample's annual report: two measuring documents, both in one page (as a month's sheet).
    const small = await render(20, 'annual');
    expect(small.calls.filter((c) => c === 'measure').length).toBeGreaterThan(1);
    expect(small.calls).not.toContain('new page');
    // The annual report of a plan grown to 1,500 activities measures in many documents: a new page
    // comes before the one that would take a page's measuring HTML past MEASURE_CHARS_PER_PAGE.
    const big = await render(20, 'annual', 1500);
    const measuring = big.calls.slice(0, big.calls.indexOf('print') - (big.r.parts > 1 ? 1 : 0));
    let inPage = 0;
    const expected: string[] = [];
    for (const chars of big.measured) {
      if (inPage > 0 && inPage + chars > MEASURE_CHARS_PER_PAGE) {
        expected.push('new page');
        inPage = 0;
      }
      expected.push('measure');
      inPage += chars;
    }
    expect(measuring).toEqual(expected);
    expect(measuring.filter((c) => c === 'new page').length).toBeGreaterThan(0);
  });

  it('a failed part fails the whole report', async () => {
    const { api } = makeApi();
    const planId = (await api.importSamplePlan({})).plan!.id;
    const data = await loadReportData(api, { planId, report: 'plan', format: 'pdf' });
    const doc = reportDoc(data);
    const printer = fakePrinter(undefined, { px: 200 });
    const ok = await onePage(100);
    let n = 0;
    const failing = {
      ...printer,
      print: async () => {
        if (++n === 2) throw new Error('Chromium ended');
        return ok;
      },
    };
    await expect(renderPdf(doc, pageSetup(data.data.settings, doc.orientation), failing)).rejects.toThrow(
      'Chromium ended',
    );
  });
});
