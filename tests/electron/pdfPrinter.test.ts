// The app's printer with a small fake of the Electron pieces it uses: it must load the very HTML it
// is given, wait for fonts before printing, print with the CSS page size, and allow no network.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const log: string[] = [];
let blocker: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
let loaded = '';
let printAnswer = true;

vi.mock('electron', () => {
  class BrowserWindow {
    destroyed = false;
    constructor(readonly options: { show: boolean; webPreferences: Record<string, unknown> }) {
      log.push(`window show=${options.show} sandbox=${String(options.webPreferences.sandbox)}`);
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
      log.push('destroy');
    }
    async loadURL(url: string) {
      loaded = url;
      log.push('load');
    }
    webContents = {
      executeJavaScript: async (code: string) => {
        log.push(`js:${code}`);
        return 1;
      },
      printToPDF: async (o: Record<string, unknown>) => {
        log.push(`print:${JSON.stringify(o)}`);
        return Buffer.from('%PDF-1.7 fake');
      },
      print: (o: Record<string, unknown>, cb: (success: boolean) => void) => {
        log.push(`dialog:${JSON.stringify(o)}`);
        cb(printAnswer);
      },
    };
  }
  const session = {
    fromPartition: () => ({
      webRequest: { onBeforeRequest: (f: typeof blocker) => (blocker = f) },
      setPermissionRequestHandler: () => undefined,
    }),
  };
  return { BrowserWindow, session, default: { BrowserWindow, session } };
});

const { createElectronPrinter, printWithDialog } = await import('../../electron/main/pdfPrinter');
const { FONTS_READY_SCRIPT } = await import('../../electron/reports/pdf/printer');

describe('Electron PDF printer', () => {
  beforeEach(() => {
    log.length = 0;
  });

  it('prints the given HTML after the fonts are ready, with the CSS page size, in a hidden sandboxed window', async () => {
    const printer = createElectronPrinter();
    const html = '<!doctype html><p>หน้า ๑ น้ำ</p>';
    const pdf = await printer.print(html);
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    expect(Buffer.from(loaded.split(',')[1]!, 'base64').toString('utf8')).toBe(html);
    expect(log).toEqual([
      'window show=false sandbox=true',
      'load',
      `js:${FONTS_READY_SCRIPT}`,
      'print:{"preferCSSPageSize":true,"printBackground":true}',
    ]);
    await printer.close();
    expect(log.at(-1)).toBe('destroy');
    await expect(printer.print(html)).rejects.toThrow();
  });

  it('refuses every request but the data: document itself', async () => {
    const printer = createElectronPrinter();
    await printer.print('<p>x</p>');
    const answer = (url: string) => {
      let cancel: boolean | undefined;
      blocker!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(answer('data:text/html;base64,AAAA')).toBe(false);
    expect(answer('https://fonts.googleapis.com/css')).toBe(true);
    expect(answer('file:///etc/passwd')).toBe(true);
    await printer.close();
  });

  it('prints one document at a time, in order, reusing one window', async () => {
    const printer = createElectronPrinter();
    await Promise.all([printer.print('<p>1</p>'), printer.print('<p>2</p>')]);
    expect(log.filter((l) => l.startsWith('window'))).toHaveLength(1);
    expect(log.filter((l) => l === 'load' || l.startsWith('print'))).toEqual([
      'load',
      expect.stringMatching(/^print/),
      'load',
      expect.stringMatching(/^print/),
    ]);
    await printer.close();
  });
});

describe('printing through the system dialog', () => {
  beforeEach(() => {
    log.length = 0;
  });

  it('prints the same HTML after the fonts load, reports a cancel, and always closes its window', async () => {
    printAnswer = true;
    await expect(printWithDialog('<p>แผน</p>')).resolves.toBe(true);
    expect(Buffer.from(loaded.split(',')[1]!, 'base64').toString('utf8')).toBe('<p>แผน</p>');
    expect(log).toEqual([
      'window show=false sandbox=true',
      'load',
      `js:${FONTS_READY_SCRIPT}`,
      'dialog:{"silent":false,"printBackground":true}',
      'destroy',
    ]);
    printAnswer = false;
    await expect(printWithDialog('<p>x</p>')).resolves.toBe(false);
    expect(log.at(-1)).toBe('destroy');
  });
});
