// The CLI's printer (pipePrinter.ts) runs Debian's chromium-headless-shell where it is installed
// (chromiumFlags.ts pipeChromiumPath): it must print the very pages chromium prints (the playwright
// printer of the other report tests), measured and paginated in its own engine: a plan and a month,
// page by page as PNG at 60 dpi. Without --font-render-hinting=slight the shell's plan took 29 pages.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDoc } from '../../electron/reports/docs';
import { loadReportData } from '../../electron/reports/export';
import { pageSetup } from '../../electron/reports/html/page';
import { HEADLESS_SHELL_PATH, pipeChromiumPath } from '../../electron/reports/pdf/chromiumFlags';
import { createPipePrinter, type PipePrinter } from '../../electron/reports/pdf/pipePrinter';
import type { PdfPrinter } from '../../electron/reports/pdf/printer';
import { renderPdf } from '../../electron/reports/pdf/render';
import { pagePngs } from '../helpers/pagePngs';
import { reportEach, sampleReports, type SampleReports } from '../helpers/sampleReports';

const MONTH = '2023-03';
let sample: SampleReports | undefined;
let pipe: PipePrinter | undefined;

beforeAll(async () => {
  sample = await sampleReports(
    MONTH,
    reportEach(
      MONTH,
      ['จัดประชุมชี้แจงการใช้จ่ายงบประมาณฯ ให้เจ้าหน้าที่ทุกฝ่ายทราบ ต่าง ๆ ผ่าน https://www.bangkok.go.th/dusit'],
      'งบประมาณไม่เพียงพอ รอการจัดสรรเพิ่มเติม',
    ),
    { dirPrefix: 'ita-pipe-same-' },
  );
  pipe = createPipePrinter();
}, 180_000);

afterAll(async () => {
  await pipe?.close();
  await sample?.close();
});

async function pngs(name: string, printer: PdfPrinter, report: 'plan' | 'month'): Promise<Buffer[]> {
  const { api, planId, dir } = sample!;
  const data = await loadReportData(api, { planId, report, month: MONTH, format: 'pdf' });
  const doc = reportDoc(data);
  const pdf = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(pdf, (await renderPdf(doc, pageSetup(data.data.settings, doc.orientation), printer)).bytes);
  return pagePngs(pdf);
}

describe("the CLI's printer prints chromium's pages", () => {
  it('takes the headless shell where it is installed, unless CHROMIUM_PATH says otherwise', () => {
    expect(pipeChromiumPath({})).toBe(fs.existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : '/usr/bin/chromium');
    expect(pipeChromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
  });

  for (const report of ['plan', 'month'] as const) {
    it(`${report}: the same pages, pixel for pixel`, async () => {
      const ours = await pngs(`${report}-pipe`, pipe!, report);
      const theirs = await pngs(`${report}-chromium`, sample!.printer, report);
      expect(ours.length).toBeGreaterThan(1);
      expect(ours.length).toBe(theirs.length);
      ours.forEach((png, i) => expect(png.equals(theirs[i]!), `page ${i + 1}`).toBe(true));
    }, 180_000);
  }
});
