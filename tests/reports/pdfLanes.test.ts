// A printer of several lanes (pdf/printer.ts lanePrinter: one page or window, so one renderer, per
// lane) and how a report uses them (pdf/render.ts, pdf/parts.ts): calls go to the least busy lane; a
// report is measured in slices shared among the lanes; a one-part report of SPLIT_MIN_PAGES sheets or
// more is split into one part per lane of about equal HTML, printed at once and joined in order; a
// long report keeps a part printing on every lane. Real Chromium prints of the same are compared in
// pdfLanesSame.test.ts; the printers' own lanes in pipePrinter.test.ts and tests/electron/pdfPrinter.test.ts.
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadReportData } from '../../electron/reports/export';
import { reportDoc } from '../../electron/reports/docs';
import { pageSetup } from '../../electron/reports/html/page';
import { lanePrinter, type Lane } from '../../electron/reports/pdf/printer';
import { balancedCuts } from '../../electron/reports/pdf/parts';
import {
  ATOMS_PER_MEASURE,
  ONE_PART_PAGES,
  PAGES_PER_PART,
  SPLIT_MIN_ATOMS,
  SPLIT_MIN_PAGES,
  renderPdf,
  type PdfProgress,
} from '../../electron/reports/pdf/render';
import { toArabicDigits } from '../../core/thai';
import { makeApi } from '../helpers/api';
import { fakeMeasure } from '../helpers/fakePrinter';
import { growPlan } from '../bench/plans';

