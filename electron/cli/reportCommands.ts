// Commands for reports and Excel round trips: export, division forms, importing filled forms and edited plans.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { formatMonthShort } from '../../core/thai';
import type { Api } from '../../core/contract';
import {
  exportProgressText,
  STATUS_NAMES,
  FILE_MESSAGES,
  IMPORT_REFUSED,
  CLI_WORDS,
  CLI_REPORT_WORDS as SAY,
  CLI_USAGE,
} from '../../core/terms';
import { REPORT_KINDS } from '../../core/enums';
import { lateDivisions } from '../../core/rules';
import { need, planOf, print, str, UsageError, type Command } from './shared';
import { flag, s, type CommandSpec } from './spec';

/** A division by name: exact, then ignoring spaces, then the one whose name contains the text. */
async function divisionIdOf(api: Api, name: string): Promise<number> {
  const divisions = await api.listDivisions({});
  const squash = (s: string) => s.replace(/\s+/g, '');
  const exact = divisions.find((d) => d.name === name.trim()) ?? divisions.find((d) => squash(d.name) === squash(name));
  if (exact) return exact.id;
  const partial = divisions.filter((d) => squash(d.name).includes(squash(name)));
  if (partial.length === 1) return partial[0]!.id;
  if (partial.length > 1) {
    throw new AppError('invalidInput', SAY.manyDivisions(name, partial.map((d) => d.name).join(', ')));
  }
  throw new AppError('notFound', SAY.noDivision(name));
}

const exportReport: Command = async (api, { values }, io) => {
  const report = need(values, 'report');
  if (!(REPORT_KINDS as readonly string[]).includes(report)) {
    throw new UsageError(SAY.badReport(REPORT_KINDS.join(', '), report));
  }
  const format = need(values, 'format');
  if (format !== 'pdf' && format !== 'xlsx') throw new UsageError(SAY.badFormat(format));
  const out = path.resolve(need(values, 'out'));
  const plan = await planOf(api, values);
  const division = str(values, 'division');
  // A long PDF is printed in parts: say which one is printing (on stderr, so --json stays clean).
  let said = '';
  const watch = setInterval(() => {
    void api.exportProgress({}).then((p) => {
      const line = p && p.phase === 'print' && p.parts > 1 ? exportProgressText(p, 'arabic') : '';
      if (line && line !== said) io.err((said = line));
    });
  }, 250);
  const r = await api
    .exportReport({
      planId: plan.id,
      report: report as (typeof REPORT_KINDS)[number],
      format,
      month: str(values, 'month'),
      divisionId: division === undefined ? undefined : await divisionIdOf(api, division),
      onlyReported: values['only-reported'] === true ? true : undefined,
      outPath: out,
    })
    .finally(() => clearInterval(watch));
  if (values.json) return print(io, r);
  const size = r.bytes >= 1024 * 1024 ? `${(r.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(r.bytes / 1024)} KB`;
  io.out(`${SAY.saved(r.path)}\n${SAY.size(size, r.pages)}`);
};

function readXlsx(file: string): Uint8Array {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch {
    throw new AppError('notFound', FILE_MESSAGES.unreadable(file));
  }
}

/** --late --out-dir DIR: the month's form of every division still to report (core/rules.ts lateDivisions). */
const lateForms: Command = async (api, { values }, io) => {
  const plan = await planOf(api, values);
  const month = need(values, 'month');
  const outDir = path.resolve(need(values, 'out-dir'));
  if (!fs.existsSync(outDir) || !fs.statSync(outDir).isDirectory())
    throw new AppError('notFound', SAY.noFolder(outDir));
  const late = lateDivisions(await api.listMonth({ planId: plan.id, month }), await api.listDivisions({}));
  const files = [];
  for (const [i, d] of late.entries()) {
    io.err(SAY.makingForm(i + 1, late.length, d.name));
    const r = await api.exportDivisionForm({ planId: plan.id, month, divisionId: d.divisionId, outDir });
    files.push({ division: d.name, missing: d.missing.length, due: d.due, ...r });
  }
  if (values.json) return print(io, { month, outDir, files });
  if (files.length === 0) return io.out(SAY.allReported(formatMonthShort(month)));
  io.out(SAY.formsSaved(files.length, outDir));
  for (const f of files) io.out(`  ${SAY.formFile(path.basename(f.path), f.missing, f.due)}`);
};

