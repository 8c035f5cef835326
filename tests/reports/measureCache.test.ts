// A printer that measured a slice of a report does not lay it out again: the same report printed
// twice is measured once, and the pages are the same as a fresh printer's. A changed report, or
// another printer (another engine may lay out differently), is measured anew.
import { describe, expect, it } from 'vitest';
import { loadReportData } from '../../electron/reports/export';
import { reportDoc } from '../../electron/reports/docs';
import { pageSetup } from '../../electron/reports/html/page';
import { renderPdf } from '../../electron/reports/pdf/render';
import { makeApi } from '../helpers/api';
import { fakePrinter } from '../helpers/fakePrinter';

function counting() {
  const p = fakePrinter();
  const measured: string[] = [];
  const evaluate = p.evaluate;
  return {
    ...p,
    measured,
    evaluate: (html: string, script: string) => {
      measured.push(html);
      return evaluate(html, script);
    },
  };
}

describe('measuring cache', () => {
  it('measures a report once per printer, prints the same pages, and measures a changed report again', async () => {
    const { api } = makeApi();
    const planId = (await api.importSamplePlan({})).plan!.id;
    const render = async (printer: ReturnType<typeof counting>, month: string) => {
      const data = await loadReportData(api, { planId, report: 'month', month, format: 'pdf' });
      const doc = reportDoc(data);
      return renderPdf(doc, pageSetup(data.data.settings, doc.orientation), printer);
    };
    const a = counting();
    const first = await render(a, '2023-03');
    const slices = a.measured.length;
    expect(slices).toBeGreaterThan(0);
    expect(first.pages).toBeGreaterThan(1);

    const again = await render(a, '2023-03');
    expect(a.measured.length).toBe(slices);
    expect(again.pages).toBe(first.pages);

    const fresh = counting();
    const other = await render(fresh, '2023-03');
    expect(fresh.measured.length).toBe(slices);
    expect(other.pages).toBe(first.pages);
    expect(fresh.printed).toEqual(a.printed.slice(a.printed.length / 2));

    await render(a, '2023-04');
    expect(a.measured.length).toBeGreaterThan(slices);
  });
});
