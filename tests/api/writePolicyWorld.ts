// The world the write-policy test drives every contract method in (writePolicy.test.ts): a real
// SQLite copy of the sample plan with a reported activity, its evidence, and the files some methods take.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Activity, PlanDetail } from '../../core/types';
import type { DesktopHooks } from '../../electron/api/createApi';
import { loadPlanReport } from '../../electron/reports/data';
import { buildXlsx } from '../../electron/reports/xlsx';
import { makeApi, peek, type TestApi } from '../helpers/api';
import { tmpDir } from '../helpers/tmp';

export const MONTH = '2023-03';
export const PREVIOUS = '2023-02';

export interface World extends TestApi {
  plan: PlanDetail;
  /** An item with at least two activities and no reports; its first activity. */
  itemId: number;
  activity: Activity;
  /** An activity due in February and March, reported in February with a link and a file. */
  reported: number;
  evidenceId: number;
  out: string;
}

const desktop = (dir: string): DesktopHooks => ({
  openPath: async () => undefined,
  openExternal: async () => undefined,
  chooseSavePath: async (name) => path.join(dir, name),
  showItemInFolder: async () => undefined,
  printHtml: async () => true,
  chooseOpenPath: async () => path.join(dir, 'chosen.sqlite'),
  chooseBackupSavePath: async (name) => path.join(dir, name),
  chooseEvidencePaths: async () => null,
  chooseFolder: async () => dir,
});

/** A copy of the template in a fresh folder, with what the cases need found in it. */
export async function world(template: string): Promise<World> {
  const dir = tmpDir();
  const dbPath = path.join(dir, 'ita.sqlite');
  fs.copyFileSync(template, dbPath);
  const t = makeApi(dbPath, 'ผู้ทดสอบ', desktop(dir));
  const plan = (await t.api.getPlan({ planId: (await t.api.listPlans({}))[0]!.id }))!;
  const items = plan.indicators.flatMap((i) => i.items);
  const rows = await t.api.listMonth({ planId: plan.id, month: MONTH });
  const reportedRow = (await t.api.listMonth({ planId: plan.id, month: PREVIOUS })).find((r) => r.followUp)!;
  const item = items.find(
    (i) => i.activities.length >= 2 && i.activities.every((a) => a.id !== reportedRow.activityId),
  )!;
  expect(rows.length).toBeGreaterThan(0);
  return {
    ...t,
    plan,
    itemId: item.id,
    activity: item.activities[0]!,
    reported: reportedRow.activityId,
    evidenceId: reportedRow.followUp!.evidence.find((e) => e.kind === 'file')!.id,
    out: dir,
  };
}

export const auditCount = (dbPath: string) => {
  const db = peek(dbPath);
  try {
    return (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

export async function planXlsxWithOneChange(w: World): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    Buffer.from(await buildXlsx('plan', await loadPlanReport(w.api, w.plan.id))) as unknown as ArrayBuffer,
  );
  const ws = wb.worksheets[0]!;
  for (let r = 1; r <= ws.rowCount; r++) {
    if (ws.getCell(r, 10).value === String(w.activity.id)) ws.getCell(r, 3).value = 'กิจกรรมที่แก้ใน Excel';
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function filledForm(w: World): Promise<{ name: string; data: Uint8Array }[]> {
  const division = (await w.api.listDivisions({})).find((d) => d.name === 'ฝ่ายปกครอง')!;
  const out = path.join(w.out, 'form.xlsx');
  await w.api.exportDivisionForm({ planId: w.plan.id, month: MONTH, divisionId: division.id, outPath: out });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  wb.getWorksheet('แบบรายงาน')!.getCell(7, 4).value = 'ดำเนินการแล้ว';
  return [{ name: 'ฝ่ายปกครอง.xlsx', data: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer) }];
}

/**
 * The sample plan with one activity due in February and March, reported in February with a link and
 * a file: made once per test file (its own temp folder, removed by the caller), copied for each case.
 */
export async function makeTemplate(): Promise<string> {
  const template = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ita-policy-')), 'template.sqlite');
  const t = makeApi(template);
  const planId = (await t.api.importSamplePlan({})).plan!.id;
  const feb = await t.api.listMonth({ planId, month: PREVIOUS });
  const both = (await t.api.listMonth({ planId, month: MONTH })).map((r) => r.activityId);
  const a = feb.find((r) => both.includes(r.activityId))!;
  await t.api.saveFollowUp({ activityId: a.activityId, month: PREVIOUS, status: 'inProgress', result: 'เริ่มแล้ว' });
  await t.api.addEvidenceUrl({ activityId: a.activityId, month: PREVIOUS, url: 'https://www.bangkok.go.th/dusit' });
  await t.api.addEvidenceFile({
    activityId: a.activityId,
    month: PREVIOUS,
    fileName: 'รายงาน.pdf',
    data: new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n')),
  });
  t.db.close();
  return template;
}
