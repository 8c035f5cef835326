// The app's printer on the fake electron (which refuses URLs over 2 MiB as Chromium does): the report
// HTML goes to a private temp file, loaded from there, the report session lets through only that file,
// the fonts are awaited before printing, the PDF has no margins of Electron's own, and the temp file is
// gone afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, FakeWebContents, resetFake } from '../helpers/fake-electron';
import { FAKE_PRINTED_PDF } from '../helpers/fake-electron/web';
import { tmpDir } from '../helpers/tmp';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

const { createElectronPrinter, printWithDialog, PDF_OPTIONS } = await import('../../electron/main/pdfPrinter');
const { REPORT_PARTITION } = await import('../../electron/main/reportWindow');
const { FONTS_READY_SCRIPT } = await import('../../electron/reports/pdf/printer');
const { MEASURE_SCRIPT } = await import('../../electron/reports/html/document');

beforeEach(() => {
  resetFake();
  fake.app.temp = path.join(tmpDir(), 'ผู้ใช้ ชั่วคราว');
  fs.mkdirSync(fake.app.temp);
});

/** A report as large as the annual report of a plan with a year of follow-ups (and more). */
const bigReport = () =>
  '<!doctype html><meta charset="utf-8"><table>' +
  '<tr><td>ผลการดำเนินงาน: จัดประชุมชี้แจงบุคลากรทุกฝ่าย เผยแพร่บนเว็บไซต์สำนักงานเขต</td></tr>'.repeat(16_000) +
  '</table>';

describe('Electron PDF printer', () => {
  it('prints a 2.5 MB report (a data: URL of it would be refused) from a private temp file, then removes it', async () => {
    const html = bigReport();
    expect(Buffer.byteLength(html)).toBeGreaterThan(2.5 * 1024 * 1024);
    const printer = createElectronPrinter();
    const win0 = () => fake.BrowserWindow.instances[0]!;
    const print = printer.print(html);
    // While it prints: the window loaded a file in its own folder under the temp dir, holding the HTML.
    await vi.waitFor(() => expect(win0().webContents.printed).toHaveLength(1));
    await print.then((pdf) => expect(Buffer.from(pdf).toString()).toBe(FAKE_PRINTED_PDF));
    const win = win0();
    const file = win.loaded.file!;
    expect(win.webContents.document).toBe(html);
    expect(path.dirname(path.dirname(file))).toBe(fake.app.temp);
    expect(win.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true } });
    expect(win.webContents.session).toBe(fake.session.fromPartition(REPORT_PARTITION));
    expect(win.webContents.scripts).toEqual([FONTS_READY_SCRIPT]);
    expect(win.webContents.printed).toEqual([PDF_OPTIONS]);
    expect(PDF_OPTIONS.margins).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
    // Afterwards the temp folder is gone, and the file is no longer let through.
    expect(fs.existsSync(path.dirname(file))).toBe(false);
    expect(win.webContents.session.allows(win.webContents.getURL())).toBe(false);
    await printer.close();
    expect(win.isDestroyed()).toBe(true);
    await expect(printer.print(html)).rejects.toThrow();
  });

  it('the report session lets through only the file being printed and inline data', async () => {
    const printer = createElectronPrinter();
    const ses = fake.session.fromPartition(REPORT_PARTITION);
    let during: Record<string, boolean> = {};
    // Look at the gate while the page is printing.
    const spy = vi.spyOn(FakeWebContents.prototype, 'printToPDF').mockImplementation(async function (
      this: FakeWebContents,
    ) {
      const own = this.getURL();
      during = {
        own: ses.allows(own),
        sibling: ses.allows(own.replace('report.html', 'other.html')),
        font: ses.allows('data:font/woff2;base64,AAAA'),
        web: ses.allows('https://fonts.googleapis.com/css'),
        passwd: ses.allows('file:///etc/passwd'),
      };
      return Buffer.from('%PDF-1.7 fake');
    });
    try {
      await printer.print('<p>หน้า ๑</p>');
    } finally {
      spy.mockRestore();
    }
    expect(during).toEqual({ own: true, sibling: false, font: true, web: false, passwd: false });
    expect(ses.permissionCheckHandler?.(null, 'clipboard-sanitized-write')).toBe(false);
    await printer.close();
  });

  it('one lane: prints one document at a time, in order, reusing one window', async () => {
    const printer = createElectronPrinter(1);
    await Promise.all([printer.print('<p>1</p>'), printer.print('<p>2</p>')]);
    expect(fake.BrowserWindow.instances).toHaveLength(1);
    expect(fake.BrowserWindow.instances[0]!.webContents.printed).toHaveLength(2);
    await printer.close();
  });

  it('renewPage: the next document of a long report is printed in a new window, the old one destroyed', async () => {
    const printer = createElectronPrinter();
    await printer.print('<p>ส่วนที่ ๑</p>');
    await printer.renewPage!();
    await printer.print('<p>ส่วนที่ ๒</p>');
    const [first, second] = fake.BrowserWindow.instances;
    expect(first!.isDestroyed()).toBe(true);
    expect(first!.webContents.document).toBe('<p>ส่วนที่ ๑</p>');
    expect(second!.webContents.document).toBe('<p>ส่วนที่ ๒</p>');
    expect(second!.isDestroyed()).toBe(false);
    await printer.close();
    expect(second!.isDestroyed()).toBe(true);
  });
});

