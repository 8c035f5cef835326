// The CLI's PdfPrinter: Debian's Chromium driven over the DevTools pipe (cdpPipe.ts, its page opened by
// pipeTab.ts), with the same steps and print options as the playwright printer (chromiumPrinter.ts) and
// the app's printToPDF: the self-contained HTML set as the page's document, fonts awaited, printed with
// the CSS page size and backgrounds, untagged (as playwright and Electron print by default).
// `start()` launches Chromium at once, so a CLI can start it while it reads the database; the CLI's
// launcher may have started it even earlier (pipeTab.ts startEarly), and then it is taken over.
// One browser serves every lane (printer.ts): lane 0 is the launched page, each other lane a page in a
// browser context of its own (Target.createBrowserContext), so each lane has its own renderer process;
// a lane's new page (renewPage) is made in a new context too.
import type { CdpBrowser } from './cdpPipe';
import { openPipeTab, openTab, removeProfile, takeEarly, type PipeTab, type PipeTabOptions, type Tab } from './pipeTab';
import { FONTS_READY_SCRIPT, lanePrinter, type Lane, type PdfPrinter } from './printer';

export interface PipePrinter extends PdfPrinter {
  /** Launches Chromium and opens its pages now (otherwise the first print does). */
  start(): void;
}

export type PipePrinterOptions = PipeTabOptions & {
  /**
   * Pages printing at once; one by default. The CLI is a process per export, with a browser just
   * started: a second lane's renderer starts and warms up cold for that one report, which cost more
   * than it saved (the plan as a whole CLI process, A/B 7 rounds each, load 8.9: one lane 1256 ms
   * wall and 938 ms CPU, two lanes 1610 ms and 1248 ms).
   */
  lanes?: number;
};

/** A lane's page in the running browser; lane 0's is the launched PipeTab's own. */
interface Slot {
  browser: CdpBrowser;
  tab: Promise<Tab>;
  /** The lane's browser context (lanes after the first). */
  context?: Promise<string>;
}

export function createPipePrinter({ lanes = 1, ...options }: PipePrinterOptions = {}): PipePrinter {
  const count = Math.max(1, lanes);
  let open: PipeTab | null = null;
  let slots: Slot[] = [];

  /** A page in a new browser context of its own (its renderer is never shared with another context's). */
  const inNewContext = (b: CdpBrowser): Slot => {
    const context = b
      .send<{ browserContextId: string }>('Target.createBrowserContext', { disposeOnDetach: true })
      .then((r) => r.browserContextId);
    const tab = context.then((id) => openTab(b, id));
    tab.catch(() => undefined); // a failure is reported by the print that awaits it
    return { browser: b, context, tab };
  };

  const start = (): PipeTab => {
    if (open) return open;
    const o = (open = takeEarly(options) ?? openPipeTab(options));
    slots = [o];
    for (let k = 1; k < count; k++) slots.push(inNewContext(o.browser));
    return o;
  };

  /** Frees the browser `was` (if it is still the printer's): the next print starts a fresh one. */
  const release = async (was: PipeTab | null = open) => {
    if (!was || was !== open) return;
    open = null;
    slots = [];
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

  const lane = (k: number): Lane => {
    /** Sets the HTML as the lane page's document, waits for its load, then runs `then`; a failure restarts the browser. */
    const onPage = async <T>(html: string, then: (b: CdpBrowser, sessionId: string) => Promise<T>): Promise<T> => {
      const o = start();
      const { browser: b, tab } = slots[k]!;
      try {
        const { sessionId, frameId } = await tab;
        const loaded = b.once('Page.loadEventFired', sessionId);
        loaded.catch(() => undefined); // when the command below fails first, its error is the one reported
        await b.send('Page.setDocumentContent', { frameId, html }, sessionId);
        await loaded;
        return await then(b, sessionId);
      } catch (e) {
        await release(o); // the next print starts a fresh browser
        throw e;
      }
    };

    return {
      print: (html) =>
        onPage(html, async (b, sessionId) => {
          await b.send('Runtime.evaluate', { expression: FONTS_READY_SCRIPT, awaitPromise: true }, sessionId);
          const { data } = await b.send<{ data: string }>(
            'Page.printToPDF',
            {
              preferCSSPageSize: true,
              printBackground: true,
              generateTaggedPDF: false,
              generateDocumentOutline: false,
            },
            sessionId,
          );
          return new Uint8Array(Buffer.from(data, 'base64'));
        }),
      /** The measuring script's answer (reports/html/document.ts): Runtime.evaluate awaits its promise. */
      evaluate: (html, script) =>
        onPage(html, async (b, sessionId) => {
          const r = await b.send<{ result: { value?: unknown }; exceptionDetails?: { text: string } }>(
            'Runtime.evaluate',
            { expression: script, awaitPromise: true, returnByValue: true },
            sessionId,
          );
          if (r.exceptionDetails) throw new Error(`measuring failed: ${r.exceptionDetails.text}`);
          return String(r.result.value);
        }),
      /**
       * The next document in a new page, in a new browser context: the old page's context is disposed
       * (lane 0's first page, in the default context, is closed), so its renderer, and all it held,
       * goes. (A new page in the same context may be given the old page's renderer again.)
       */
      renew: async () => {
        const slot = open && slots[k];
        if (!slot) return;
        const b = slot.browser;
        const { targetId } = await slot.tab;
        if (slot.context) await b.send('Target.disposeBrowserContext', { browserContextId: await slot.context });
        else await b.send('Target.closeTarget', { targetId });
        if (open?.browser === b) slots[k] = inNewContext(b);
      },
    };
  };

  const printer = lanePrinter(
    Array.from({ length: count }, (_, k) => lane(k)),
    () => release(),
  );
  return Object.assign(printer, { start: () => void start() });
}
