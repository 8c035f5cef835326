// The PdfPrinter of the tests, the e2e bridge and the benchmarks (the CLI prints over the DevTools pipe,
// pipePrinter.ts): Debian's Chromium through playwright-core (launch flags from chromiumFlags.ts).
// Launched on the first print and reused. Each lane (printer.ts) has its own browser context and
// page, so its own renderer process; a lane's prints are queued one after another. A failed print
// drops that lane's page (and a dead browser) so the next print starts afresh.
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromiumFlags';
import { defaultLanes, FONTS_READY_SCRIPT, lanePrinter, type Lane, type PdfPrinter } from './printer';

export interface ChromiumPrinterOptions {
  executablePath?: string;
  /** Pages printing at once (printer.ts defaultLanes). */
  lanes?: number;
}

export function createChromiumPrinter({
  executablePath = CHROMIUM_PATH,
  lanes = defaultLanes(),
}: ChromiumPrinterOptions = {}): PdfPrinter {
  // One browser for every lane, launched once even when two lanes ask at the same time.
  let launching: Promise<Browser> | null = null;

  const getBrowser = async (): Promise<Browser> => {
    const was = launching;
    if (was) {
      const b = await was.catch(() => null);
      if (b?.isConnected()) return b;
      if (launching === was) launching = null;
    }
    launching ??= import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS }),
    );
    return launching;
  };

  const lane = (): Lane => {
    let page: Page | null = null;

    const getPage = async (): Promise<Page> => {
      const browser = await getBrowser();
      if (!page || page.isClosed() || page.context().browser() !== browser) {
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

    return {
      print: (html) =>
        onPage(html, async (p) => {
          await p.evaluate(FONTS_READY_SCRIPT);
          const pdf = await p.pdf({ preferCSSPageSize: true, printBackground: true });
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        }),
      evaluate: (html, script) => onPage(html, async (p) => String(await p.evaluate(script))),
      /** The next document opens a new context and page (the old one's renderer goes with it). */
      renew: async () => {
        const p = page;
        page = null;
        if (p) await p.context().close();
      },
    };
  };

  return lanePrinter(Array.from({ length: Math.max(1, lanes) }, lane), async () => {
    const b = launching && (await launching.catch(() => null));
    launching = null;
    if (b) await b.close().catch(() => undefined);
  });
}
