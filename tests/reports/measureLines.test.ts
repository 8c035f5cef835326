// MEASURE_SCRIPT finds where each line of a group's lead cells starts by halving over each text
// node (html/document.ts), not by asking every letter: its answers must be those of every letter
// asked, on the measuring documents of the sample plan (the report whose groups run over pages), in
// the default type, a larger one and the largest (narrower columns for the words, more lines).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportData } from '../../electron/reports/export';
import { reportDoc } from '../../electron/reports/docs';
import { flatten } from '../../electron/reports/html/atoms';
import { MEASURE_SCRIPT, measureHtml } from '../../electron/reports/html/document';
import { pageSetup } from '../../electron/reports/html/page';
import type { AtomHeight } from '../../electron/reports/html/paginate';
import { createChromiumPrinter } from '../../electron/reports/pdf/chromiumPrinter';
import type { PdfPrinter } from '../../electron/reports/pdf/printer';
import { REPORT_PAGE_DEFAULTS, REPORT_PAGE_LIMITS } from '../../core/limits';
import type { Api } from '../../core/contract';
import { makeApi } from '../helpers/api';
import { lineStartsScript, type Box } from '../helpers/lineStarts';

/** The units MEASURE_SCRIPT reads lines of, in its order: each lead cell's lines or bullets. */
const UNITS = 'tr[data-lead] > td[data-col] > div:not(.cont), tr[data-lead] > td[data-col] > ul.bl > li';

let printer: PdfPrinter;
let api: Api;
let planId: number;
beforeAll(async () => {
  printer = createChromiumPrinter();
  ({ api } = makeApi());
  planId = (await api.importSamplePlan({})).plan!.id;
});
afterAll(() => printer.close());

describe('measuring lines', () => {
  for (const pt of [REPORT_PAGE_DEFAULTS.tablePt, 19, REPORT_PAGE_LIMITS.maxPt]) {
    for (const report of ['plan'] as const) {
      it(`${report} at ${pt} pt: the line starts of every lead cell are those of every letter asked`, async () => {
        const data = await loadReportData(api, { planId, report, month: '2023-03', format: 'pdf' });
        const settings = { ...data.data.settings, reportTextPt: pt, reportTablePt: pt };
        const doc = reportDoc(data);
        const setup = pageSetup(settings, doc.orientation);
        const f = flatten(doc);
        let units = 0;
        let lines = 0;
        for (let from = 0; from < f.atoms.length; from += 60) {
          const html = measureHtml(doc.title, setup, f, from, Math.min(f.atoms.length, from + 60));
          const measured = JSON.parse(await printer.evaluate(html, MEASURE_SCRIPT)) as {
            atoms: Record<string, AtomHeight>;
          };
          const fromScript = Object.keys(measured.atoms)
            .map(Number)
            .sort((a, b) => a - b)
            .flatMap((i) => {
              const a = measured.atoms[String(i)]!;
              if (!('lead' in a)) return [];
              return a.lead.flatMap((cell) => {
                const byUnit = new Map<number, number[]>();
                for (const l of cell.lines) byUnit.set(l.unit, [...(byUnit.get(l.unit) ?? []), l.at]);
                return [...byUnit.values()].map((ats) => ats.slice(1));
              });
            });
          const boxes = (JSON.parse(await printer.evaluate(html, lineStartsScript(UNITS))) as { boxes: Box[] }).boxes;
          expect(fromScript).toEqual(boxes.map((b) => b.starts));
          units += boxes.length;
          lines += boxes.reduce((n, b) => n + b.starts.length + 1, 0);
        }
        expect(units).toBeGreaterThan(30);
        expect(lines).toBeGreaterThan(units * 1.5);
      }, 120_000);
    }
  }
});
