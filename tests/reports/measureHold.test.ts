// The measuring document is laid out once, with its own fonts: it is held (MEASURE_HOLD_CSS) until
// MEASURE_READY has loaded every font. Laid out at once, Chromium laid it out with fallback
// metrics (that layout is what asks for the web fonts), then again when they came.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDoc } from '../../electron/reports/docs';
import { loadReportData } from '../../electron/reports/export';
import { flatten } from '../../electron/reports/html/atoms';
import { MEASURE_HOLD_CSS, MEASURE_READY, MEASURE_SCRIPT, measureHtml } from '../../electron/reports/html/document';
import { pageSetup } from '../../electron/reports/html/page';
import { createChromiumPrinter } from '../../electron/reports/pdf/chromiumPrinter';
import type { PdfPrinter } from '../../electron/reports/pdf/printer';
import { makeApi } from '../helpers/api';

let printer: PdfPrinter;
let html = '';
beforeAll(async () => {
  printer = createChromiumPrinter();
  const { api } = makeApi();
  const planId = (await api.importSamplePlan({})).plan!.id;
  const data = await loadReportData(api, { planId, report: 'plan', format: 'pdf' });
  const doc = reportDoc(data);
  html = measureHtml(doc.title, pageSetup(data.data.settings, doc.orientation), flatten(doc), 0, 40);
}, 120_000);
afterAll(() => printer.close());

/** At load: whether any font was asked for and whether the body has boxes; then the same after `then`. */
const probe = (then: string) => `(() => {
  const state = () => ({ fonts: [...document.fonts].map((f) => f.status), boxes: document.body.getClientRects().length });
  const atLoad = state();
  return ${then}.then(() => JSON.stringify({ atLoad, after: state() }));
})()`;

describe('the measuring document', () => {
  it('is not laid out, nor its fonts asked for, until MEASURE_READY has loaded them', async () => {
    const r = JSON.parse(await printer.evaluate(html, probe(MEASURE_READY))) as Record<
      'atLoad' | 'after',
      { fonts: string[]; boxes: number }
    >;
    expect(r.atLoad.fonts.length).toBeGreaterThan(1);
    expect(new Set(r.atLoad.fonts)).toEqual(new Set(['unloaded']));
    expect(r.atLoad.boxes).toBe(0);
    expect(new Set(r.after.fonts)).toEqual(new Set(['loaded']));
    expect(r.after.boxes).toBeGreaterThan(0);
  });

  it('measures the same heights as the document laid out at once', async () => {
    expect(html).toContain(MEASURE_HOLD_CSS);
    const held = await printer.evaluate(html, MEASURE_SCRIPT);
    const atOnce = await printer.evaluate(html.replace(MEASURE_HOLD_CSS, ''), MEASURE_SCRIPT);
    expect(Object.keys((JSON.parse(held) as { atoms: object }).atoms)).toHaveLength(40);
    expect(held).toBe(atOnce);
  });
});
