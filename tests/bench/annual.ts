// Large reports: the annual report of a plan ten times the sample (1,120 activities, every month
// reported) as PDF — peak memory of the whole process tree (Node + Chromium) under 1 GiB, and its
// time growing no faster than its page count compared with the sample plan's annual report.
//
// Time and memory are taken in different rounds: the memory sampler reads every process's smaps
// (about 27 ms a sample on this machine, every 20 ms), which kept Node's event loop busy and made a
// sampled 10× export take twice its time. The timed rounds alternate the two plans (A B A B) on one
// printer warmed as the app warms it, so neither prints right after an export of itself; they are
// taken warm (the printer keeps what it measured) and measured afresh (as after an edit).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fiscalMonths } from '../../core/thai';
import { openDatabase } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { createChromiumPrinter } from '../../electron/reports/pdf/chromiumPrinter';
import type { PdfPrinter } from '../../electron/reports/pdf/printer';
import { forgetMeasurements } from '../../electron/reports/pdf/render';
import { warmUpPrinter } from '../../electron/reports/pdf/warmUp';
import { REPO_ROOT } from '../helpers/paths';
import { treeCpuMs } from './cpu';
import { canMeasureMemory, withPeakMemory } from './memory';
import { fillMonths, growPlan, samplePlan, unsynced } from './plans';
import { alternate, atMost, median, type Figure } from './stats';

/** Timed rounds of each plan (after one unmeasured round each), warm and afresh. */
const TIMED_ROUNDS = 5;
/** Rounds under the memory sampler. */
const MEMORY_ROUNDS = 3;

interface Annual {
  /** One export of the plan's annual report; adds its tree CPU milliseconds to `cpu`. */
  run: (cpu?: number[]) => Promise<{ ms: number; pages: number }>;
  close: () => void;
}

async function annualOf(dir: string, printer: PdfPrinter, activities: number): Promise<Annual> {
  const dbPath = path.join(dir, `annual-${activities}.sqlite`);
  const db = openDatabase(dbPath);
  const api = createApi(db, { dbPath, actor: 'bench', appRoot: REPO_ROOT, pdf: () => printer });
  const planId = await unsynced(db, async () => {
    const id = await samplePlan(api);
    await growPlan(api, id, activities);
    await fillMonths(api, id, fiscalMonths(2566));
    return id;
  });
  const outPath = path.join(dir, `annual-${activities}.pdf`);
  return {
    async run(cpu) {
      const c = treeCpuMs();
      const t = performance.now();
      const r = await api.exportReport({ planId, report: 'annual', format: 'pdf', outPath });
      const ms = performance.now() - t;
      cpu?.push(treeCpuMs() - c);
      return { ms, pages: r.pages ?? 0 };
    },
    close: () => db.close(),
  };
}

/** Median wall and CPU ms of each plan, alternating A B A B; `before` runs ahead of each export. */
async function alternated(one: Annual, ten: Annual, before: () => void) {
  const cpu = { one: [] as number[], ten: [] as number[] };
  const ab = await alternate(
    TIMED_ROUNDS,
    async () => (before(), (await one.run(cpu.one)).ms),
    async () => (before(), (await ten.run(cpu.ten)).ms),
  );
  // The unmeasured first round of each is in cpu too: drop it.
  const c = { one: median(cpu.one.slice(1)), ten: median(cpu.ten.slice(1)) };
  return { one: median(ab.a), ten: median(ab.b), cpuOne: c.one, cpuTen: c.ten };
}

async function peakOf(a: Annual) {
  const runs = [];
  for (let i = 0; i < MEMORY_ROUNDS; i++) runs.push(await withPeakMemory(() => a.run()));
  return {
    peakMiB: median(runs.map((r) => r.peakMiB)),
    nodePeakMiB: median(runs.map((r) => r.nodePeakMiB)),
    pages: runs[0]!.value.pages,
  };
}

function growthFigure(
  key: string,
  how: string,
  t: { one: number; ten: number; cpuOne: number; cpuTen: number },
  pages: { one: number; ten: number },
): Figure {
  const perPage = pages.ten / pages.one;
  return {
    key,
    name: `annual report: time growth ÷ page growth (10× vs sample, ${how})`,
    median: t.ten / t.one / perPage,
    unit: '×',
    goal: atMost(1),
    samples: TIMED_ROUNDS,
    note:
      `alternating A B: ${pages.one} → ${pages.ten} pages, ${t.one.toFixed(0)} → ${t.ten.toFixed(0)} ms; ` +
      `CPU (Node + Chromium) ${t.cpuOne.toFixed(0)} → ${t.cpuTen.toFixed(0)} ms, growth ÷ pages ${(t.cpuTen / t.cpuOne / perPage).toFixed(2)}×`,
  };
}

export async function benchAnnual(): Promise<Figure[]> {
  if (!canMeasureMemory()) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-annual-'));
  const printer = createChromiumPrinter();
  const plans: Annual[] = [];
  try {
    await warmUpPrinter(printer); // as the app's report window is warmed at start
    const one = await annualOf(dir, printer, 112);
    plans.push(one);
    const ten = await annualOf(dir, printer, 1120);
    plans.push(ten);
    const memOne = await peakOf(one);
    const memTen = await peakOf(ten);
    const pages = { one: memOne.pages, ten: memTen.pages };
    const warm = await alternated(one, ten, () => undefined);
    const afresh = await alternated(one, ten, () => forgetMeasurements(printer));
    return [
      {
        name: `annual report, sample plan: ${pages.one} pages (warm)`,
        median: warm.one,
        unit: 'ms',
        goal: null,
        samples: TIMED_ROUNDS,
        note: `measured afresh ${afresh.one.toFixed(0)} ms; peak ${memOne.peakMiB.toFixed(0)} MiB (Node ${memOne.nodePeakMiB.toFixed(0)} MiB)`,
      },
      {
        key: 'annual10xMs',
        name: `annual report, 10× plan: ${pages.ten} pages (warm)`,
        median: warm.ten,
        unit: 'ms',
        goal: null,
        samples: TIMED_ROUNDS,
        note: `measured afresh ${afresh.ten.toFixed(0)} ms`,
      },
      {
        key: 'annual10xPeakMiB',
        name: 'annual report, 10× plan: peak memory (Node + Chromium, PSS)',
        median: memTen.peakMiB,
        unit: 'MiB',
        goal: atMost(1024),
        samples: MEMORY_ROUNDS,
        note: `of which this Node process ${memTen.nodePeakMiB.toFixed(0)} MiB, Chromium the rest (measured and printed in parts, joined; rounds apart from the timed ones)`,
      },
      growthFigure('annualTimeGrowthPerPage', 'warm', warm, pages),
      growthFigure('annualAfreshGrowthPerPage', 'measured afresh', afresh, pages),
    ];
  } finally {
    await printer.close();
    for (const p of plans) p.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
