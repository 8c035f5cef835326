// CLI commands for importing a plan from what offices have (import-plan: .txt, .tsv, .html, .docx,
// .xlsx) and for criteria sets (list, save a plan's structure as one, load one from a file, a new
// plan from one). All through the API, as the app does.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import type { ImportResult } from '../../core/types';
import { int, need, planOf, print, str, UsageError, type CliIo, type Command, type Values } from './shared';
import { flag, s, type CommandSpec } from './spec';
import {
  FIELD_NAMES,
  FILE_MESSAGES,
  CLI_WORDS,
  CLI_IMPORT_WORDS as SAY,
  CLI_USAGE,
  NOT_FOUND,
  officeYear,
  problemText,
} from '../../core/terms';

const PLAN = { year: s, office: s } as const;

function readFileArg(file: string | undefined): Buffer {
  if (!file) throw new UsageError(CLI_WORDS.needImportFile);
  try {
    return fs.readFileSync(file);
  } catch {
    throw new AppError('notFound', FILE_MESSAGES.unreadable(file));
  }
}

const yearOf = (values: Values) => {
  const year = str(values, 'year');
  return year === undefined ? undefined : int(year, FIELD_NAMES.fiscalYear);
};

/** The import's result as the preview in the app shows it: what was read, as what, and what it found. */
export function printImport(io: CliIo, r: ImportResult): void {
  const p = r.preview;
  const source = SAY.sources[p.source] ?? p.source;
  io.out(SAY.head(r.dryRun, officeYear(r.office, r.fiscalYear), r.itemCount, r.activityCount, source));
  io.out(SAY.columns(p.columns.map((c) => `"${c.header}" → ${c.label}`).join('; ')));
  for (const tool of p.tools) {
    io.out(`${tool.code} ${tool.name}`);
    for (const ind of tool.indicators) {
      io.out(
        `  ${SAY.indicator(
          ind.number,
          ind.name,
          ind.items.map((i) => i.code),
        )}`,
      );
      for (const sub of ind.subIndicators) io.out(`    ${SAY.subIndicator(sub.label, sub.name)}`);
    }
  }
  const joined = p.joins.filter((j) => j.applied).length;
  if (p.joins.length > 0) io.out(SAY.joins(joined, p.joins.length));
  for (const problem of r.problems)
    io.out(`  ${SAY.problem(problem.severity === 'error', problemText(p.source, problem))}`);
  if (r.unknownDivisions.length) io.out(`  ${SAY.unknownDivisions(r.unknownDivisions.join(', '))}`);
  if (p.coverage) {
    const c = p.coverage;
    io.out(SAY.coverage(c.name, c.covered, c.total));
    if (c.missing.length) io.out(`  ${SAY.missing(c.missing.map((m) => m.code).join(', '))}`);
  }
}

const importPlan: Command = async (api, { values, rest }, io) => {
  const file = rest[0];
  const data = readFileArg(file);
  const keep = str(values, 'keep-spaces');
  const r = await api.importPlan({
    file: { name: path.basename(file!), data: new Uint8Array(data) },
    fiscalYear: yearOf(values),
    office: str(values, 'office'),
    dryRun: values['dry-run'] === true,
    keepSpaces: keep === undefined ? undefined : keep === 'all' ? 'all' : keep.split(',').map((k) => k.trim()),
    criteriaSet: str(values, 'criteria'),
  });
  if (values.json) return print(io, r);
  printImport(io, r);
};

const listCriteria: Command = async (api, { values }, io) => {
  const sets = await api.listCriteriaSets({});
  if (values.json) return print(io, sets);
  for (const set of sets) {
    const items = set.tools.reduce((n, t) => n + t.indicators.reduce((m, i) => m + i.items.length, 0), 0);
    const indicators = set.tools.reduce((n, t) => n + t.indicators.length, 0);
    io.out(SAY.criteriaSet(set.id, set.name, set.tools.map((t) => t.code).join(', '), indicators, items, set.builtIn));
  }
};

const saveCriteria: Command = async (api, { values }, io) => {
  const plan = await planOf(api, values);
  const set = await api.saveCriteriaSet({
    planId: plan.id,
    id: need(values, 'id'),
    name: need(values, 'name'),
    scheme: str(values, 'scheme') ?? '',
  });
  if (values.json) return print(io, set);
  io.out(SAY.criteriaSaved(plan.fiscalYear, set.id, set.name));
};

const loadCriteria: Command = async (api, { values, rest }, io) => {
  const set = await api.loadCriteriaSet({ json: readFileArg(rest[0]).toString('utf8') });
  if (values.json) return print(io, set);
  io.out(SAY.criteriaAdded(set.id, set.name));
};

const exportCriteria: Command = async (api, { values, rest }, io) => {
  const id = rest[0];
  const set = (await api.listCriteriaSets({})).find((x) => x.id === id);
  if (!set) throw new AppError('notFound', NOT_FOUND.criteriaSet(String(id)));
  const { builtIn: _b, ...body } = set;
  const text = `${JSON.stringify(body, null, 2)}\n`;
  const out = str(values, 'out');
  if (!out) return io.out(text.trimEnd());
  fs.writeFileSync(out, text);
  io.out(SAY.criteriaWritten(set.id, out));
};

const createPlan: Command = async (api, { values }, io) => {
  const criteria = str(values, 'criteria');
  const plan = await api.createPlan({
    fiscalYear: int(need(values, 'year'), FIELD_NAMES.fiscalYear),
    office: str(values, 'office'),
    criteriaSet: values.empty === true ? null : criteria,
    withItems: values['with-items'] === true,
  });
  if (values.json) return print(io, plan);
  io.out(SAY.planCreated(officeYear(plan.office, plan.fiscalYear), plan.itemCount));
};

export const PLAN_IMPORT_SPECS: readonly CommandSpec[] = [
  {
    name: 'import-plan',
    usage: CLI_USAGE['import-plan'],
    options: { ...PLAN, 'dry-run': flag, 'keep-spaces': s, criteria: s },
    positionals: [1, 1],
    writes: (v) => v['dry-run'] !== true,
    run: importPlan,
  },
  {
    name: 'create-plan',
    usage: CLI_USAGE['create-plan'],
    options: { ...PLAN, criteria: s, 'with-items': flag, empty: flag },
    writes: true,
    run: createPlan,
  },
  { name: 'criteria list', usage: CLI_USAGE['criteria list'], options: {}, writes: false, run: listCriteria },
  {
    name: 'criteria save',
    usage: CLI_USAGE['criteria save'],
    options: { ...PLAN, id: s, name: s, scheme: s },
    writes: true,
    run: saveCriteria,
  },
  {
    name: 'criteria load',
    usage: CLI_USAGE['criteria load'],
    options: {},
    positionals: [1, 1],
    writes: true,
    run: loadCriteria,
  },
  {
    name: 'criteria export',
    usage: CLI_USAGE['criteria export'],
    options: { out: s },
    positionals: [1, 1],
    writes: false,
    run: exportCriteria,
  },
];
