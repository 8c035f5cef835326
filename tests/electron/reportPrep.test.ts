// The app prepares the reports the user will most likely export (electron/reports/prepareWhenIdle.ts),
// run as Electron runs it (electron/main/index.ts on the fake electron, a real database): once the
// first screen has loaded and the report window is warm, the open plan's plan report and the month
// sheet the follow-up screen shows are measured in the hidden report windows (never in the main window),
// the plan report printed there once to warm the print; the first exports then measure nothing new. After an edit, measured again once
// the page is quiet. An export arriving stops a preparation; a failure is logged, not shown; quitting
// while one runs neither hangs nor crashes.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPORT_TITLES } from '../../core/terms/reports';
import { lockPathOf } from '../../db/backup/lock';
import { MEASURE_SCRIPT } from '../../electron/reports/html/document';
import { defaultLanes } from '../../electron/reports/pdf/printer';
import { fake, FakeWebContents } from '../helpers/fake-electron';
import { callFromPage, mainWindow, useShell } from '../helpers/shell';
import { tmpDir } from '../helpers/tmp';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

const { launch } = useShell();
afterEach(() => vi.restoreAllMocks());

const call = callFromPage;
const reportWindows = () => fake.BrowserWindow.instances.filter((w) => w !== mainWindow());

/** The measuring documents the report windows laid out, in order, by their <title>. */
const measuredTitles = () =>
  reportWindows()
    .flatMap((w) => w.webContents.measured)
    .map((html) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
const printed = () => reportWindows().reduce((n, w) => n + w.webContents.printed.length, 0);
const MARCH_SHEET = `${REPORT_TITLES.month} มีนาคม`;

/** Starts the app on a new file with the sample plan, opened as the renderer opens it, on March's follow-ups. */
async function openApp() {
  const dir = tmpDir();
  await launch(['--db', path.join(dir, 'ita.sqlite'), '--sample']);
  await vi.waitFor(() => mainWindow());
  const [plan] = await call<{ id: number }[]>('listPlans');
  await call('getPlan', { planId: plan!.id });
  const rows = await call<{ activityId: number }[]>('listMonth', { planId: plan!.id, month: '2023-03' });
  const logFile = path.join(dir, 'logs', 'main.log');
  const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
  const prepared = () => log().match(/reports prepared/g)?.length ?? 0;
  const exportPdf = (report: 'plan' | 'month') =>
    call('exportReport', {
      planId: plan!.id,
      report,
      month: report === 'month' ? '2023-03' : undefined,
      format: 'pdf',
      outPath: path.join(dir, `${report}.pdf`),
    });
  // Electron: 'did-finish-load' is "emitted when the navigation is done, i.e. the spinner of the tab
  // has stopped spinning, and the onload event was dispatched" (docs/api/web-contents.md).
  mainWindow().webContents.emit('did-finish-load');
  return { planId: plan!.id, rows, log, prepared, exportPdf, dbPath: path.join(dir, 'ita.sqlite') };
}

/**
 * Holds the preparation's first measuring document (the first after a window's warm-up print) until
 * release(); with two report windows, the other window's measuring goes on.
 */
function holdFirstPreparationMeasure() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const original = FakeWebContents.prototype.executeJavaScript;
  let held = 0;
  let seen = 0;
  vi.spyOn(FakeWebContents.prototype, 'executeJavaScript').mockImplementation(async function (
    this: FakeWebContents,
    code: string,
  ) {
    if (code === MEASURE_SCRIPT && this.printed.length > 0 && seen++ === 0) {
      held++;
      await gate;
    }
    return original.call(this, code);
  });
  return { held: () => held, release: () => release() };
}

const WAIT = { timeout: 20_000, interval: 50 };
/** Report windows the app's printer prints in at once (its lanes). */
const LANES = defaultLanes();

