// What makes a print cheaper must not move a pixel: the printed sheets of the plan and of a month
// (long Thai results with ฯ and ๆ, words too long to keep, one-letter words, links) come out the
// same, page by page as PNG, as the same sheets shown on screen too (print-only documents hide
// their body on screen with content-visibility, html/document.ts). And the Thai text carries few
// elements: cells.ts tells Chromium only where its own line breaks would differ from our words
// (that no line breaks inside a word is tests/reports/thaiBreaks.test.ts's and pdfLayout's part).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thaiWords as thaiWordsOf } from '../../core/thai';
import { reportDoc } from '../../electron/reports/docs';
import { loadReportData } from '../../electron/reports/export';
import { PRINT_ONLY_CSS } from '../../electron/reports/html/document';
import { pageSetup } from '../../electron/reports/html/page';
import { paginatedHtml } from '../../electron/reports/pdf/render';
import { pagePngs } from '../helpers/pagePngs';
import { reportEach, sampleReports, type SampleReports } from '../helpers/sampleReports';

const MONTH = '2023-03';
const RESULTS = [
  'จัดประชุมชี้แจงการใช้จ่ายงบประมาณฯ ให้เจ้าหน้าที่ผู้ปฏิบัติงานทุกฝ่ายทราบ ต่าง ๆ ภายในเวลา ๑๕ นาที',
  'ก ข ค ประชาสัมพันธ์ผ่านเว็บไซต์ https://www.bangkok.go.th/dusit/ita และเฟซบุ๊กของสำนักงานเขตฯลฯ',
  'คณะกรรมการพิจารณาความเหมาะสมของโครงการก่อสร้างปรับปรุงซ่อมแซมอาคารสถานที่สำนักงานเขตดุสิตกรุงเทพมหานคร',
];

let sample: SampleReports | undefined;
const the = () => sample!;

beforeAll(async () => {
  sample = await sampleReports(
    MONTH,
    reportEach(MONTH, RESULTS, 'งบประมาณไม่เพียงพอ รอการจัดสรรเพิ่มเติมจากสำนักงบประมาณกรุงเทพมหานคร'),
    { dirPrefix: 'ita-print-same-' },
  );
}, 180_000);

afterAll(() => sample?.close());

/** The PNG bytes of every page of the HTML as printed (pdftoppm -r 60). */
async function pngs(name: string, html: string): Promise<Buffer[]> {
  const { printer, dir } = the();
  const pdf = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(pdf, await printer.print(html));
  return pagePngs(pdf);
}

describe('a cheaper print sets the same pages', () => {
  for (const report of ['plan', 'month'] as const) {
    it(`${report}: print-only and screen-visible print the same pixels; few elements for the Thai words`, async () => {
      const { api, planId, printer } = the();
      const data = await loadReportData(api, { planId, report, month: MONTH, format: 'pdf' });
      const doc = reportDoc(data);
      const html = await paginatedHtml(doc, pageSetup(data.data.settings, doc.orientation), printer);
      expect(html).toContain(PRINT_ONLY_CSS);
      // A word ICU alone would cut is kept (ฯ in the results), and the other words are plain text:
      // far fewer word spans and <wbr>s than Thai words printed.
      expect(html).toContain('<span class="w">ประมาณฯ</span>');
      const thaiWords = (html.match(/[\u0E01-\u0E4E]+/g) ?? []).flatMap((run) => thaiWordsOf(run)).length;
      const marks = (html.match(/<span class="w">|<wbr>/g) ?? []).length;
      expect(thaiWords).toBeGreaterThan(2000);
      expect(marks).toBeLessThan(thaiWords / 20);

      const printed = await pngs(`${report}-printed`, html);
      expect(printed.length).toBeGreaterThan(1);
      const onScreen = await pngs(`${report}-screen`, html.replace(PRINT_ONLY_CSS, ''));
      expect(onScreen.length).toBe(printed.length);
      printed.forEach((png, i) => {
        expect(onScreen[i]!.equals(png), `page ${i + 1} as shown on screen`).toBe(true);
      });
    }, 180_000);
  }
});
