// Large reports: the annual report of a plan ten times the sample (1,120 activities, every month
// reported) as PDF — peak memory of the whole process tree (Node + Chromium) under 1 GiB, and its
// time growing no faster than its page count compared with the sample plan's annual report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fiscalMonths } from '../../core/thai';
import { openDatabase } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { createChromiumPrinter } from '../../electron/reports/pdf/chromiumPrinter';
import type { PdfPrinter } from '../../electron/reports/pdf/printer';
import { REPO_ROOT } from '../helpers/paths';
import { canMeasureMemory, withPeakMemory } from './memory';
import { fillMonths, growPlan, samplePlan, unsynced } from './plans';
import { atMost, median, type Figure } from './stats';

async function annualOf(dir: string, printer: PdfPrinter, activities: number, rounds: number) {
  const dbPath = path.join(dir, `annual-${activities}.sqlite`);
  const db = openDatabase(dbPath);
  try {
    const api = createApi(db, { dbPath, actor: 'bench', appRoot: REPO_ROOT, pdf: () => printer });
    const planId = await unsynced(db, async () => {
      const id = await samplePlan(api);
      await growPlan(api, id, activities);
      await fillMonths(api, id, fiscalMonths(2566));
      return id;
    });
    const outPath = path.join(dir, `annual-${activities}.pdf`);
    const runs = [];
    for (let i = 0; i < rounds; i++) {
      runs.push(await withPeakMemory(() => api.exportReport({ planId, report: 'annual', format: 'pdf', outPath })));
    }
    return {
      ms: median(runs.map((r) => r.ms)),
      peakMiB: median(runs.map((r) => r.peakMiB)),
      nodePeakMiB: median(runs.map((r) => r.nodePeakMiB)),
      pages: runs[0]!.value.pages ?? 0,
      samples: runs.length,
    };
  } finally {
    db.close();
  }
}

export async function benchAnnual(rounds = 3): Promise<Figure[]> {
  if (!canMeasureMemory()) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-annual-'));
  const printer = createChromiumPrinter();
  try {
    const one = await annualOf(dir, printer, 112, rounds); // also starts Chromium before the 10× run
    const ten = await annualOf(dir, printer, 1120, rounds);
    const growth = ten.ms / one.ms / (ten.pages / one.pages);
    return [
      {
        name: `annual report, sample plan: ${one.pages} pages`,
        median: one.ms,
        unit: 'ms',
        goal: null,
        samples: one.samples,
        note: `peak ${one.peakMiB.toFixed(0)} MiB (Node ${one.nodePeakMiB.toFixed(0)} MiB)`,
      },
      {
        key: 'annual10xMs',
        name: `annual report, 10× plan: ${ten.pages} pages`,
        median: ten.ms,
        unit: 'ms',
        goal: null,
        samples: ten.samples,
      },
      {
        key: 'annual10xPeakMiB',
        name: 'annual report, 10× plan: peak memory (Node + Chromium, PSS)',
        median: ten.peakMiB,
        unit: 'MiB',
        goal: atMost(1024),
        samples: ten.samples,
        note: `of which this Node process ${ten.nodePeakMiB.toFixed(0)} MiB, Chromium the rest (measured and printed in parts, joined)`,
      },
      {
        key: 'annualTimeGrowthPerPage',
        name: 'annual report: time growth ÷ page growth (10× vs sample)',
        median: growth,
        unit: '×',
        goal: atMost(1),
        samples: ten.samples,
        note: `${one.pages} → ${ten.pages} pages, ${one.ms.toFixed(0)} → ${ten.ms.toFixed(0)} ms`,
      },
    ];
  } finally {
    await printer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
