// Every xlsx end to end through the API, as the app and the CLI export it: the report's data, the
// exceljs build, the file written (goal: ≤ 200 ms each). The sample plan with three reported months.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { REPO_ROOT } from '../helpers/paths';
import { fillMonths, SAMPLE_MONTHS, samplePlan, unsynced } from './plans';
import { atMost, median, time, type Figure } from './stats';

export async function benchXlsx(rounds = 15): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-xlsx-'));
  const dbPath = path.join(dir, 'bench.sqlite');
  const db = openDatabase(dbPath);
  try {
    const api = createApi(db, { dbPath, actor: 'bench', appRoot: REPO_ROOT });
    const planId = await unsynced(db, async () => {
      const id = await samplePlan(api);
      await fillMonths(api, id, SAMPLE_MONTHS);
      return id;
    });
    const gov = (await api.listDivisions({})).find((d) => d.name === 'ฝ่ายปกครอง')!;
    const out = (name: string) => path.join(dir, `${name}.xlsx`);
    const exports: [string, () => Promise<unknown>][] = [
      ['plan', () => api.exportReport({ planId, report: 'plan', format: 'xlsx', outPath: out('plan') })],
      [
        'month',
        () => api.exportReport({ planId, report: 'month', month: '2023-03', format: 'xlsx', outPath: out('month') }),
      ],
      ['half-year', () => api.exportReport({ planId, report: 'half-year', format: 'xlsx', outPath: out('half') })],
      ['annual', () => api.exportReport({ planId, report: 'annual', format: 'xlsx', outPath: out('annual') })],
      ['oit-urls', () => api.exportReport({ planId, report: 'oit-urls', format: 'xlsx', outPath: out('oit') })],
      [
        'division form',
        () => api.exportDivisionForm({ planId, month: '2023-03', divisionId: gov.id, outPath: out('form') }),
      ],
    ];
    const figures: Figure[] = [];
    for (const [name, fn] of exports) {
      const xs = await time(rounds, fn);
      figures.push({
        name: `xlsx: ${name} (data, build, write)`,
        median: median(xs),
        unit: 'ms',
        goal: atMost(200),
        samples: xs.length,
      });
    }
    const worst = figures.reduce((a, b) => (b.median > a.median ? b : a));
    figures.push({ ...worst, key: 'xlsxMaxMs', name: `xlsx: slowest export (${worst.name.slice(6)})` });
    return figures;
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
