// The CLI's PdfPrinter: Debian's Chromium driven over the DevTools pipe (cdpPipe.ts, its page opened by
// pipeTab.ts), with the same steps and print options as the playwright printer (chromiumPrinter.ts) and
// the app's printToPDF: the self-contained HTML set as the page's document, fonts awaited, printed with
// the CSS page size and backgrounds, untagged (as playwright and Electron print by default).
// `start()` launches Chromium at once, so a CLI can start it while it reads the database; the CLI's
// launcher may have started it even earlier (pipeTab.ts startEarly), and then it is taken over.
import type { CdpBrowser } from './cdpPipe';
import { openPipeTab, openTab, removeProfile, takeEarly, type PipeTab, type PipeTabOptions } from './pipeTab';
import { FONTS_READY_SCRIPT, queuedPrinter, type PdfPrinter } from './printer';

export interface PipePrinter extends PdfPrinter {
  /** Launches Chromium and opens its page now (otherwise the first print does). */
  start(): void;
}

export type PipePrinterOptions = PipeTabOptions;

export function createPipePrinter(options: PipePrinterOptions = {}): PipePrinter {
  let open: PipeTab | null = null;

  const start = () => {
    open ??= takeEarly(options) ?? openPipeTab(options);
  };

  /** Sets the HTML as the page's document, waits for its load, then runs `then`; a failure restarts the browser. */
  const onPage = async <T>(html: string, then: (b: CdpBrowser, sessionId: string) => Promise<T>): Promise<T> => {
    start();
    const { browser: b, tab } = open!;
    try {
      const { sessionId, frameId } = await tab;
      const loaded = b.once('Page.loadEventFired', sessionId);
      loaded.catch(() => undefined); // when the command below fails first, its error is the one reported
      await b.send('Page.setDocumentContent', { frameId, html }, sessionId);
      await loaded;
      return await then(b, sessionId);
    } catch (e) {
      await release(); // the next print starts a fresh browser
      throw e;
    }
  };

  const printOne = (html: string) =>
    onPage(html, async (b, sessionId) => {
      await b.send('Runtime.evaluate', { expression: FONTS_READY_SCRIPT, awaitPromise: true }, sessionId);
      const { data } = await b.send<{ data: string }>(
        'Page.printToPDF',
        { preferCSSPageSize: true, printBackground: true, generateTaggedPDF: false, generateDocumentOutline: false },
        sessionId,
      );
      return new Uint8Array(Buffer.from(data, 'base64'));
    });

  /** The measuring script's answer (reports/html/document.ts): Runtime.evaluate awaits its promise. */
  const evaluateOne = (html: string, script: string) =>
    onPage(html, async (b, sessionId) => {
      const r = await b.send<{ result: { value?: unknown }; exceptionDetails?: { text: string } }>(
        'Runtime.evaluate',
        { expression: script, awaitPromise: true, returnByValue: true },
        sessionId,
      );
      if (r.exceptionDetails) throw new Error(`measuring failed: ${r.exceptionDetails.text}`);
      return String(r.result.value);
    });

  /** The next document in a new page: the old one is closed first, so its renderer (and all it held) goes. */
  const renewOne = async () => {
    const o = open;
    if (!o) return;
    const { targetId } = await o.tab;
    await o.browser.send('Target.closeTarget', { targetId });
    o.tab = openTab(o.browser);
    o.tab.catch(() => undefined); // a failure is reported by the print that awaits it
  };

  const release = async () => {
    const was = open;
    open = null;
    if (!was) return;
    const b = was.browser;
    // Its profile is thrown away, so the browser is killed rather than shut down (a shutdown
    // saves that profile and waits for each helper process: ≈ 0.1 s more before the CLI exits).
    if (!b.killGroup()) {
      await Promise.race([b.send('Browser.close').catch(() => undefined), b.exited]);
      const killer = setTimeout(() => b.process.kill('SIGKILL'), 5000);
      await b.exited;
      clearTimeout(killer);
    }
    await b.exited;
    removeProfile(was.profile);
  };

  return { ...queuedPrinter(printOne, release, evaluateOne, renewOne), start };
}
