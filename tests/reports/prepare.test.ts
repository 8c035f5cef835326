// The idle preparation (electron/reports/prepare.ts) on a real SQLite file: after it, the first export
// of the plan report and of the month sheet measures nothing new (the printer's evaluate calls are
// counted); after an edit it lays out only what the edit changed, and the export after it again
// measures nothing; it prints the plan report once per printer and plan (warming the print); an aborted signal stops it before it measures; an export arriving
// in the middle lays out no document twice; it gives the main process's event loop turns between its steps.
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planOpeningMonth } from '../../core/rules';
import { openDatabase, type Db } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { prepareReports } from '../../electron/reports/prepare';
import { fakePrinter } from '../helpers/fakePrinter';
import { REPO_ROOT, tmpDbPath, tmpDir } from '../helpers/tmp';

/** A printer that records each measuring document it is asked to lay out (the first held until `held` resolves). */
function counting(held?: Promise<void>) {
  const p = fakePrinter();
  const measured: string[] = [];
  return {
    ...p,
    measured,
    evaluate: async (html: string, script: string) => {
      measured.push(html);
      if (held && measured.length === 1) await held;
      return p.evaluate(html, script);
    },
  };
}

const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** The sample plan in a new file, with an API whose PDFs go to `printer` (as the app's). */
async function samplePlan(printer: ReturnType<typeof counting>) {
  const dbPath = tmpDbPath();
  const db = openDatabase(dbPath);
  open.push(db);
  const api = createApi(db, { dbPath, actor: 'ผู้ทดสอบ', appRoot: REPO_ROOT, pdf: () => printer });
  const planId = (await api.importSamplePlan({})).plan!.id;
  const dir = tmpDir();
  const exportPdf = (report: 'plan' | 'month', month?: string) =>
    api.exportReport({ planId, report, month, format: 'pdf', outPath: path.join(dir, `${report}.pdf`) });
  return { api, planId, exportPdf };
}

describe('prepareReports', () => {
  it('measures the plan report and the month sheet, so their first exports measure nothing new', async () => {
    const printer = counting();
    const { api, planId, exportPdf } = await samplePlan(printer);
    const prepared = await prepareReports(api, printer, planId, '2023-03');
    expect(prepared.month).toBe('2023-03');
    expect(prepared.pages.plan).toBeGreaterThan(1);
    expect(prepared.pages.month).toBeGreaterThan(1);
    const laidOut = printer.measured.length;
    expect(laidOut).toBeGreaterThanOrEqual(2);
    // The plan report printed once (thrown away) to warm the print; the month sheet only measured.
    expect(printer.printed).toHaveLength(1);
    await prepareReports(api, printer, planId, '2023-03');
    expect(printer.printed).toHaveLength(1); // not again for the same plan and printer

    const plan = await exportPdf('plan');
    const month = await exportPdf('month', '2023-03');
    expect(printer.measured.length).toBe(laidOut);
    expect(printer.printed).toHaveLength(3);
    expect([plan.pages, month.pages]).toEqual([prepared.pages.plan, prepared.pages.month]);

    // Another month's sheet was not prepared: it is measured at its export.
    await exportPdf('month', '2023-04');
    expect(printer.measured.length).toBeGreaterThan(laidOut);
  });

  it('after an edit lays out only the slices the edit changed; the export after it measures nothing', async () => {
    const printer = counting();
    const { api, planId, exportPdf } = await samplePlan(printer);
    await prepareReports(api, printer, planId, '2023-03');
    const before = printer.measured.length;
    // Again with nothing changed: every slice is in the printer's cache.
    await prepareReports(api, printer, planId, '2023-03');
    expect(printer.measured.length).toBe(before);

    const [row] = await api.listMonth({ planId, month: '2023-03' });
    await api.saveFollowUp({
      activityId: row!.activityId,
      month: '2023-03',
      status: 'done',
      qty: 1,
      result: 'จัดประชุมชี้แจงบุคลากรทุกฝ่ายแล้ว และเผยแพร่บนเว็บไซต์ของสำนักงานเขต',
    });
    await prepareReports(api, printer, planId, '2023-03');
    const again = printer.measured.slice(before);
    expect(again.length).toBeGreaterThan(0);
    expect(again.length).toBeLessThan(before); // not everything: the plan report did not change
    // The month sheet's slice holding the edited row (its words are split by <wbr>: html/cells.ts).
    expect(again.some((html) => html.replace(/<wbr>/g, '').includes('จัดประชุมชี้แจงบุคลากรทุกฝ่ายแล้ว'))).toBe(true);

    const after = printer.measured.length;
    await exportPdf('month', '2023-03');
    await exportPdf('plan');
    expect(printer.measured.length).toBe(after);
  });

  it("without a month, or with one outside the plan's year, prepares the month its screens open on", async () => {
    const printer = counting();
    const { api, planId } = await samplePlan(printer);
    const opening = planOpeningMonth(await api.getPlan({ planId }));
    expect((await prepareReports(api, printer, planId)).month).toBe(opening);
    expect((await prepareReports(api, printer, planId, '2030-01')).month).toBe(opening);
  });

  it('an export arriving while a slice is being laid out waits for that answer instead of laying it out again', async () => {
    const alone = counting();
    const one = await samplePlan(alone);
    await prepareReports(one.api, alone, one.planId, '2023-03');

    let release!: () => void;
    const printer = counting(new Promise<void>((resolve) => (release = resolve)));
    const { api, planId, exportPdf } = await samplePlan(printer);
    const abort = new AbortController();
    const preparing = prepareReports(api, printer, planId, '2023-03', abort.signal);
    await vi.waitFor(() => expect(printer.measured.length).toBe(1)); // the plan's first slice, held
    abort.abort('exportReport'); // as the app's preparation gives way to the export
    const exported = exportPdf('plan');
    // The export has begun measuring (its first slice is asked for in the same turn as this progress).
    await vi.waitFor(async () => expect(await api.exportProgress({})).toMatchObject({ phase: 'measure' }));
    release();
    const [prep, plan] = await Promise.allSettled([preparing, exported]);
    expect(prep.status).toBe('rejected');
    expect(plan.status).toBe('fulfilled');
    await exportPdf('month', '2023-03');
    // Every document laid out once: as many as the preparation alone lays out, none twice.
    expect(new Set(printer.measured).size).toBe(printer.measured.length);
    expect(printer.measured).toHaveLength(alone.measured.length);
  });

  it('lets the main process answer the page between its steps, even when every slice is measured already', async () => {
    const printer = counting();
    const { api, planId } = await samplePlan(printer);
    await prepareReports(api, printer, planId, '2023-03');
    // Again: all answers cached, so nothing waits on the printer; still, other work gets its turns.
    let done = false;
    let turns = 0;
    const count = () => {
      if (done) return;
      turns++;
      setImmediate(count);
    };
    const again = prepareReports(api, printer, planId, '2023-03').then(() => (done = true));
    setImmediate(count);
    await again;
    // It yields before each load, document and layout of both reports (6 times; the count starts after its first).
    expect(turns).toBeGreaterThanOrEqual(5);
  });

  it('an aborted signal stops it before it measures', async () => {
    const printer = counting();
    const { api, planId } = await samplePlan(printer);
    const abort = new AbortController();
    abort.abort();
    await expect(prepareReports(api, printer, planId, '2023-03', abort.signal)).rejects.toThrow();
    expect(printer.measured).toEqual([]);
  });
});
