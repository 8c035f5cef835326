// The first export as users meet it, through the app's own sequence (electron/main/index.ts): the
// start-up warm-up (warmUpPrinter), then the idle preparation the app runs once the plan is open
// (prepareReports, the very function the app's prepareWhenIdle calls), then the user's first export.
// After an edit: the idle re-measure (prepareReports again), then the export. Each compared, A B A B
// in one process, with the same step without the idle work (the user exporting before it ran).
// The preparation itself is timed apart: what the idle work costs, in the main process (Node) and in
// the report window's renderer (Chromium), which is not the main window's.
import path from 'node:path';
import type { Api } from '../../core/contract';
import type { Db } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { createChromiumPrinter } from '../../electron/reports/pdf/chromiumPrinter';
import type { PdfPrinter } from '../../electron/reports/pdf/printer';
import { warmUpPrinter } from '../../electron/reports/pdf/warmUp';
import { prepareReports } from '../../electron/reports/prepare';
import { REPO_ROOT } from '../helpers/paths';
import { canMeasureCpu, timedWithCpu, treeCpuMs } from './cpu';
import { alternate, atMost, median, type Figure } from './stats';

/** The follow-up screen's month in the bench (the month sheet's figure is of the same month). */
const MONTH = '2023-03';

interface Cost {
  ms: number[];
  nodeMs: number[];
  chromiumMs: number[];
}
const newCost = (): Cost => ({ ms: [], nodeMs: [], chromiumMs: [] });

/** prepareReports, its wall time and its CPU split into this process's and its children's (Chromium). */
async function prepared(api: Api, printer: PdfPrinter, planId: number, cost: Cost): Promise<void> {
  const tree = treeCpuMs();
  const own = process.cpuUsage();
  const t = performance.now();
  await prepareReports(api, printer, planId, MONTH);
  cost.ms.push(performance.now() - t);
  const u = process.cpuUsage(own);
  const nodeMs = (u.user + u.system) / 1000;
  cost.nodeMs.push(nodeMs);
  cost.chromiumMs.push(Math.max(0, treeCpuMs() - tree - nodeMs));
}

function costFigures(name: string, cost: Cost): Figure[] {
  const figures: Figure[] = [
    { name: `${name}: wall time`, median: median(cost.ms), unit: 'ms', goal: null, samples: cost.ms.length },
  ];
  if (canMeasureCpu())
    figures.push({
      name: `${name}: CPU, main process (Node) / report window (Chromium)`,
      median: median(cost.nodeMs),
      unit: 'ms',
      goal: null,
      samples: cost.nodeMs.length,
      note: `Node ${median(cost.nodeMs).toFixed(0)} ms (the main process: data, HTML, hashes), Chromium ${median(
        cost.chromiumMs,
      ).toFixed(0)} ms (the hidden report window's renderer; the main window's renderer does none of it)`,
    });
  return figures;
}

export async function benchFirstExports(
  db: Db,
  dbPath: string,
  dir: string,
  planId: number,
  warm: { api: Api; printer: PdfPrinter },
  rounds = 5,
): Promise<Figure[]> {
  const atStart = newCost();
  const afterEdit = newCost();
  /** CPU (Node + Chromium) of each timed export, by figure: load-proof beside the wall time. */
  const exportCpu = { first: [[], []] as number[][], edited: [[], []] as number[][] };
  const timedExport = (cpu: number[], run: () => Promise<unknown>) => timedWithCpu(run, cpu)();
  const planPdf = (api: Api, name: string) =>
    api.exportReport({ planId, report: 'plan', format: 'pdf', outPath: path.join(dir, `${name}.pdf`) });

  // A new app: a printer started and warmed as the app's; with or without the idle preparation.
  const firstExport = (prepare: boolean) => async () => {
    const printer = createChromiumPrinter();
    try {
      await warmUpPrinter(printer);
      const api = createApi(db, { dbPath, actor: 'bench', appRoot: REPO_ROOT, pdf: () => printer });
      if (prepare) await prepared(api, printer, planId, atStart);
      return await timedExport(exportCpu.first[prepare ? 0 : 1]!, () =>
        planPdf(api, prepare ? 'first-prepared' : 'first'),
      );
    } finally {
      await printer.close();
    }
  };
  const first = await alternate(rounds, firstExport(true), firstExport(false));
  for (const xs of [...Object.values(atStart), ...exportCpu.first]) xs.shift(); // alternate's warm-up round

  // An edit of one activity's text (a new text each time: its slices of both reports change).
  const plan = await warm.api.getPlan({ planId });
  const activity = plan.indicators[0]!.items[0]!.activities[0]!;
  let edits = 0;
  const edit = () =>
    warm.api.updateActivity({ activityId: activity.id, text: `${activity.text} (แก้ไขครั้งที่ ${++edits})` });
  const exportAfterEdit = (prepare: boolean) => async () => {
    await edit();
    if (prepare) await prepared(warm.api, warm.printer, planId, afterEdit);
    return timedExport(exportCpu.edited[prepare ? 0 : 1]!, () => planPdf(warm.api, 'after-edit'));
  };
  const edited = await alternate(rounds, exportAfterEdit(true), exportAfterEdit(false));
  for (const xs of [...Object.values(afterEdit), ...exportCpu.edited]) xs.shift();
  const cpuNote = ([a, b]: number[][]) =>
    canMeasureCpu()
      ? `; CPU of the export (Node + Chromium) ${median(a!).toFixed(0)} ms vs ${median(b!).toFixed(0)} ms`
      : '';

  return [
    {
      key: 'firstPlanPdfAfterWarmUpMs',
      name: 'PDF: first plan export after start (warm-up, idle preparation: as the app)',
      median: median(first.a),
      unit: 'ms',
      goal: atMost(200),
      samples: first.a.length,
      note: `a new printer each round: warmUpPrinter, prepareReports (plan + month sheet), then the export${cpuNote(
        exportCpu.first,
      )} without the preparation`,
    },
    {
      name: 'PDF: first plan export after the warm-up, before the idle preparation ran',
      median: median(first.b),
      unit: 'ms',
      goal: null,
      samples: first.b.length,
      note: 'alternating with the one above: the user exporting within a second of the warm-up',
    },
    ...costFigures('idle preparation at start (plan + month sheet, nothing measured yet)', atStart),
    {
      key: 'planPdfAfterEditPreparedMs',
      name: 'PDF: sample plan right after an edit, once the idle re-measure ran',
      median: median(edited.a),
      unit: 'ms',
      goal: atMost(200),
      samples: edited.a.length,
      note: `an activity's text changed, prepareReports (as the app once the page is quiet), then the export${cpuNote(
        exportCpu.edited,
      )} without it`,
    },
    {
      name: 'PDF: sample plan immediately after an edit (before any idle work)',
      median: median(edited.b),
      unit: 'ms',
      goal: null,
      samples: edited.b.length,
      note: 'alternating with the one above: the edited slices are measured by the export itself',
    },
    ...costFigures('idle re-measure after an edit', afterEdit),
  ];
}
