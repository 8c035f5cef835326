// PDF export speed (issue: reports): the seed plan PDF ≤ 1.0 s and the monthly sheet ≤ 0.5 s, warm
// (Chromium already running). Measured through the real API, file written, as the app does it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { createChromiumPrinter } from '../../electron/reports/pdf/chromiumPrinter';
import { REPO_ROOT } from '../helpers/paths';
import { median, time, type BenchResult } from './stats';

export async function benchReports(rounds = 10): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-reports-'));
  const dbPath = path.join(dir, 'reports.sqlite');
  const db = openDatabase(dbPath);
  const printer = createChromiumPrinter();
  try {
    const api = createApi(db, { dbPath, actor: 'bench', appRoot: REPO_ROOT, pdf: () => printer });
    const planId = (await api.importSamplePlan({})).plan!.id;
    const month = '2023-03';
    const rows = await api.listMonth({ planId, month });
    for (const [i, r] of rows.entries()) {
      await api.saveFollowUp({
        activityId: r.activityId,
        month,
        status: (['done', 'inProgress', 'blocked', 'notStarted'] as const)[i % 4]!,
        qty: i % 3,
        result: 'ดำเนินการตามแผน ประชุมชี้แจงเจ้าหน้าที่ทุกฝ่าย และเผยแพร่บนเว็บไซต์ของสำนักงานเขต',
      });
      if (i % 5 === 0) {
        await api.addEvidenceUrl({ activityId: r.activityId, month, url: `https://www.bangkok.go.th/dusit/ita/${i}` });
      }
    }
    const planPdf = await time(rounds, () =>
      api.exportReport({ planId, report: 'plan', format: 'pdf', outPath: path.join(dir, 'plan.pdf') }),
    );
    const monthPdf = await time(rounds, () =>
      api.exportReport({ planId, report: 'month', month, format: 'pdf', outPath: path.join(dir, 'month.pdf') }),
    );
    return [
      { name: 'seed plan → PDF (warm)', median: median(planPdf), target: 1000, unit: 'ms' },
      { name: 'monthly sheet → PDF (warm)', median: median(monthPdf), target: 500, unit: 'ms' },
    ];
  } finally {
    await printer.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
