// Commands for reports and Excel round trips: export, division forms, importing filled forms and edited plans.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { formatMonthShort } from '../../core/thai';
import type { Api } from '../../core/contract';
import { exportProgressText, STATUS_NAMES, FILE_MESSAGES, IMPORT_REFUSED, CLI_WORDS } from '../../core/terms';
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
    throw new AppError('invalidInput', `ชื่อฝ่าย "${name}" ตรงกับหลายฝ่าย: ${partial.map((d) => d.name).join(', ')}`);
  }
  throw new AppError('notFound', `ไม่พบฝ่าย "${name}"`);
}

const exportReport: Command = async (api, { values }, io) => {
  const report = need(values, 'report');
  if (!(REPORT_KINDS as readonly string[]).includes(report)) {
    throw new UsageError(`--report ต้องเป็น ${REPORT_KINDS.join(', ')} (ได้รับ "${report}")`);
  }
  const format = need(values, 'format');
  if (format !== 'pdf' && format !== 'xlsx') throw new UsageError(`--format ต้องเป็น pdf หรือ xlsx (ได้รับ "${format}")`);
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
  io.out(`บันทึกแล้ว: ${r.path}\nขนาด ${size}${r.pages === null ? '' : ` จำนวน ${r.pages} หน้า`}`);
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
    throw new AppError('notFound', `ไม่พบโฟลเดอร์ ${outDir}`);
  const late = lateDivisions(await api.listMonth({ planId: plan.id, month }), await api.listDivisions({}));
  const files = [];
  for (const [i, d] of late.entries()) {
    io.err(`กำลังสร้างแบบฟอร์ม ${i + 1}/${late.length}: ${d.name}`);
    const r = await api.exportDivisionForm({ planId: plan.id, month, divisionId: d.divisionId, outDir });
    files.push({ division: d.name, missing: d.missing.length, due: d.due, ...r });
  }
  if (values.json) return print(io, { month, outDir, files });
  if (files.length === 0) return io.out(`ทุกฝ่ายรายงานผลเดือน ${formatMonthShort(month)} ครบแล้ว ไม่ต้องส่งแบบฟอร์ม`);
  io.out(`บันทึกแบบฟอร์ม ${files.length} ไฟล์ไว้ที่ ${outDir}`);
  for (const f of files) io.out(`  ${path.basename(f.path)} (ยังไม่รายงาน ${f.missing} จาก ${f.due} กิจกรรม)`);
};

