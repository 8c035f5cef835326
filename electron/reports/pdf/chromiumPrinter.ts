// The PdfPrinter of the tests, the e2e bridge and the benchmarks (the CLI prints over the DevTools pipe,
// pipePrinter.ts): Debian's Chromium through playwright-core (launch flags from chromiumFlags.ts).
// Launched on the first print and reused: one page, prints queued one after another. A failed
// print drops the page (and a dead browser) so the next print starts afresh.
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromiumFlags';
import { FONTS_READY_SCRIPT, queuedPrinter, type PdfPrinter } from './printer';

export function createChromiumPrinter(executablePath = CHROMIUM_PATH): PdfPrinter {
  let browser: Browser | null = null;
  let page: Page | null = null;

  const getPage = async (): Promise<Page> => {
    if (!browser || !browser.isConnected()) {
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
      page = null;
    }
    if (!page || page.isClosed()) {
      // No network: the HTML is self-contained (fonts inlined) and its CSP allows nothing but data: fonts.
      // (No request interception here: routing every request costs ~100 ms per print.)
      const context = await browser.newContext({ offline: true });
      page = await context.newPage();
    }
    return page;
  };

  /** Loads the HTML and runs `then` on the page; a failure drops the page so the next call starts afresh. */
  const onPage = async <T>(html: string, then: (p: Page) => Promise<T>): Promise<T> => {
    const p = await getPage();
    try {
      await p.setContent(html, { waitUntil: 'load' });
      return await then(p);
    } catch (e) {
      await p
        .context()
        .close()
        .catch(() => undefined);
      page = null;
      throw e;
    }
  };

  const printOne = (html: string) =>
    onPage(html, async (p) => {
      await p.evaluate(FONTS_READY_SCRIPT);
      const pdf = await p.pdf({ preferCSSPageSize: true, printBackground: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    });

  const evaluateOne = (html: string, script: string) => onPage(html, async (p) => String(await p.evaluate(script)));

  /** The next document opens a new context and page (the old one's renderer goes with it). */
  const renewOne = async () => {
    const p = page;
    page = null;
    if (p) await p.context().close();
  };

  return queuedPrinter(
    printOne,
    async () => {
      const b = browser;
      browser = null;
      page = null;
      if (b) await b.close().catch(() => undefined);
    },
    evaluateOne,
    renewOne,
  );
}
