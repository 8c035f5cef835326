// A report's PDF and its Excel file say the same thing, cell by cell, for every report: the cells
// of the report's HTML (what Chromium prints) against the cells LibreOffice shows of the xlsx
// (number formats applied), table by table, row by row. Both are laid out from one row model
// (electron/reports/rows.ts); this test reads both outputs back without trusting it.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../core/contract';
import { loadReportData, type ExportRequest } from '../../electron/reports/export';
import { reportHtml } from '../../electron/reports/html';
import { buildXlsxFile } from '../../electron/reports/xlsxExport';
import { makeApi } from '../helpers/api';
import { tmpDir } from '../helpers/tmp';
import { seedWithReports, sheetsAsShown } from './xlsxHelpers';

type Grid = string[][];

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** A cell's text as compared: lines trimmed, spaces squeezed, bullets ("- ") and blank lines dropped. */
const norm = (s: string) =>
  s
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim().replace(/^- /, ''))
    .filter((l) => l !== '')
    .join('\n');

/** A row without its trailing empty cells. */
const trim = (row: string[]) => {
  const r = row.map(norm);
  while (r.length && r[r.length - 1] === '') r.pop();
  return r;
};

/** The tables of the report's HTML: id → rows of cell texts (a group's lead cells in its first row). */
function htmlTables(html: string): Map<string, { heads: string[]; rows: Grid }> {
  const out = new Map<string, { heads: string[]; rows: Grid }>();
  const cellText = (inner: string) =>
    decode(
      inner
        .replace(/<\/(div|li)>/g, '\n')
        .replace(/<br>/g, '\n')
        .replace(/<[^>]+>/g, ''),
    );
  for (const t of html.matchAll(/<table class="grid[^"]*" data-t="([^"]+)">([\s\S]*?)<\/table>/g)) {
    const [, id, body = ''] = t;
    const heads = [...body.matchAll(/<th>([\s\S]*?)<\/th>/g)].map((m) => norm(cellText(m[1]!)));
    const rows: Grid = [];
    for (const tr of body.matchAll(/<tr([^>]*)>([\s\S]*?)<\/tr>/g)) {
      if (!/data-row=|class="empty"/.test(tr[1]!)) continue;
      const cells: string[] = [];
      for (const td of tr[2]!.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)) {
        const col = /data-col="(\d+)"/.exec(td[1]!);
        cells[col ? Number(col[1]) : cells.length] = cellText(td[2]!);
      }
      rows.push(trim(Array.from(cells, (c) => c ?? '')));
    }
    out.set(id!, { heads, rows });
  }
  return out;
}

/** The rows of the xlsx table whose header row is `heads`, down to the first blank row. */
function xlsxTable(sheets: Map<string, Grid>, heads: string[]): Grid {
  for (const rows of sheets.values()) {
    const at = rows.findIndex((r) => heads.every((h, i) => norm(r[i] ?? '') === h));
    if (at < 0) continue;
    const out: Grid = [];
    for (let r = at + 1; r < rows.length && rows[r]!.slice(0, heads.length).some((c) => c.trim() !== ''); r++) {
      out.push(trim(rows[r]!.slice(0, heads.length)));
    }
    return out;
  }
  throw new Error(`no table with header ${heads.join(' | ')}`);
}

let api: Api;
let planId: number;

beforeAll(async () => {
  ({ api } = makeApi());
  ({ planId } = await seedWithReports(api));
  const rows = await api.listMonth({ planId, month: '2023-03' });
  await api.saveFollowUp({
    activityId: rows[2]!.activityId,
    month: '2023-03',
    status: 'blocked',
    qty: 1234.5,
    problems: 'งบประมาณไม่เพียงพอ\nรอการจัดสรร',
    directorRemark: 'ให้ฝ่ายการคลังตรวจสอบ',
  });
  // I1's second activity: two divisions set in the app (the plan's text says ฝ่าย ปกครอง).
  const plan = await api.getPlan({ planId });
  const i1 = plan.indicators[0]!.items.find((i) => i.code === 'I1')!;
  const divisions = await api.listDivisions({});
  const ids = ['ฝ่ายปกครอง', 'ฝ่ายทะเบียน'].map((n) => divisions.find((d) => d.name === n)!.id);
  await api.updateActivity({ activityId: i1.activities[1]!.id, divisionIds: ids, allDivisions: false });
}, 60_000);

const gov = async () => (await api.listDivisions({})).find((d) => d.name === 'ฝ่ายปกครอง')!.id;

const cases: [string, () => Promise<Omit<ExportRequest, 'planId' | 'format'>>][] = [
  ['plan', async () => ({ report: 'plan' })],
  ['month', async () => ({ report: 'month', month: '2023-03' })],
  ['month-division', async () => ({ report: 'month', month: '2023-03', divisionId: await gov() })],
  ['month-reported', async () => ({ report: 'month', month: '2023-03', onlyReported: true })],
  ['half-year', async () => ({ report: 'half-year' })],
  ['annual', async () => ({ report: 'annual' })],
  ['oit-urls', async () => ({ report: 'oit-urls' })],
];

describe('the PDF and the Excel file of each report say the same, cell by cell', () => {
  for (const [name, request] of cases) {
    it(
      name,
      async () => {
        const data = await loadReportData(api, { planId, format: 'pdf', ...(await request()) });
        const tables = htmlTables(reportHtml(data));
        expect(tables.size).toBeGreaterThan(0);
        const dir = tmpDir();
        const file = path.join(dir, `${name}.xlsx`);
        fs.writeFileSync(file, await buildXlsxFile(data));
        const sheets = sheetsAsShown(file, dir);
        let cells = 0;
        for (const [id, t] of tables) {
          const x = xlsxTable(sheets, t.heads);
          expect(x.length, `${name}/${id}: rows`).toBe(t.rows.length);
          t.rows.forEach((row, i) => expect(x[i], `${name}/${id} row ${i + 1}`).toEqual(row));
          cells += t.rows.reduce((n, r) => n + r.length, 0);
        }
        expect(cells).toBeGreaterThan(10);
      },
      60_000,
    );
  }

  it('the divisions set in the app print in both, not the text as imported', async () => {
    const data = await loadReportData(api, { planId, format: 'pdf', report: 'plan' });
    const plan = htmlTables(reportHtml(data)).get('plan')!;
    const i1 = plan.rows.findIndex((r) => r[0]?.startsWith('I1 '));
    expect(plan.rows[i1 + 1]![6]).toBe('ฝ่ายปกครอง\nฝ่ายทะเบียน');
    expect(plan.rows[i1]![6]).toBe('ฝ่ายปกครอง');
    expect(plan.rows.map((r) => r[6] ?? '').join('\n')).not.toContain('ฝ่าย ปกครอง');
    // The plan's "ฝ่ายโยธา/สิ่งแวดล้อม ฯ": both linked, each printed once by its name.
    const o11 = plan.rows.find((r) => r[0]?.startsWith('O11 '))!;
    expect(o11[6]).toBe('ฝ่ายโยธา\nฝ่ายสิ่งแวดล้อมและสุขาภิบาล');
    const month = htmlTables(
      reportHtml(await loadReportData(api, { planId, format: 'pdf', report: 'month', month: '2023-03' })),
    );
    expect(month.get('month')!.rows.some((r) => r[2] === 'ฝ่ายปกครอง\nฝ่ายทะเบียน')).toBe(true);
  });
});
