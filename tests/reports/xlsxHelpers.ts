// Shared by the Excel tests and the benchmark: LibreOffice headless conversions (own profile, so
// parallel runs and a user's open LibreOffice don't collide), a CSV reader, a seed plan with reports.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Api } from '../../core/contract';
import { parseCsv } from '../helpers/csv';

export const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76';

/** Converts files with LibreOffice; returns the output paths (same base names, new extension). */
export function soffice(files: string[], to: string, outDir: string): string[] {
  const profile = path.join(outDir, '.lo-profile');
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, ...files],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const ext = to.split(':')[0]!;
  return files.map((f) => path.join(outDir, path.basename(f).replace(/\.[^.]+$/, `.${ext}`)));
}

export { parseCsv };

export const readCsv = (file: string) => parseCsv(fs.readFileSync(file, 'utf8'));

export const HOSTILE_TEXT = "=cmd|' /C calc'!A0";
export const FORMULA_TEXT = '=1+1';

/** The seed plan with a few March reports: URLs, a file, and text that looks like formulas. */
export async function seedWithReports(api: Api) {
  const r = await api.importSamplePlan({});
  const planId = r.plan!.id;
  const rows = await api.listMonth({ planId, month: '2023-03' });
  const reported = rows.slice(0, 6);
  for (const [i, row] of reported.entries()) {
    await api.saveFollowUp({
      activityId: row.activityId,
      month: '2023-03',
      status: i % 2 ? 'inProgress' : 'done',
      qty: i + 1,
      result: i === 0 ? FORMULA_TEXT : `ดำเนินการแล้ว ครั้งที่ ${i + 1}`,
      problems: i === 0 ? HOSTILE_TEXT : '',
    });
    await api.addEvidenceUrl({
      activityId: row.activityId,
      month: '2023-03',
      url: `https://www.bangkok.go.th/dusit/ita/${row.itemCode}?q=${i}&x=ทดสอบ`,
    });
  }
  const oit = rows.find((x) => x.itemCode.startsWith('O'));
  if (oit) {
    await api.addEvidenceUrl({
      activityId: oit.activityId,
      month: '2023-03',
      url: 'https://www.bangkok.go.th/dusit/oit',
    });
  }
  return { planId, reported, oit };
}

/** Every sheet of a workbook as LibreOffice shows it (cells "as shown": number formats applied). */
export function sheetsAsShown(file: string, outDir: string): Map<string, string[][]> {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  soffice([file], 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', outDir);
  const out = new Map<string, string[][]>();
  for (const f of fs.readdirSync(outDir)) {
    if (f.startsWith(`${base}-`) && f.endsWith('.csv'))
      out.set(f.slice(base.length + 1, -4), readCsv(path.join(outDir, f)));
  }
  return out;
}