describe('Electron PDF printer with two lanes', () => {
  /** printToPDF held until `open()`: records which renderer printed, and fails for `failFor`'s. */
  function holdPrints(failFor?: () => number) {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const printing: number[] = [];
    const spy = vi.spyOn(FakeWebContents.prototype, 'printToPDF').mockImplementation(async function (
      this: FakeWebContents,
    ) {
      printing.push(this.getOSProcessId());
      await gate;
      if (failFor?.() === this.getOSProcessId()) throw new Error('render process gone');
      return Buffer.from(`%PDF-1.7 from ${this.getOSProcessId()}`);
    });
    return { printing, open, restore: () => spy.mockRestore() };
  }

  it('prints two documents at the same time, each in a hidden window (a renderer) of its own', async () => {
    const printer = createElectronPrinter(2);
    expect(printer.lanes).toBe(2);
    const held = holdPrints();
    try {
      const a = printer.print('<p>ส่วนที่ ๑</p>');
      const b = printer.print('<p>ส่วนที่ ๒</p>');
      // Both are printing before either has finished: with one window the second would wait.
      await vi.waitFor(() => expect(held.printing).toHaveLength(2));
      const [w1, w2] = fake.BrowserWindow.instances;
      expect(new Set(held.printing)).toEqual(
        new Set([w1!.webContents.getOSProcessId(), w2!.webContents.getOSProcessId()]),
      );
      expect(w1!.webContents.document).toBe('<p>ส่วนที่ ๑</p>');
      expect(w2!.webContents.document).toBe('<p>ส่วนที่ ๒</p>');
      held.open();
      const [pa, pb] = await Promise.all([a, b]);
      expect(Buffer.from(pa).toString()).toBe(`%PDF-1.7 from ${w1!.webContents.getOSProcessId()}`);
      expect(Buffer.from(pb).toString()).toBe(`%PDF-1.7 from ${w2!.webContents.getOSProcessId()}`);
    } finally {
      held.restore();
    }
    // close() closes every lane: no report window (and no renderer) is left.
    await printer.close();
    expect(fake.BrowserWindow.instances.every((w) => w.isDestroyed())).toBe(true);
    expect(FakeWebContents.liveRenderers()).not.toContain(fake.BrowserWindow.instances[0]!.webContents.osProcessId);
  });

  it("a failing lane's error reaches its caller; the other lane's print and the next one go on", async () => {
    const printer = createElectronPrinter(2);
    const held = holdPrints(() => fake.BrowserWindow.instances[1]!.webContents.getOSProcessId());
    try {
      const a = printer.print('<p>๑</p>');
      const b = printer.print('<p>๒</p>');
      b.catch(() => undefined);
      await vi.waitFor(() => expect(held.printing).toHaveLength(2));
      held.open();
      await expect(b).rejects.toThrow('render process gone');
      await expect(a).resolves.toBeInstanceOf(Uint8Array);
      await expect(printer.lane!(0).print('<p>๓</p>')).resolves.toBeInstanceOf(Uint8Array);
    } finally {
      held.restore();
      await printer.close();
    }
  });

  it('warm() warms every lane: each window measures and prints the warm-up report; renewPage of a lane renews only its window', async () => {
    const printer = createElectronPrinter(2);
    await printer.warm();
    const wins = fake.BrowserWindow.instances;
    expect(wins).toHaveLength(2);
    for (const w of wins) {
      expect(w.isDestroyed()).toBe(false);
      expect(w.webContents.scripts).toContain(MEASURE_SCRIPT);
      expect(w.webContents.printed).toEqual([PDF_OPTIONS]);
    }
    await printer.lane!(1).renewPage!();
    expect(wins.map((w) => w.isDestroyed())).toEqual([false, true]);
    await printer.close();
    expect(wins.every((w) => w.isDestroyed())).toBe(true);
  });
});

describe('printing through the system dialog', () => {
  it('prints the same HTML from a temp file after the fonts load, and always closes its window and removes the file', async () => {
    await expect(printWithDialog(bigReport())).resolves.toBe(true);
    const win = fake.BrowserWindow.instances[0]!;
    expect(win.webContents.scripts).toEqual([FONTS_READY_SCRIPT]);
    expect(win.webContents.printed).toEqual([{ dialog: true, silent: false, printBackground: true }]);
    expect(win.isDestroyed()).toBe(true);
    expect(fs.existsSync(path.dirname(win.loaded.file!))).toBe(false);
  });
});
