// A report split across two lanes (measured in slices on both, printed in one part per lane and
// joined, or a long one's parts printed on both: pdf/render.ts, pdf/parts.ts) reads like the same
// report printed on one lane: the
// same page count and page size, title, creator and producer, text (pdftotext) and pixels (every
// page as PNG at 60 dpi, as tests/reports/printSame.test.ts compares).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDoc } from '../../electron/reports/docs';
import { loadReportData } from '../../electron/reports/export';
import { pageSetup } from '../../electron/reports/html/page';
import { createChromiumPrinter } from '../../electron/reports/pdf/chromiumPrinter';
import type { PdfPrinter } from '../../electron/reports/pdf/printer';
import { renderPdf, SPLIT_MIN_PAGES, type PdfProgress } from '../../electron/reports/pdf/render';
import { pagePngs } from '../helpers/pagePngs';
import { reportEach, sampleReports, type SampleReports } from '../helpers/sampleReports';

const MONTH = '2023-03';
let sample: SampleReports | undefined;
let oneLane: PdfPrinter | undefined;
const the = () => sample!;

beforeAll(async () => {
  sample = await sampleReports(
    MONTH,
    reportEach(
      MONTH,
      ['จัดประชุมชี้แจงการใช้จ่ายงบประมาณฯ ให้เจ้าหน้าที่ผู้ปฏิบัติงานทุกฝ่ายทราบ ต่าง ๆ ภายในเวลา ๑๕ นาที'],
      'งบประมาณไม่เพียงพอ รอการจัดสรรเพิ่มเติม',
    ),
    { dirPrefix: 'ita-pdf-lanes-' },
  );
  oneLane = createChromiumPrinter({ lanes: 1 });
}, 180_000);

afterAll(async () => {
  await oneLane?.close();
  await sample?.close();
});

const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

/** What pdfinfo says of the file that must not change, and every page's size. */
function info(file: string) {
  const all = run('pdfinfo', '-f', '1', '-l', '9999', file);
  const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(all)?.[1];
  return {
    pages: Number(field('Pages')),
    title: field('Title'),
    creator: field('Creator'),
    producer: field('Producer'),
    sizes: [...all.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1]),
  };
}

describe('a report split across two lanes reads like one printed whole', () => {
  for (const report of ['plan', 'month', 'annual'] as const) {
    it(`${report}: same pages, metadata, text and pixels`, async () => {
      const { api, planId, printer, dir } = the();
      expect(printer.lanes).toBe(2);
      const data = await loadReportData(api, { planId, report, month: MONTH, format: 'pdf' });
      const doc = reportDoc(data);
      const setup = pageSetup(data.data.settings, doc.orientation);
      // The two-lane printer, counting the documents each lane prints.
      const perLane = [0, 0];
      const counted: PdfPrinter = {
        ...printer,
        lane: (k) => {
          const lane = printer.lane!(k);
          return { ...lane, print: (html) => (perLane[k]!++, lane.print(html)) };
        },
      };
      const files: string[] = [];
      const parts: number[] = [];
      for (const [name, p] of [
        ['two', counted],
        ['one', oneLane!],
      ] as const) {
        const progress: PdfProgress[] = [];
        const r = await renderPdf(doc, setup, p, (x) => progress.push(x));
        parts.push(r.parts);
        expect(progress.filter((x) => x.phase === 'print').map((x) => x.part)).toEqual(
          Array.from({ length: r.parts }, (_, i) => i + 1),
        );
        const file = path.join(dir, `${report}-${name}.pdf`);
        fs.writeFileSync(file, r.bytes);
        files.push(file);
        expect(info(file).pages).toBe(r.pages);
      }
      expect(parts[0]).toBe(parts[1]);
      // A one-part report is split, a part on each lane; a longer one's parts shared by both lanes.
      if (parts[0] === 1) expect(perLane).toEqual([1, 1]);
      else expect(perLane.every((n) => n > 0) && perLane[0]! + perLane[1]! === parts[0]).toBe(true);
      const [two, one] = files as [string, string];
      const a = info(two);
      expect(a.pages).toBeGreaterThanOrEqual(SPLIT_MIN_PAGES);
      expect(a).toEqual(info(one));
      expect(a.title).toBe(doc.title);
      expect(run('pdftotext', two, '-')).toBe(run('pdftotext', one, '-'));
      const [pa, pb] = [pagePngs(two), pagePngs(one)];
      expect(pa.length).toBe(a.pages);
      expect(pb.length).toBe(a.pages);
      pa.forEach((png, i) => expect(png.equals(pb[i]!), `page ${i + 1}`).toBe(true));
    }, 240_000);
  }
});
