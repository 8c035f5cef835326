// Chasing the divisions at the API, on a real SQLite file: each division's month (core/rules.ts
// divisionsDue / lateDivisions over listMonth), every late division's form into one folder
// (exportDivisionForm outDir) and the director's one-page overview (exportReport 'overview').
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { divisionFormFileName } from '../../core/fileName';
import { divisionsDue, lateDivisions } from '../../core/rules';
import { openDatabase } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { visibleText } from '../helpers/html';
import { fakePrinter } from '../helpers/fakePrinter';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

const MARCH = '2023-03';

async function setup() {
  const dir = tmpDir();
  const dbPath = path.join(dir, 'ita.sqlite');
  const printer = fakePrinter();
  const api = createApi(openDatabase(dbPath), { dbPath, actor: 'ผู้ทดสอบ', appRoot: REPO_ROOT, pdf: () => printer });
  const planId = (await api.importSamplePlan({})).plan!.id;
  const divisions = await api.listDivisions({});
  const yotha = divisions.find((d) => d.name === 'ฝ่ายโยธา')!;
  // March: everything reported but ฝ่ายโยธา's own activities; one of those saved, one a copied draft.
  const rows = await api.listMonth({ planId, month: MARCH });
  const own = rows.filter((r) => !r.allDivisions && r.divisionIds.includes(yotha.id));
  for (const r of rows) {
    if (!own.includes(r)) await api.saveFollowUp({ activityId: r.activityId, month: MARCH, status: 'done' });
  }
  await api.saveFollowUp({ activityId: own[0]!.activityId, month: MARCH, status: 'inProgress' });
  await api.saveFollowUp({ activityId: own[1]!.activityId, month: '2023-02', status: 'inProgress', result: 'ต่อ' });
  await api.copyMonth({ planId, from: '2023-02', to: MARCH });
  return { api, dir, printer, planId, divisions, yotha, own };
}

describe('chasing the divisions (API)', () => {
  it('says per division what is due this month and not reported; a copied draft is not reported', async () => {
    const { api, planId, divisions, yotha, own } = await setup();
    const rows = await api.listMonth({ planId, month: MARCH });
    expect(rows.find((r) => r.activityId === own[1]!.activityId)?.followUp?.draft).toBe(true);
    const all = divisionsDue(rows, divisions);
    const y = all.find((d) => d.divisionId === yotha.id)!;
    expect(y.due).toBe(rows.filter((r) => r.allDivisions || r.divisionIds.includes(yotha.id)).length);
    expect(y.missing.map((r) => r.activityId)).toEqual(own.slice(1).map((r) => r.activityId));
    // Late: ฝ่ายโยธา and whoever shares one of its unreported activities; nobody else.
    const late = lateDivisions(rows, divisions);
    const sharing = new Set(own.slice(1).flatMap((r) => r.divisionIds));
    expect(late.map((d) => d.divisionId).sort()).toEqual([...sharing].sort());
    expect(all.filter((d) => !sharing.has(d.divisionId)).every((d) => d.missing.length === 0)).toBe(true);
  });

  it('writes each late division’s form into a folder under its usual name; refuses both or neither target', async () => {
    const { api, dir, planId, divisions } = await setup();
    const late = lateDivisions(await api.listMonth({ planId, month: MARCH }), divisions);
    const outDir = path.join(dir, 'แบบฟอร์ม');
    fs.mkdirSync(outDir);
    for (const d of late) {
      const r = await api.exportDivisionForm({ planId, month: MARCH, divisionId: d.divisionId, outDir });
      expect(r.path).toBe(path.join(outDir, divisionFormFileName(d.name, MARCH)));
      expect(fs.statSync(r.path).size).toBe(r.bytes);
    }
    expect(fs.readdirSync(outDir)).toHaveLength(late.length);
    expect(divisionFormFileName('ฝ่ายโยธา', MARCH)).toBe('แบบฟอร์มรายงาน ฝ่ายโยธา มีนาคม ๒๕๖๖.xlsx');
    const d = late[0]!.divisionId;
    await expect(
      api.exportDivisionForm({ planId, month: MARCH, divisionId: d, outDir, outPath: path.join(dir, 'a.xlsx') }),
    ).rejects.toMatchObject({ code: 'invalidInput' });
    await expect(api.exportDivisionForm({ planId, month: MARCH, divisionId: d })).rejects.toMatchObject({
      code: 'invalidInput',
    });
    await expect(
      api.exportDivisionForm({ planId, month: MARCH, divisionId: d, outDir: 'relative/folder' }),
    ).rejects.toMatchObject({ code: 'invalidInput' });
  });

  it('prints the overview as one portrait page naming the late divisions and their items', async () => {
    const { api, dir, printer, planId, yotha, own } = await setup();
    const outPath = path.join(dir, 'สรุป.pdf');
    const r = await api.exportReport({ planId, report: 'overview', format: 'pdf', month: MARCH, outPath });
    const html = printer.printed[0]!;
    expect(html.match(/<div class="sheet">/g)).toHaveLength(1);
    expect(r.pages).toBe(1);
    expect(html).toContain('size: A4 portrait');
    const text = visibleText(html);
    expect(text).toContain('สรุปผลการติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ณ สิ้นเดือนมีนาคม พ.ศ. ๒๕๖๖');
    expect(text).toContain(yotha.name);
    expect(text).toContain(own[1]!.itemCode);
    // The Excel twin says the same.
    const xlsx = path.join(dir, 'สรุป.xlsx');
    await api.exportReport({ planId, report: 'overview', format: 'xlsx', month: MARCH, outPath: xlsx });
    expect(fs.statSync(xlsx).size).toBeGreaterThan(1000);
  });
});
