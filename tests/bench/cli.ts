// Process against process: the CLI printing the plan's PDF from start to exit, against LibreOffice
// converting the same plan's xlsx as a process (`soffice --convert-to pdf`, its profile already
// made), alternating A B A B on the same database and plan (goal: the CLI faster).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { cliCommand } from '../helpers/cli';
import { REPO_ROOT } from '../helpers/paths';
import { processCpuCounter, runTimed } from './cpu';
import { convertAsProcess, hasLibreOffice } from './libreoffice';
import { fillMonths, SAMPLE_MONTHS, samplePlan, unsynced } from './plans';
import { alternate, atLeast, median, type Figure } from './stats';

export async function benchCli(rounds = 7): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-cli-'));
  const dbPath = path.join(dir, 'cli.sqlite');
  try {
    const db = openDatabase(dbPath);
    const api = createApi(db, { dbPath, actor: 'bench', appRoot: REPO_ROOT });
    const planId = await unsynced(db, async () => {
      const id = await samplePlan(api);
      await fillMonths(api, id, SAMPLE_MONTHS);
      return id;
    });
    const xlsx = path.join(dir, 'plan.xlsx');
    await api.exportReport({ planId, report: 'plan', format: 'xlsx', outPath: xlsx });
    db.close();

    const [cmd, ...pre] = cliCommand();
    const pdf = path.join(dir, 'cli-plan.pdf');
    const cliCpu: number[] = [];
    const loCpu: number[] = [];
    const cli = () => {
      const r = runTimed(
        cmd!,
        [...pre, '--db', dbPath, 'export', '--report', 'plan', '--year', '2566', '--format', 'pdf', '--out', pdf],
        { timeout: 120_000 },
      );
      if (r.status !== 0) throw new Error(`CLI failed: ${r.stderr}`);
      if (r.cpuMs !== null) cliCpu.push(r.cpuMs);
      return r.ms;
    };
    const figures: Figure[] = [];
    if (!hasLibreOffice()) {
      const xs: number[] = [];
      for (let i = 0; i < rounds; i++) xs.push(cli());
      return [
        {
          key: 'cliPlanPdfMs',
          name: 'CLI process: plan → PDF',
          median: median(xs),
          unit: 'ms',
          goal: null,
          samples: xs.length,
        },
      ];
    }
    const profile = path.join(dir, 'lo-profile');
    const ab = await alternate(rounds, cli, () => convertAsProcess(xlsx, dir, profile, loCpu));
    // The warm-up round's CPU is not a sample.
    cliCpu.shift();
    loCpu.shift();
    const ours = median(ab.a);
    const lo = median(ab.b);
    figures.push(
      {
        key: 'cliPlanPdfMs',
        name: 'CLI process: plan → PDF, start to exit',
        median: ours,
        unit: 'ms',
        goal: null,
        samples: ab.a.length,
      },
      {
        key: 'libreOfficeProcessMs',
        name: "LibreOffice process: the plan's xlsx → PDF, start to exit",
        median: lo,
        unit: 'ms',
        goal: null,
        samples: ab.b.length,
      },
      {
        key: 'libreOfficeProcessRatio',
        name: 'process vs process: LibreOffice time / CLI time',
        median: lo / ours,
        unit: '×',
        goal: atLeast(1),
        samples: ab.a.length,
        note: `alternating A B; CLI = ${cliCommand()
          .map((a) => path.relative(REPO_ROOT, a) || a)
          .join(' ')}`,
      },
    );
    if (cliCpu.length && loCpu.length) {
      figures.push(
        {
          key: 'cliPlanPdfCpuMs',
          name: 'CLI process: CPU time (Node + Chromium, user + system)',
          median: median(cliCpu),
          unit: 'ms',
          goal: null,
          samples: cliCpu.length,
          note: `${processCpuCounter}: every process it started${
            processCpuCounter === 'GNU time' ? ' that was waited for (not the renderers Chromium leaves)' : ''
          }`,
        },
        {
          key: 'libreOfficeProcessCpuMs',
          name: 'LibreOffice process: CPU time (user + system)',
          median: median(loCpu),
          unit: 'ms',
          goal: null,
          samples: loCpu.length,
          note: "CPU time grows little with the machine's load; wall time (the goal) grows with it",
        },
      );
    }
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