describe('preparing the reports while the user is idle', () => {
  it('after start, measures the open plan and its month sheet in the report window; the first exports measure nothing new', async () => {
    const app = await openApp();
    await vi.waitFor(() => expect(app.prepared()).toBe(1), WAIT);
    const titles = measuredTitles();
    expect(titles.some((t) => t.startsWith(MARCH_SHEET))).toBe(true);
    // The warm-up's print in each report window, then the plan report once (split across them); the month only measured.
    expect(printed()).toBe(2 * LANES);
    expect(mainWindow().webContents.scripts).not.toContain(MEASURE_SCRIPT); // never in the main window

    await app.exportPdf('plan');
    await app.exportPdf('month');
    expect(measuredTitles()).toEqual(titles);
    expect(printed()).toBe(4 * LANES); // the plan and the month each split across the report windows
  });

  it('after an edit, measures again once the page is quiet; the export after it measures nothing new', async () => {
    const app = await openApp();
    await vi.waitFor(() => expect(app.prepared()).toBe(1), WAIT);
    const before = measuredTitles().length;
    await call('saveFollowUp', {
      activityId: app.rows[0]!.activityId,
      month: '2023-03',
      status: 'done',
      qty: 1,
      result: 'จัดประชุมชี้แจงบุคลากรทุกฝ่ายแล้ว',
    });
    await vi.waitFor(() => expect(app.prepared()).toBe(2), WAIT);
    const again = measuredTitles().slice(before);
    expect(again.length).toBeGreaterThan(0);
    expect(again.every((t) => t.startsWith(MARCH_SHEET))).toBe(true); // the plan report did not change
    const after = measuredTitles().length;
    await app.exportPdf('month');
    expect(measuredTitles()).toHaveLength(after);
  });

  it('an export arriving stops a preparation under way, which runs again afterwards', async () => {
    const gate = holdFirstPreparationMeasure();
    const app = await openApp();
    await vi.waitFor(() => expect(gate.held()).toBe(1), WAIT);
    const exported = app.exportPdf('plan');
    gate.release();
    await exported;
    await vi.waitFor(() => expect(app.log()).toMatch(/preparing the reports gave way to exportReport/), WAIT);
    await vi.waitFor(() => expect(app.prepared()).toBe(1), WAIT);
    expect(measuredTitles().some((t) => t.startsWith(MARCH_SHEET))).toBe(true);
  });

  it('a failure is logged, never shown; the app and its exports go on', async () => {
    const original = FakeWebContents.prototype.executeJavaScript;
    vi.spyOn(FakeWebContents.prototype, 'executeJavaScript').mockImplementation(async function (
      this: FakeWebContents,
      code: string,
    ) {
      if (code === MEASURE_SCRIPT && (this.document ?? '').includes(`<title>${REPORT_TITLES.month}`)) {
        throw new Error('the report window crashed');
      }
      return original.call(this, code);
    });
    const app = await openApp();
    await vi.waitFor(() => expect(app.log()).toMatch(/preparing the reports failed[\s\S]*report window crashed/), WAIT);
    expect(fake.dialog.errors).toEqual([]);
    expect(fake.dialog.messages).toEqual([]);
    expect(mainWindow().webContents.sent).toEqual([]);
    await expect(app.exportPdf('plan')).resolves.toMatchObject({ pages: expect.any(Number) });
  });

  it('quitting while a preparation runs: the app quits at once, frees the file, and nothing fails afterwards', async () => {
    const gate = holdFirstPreparationMeasure();
    const app = await openApp();
    await vi.waitFor(() => expect(gate.held()).toBe(1), WAIT);
    mainWindow().close();
    expect(fake.app.ended).toBe('quit');
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(0);
    expect(fs.existsSync(lockPathOf(app.dbPath))).toBe(false);
    gate.release();
    // The held measuring document's temp folder goes once its call settles: the preparation has ended.
    await vi.waitFor(() =>
      expect(fs.readdirSync(fake.app.temp).filter((f) => f.startsWith('ita-report-'))).toEqual([]),
    );
    expect(app.log()).not.toMatch(/failed/);
    expect(app.prepared()).toBe(0);
  });
});
