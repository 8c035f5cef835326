// How a report is cut into printed parts (pdf/render.ts): a short report (≤ ONE_PART_PAGES sheets)
// is one print and no join; a longer one goes in parts of PAGES_PER_PART sheets, printed in order,
// each part's HTML only printed (hidden on screen, html/document.ts) and the parts joined in order.
// A printer's page takes documents until their HTML passes CHARS_PER_PAGE (printer.ts); the next one gets a new page.
// Real Chromium layouts and the joined PDF's text are tested in pdfLayout.test.ts and pdf.test.ts.
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadReportData } from '../../electron/reports/export';
import { reportDoc } from '../../electron/reports/docs';
import { pageSetup } from '../../electron/reports/html/page';
import {
  forgetMeasurements,
  ONE_PART_PAGES,
  PAGES_PER_PART,
  pagesPerPartFor,
  renderPdf,
  type PdfProgress,
} from '../../electron/reports/pdf/render';
import { CHARS_PER_PAGE, loading } from '../../electron/reports/pdf/printer';
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
  // What reaches the printer, in its queue's order: measuring documents, new pages, prints, and
  // the HTML chars each document loads.
  const calls: string[] = [];
  const loads: number[] = [];
  const printing = {
    ...printer,
    print: async (html: string) => (
      calls.push('print'),
      loads.push(html.length),
      await printer.print(html),
      parts[n++ % parts.length]!
    ),
    evaluate: (html: string, script: string) => (
      calls.push('measure'),
      loads.push(html.length),
      printer.evaluate(html, script)
    ),
    renewPage: async () => void calls.push('new page'),
  };
  const progress: PdfProgress[] = [];
  const setup = pageSetup(data.data.settings, doc.orientation);
  const r = await renderPdf(doc, setup, printing, (p) => progress.push(p));
  /** The same report again; `afresh`: measured again too (as after an edit). */
  const again = (afresh = false) => {
    if (afresh) forgetMeasurements(printing);
    return renderPdf(doc, setup, printing);
  };
  return { r, printed: printer.printed, progress, calls, loads, again };
}

/** The calls a page budget of CHARS_PER_PAGE gives for these loads (`inPage` chars loaded before them). */
function withNewPages(calls: readonly string[], loads: readonly number[], inPage = 0): string[] {
  const expected: string[] = [];
  let i = 0;
  for (const c of calls.filter((c) => c !== 'new page')) {
    const chars = loads[i++]!;
    if (inPage > 0 && inPage + chars > CHARS_PER_PAGE) {
      expected.push('new page');
      inPage = 0;
    }
    expected.push(c);
    inPage += chars;
  }
  return expected;
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
    // Its parts are printed in the page it was measured in: their HTML is far from CHARS_PER_PAGE
    // (a new page is a new renderer, about 0.9 s of CPU).
    expect(calls.filter((c) => c !== 'measure')).toEqual(Array.from({ length: r.parts }, () => 'print'));
  });

  it('a page takes measuring documents and parts until their HTML passes CHARS_PER_PAGE, then the next gets a new page', async () => {
    // The sample's annual report: two measuring documents and its print, all in one page.
    const small = await render(20, 'annual');
    expect(small.calls.filter((c) => c === 'measure').length).toBeGreaterThan(1);
    expect(small.calls).not.toContain('new page');
    // The annual report of a plan grown to 1,500 activities, measured and printed in parts, again
    // and again as after an edit, until its documents pass what a page takes: a new page comes
    // before the document that would take the page past CHARS_PER_PAGE, and only then.
    const big = await render(20, 'annual', 1500);
    expect(big.r.parts).toBeGreaterThan(1);
    for (let i = 0; i < 20 && big.loads.reduce((a, b) => a + b, 0) <= CHARS_PER_PAGE; i++) await big.again(true);
    expect(big.loads.reduce((a, b) => a + b, 0)).toBeGreaterThan(CHARS_PER_PAGE);
    expect(big.calls).toEqual(withNewPages(big.calls, big.loads));
    expect(big.calls.filter((c) => c === 'new page').length).toBeGreaterThan(0);
  });

  it('a printer of two lanes gives the page of each lane half of CHARS_PER_PAGE', () => {
    let renewed = 0;
    const lane = { ...fakePrinter(), renewPage: async () => void renewed++ };
    loading(lane, CHARS_PER_PAGE / 2 - 1, 2);
    loading(lane, 1, 2);
    expect(renewed).toBe(0);
    loading(lane, 1, 2);
    expect(renewed).toBe(1);
    const one = { ...fakePrinter(), renewPage: async () => void renewed++ };
    loading(one, CHARS_PER_PAGE / 2 + 1);
    expect(renewed).toBe(1);
  });

  it('the count runs on across exports: the same report exported again fills the page it was printed in', async () => {
    // Measured once (the printer keeps what it measured), then printed again and again in one page.
    const { calls, loads, again } = await render(200);
    for (let i = 0; i < 100 && !calls.includes('new page'); i++) await again();
    expect(calls).toEqual(withNewPages(calls, loads));
    expect(calls.filter((c) => c === 'measure').length).toBeGreaterThan(0);
    expect(calls.slice(calls.indexOf('new page') + 1)[0]).toBe('print');
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
