// CLI commands for importing a plan from what offices have (import-plan: .txt, .tsv, .html, .docx,
// .xlsx) and for criteria sets (list, save a plan's structure as one, load one from a file, a new
// plan from one). All through the API, as the app does.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import type { ImportResult } from '../../core/types';
import { int, need, planOf, print, str, UsageError, type CliIo, type Command, type Values } from './shared';
import { flag, s, type CommandSpec } from './spec';
import { FIELD_NAMES, FILE_MESSAGES, CLI_WORDS, NOT_FOUND } from '../../core/terms';

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

const SOURCE_NAMES: Record<string, string> = {
  text: 'ตารางข้อความ',
  html: 'HTML',
  docx: 'เอกสาร Word',
  xlsx: 'ไฟล์ Excel',
};

/** The import's result as the preview in the app shows it: what was read, as what, and what it found. */
export function printImport(io: CliIo, r: ImportResult): void {
  const p = r.preview;
  io.out(
    `${r.dryRun ? 'ตรวจสอบแล้ว (ยังไม่บันทึก)' : 'นำเข้าแล้ว'}: ${r.office} ปีงบประมาณ พ.ศ. ${r.fiscalYear} — ` +
      `${r.itemCount} ข้อ ${r.activityCount} กิจกรรม (${SOURCE_NAMES[p.source] ?? p.source})`,
  );
  io.out(`คอลัมน์ที่อ่าน: ${p.columns.map((c) => `"${c.header}" → ${c.label}`).join('; ')}`);
  for (const tool of p.tools) {
    io.out(`${tool.code} ${tool.name}`);
    for (const ind of tool.indicators) {
      const codes = ind.items.map((i) => i.code);
      io.out(`  ตัวชี้วัดที่ ${ind.number} ${ind.name} — ${codes.length} ข้อ${codes.length ? `: ${codes.join(', ')}` : ''}`);
      for (const sub of ind.subIndicators) io.out(`    ตัวชี้วัดย่อยที่ ${sub.label} ${sub.name}`);
    }
  }
  const joined = p.joins.filter((j) => j.applied).length;
  if (p.joins.length > 0) {
    io.out(
      `เชื่อมคำที่ถูกตัดด้วยช่องว่าง ${joined} แห่ง` +
        (joined < p.joins.length ? ` (คงช่องว่างไว้ ${p.joins.length - joined} แห่ง)` : '') +
        ' — ดูทั้งหมดด้วย --json, คงไว้ตามต้นฉบับด้วย --keep-spaces all หรือ --keep-spaces รหัส,รหัส',
    );
  }
  for (const problem of r.problems)
    io.out(`  ${problem.severity === 'error' ? 'ผิดพลาด' : 'ข้อสังเกต'}: ${problem.message}`);
  if (r.unknownDivisions.length) io.out(`  หน่วยงานที่ไม่อยู่ในรายชื่อฝ่าย: ${r.unknownDivisions.join(', ')}`);
  if (p.coverage) {
    const c = p.coverage;
    io.out(`ตามเกณฑ์ "${c.name}": แผนนี้มี ${c.covered} จาก ${c.total} ข้อ`);
    if (c.missing.length) io.out(`  ข้อของเกณฑ์ที่แผนไม่มี (ไม่ใช่ข้อผิดพลาด): ${c.missing.map((m) => m.code).join(', ')}`);
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
    io.out(
      `${set.id}  ${set.name}  (${set.tools.map((t) => t.code).join(', ')}; ${indicators} ตัวชี้วัด ${items} ข้อ)` +
        (set.builtIn ? '  [มากับโปรแกรม]' : ''),
    );
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
  io.out(`บันทึกโครงสร้างของแผนปี ${plan.fiscalYear} เป็นเกณฑ์ ${set.id} "${set.name}" แล้ว`);
};

const loadCriteria: Command = async (api, { values, rest }, io) => {
  const set = await api.loadCriteriaSet({ json: readFileArg(rest[0]).toString('utf8') });
  if (values.json) return print(io, set);
  io.out(`เพิ่มเกณฑ์ ${set.id} "${set.name}" แล้ว`);
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
  io.out(`บันทึกเกณฑ์ ${set.id} ไว้ที่ ${out}`);
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
  io.out(`สร้างแผน${plan.office} ปีงบประมาณ พ.ศ. ${plan.fiscalYear} แล้ว (${plan.itemCount} ข้อ)`);
};

export const PLAN_IMPORT_SPECS: readonly CommandSpec[] = [
  {
    name: 'import-plan',
    usage:
      'FILE [--year 2570] [--office ชื่อ] [--dry-run] [--keep-spaces all|รหัส,…] [--criteria ID] [--json]\n' +
      '      นำเข้าแผนจากไฟล์ .txt/.tsv (ตารางที่วาง), .html (ตารางจาก Word), .docx หรือ .xlsx',
    options: { ...PLAN, 'dry-run': flag, 'keep-spaces': s, criteria: s },
    positionals: [1, 1],
    writes: (v) => v['dry-run'] !== true,
    run: importPlan,
  },
  {
    name: 'create-plan',
    usage: '--year Y [--office ชื่อ] [--criteria ID [--with-items] | --empty]   สร้างแผนใหม่จากเกณฑ์ หรือแผนเปล่า',
    options: { ...PLAN, criteria: s, 'with-items': flag, empty: flag },
    writes: true,
    run: createPlan,
  },
  { name: 'criteria list', usage: '[--json]   เกณฑ์การประเมินที่มี', options: {}, writes: false, run: listCriteria },
  {
    name: 'criteria save',
    usage: '--year Y --id รหัส --name ชื่อ [--scheme ชื่อ]   บันทึกโครงสร้างของแผนเป็นเกณฑ์',
    options: { ...PLAN, id: s, name: s, scheme: s },
    writes: true,
    run: saveCriteria,
  },
  {
    name: 'criteria load',
    usage: 'FILE.json   เพิ่มเกณฑ์จากไฟล์',
    options: {},
    positionals: [1, 1],
    writes: true,
    run: loadCriteria,
  },
  {
    name: 'criteria export',
    usage: 'ID [--out FILE.json]   เขียนเกณฑ์ออกเป็นไฟล์ JSON',
    options: { out: s },
    positionals: [1, 1],
    writes: false,
    run: exportCriteria,
  },
];
