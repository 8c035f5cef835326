// Issue (reports, Excel half): every xlsx builds in ≤ 0.3 s (median), printed with the ratio
// against LibreOffice converting the same plan's xlsx to PDF in the same run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { loadMonthReport, loadOitUrlsReport, loadPlanReport, loadResultsReport } from '../../electron/reports/data';
import { buildDivisionFormXlsx, buildXlsx } from '../../electron/reports/xlsx';
import { REPO_ROOT } from '../helpers/paths';
import { seedWithReports } from '../reports/xlsxHelpers';
import { median, time, type BenchResult } from './stats';

/** The xlsx medians, and LibreOffice's time to convert the plan's xlsx to PDF (the peer the reports are compared to). */
export async function benchXlsx(rounds = 15): Promise<{ results: BenchResult[]; libreOfficeMs: number | null }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-xlsx-'));
  const dbPath = path.join(dir, 'bench.sqlite');
  const db = openDatabase(dbPath);
  try {
    const api = createApi(db, { dbPath, actor: 'bench', appRoot: REPO_ROOT });
    const { planId } = await seedWithReports(api);
    const gov = (await api.listDivisions({})).find((d) => d.name === 'ฝ่ายปกครอง')!;
    const plan = await loadPlanReport(api, planId);
    const month = await loadMonthReport(api, planId, '2023-03');
    const form = await loadMonthReport(api, planId, '2023-03', gov.id);
    const half = await loadResultsReport(api, planId, 'half-year');
    const annual = await loadResultsReport(api, planId, 'annual');
    const oit = await loadOitUrlsReport(api, planId);
    const builds: [string, () => Promise<Uint8Array>][] = [
      ['plan', () => buildXlsx('plan', plan)],
      ['month', () => buildXlsx('month', month)],
      ['half-year', () => buildXlsx('half-year', half)],
      ['annual', () => buildXlsx('annual', annual)],
      ['oit-urls', () => buildXlsx('oit-urls', oit)],
      ['division form', () => buildDivisionFormXlsx(form)],
    ];
    const results: BenchResult[] = [];
    let planMs = 0;
    for (const [name, fn] of builds) {
      const ms = median(await time(rounds, fn));
      if (name === 'plan') planMs = ms;
      results.push({ name: `xlsx: ${name}`, median: ms, target: 300, unit: 'ms' });
    }
    // LibreOffice converting the same plan's xlsx to PDF (own profile; first run warms it up).
    const file = path.join(dir, 'plan.xlsx');
    fs.writeFileSync(file, await buildXlsx('plan', plan));
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    const convert = () =>
      execFileSync(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
        {
          stdio: 'ignore',
          timeout: 120_000,
        },
      );
    let libreOfficeMs: number | null = null;
    try {
      const lo = median(await time(3, convert));
      libreOfficeMs = lo;
      console.log(
        `xlsx: plan built in ${planMs.toFixed(1)} ms; LibreOffice converting that plan.xlsx to PDF ${lo.toFixed(0)} ms ` +
          `(ratio LibreOffice / xlsx = ${(lo / planMs).toFixed(1)}×)`,
      );
    } catch {
      console.log('xlsx: LibreOffice (soffice) not available — ratio not measured');
    }
    return { results, libreOfficeMs };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