/** The page numbers (1-based, of the whole report) of the sheets in a printed document. */
const sheetNumbers = (html: string) =>
  [...html.matchAll(/หน้า ([๐-๙0-9]+)\//g)].map((m) => Number(toArabicDigits(m[1]!)));

/** A PDF with one page per sheet of the HTML, each `100 + its page number` points wide. */
async function pdfOf(html: string): Promise<Uint8Array> {
  const d = await PDFDocument.create();
  d.setTitle('ชื่อรายงาน', { showInWindowTitleBar: true });
  d.setCreator('HeadlessChrome (fake)');
  d.setProducer('Skia/PDF (fake)');
  for (const n of sheetNumbers(html)) d.addPage([100 + n, 500]);
  return d.save();
}

interface FakeLane extends Lane {
  calls: string[];
  /** While set, a print waits for it (a test decides which lane finishes first). */
  hold: Promise<void> | null;
  fail: Error | null;
  busy: number;
  maxBusy: number;
}

function fakeLane(px: number): FakeLane {
  const lane: FakeLane = {
    calls: [],
    hold: null,
    fail: null,
    busy: 0,
    maxBusy: 0,
    print: async (html) => {
      lane.calls.push(`print ${sheetNumbers(html).join(',')}`);
      await lane.hold;
      if (lane.fail) throw lane.fail;
      return pdfOf(html);
    },
    evaluate: async (html) => {
      lane.calls.push('measure');
      return fakeMeasure(html, px);
    },
    renew: async () => void lane.calls.push('new page'),
  };
  return lane;
}

/** A two-lane printer over fake lanes, and a log of which documents were being worked on at once. */
function twoLanes(px = 60) {
  const lanes = [fakeLane(px), fakeLane(px)];
  const together: number[] = [];
  let working = 0;
  for (const l of lanes) {
    const { print, evaluate } = l;
    const during =
      <T>(run: () => Promise<T>) =>
      async () => {
        together.push(++working);
        try {
          return await run();
        } finally {
          working--;
        }
      };
    l.print = (html) => during(() => print(html))();
    l.evaluate = (html, script) => during(() => evaluate(html, script))();
  }
  let released = 0;
  const printer = lanePrinter(lanes, async () => void released++);
  return { lanes, printer, together, released: () => released };
}

async function report(grow = 0, kind: 'plan' | 'annual' | 'month' = 'plan') {
  const { api } = makeApi();
  const planId = (await api.importSamplePlan({})).plan!.id;
  await growPlan(api, planId, grow);
  const data = await loadReportData(api, { planId, report: kind, format: 'pdf', month: '2023-03' });
  const doc = reportDoc(data);
  return { doc, setup: pageSetup(data.data.settings, doc.orientation) };
}

const widths = async (pdf: Uint8Array) => (await PDFDocument.load(pdf)).getPages().map((p) => p.getWidth());
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('lanePrinter', () => {
  it('sends a call to the lane with the least HTML queued, renews only lanes that loaded something, closes every lane', async () => {
    const { lanes, printer, released } = twoLanes();
    expect(printer.lanes).toBe(2);
    let open!: () => void;
    lanes[0]!.hold = new Promise((r) => (open = r));
    const big = '<p>หน้า ๑/</p>'.repeat(50);
    const a = printer.print(big); // lane 0 (both idle: the first)
    const b = printer.print('<p>หน้า ๒/</p>'); // lane 1 (lane 0 has more queued)
    const c = printer.print('<p>หน้า ๓/</p>'); // lane 1 again (its queue is still smaller)
    lanes[1]!.hold = null;
    await Promise.all([b, c]);
    expect(lanes[1]!.calls).toEqual(['print 2', 'print 3']);
    expect(lanes[0]!.calls).toEqual([`print ${Array(50).fill(1).join(',')}`]);
    open();
    await a;
    await printer.lane!(1).renewPage!();
    expect(lanes.map((l) => l.calls.filter((x) => x === 'new page').length)).toEqual([0, 1]);
    await printer.renewPage!(); // lane 0 loaded since it was new, lane 1 has not
    expect(lanes.map((l) => l.calls.filter((x) => x === 'new page').length)).toEqual([1, 1]);
    await printer.close();
    expect(released()).toBe(1);
    await expect(printer.print('<p></p>')).rejects.toThrow(/closed/);
    await expect(printer.lane!(1).print('<p></p>')).rejects.toThrow(/closed/);
  });

  it("a failing lane's error reaches its caller and the lane goes on with the next call", async () => {
    const { lanes, printer } = twoLanes();
    lanes[1]!.fail = new Error('renderer gone');
    await expect(printer.lane!(1).print('<p>หน้า ๑/</p>')).rejects.toThrow('renderer gone');
    lanes[1]!.fail = null;
    expect(await widths(await printer.lane!(1).print('<p>หน้า ๒/</p>'))).toEqual([102]);
    await printer.close();
  });
});

describe('balancedCuts', () => {
  it('cuts into parts of about equal size, each at least one sheet, in order', () => {
    expect(balancedCuts([10, 10, 10, 10], 2)).toEqual([0, 2, 4]);
    expect(balancedCuts([30, 10, 10, 10], 2)).toEqual([0, 1, 4]);
    expect(balancedCuts([1, 1, 1, 100], 2)).toEqual([0, 3, 4]);
    expect(balancedCuts([5, 5, 5], 3)).toEqual([0, 1, 2, 3]);
    expect(balancedCuts([5], 2)).toEqual([0, 1]);
    expect(balancedCuts([4, 4, 4, 4, 4, 4], 3)).toEqual([0, 2, 4, 6]);
  });
});

describe('a report on two lanes', () => {
  it('splits a one-part report into a part per lane of about equal HTML, printed at once, joined in order', async () => {
    const { doc, setup } = await report();
    const { lanes, printer, together } = twoLanes();
    // Lane 0 finishes last: the joined file still has its pages first.
    let open!: () => void;
    lanes[0]!.hold = new Promise((r) => (open = r));
    const progress: PdfProgress[] = [];
    const rendering = renderPdf(doc, setup, printer, (p) => progress.push(p));
    const printedBy = (l: FakeLane) => l.calls.filter((c) => c.startsWith('print'));
    await expect.poll(() => printedBy(lanes[1]!).length).toBe(1);
    lanes[1]!.hold = null;
    open();
    const r = await rendering;
    expect(r.pages).toBeGreaterThanOrEqual(SPLIT_MIN_PAGES);
    expect(r.pages).toBeLessThanOrEqual(ONE_PART_PAGES);
    // As progress counts it, one part (printed at once).
    expect(r.parts).toBe(1);
    expect(progress.map((p) => `${p.phase} ${p.part}/${p.parts}`)).toEqual(['measure 0/0', 'print 1/1']);
    const [p0, p1] = lanes.map((l) => printedBy(l).map((c) => c.slice(6).split(',').map(Number)));
    expect(p0).toHaveLength(1);
    expect(p1).toHaveLength(1);
    // Every sheet once, in order: lane 0 the first ones, lane 1 the rest; no new page asked.
    expect([...p0![0]!, ...p1![0]!]).toEqual(range(1, r.pages));
    expect(Math.abs(p0![0]!.length - p1![0]!.length)).toBeLessThanOrEqual(Math.ceil(r.pages / 4));
    expect(lanes.flatMap((l) => l.calls)).not.toContain('new page');
    expect(Math.max(...together)).toBe(2); // both lanes were at work at once
    expect(await widths(r.bytes)).toEqual(range(101, 100 + r.pages));
    // The joined file reads as its first part does (title in the title bar, creator, producer).
    const joined = await PDFDocument.load(r.bytes, { updateMetadata: false });
    expect([joined.getTitle(), joined.getCreator(), joined.getProducer()]).toEqual([
      'ชื่อรายงาน',
      'HeadlessChrome (fake)',
      'Skia/PDF (fake)',
    ]);
    expect(joined.catalog.getViewerPreferences()?.getDisplayDocTitle()).toBe(true);
  });

  it('measures a report of SPLIT_MIN_ATOMS atoms or more in slices shared by the lanes, to the same pages as one lane', async () => {
    const { doc, setup } = await report();
    const two = twoLanes();
    const r2 = await renderPdf(doc, setup, two.printer);
    const measures = two.lanes.map((l) => l.calls.filter((c) => c === 'measure').length);
    expect(measures[0]).toBeGreaterThan(0);
    expect(measures[1]).toBe(measures[0]);
    const one = fakeLane(60);
    const r1 = await renderPdf(
      doc,
      setup,
      lanePrinter([one], async () => undefined),
    );
    expect(one.calls.filter((c) => c === 'measure').length).toBeLessThan(measures[0]! + measures[1]!);
    expect(r2.pages).toBe(r1.pages);
    expect(await widths(r2.bytes)).toEqual(await widths(r1.bytes));
    expect(ATOMS_PER_MEASURE).toBeGreaterThan(SPLIT_MIN_ATOMS);
  });

  it('measures a report once per printer: the second export on two lanes lays nothing out again', async () => {
    const { doc, setup } = await report();
    const { lanes, printer } = twoLanes();
    await renderPdf(doc, setup, printer);
    const measured = lanes.map((l) => l.calls.filter((c) => c === 'measure').length);
    await renderPdf(doc, setup, printer);
    expect(lanes.map((l) => l.calls.filter((c) => c === 'measure').length)).toEqual(measured);
  });

  it('prints a report shorter than SPLIT_MIN_PAGES whole, on one lane', async () => {
    const { doc, setup } = await report();
    const { lanes, printer } = twoLanes(2); // 2 px per row: the plan fits in a few sheets
    const r = await renderPdf(doc, setup, printer);
    expect(r.pages).toBeLessThan(SPLIT_MIN_PAGES);
    expect(lanes.flatMap((l) => l.calls).filter((c) => c.startsWith('print'))).toEqual([
      `print ${range(1, r.pages).join(',')}`,
    ]);
  });

  it("a failing lane's error is the report's error", async () => {
    const { doc, setup } = await report();
    const { lanes, printer } = twoLanes();
    lanes[1]!.fail = new Error('Chromium ended');
    await expect(renderPdf(doc, setup, printer)).rejects.toThrow('Chromium ended');
    lanes[1]!.fail = null;
    await expect(renderPdf(doc, setup, printer)).resolves.toMatchObject({ parts: 1 });
  });

  it('keeps a part of a long report printing on each lane, in the page of its lane, joined in order', async () => {
    const { doc, setup } = await report(300, 'plan');
    const { lanes, printer, together } = twoLanes(200);
    // Lane 1 finishes its first part before lane 0 does.
    let open!: () => void;
    lanes[0]!.hold = new Promise((r) => (open = r));
    const progress: PdfProgress[] = [];
    const rendering = renderPdf(doc, setup, printer, (p) => progress.push(p));
    await expect.poll(() => lanes[1]!.calls.filter((c) => c.startsWith('print')).length).toBeGreaterThan(1);
    lanes[0]!.hold = null;
    open();
    const r = await rendering;
    expect(r.pages).toBeGreaterThan(ONE_PART_PAGES);
    expect(r.parts).toBe(Math.ceil(r.pages / PAGES_PER_PART));
    expect(r.parts).toBeGreaterThan(2);
    const prints = progress.filter((p) => p.phase === 'print').map((p) => p.part);
    expect(prints).toEqual(range(1, r.parts));
    expect(progress.at(-1)).toEqual({ phase: 'join', part: r.parts, parts: r.parts });
    for (const l of lanes) {
      const printing = l.calls.filter((c) => c !== 'measure');
      expect(printing.length).toBeGreaterThan(0);
      // Each lane prints its parts in the page it measured in: they are far from CHARS_PER_PAGE (printer.ts).
      expect(printing.every((c) => c.startsWith('print'))).toBe(true);
    }
    expect(Math.max(...together)).toBe(2);
    expect(await widths(r.bytes)).toEqual(range(101, 100 + r.pages));
  });
});