const divisionForm: Command = async (api, ctx, io) => {
  const { values } = ctx;
  if (values.late === true) {
    if (values.division !== undefined || values.out !== undefined) {
      throw new UsageError(SAY.lateAlone);
    }
    return lateForms(api, ctx, io);
  }
  const plan = await planOf(api, values);
  const r = await api.exportDivisionForm({
    planId: plan.id,
    month: need(values, 'month'),
    divisionId: await divisionIdOf(api, need(values, 'division')),
    outPath: path.resolve(need(values, 'out')),
  });
  if (values.json) return print(io, r);
  io.out(SAY.saved(r.path));
};

const importForms: Command = async (api, { values, rest }, io) => {
  if (rest.length === 0) throw new UsageError(SAY.needForms);
  const plan = await planOf(api, values);
  const files = rest.map((f) => ({ name: path.basename(f), data: readXlsx(f) }));
  const preview = await api.previewDivisionForms({ planId: plan.id, files });
  if (values['dry-run'] || !preview.ok) {
    if (values.json) print(io, preview);
    else {
      for (const f of preview.files) {
        io.out(SAY.formHead(f.name, f.division, f.month ? formatMonthShort(f.month) : '', f.rows.length));
        for (const r of f.rows)
          io.out(`  ${SAY.formRow(r.row, r.itemCode, STATUS_NAMES[r.status], r.activityText.slice(0, 60))}`);
      }
      for (const w of preview.warnings) io.out(CLI_WORDS.note(w));
    }
    if (!preview.ok) throw new AppError('importFailed', SAY.formsRefused(preview.errors));
    return;
  }
  const r = await api.importDivisionForms({ planId: plan.id, files });
  if (values.json) return print(io, r);
  for (const w of preview.warnings) io.out(CLI_WORDS.note(w));
  if (r.unchanged.length === r.files) {
    io.out(SAY.formsUnchanged);
    return;
  }
  io.out(SAY.formsImported(r.files - r.unchanged.length, r.recorded, r.urlsAdded, r.unchanged));
};

const importPlanXlsx: Command = async (api, { values, rest }, io) => {
  const file = rest[0];
  if (!file) throw new UsageError(SAY.needPlanXlsx);
  const plan = await planOf(api, values);
  const data = readXlsx(file);
  const preview = await api.previewPlanXlsx({ planId: plan.id, data });
  if (values['dry-run'] || !preview.ok) {
    if (values.json) print(io, preview);
    else {
      io.out(SAY.changes(preview.changes.length));
      for (const c of preview.changes) {
        io.out(`  ${c.summary}${c.row ? SAY.atRow(c.row) : ''}`);
        for (const f of c.fields) io.out(`    ${f.label}: "${f.before}" → "${f.after}"`);
      }
      for (const w of preview.warnings) io.out(CLI_WORDS.note(w));
    }
    if (!preview.ok) throw new AppError('importFailed', `${IMPORT_REFUSED}\n${preview.errors.join('\n')}`);
    return;
  }
  const r = await api.applyPlanXlsx({ planId: plan.id, data });
  if (values.json) return print(io, r);
  io.out(SAY.planImported(r.applied, r.plan.itemCount, r.plan.activityCount));
};

const PLAN = { year: s, office: s } as const;
const notDryRun = (v: Record<string, unknown>) => v['dry-run'] !== true;

export const REPORT_SPECS: readonly CommandSpec[] = [
  {
    name: 'export',
    usage: CLI_USAGE.export,
    options: { ...PLAN, report: s, month: s, division: s, 'only-reported': flag, format: s, out: s },
    writes: false,
    run: exportReport,
  },
  {
    name: 'division-form',
    usage: CLI_USAGE['division-form'],
    options: { ...PLAN, month: s, division: s, out: s, late: flag, 'out-dir': s },
    writes: false,
    run: divisionForm,
  },
  {
    name: 'import-forms',
    usage: CLI_USAGE['import-forms'],
    options: { ...PLAN, 'dry-run': flag },
    positionals: [1, 100],
    writes: notDryRun,
    run: importForms,
  },
  {
    name: 'import-plan-xlsx',
    usage: CLI_USAGE['import-plan-xlsx'],
    options: { ...PLAN, 'dry-run': flag },
    positionals: [1, 1],
    writes: notDryRun,
    run: importPlanXlsx,
  },
];
