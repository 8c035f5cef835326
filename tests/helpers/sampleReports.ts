// The setup of the report tests that print: the sample plan with some of a month's follow-ups
// saved (by the test's own `each`), a real Chromium printer and a temp folder for the PDFs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Api } from '../../core/contract';
import { createChromiumPrinter } from '../../electron/reports/pdf/chromiumPrinter';
import type { PdfPrinter } from '../../electron/reports/pdf/printer';
import { makeApi } from './api';

export interface SampleReports {
  api: Api;
  planId: number;
  printer: PdfPrinter;
  dir: string;
  close(): Promise<void>;
}

/**
 * An `each` for sampleReports: row i of `month` reported done or in progress by turns, with
 * results[i mod n] as its result and `problems` on every fourth row.
 */
export function reportEach(month: string, results: readonly string[], problems: string) {
  return (api: Api, activityId: number, i: number) =>
    api.saveFollowUp({
      activityId,
      month,
      status: i % 2 ? 'inProgress' : 'done',
      qty: i % 3,
      result: results[i % results.length]!,
      problems: i % 4 === 0 ? problems : '',
    });
}

/** `each` runs for the month's first `rows` activities (all by default), in order. */
export async function sampleReports(
  month: string,
  each: (api: Api, activityId: number, i: number) => Promise<unknown>,
  o: { rows?: number; dirPrefix: string },
): Promise<SampleReports> {
  const { api } = makeApi();
  const planId = (await api.importSamplePlan({})).plan!.id;
  const rows = await api.listMonth({ planId, month });
  for (const [i, r] of rows.slice(0, o.rows).entries()) await each(api, r.activityId, i);
  const printer = createChromiumPrinter();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), o.dirPrefix));
  return {
    api,
    planId,
    printer,
    dir,
    async close() {
      await printer.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
