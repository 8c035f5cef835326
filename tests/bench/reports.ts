// PDF export through the real API, file written, as the app does it (goals: plan ≤ 200 ms, monthly
// sheet ≤ 300 ms, warm: the printer already running). Compared warm-vs-warm with LibreOffice
// converting the same plan's xlsx (a long-lived soffice), alternating A B A B. The first export of
// a fresh printer (the Chromium start) is reported too, and the first export as the app meets it
// (prepared.ts: warm-up, idle preparation, export; and after an edit).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { createChromiumPrinter } from '../../electron/reports/pdf/chromiumPrinter';
import { forgetMeasurements } from '../../electron/reports/pdf/render';
import { REPO_ROOT } from '../helpers/paths';
import { startWarmOffice } from './libreoffice';
import { fillMonths, SAMPLE_MONTHS, samplePlan, unsynced } from './plans';
import { benchFirstExports } from './prepared';
import { canMeasureCpu, timedWithCpu } from './cpu';
import { alternate, atLeast, atMost, median, time, type Figure } from './stats';

export async function benchReports(rounds = 10): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-reports-'));
  const dbPath = path.join(dir, 'reports.sqlite');
  const db = openDatabase(dbPath);
  const printer = createChromiumPrinter();
  try {
    const api = createApi(db, { dbPath, actor: 'bench', appRoot: REPO_ROOT, pdf: () => printer });
    const planId = await unsynced(db, async () => {
      const id = await samplePlan(api);
      await fillMonths(api, id, SAMPLE_MONTHS);
      return id;
    });
    const planPdf = () =>
      api.exportReport({ planId, report: 'plan', format: 'pdf', outPath: path.join(dir, 'plan.pdf') });
    const t = performance.now();
    await planPdf();
    const first = performance.now() - t;
    const plan = await time(rounds, planPdf);
    // The printer keeps what it measured: an edited plan measures its changed slices again.
    const planAfresh = await time(rounds, () => {
      forgetMeasurements(printer);
      return planPdf();
    });
    const month = await time(rounds, () =>
      api.exportReport({
        planId,
        report: 'month',
        month: '2023-03',
        format: 'pdf',
        outPath: path.join(dir, 'month.pdf'),
      }),
    );
    const figures: Figure[] = [
      {
        key: 'firstPlanPdfMs',
        name: 'PDF: first plan export of a new printer (Chromium starting)',
        median: first,
        unit: 'ms',
        goal: null,
        samples: 1,
      },
      {
        key: 'planPdfWarmMs',
        name: 'PDF: sample plan (warm)',
        median: median(plan),
        unit: 'ms',
        goal: atMost(200),
        samples: plan.length,
      },
      {
        name: 'PDF: sample plan (warm, measured afresh: every slice laid out again)',
        median: median(planAfresh),
        unit: 'ms',
        goal: null,
        samples: planAfresh.length,
        note: 'information: the printer forgets what it measured; an edit changes only its own slices (below)',
      },
      {
        key: 'monthPdfWarmMs',
        name: 'PDF: monthly sheet, March with reports (warm)',
        median: median(month),
        unit: 'ms',
        goal: atMost(300),
        samples: month.length,
      },
    ];

    figures.push(...(await benchFirstExports(db, dbPath, dir, planId, { api, printer })));

    const xlsx = path.join(dir, 'plan.xlsx');
    await api.exportReport({ planId, report: 'plan', format: 'xlsx', outPath: xlsx });
    const office = await startWarmOffice(dir);
    if (!office) {
      figures.push({
        name: 'LibreOffice (soffice + python3-uno) not available: no warm comparison',
        median: 0,
        unit: 'ms',
        goal: null,
        samples: 0,
      });
      return figures;
    }
    try {
      const loPdf = path.join(dir, 'lo-plan.pdf');
      const cpu: number[] = [];
      const ab = await alternate(Math.max(7, Math.ceil(rounds / 2)), timedWithCpu(planPdf, cpu), () =>
        office.convert(xlsx, loPdf),
      );
      cpu.shift(); // the warm-up round
      const ours = median(ab.a);
      const lo = median(ab.b);
      if (canMeasureCpu())
        figures.push({
          key: 'planPdfWarmCpuMs',
          name: 'PDF: sample plan (warm): CPU time of Node + Chromium',
          median: median(cpu),
          unit: 'ms',
          goal: null,
          samples: cpu.length,
          note: "CPU time grows little with the machine's load; wall time (the goal) grows with it",
        });
      figures.push(
        {
          key: 'libreOfficeWarmMs',
          name: "LibreOffice warm: the plan's xlsx → PDF",
          median: lo,
          unit: 'ms',
          goal: null,
          samples: ab.b.length,
        },
        {
          key: 'libreOfficeWarmRatio',
          name: 'warm vs warm: LibreOffice time / our plan PDF time',
          median: lo / ours,
          unit: '×',
          goal: atLeast(1),
          samples: ab.a.length,
          note: `alternating A B: ours ${ours.toFixed(0)} ms, LibreOffice ${lo.toFixed(0)} ms (its own load+export+close time)`,
        },
      );
    } finally {
      await office.close();
    }
    return figures;
  } finally {
    await printer.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
