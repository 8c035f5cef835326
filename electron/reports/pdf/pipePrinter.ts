// The CLI's PdfPrinter: Debian's Chromium driven over the DevTools pipe (cdpPipe.ts), with the
// same steps and print options as the playwright printer (chromiumPrinter.ts) and the app's
// printToPDF: the self-contained HTML set as the page's document, fonts awaited, printed with the
// CSS page size and backgrounds, untagged (as playwright and Electron print by default).
// `start()` launches Chromium at once, so a CLI can start it while it reads the database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchOverPipe, type CdpBrowser } from './cdpPipe';
import { CHROMIUM_ARGS, CHROMIUM_PATH, PIPE_ONLY_ARGS } from './chromiumFlags';
import { FONTS_READY_SCRIPT, queuedPrinter, type PdfPrinter } from './printer';

interface Tab {
  sessionId: string;
  frameId: string;
}

export interface PipePrinter extends PdfPrinter {
  /** Launches Chromium and opens its page now (otherwise the first print does). */
  start(): void;
}

export interface PipePrinterOptions {
  executablePath?: string;
  /** Where the browser's throw-away profile folder (ita-chromium-*) is made; the system temp folder by default. */
  tempParent?: string;
}

export function createPipePrinter({
  executablePath = CHROMIUM_PATH,
  tempParent = os.tmpdir(),
}: PipePrinterOptions = {}): PipePrinter {
  let browser: CdpBrowser | null = null;
  let profile: string | null = null;
  let tab: Promise<Tab> | null = null;

  const open = (): Promise<Tab> => {
    profile = fs.mkdtempSync(path.join(tempParent, 'ita-chromium-'));
    const b = launchOverPipe(executablePath, [
      ...CHROMIUM_ARGS,
      ...PIPE_ONLY_ARGS,
      '--headless',
      `--user-data-dir=${profile}`,
      '--no-startup-window',
    ]);
    browser = b;
    return (async () => {
      const { targetId } = await b.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await b.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      // No network for the report (it is self-contained; its CSP allows nothing but data: fonts).
      const [, , tree] = await Promise.all([
        b.send('Page.enable', {}, sessionId),
        b.send(
          'Network.emulateNetworkConditions',
          { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
          sessionId,
        ),
        b.send<{ frameTree: { frame: { id: string } } }>('Page.getFrameTree', {}, sessionId),
      ]);
      return { sessionId, frameId: tree.frameTree.frame.id };
    })();
  };

  const start = () => {
    tab ??= open();
    tab.catch(() => undefined); // a failed start is reported by the print that awaits it
  };

  /** Sets the HTML as the page's document, waits for its load, then runs `then`; a failure restarts the browser. */
  const onPage = async <T>(html: string, then: (b: CdpBrowser, sessionId: string) => Promise<T>): Promise<T> => {
    start();
    const b = browser!;
    try {
      const { sessionId, frameId } = await tab!;
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

  const release = async () => {
    const b = browser;
    const dir = profile;
    browser = null;
    profile = null;
    tab = null;
    if (b) {
      await Promise.race([b.send('Browser.close').catch(() => undefined), b.exited]);
      const killer = setTimeout(() => b.process.kill('SIGKILL'), 5000);
      await b.exited;
      clearTimeout(killer);
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };

  return { ...queuedPrinter(printOne, release, evaluateOne), start };
}