const divisionForm: Command = async (api, ctx, io) => {
  const { values } = ctx;
  if (values.late === true) {
    if (values.division !== undefined || values.out !== undefined) {
      throw new UsageError('--late ใช้กับ --out-dir (ไม่ใช้ --division หรือ --out)');
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
  io.out(`บันทึกแล้ว: ${r.path}`);
};

const importForms: Command = async (api, { values, rest }, io) => {
  if (rest.length === 0) throw new UsageError('ต้องระบุไฟล์แบบฟอร์มอย่างน้อย 1 ไฟล์');
  const plan = await planOf(api, values);
  const files = rest.map((f) => ({ name: path.basename(f), data: readXlsx(f) }));
  const preview = await api.previewDivisionForms({ planId: plan.id, files });
  if (values['dry-run'] || !preview.ok) {
    if (values.json) print(io, preview);
    else {
      for (const f of preview.files) {
        io.out(`${f.name}: ${f.division} ${f.month ? formatMonthShort(f.month) : ''} — จะบันทึก ${f.rows.length} กิจกรรม`);
        for (const r of f.rows)
          io.out(`  แถว ${r.row} ${r.itemCode} ${STATUS_NAMES[r.status]}  ${r.activityText.slice(0, 60)}`);
      }
      for (const w of preview.warnings) io.out(CLI_WORDS.note(w));
    }
    if (!preview.ok) throw new AppError('importFailed', `นำเข้าไม่ได้ ไม่มีการบันทึกข้อมูลใด ๆ\n${preview.errors.join('\n')}`);
    return;
  }
  const r = await api.importDivisionForms({ planId: plan.id, files });
  if (values.json) return print(io, r);
  for (const w of preview.warnings) io.out(CLI_WORDS.note(w));
  if (r.unchanged.length === r.files) {
    io.out('ไม่มีการเปลี่ยนแปลง: แบบฟอร์มทุกไฟล์นำเข้าไว้แล้วด้วยข้อมูลเดียวกัน (หรือเป็นสำเนาของไฟล์อื่น)');
    return;
  }
  io.out(
    `นำเข้าแล้ว ${r.files - r.unchanged.length} ไฟล์: บันทึกผล ${r.recorded} กิจกรรม เพิ่มลิงก์หลักฐาน ${r.urlsAdded} ลิงก์` +
      (r.unchanged.length ? ` (ไม่บันทึกซ้ำ ${r.unchanged.length} ไฟล์: ${r.unchanged.join(', ')})` : ''),
  );
};

const importPlanXlsx: Command = async (api, { values, rest }, io) => {
  const file = rest[0];
  if (!file) throw new UsageError('ต้องระบุไฟล์แผน (.xlsx)');
  const plan = await planOf(api, values);
  const data = readXlsx(file);
  const preview = await api.previewPlanXlsx({ planId: plan.id, data });
  if (values['dry-run'] || !preview.ok) {
    if (values.json) print(io, preview);
    else {
      io.out(preview.changes.length ? `รายการที่เปลี่ยน ${preview.changes.length} รายการ:` : 'ไม่มีการเปลี่ยนแปลง');
      for (const c of preview.changes) {
        io.out(`  ${c.summary}${c.row ? ` (แถว ${c.row})` : ''}`);
        for (const f of c.fields) io.out(`    ${f.label}: "${f.before}" → "${f.after}"`);
      }
      for (const w of preview.warnings) io.out(CLI_WORDS.note(w));
    }
    if (!preview.ok) throw new AppError('importFailed', `${IMPORT_REFUSED}\n${preview.errors.join('\n')}`);
    return;
  }
  const r = await api.applyPlanXlsx({ planId: plan.id, data });
  if (values.json) return print(io, r);
  io.out(`นำเข้าแล้ว: ${r.applied} รายการ — แผนมี ${r.plan.itemCount} ข้อ ${r.plan.activityCount} กิจกรรม`);
};

const PLAN = { year: s, office: s } as const;
const notDryRun = (v: Record<string, unknown>) => v['dry-run'] !== true;

export const REPORT_SPECS: readonly CommandSpec[] = [
  {
    name: 'export',
    usage:
      '--report plan|month|half-year|annual|oit-urls|overview --year Y [--month YYYY-MM] [--division ชื่อฝ่าย]\n' +
      '      [--only-reported] --format pdf|xlsx --out FILE [--json]   ส่งออกรายงานเป็น PDF หรือ Excel\n' +
      '      (--only-reported: แบบรายงานประจำเดือนเฉพาะกิจกรรมที่รายงานแล้ว)',
    options: { ...PLAN, report: s, month: s, division: s, 'only-reported': flag, format: s, out: s },
    writes: false,
    run: exportReport,
  },
  {
    name: 'division-form',
    usage:
      '--year Y --month YYYY-MM --division ชื่อฝ่าย --out FILE.xlsx   แบบฟอร์มรายงานของฝ่าย (Excel)\n' +
      '      --year Y --month YYYY-MM --late --out-dir DIR [--json]   แบบฟอร์มของทุกฝ่ายที่ยังรายงานไม่ครบ',
    options: { ...PLAN, month: s, division: s, out: s, late: flag, 'out-dir': s },
    writes: false,
    run: divisionForm,
  },
  {
    name: 'import-forms',
    usage: '--year Y FILE.xlsx… [--dry-run] [--json]   นำเข้าแบบฟอร์มที่ฝ่ายกรอกแล้ว (ทั้งหมดหรือไม่เลย)',
    options: { ...PLAN, 'dry-run': flag },
    positionals: [1, 100],
    writes: notDryRun,
    run: importForms,
  },
  {
    name: 'import-plan-xlsx',
    usage: '--year Y FILE.xlsx [--dry-run] [--json]   นำเข้าแผนที่แก้ไขใน Excel (แสดงรายการที่เปลี่ยน)',
    options: { ...PLAN, 'dry-run': flag },
    positionals: [1, 1],
    writes: notDryRun,
    run: importPlanXlsx,
  },
];
