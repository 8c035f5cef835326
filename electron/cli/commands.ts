import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../db/errors';
import { formatMonthShort, toThaiDigits } from '../../db/thai';
import type { Api } from '../api/contract';
import type { FollowUpStatus, PlanSummary } from '../api/types';
import { STATUS_NAMES } from '../api/labels';

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** The app's root folder (holds db/import/sample). */
  appRoot: string;
  /** Asks a yes/no question; resolves to the answer line, or null at end of input. Default: stdin. */
  ask?: (question: string) => Promise<string | null>;
}

export class UsageError extends Error {}

type Values = Record<string, string | boolean | undefined>;
interface Args {
  values: Values;
  rest: string[];
}
type Command = (api: Api, args: Args, io: CliIo) => Promise<void>;

export const USAGE = `ITA Tracker — คำสั่งสำหรับผู้ดูแลระบบ
ใช้: npm run cli -- [--db ไฟล์ฐานข้อมูล] [--user ชื่อผู้ใช้] <คำสั่ง> [ตัวเลือก]

  import-text FILE [--year 2566] [--office ชื่อ] [--dry-run]   นำเข้าแผนจากตารางข้อความ (คั่นด้วยแท็บ)
  import-sample                                             นำเข้าแผนตัวอย่าง (เขตดุสิต ปี 2566)
  list-plans [--json]                                       รายการแผนทั้งหมด
  show-plan YEAR [--office ชื่อ] [--json]                    แสดงแผนทั้งแผน
  followup set --year Y --item CODE --activity N --month YYYY-MM --status STATUS
               [--qty N] [--result ข้อความ] [--problems ข้อความ] [--reporter ชื่อ] [--remark ข้อความ]
               [--url URL] [--file ไฟล์หลักฐาน]
  followup list --year Y --month YYYY-MM [--json]
  progress --year Y [--month YYYY-MM] [--json]
  export --report plan|month|half-year|annual|oit-urls --year Y [--month YYYY-MM] [--division ชื่อฝ่าย]
         --format pdf|xlsx --out FILE [--json]                ส่งออกรายงานเป็น PDF หรือ Excel

  division-form --year Y --month YYYY-MM --division ชื่อฝ่าย --out FILE.xlsx   แบบฟอร์มรายงานของฝ่าย (Excel)
  import-forms --year Y FILE.xlsx… [--dry-run] [--json]       นำเข้าแบบฟอร์มที่ฝ่ายกรอกแล้ว (ทั้งหมดหรือไม่เลย)
  import-plan-xlsx --year Y FILE.xlsx [--dry-run] [--json]    นำเข้าแผนที่แก้ไขใน Excel (แสดงรายการที่เปลี่ยน)

STATUS: notStarted (ยังไม่ดำเนินการ), inProgress (อยู่ระหว่างดำเนินการ), done (ดำเนินการแล้ว),
        blocked (ไม่สามารถดำเนินการได้)
  backup [--out FILE]                                       สำรองข้อมูล (ไม่ระบุ --out: ไว้ในโฟลเดอร์ backups ข้างไฟล์ข้อมูล)
  restore FILE [--yes]                                      กู้คืนจากไฟล์สำรอง (ตรวจไฟล์ แสดงข้อมูลในไฟล์ และถามยืนยันก่อน)

เดือนระบุเป็น ค.ศ. เช่น 2023-03 (= มี.ค. ๖๖); ปีงบประมาณระบุเป็น พ.ศ. เช่น 2566`;

export const STATUS_TH = STATUS_NAMES;

const str = (v: Values, key: string): string | undefined =>
  typeof v[key] === 'string' ? (v[key] as string) : undefined;

function need(v: Values, key: string): string {
  const s = str(v, key);
  if (s === undefined) throw new UsageError(`ต้องระบุ --${key}`);
  return s;
}

function int(s: string, label: string): number {
  if (!/^\d+$/.test(s.trim())) throw new UsageError(`${label} ต้องเป็นตัวเลข (ได้รับ "${s}")`);
  return Number(s);
}

function num(s: string, label: string): number {
  const n = Number(s);
  if (s.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${label} ต้องเป็นตัวเลข (ได้รับ "${s}")`);
  return n;
}

async function planOf(api: Api, v: Values, yearText?: string): Promise<PlanSummary> {
  const fiscalYear = int(yearText ?? need(v, 'year'), 'ปีงบประมาณ');
  const plan = await api.findPlan({ fiscalYear, office: str(v, 'office') });
  if (!plan) throw new AppError('notFound', `ไม่พบแผนปีงบประมาณ พ.ศ. ${fiscalYear}`);
  return plan;
}

const print = (io: CliIo, value: unknown) => io.out(JSON.stringify(value, null, 2));

const importText: Command = async (api, { values, rest }, io) => {
  const file = rest[0];
  if (!file) throw new UsageError('ต้องระบุไฟล์ที่จะนำเข้า');
  let text: string;
  try {
    const buf = fs.readFileSync(file);
    text = buf.toString('utf8');
  } catch {
    throw new AppError('notFound', `อ่านไฟล์ ${file} ไม่ได้`);
  }
  const year = str(values, 'year');
  const r = await api.importPlanText({
    text,
    fiscalYear: year === undefined ? undefined : int(year, 'ปีงบประมาณ'),
    office: str(values, 'office'),
    dryRun: values['dry-run'] === true,
  });
  if (values.json) return print(io, r);
  io.out(
    `${r.dryRun ? 'ตรวจสอบแล้ว (ยังไม่บันทึก)' : 'นำเข้าแล้ว'}: ${r.office} ปีงบประมาณ พ.ศ. ${r.fiscalYear} — ` +
      `${r.itemCount} ข้อ ${r.activityCount} กิจกรรม`,
  );
  for (const p of r.problems) io.out(`  ${p.severity === 'error' ? 'ผิดพลาด' : 'ข้อสังเกต'}: ${p.message}`);
  if (r.unknownDivisions.length) io.out(`  หน่วยงานที่ไม่อยู่ในรายชื่อฝ่าย: ${r.unknownDivisions.join(', ')}`);
};

const importSample: Command = async (api, { values }, io) => {
  const r = await api.importSamplePlan({});
  if (values.json) return print(io, r);
  io.out(`นำเข้าแผนตัวอย่างแล้ว: ${r.office} ปีงบประมาณ พ.ศ. ${r.fiscalYear} — ${r.itemCount} ข้อ ${r.activityCount} กิจกรรม`);
};

const listPlans: Command = async (api, { values }, io) => {
  const plans = await api.listPlans({});
  if (values.json) return print(io, plans);
  if (plans.length === 0) return io.out('ยังไม่มีแผน');
  for (const p of plans) {
    io.out(
      `พ.ศ. ${p.fiscalYear}  ${p.office}  ${p.itemCount} ข้อ ${p.activityCount} กิจกรรม  ` +
        (p.status === 'approved' ? `อนุมัติแล้ว (${p.approvedAt})` : 'ร่าง'),
    );
  }
};

const showPlan: Command = async (api, { values, rest }, io) => {
  const summary = await planOf(api, values, rest[0] ?? str(values, 'year'));
  const plan = await api.getPlan({ planId: summary.id });
  if (values.json) return print(io, plan);
  io.out(`${plan.title}\n${plan.office} ปีงบประมาณ พ.ศ. ${toThaiDigits(plan.fiscalYear)}`);
  for (const ind of plan.indicators) {
    io.out(`\n${ind.tool} ตัวชี้วัดที่ ${toThaiDigits(ind.number)} ${ind.name}`);
    for (const item of ind.items) {
      io.out(`  ${item.code} ${item.question}`);
      item.activities.forEach((a, i) => {
        const months =
          a.startMonth && a.endMonth ? ` [${formatMonthShort(a.startMonth)} – ${formatMonthShort(a.endMonth)}]` : '';
        io.out(`    ${i + 1}. ${a.text} — ${a.output}${months}`);
      });
    }
  }
};

async function activityIdOf(api: Api, planId: number, code: string, nText: string): Promise<number> {
  const plan = await api.getPlan({ planId });
  const item = plan.indicators.flatMap((i) => i.items).find((i) => i.code === code.toUpperCase());
  if (!item) throw new AppError('notFound', `ไม่พบข้อ ${code} ในแผนปี ${plan.fiscalYear}`);
  const n = int(nText, 'ลำดับกิจกรรม');
  const activity = item.activities[n - 1];
  if (!activity) throw new AppError('notFound', `ข้อ ${item.code} มี ${item.activities.length} กิจกรรม ไม่มีกิจกรรมที่ ${n}`);
  return activity.id;
}

const followUp: Command = async (api, { values, rest }, io) => {
  const sub = rest[0];
  const plan = await planOf(api, values);
  const month = need(values, 'month');
  if (sub === 'list') {
    const rows = await api.listMonth({ planId: plan.id, month });
    if (values.json) return print(io, rows);
    io.out(`ผลการดำเนินงานเดือน ${formatMonthShort(month)} (${rows.length} กิจกรรม)`);
    for (const r of rows) {
      io.out(
        `  ${r.itemCode}.${r.activityPosition} ${STATUS_TH[r.followUp?.status ?? 'notStarted']}  ${r.activityText}`,
      );
    }
    return;
  }
  if (sub !== 'set') throw new UsageError('ใช้ followup set หรือ followup list');
  const activityId = await activityIdOf(api, plan.id, need(values, 'item'), need(values, 'activity'));
  const qty = str(values, 'qty');
  const saved = await api.saveFollowUp({
    activityId,
    month,
    status: need(values, 'status') as FollowUpStatus,
    qty: qty === undefined ? undefined : num(qty, 'จำนวน'),
    result: str(values, 'result'),
    problems: str(values, 'problems'),
    reporter: str(values, 'reporter'),
    directorRemark: str(values, 'remark'),
  });
  const url = str(values, 'url');
  if (url !== undefined) await api.addEvidenceUrl({ activityId, month, url });
  const file = str(values, 'file');
  if (file !== undefined) {
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch {
      throw new AppError('notFound', `อ่านไฟล์ ${file} ไม่ได้`);
    }
    await api.addEvidenceFile({ activityId, month, fileName: path.basename(file), data: new Uint8Array(data) });
  }
  const history = await api.activityHistory({ activityId });
  const now = history.find((f) => f.id === saved.id) ?? saved;
  if (values.json) return print(io, now);
  io.out(
    `บันทึกแล้ว: ${need(values, 'item').toUpperCase()} กิจกรรมที่ ${need(values, 'activity')} เดือน ${formatMonthShort(month)} — ${STATUS_TH[now.status]}`,
  );
};

const progress: Command = async (api, { values }, io) => {
  const plan = await planOf(api, values);
  const p = await api.progress({ planId: plan.id, month: str(values, 'month') });
  if (values.json) return print(io, p);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  io.out(
    `ความคืบหน้า ณ ${formatMonthShort(p.asOfMonth)}: ดำเนินการแล้ว ${p.overall.done}/${p.overall.total} (${pct(p.overall.percentDone)})`,
  );
  for (const i of p.byIndicator) io.out(`  ตัวชี้วัดที่ ${i.number} ${i.name}: ${i.done}/${i.total} (${pct(i.percentDone)})`);
  if (p.overdue.length) io.out(`เกินกำหนด ${p.overdue.length} กิจกรรม`);
  if (p.monthsNotReported.length) {
    io.out(
      `เดือนที่ยังรายงานไม่ครบ: ${p.monthsNotReported.map((m) => `${formatMonthShort(m.month)} (${m.missing})`).join(', ')}`,
    );
  }
};

const REPORT_KINDS = ['plan', 'month', 'half-year', 'annual', 'oit-urls'] as const;

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
  const r = await api.exportReport({
    planId: plan.id,
    report: report as (typeof REPORT_KINDS)[number],
    format,
    month: str(values, 'month'),
    divisionId: division === undefined ? undefined : await divisionIdOf(api, division),
    outPath: out,
  });
  if (values.json) return print(io, r);
  const size = r.bytes >= 1024 * 1024 ? `${(r.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(r.bytes / 1024)} KB`;
  io.out(`บันทึกแล้ว: ${r.path}\nขนาด ${size}${r.pages === null ? '' : ` จำนวน ${r.pages} หน้า`}`);
};

function readXlsx(file: string): Uint8Array {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch {
    throw new AppError('notFound', `อ่านไฟล์ ${file} ไม่ได้`);
  }
}

const divisionForm: Command = async (api, { values }, io) => {
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
          io.out(`  แถว ${r.row} ${r.itemCode} ${STATUS_TH[r.status]}  ${r.activityText.slice(0, 60)}`);
      }
      for (const w of preview.warnings) io.out(`ข้อสังเกต: ${w}`);
    }
    if (!preview.ok) throw new AppError('importFailed', `นำเข้าไม่ได้ ไม่มีการบันทึกข้อมูลใด ๆ\n${preview.errors.join('\n')}`);
    return;
  }
  const r = await api.importDivisionForms({ planId: plan.id, files });
  if (values.json) return print(io, r);
  io.out(`นำเข้าแล้ว ${r.files} ไฟล์: บันทึกผล ${r.recorded} กิจกรรม เพิ่มลิงก์หลักฐาน ${r.urlsAdded} ลิงก์`);
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
      for (const w of preview.warnings) io.out(`ข้อสังเกต: ${w}`);
    }
    if (!preview.ok)
      throw new AppError('importFailed', `นำเข้าแผนไม่ได้ ไม่มีการเปลี่ยนแปลงข้อมูล\n${preview.errors.join('\n')}`);
    return;
  }
  const r = await api.applyPlanXlsx({ planId: plan.id, data });
  if (values.json) return print(io, r);
  io.out(`นำเข้าแล้ว: ${r.applied} รายการ — แผนมี ${r.plan.itemCount} ข้อ ${r.plan.activityCount} กิจกรรม`);
};

/** One line from stdin; null at end of input (no terminal, CI): that counts as "no". */
function askStdin(question: string): Promise<string | null> {
  process.stdout.write(question);
  return new Promise((resolve) => {
    let text = '';
    const stdin = process.stdin;
    const done = (answer: string | null) => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.pause();
      resolve(answer);
    };
    const onData = (c: Buffer) => {
      text += c.toString('utf8');
      const nl = text.indexOf('\n');
      if (nl >= 0) done(text.slice(0, nl));
    };
    const onEnd = () => done(text.length ? text : null);
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.resume();
  });
}

const backup: Command = async (api, { values }, io) => {
  const out = str(values, 'out');
  const r = out === undefined ? await api.backupNow({}) : await api.backupToFile({ path: path.resolve(out) });
  if (values.json) return print(io, r);
  io.out(`สำรองข้อมูลแล้ว: ${r.path} (${Math.ceil(r.bytes / 1024)} KB)`);
};

/** What a backup file holds, in the words the settings screen uses. */
export function describeBackup(info: {
  office: string;
  fiscalYears: number[];
  lastChange: string | null;
  schemaVersion: number;
  planCount: number;
  followUpCount: number;
}): string[] {
  return [
    `หน่วยงาน: ${info.office || '(ไม่ระบุ)'}`,
    `ปีงบประมาณ: ${info.fiscalYears.length ? info.fiscalYears.map((y) => `พ.ศ. ${y}`).join(', ') : 'ยังไม่มีแผน'}`,
    `แผน ${info.planCount} แผน ผลการดำเนินงาน ${info.followUpCount} รายการ`,
    `แก้ไขล่าสุด: ${info.lastChange ?? 'ไม่มีข้อมูล'}`,
    `รุ่นฐานข้อมูล: ${info.schemaVersion}`,
  ];
}

const restore: Command = async (api, { values, rest }, io) => {
  const file = rest[0];
  if (!file) throw new UsageError('ต้องระบุไฟล์สำรองที่จะกู้คืน');
  const full = path.resolve(file);
  const info = await api.inspectBackupFile({ path: full });
  io.out(`ไฟล์ ${full} มีข้อมูล:`);
  for (const line of describeBackup(info)) io.out(`  ${line}`);
  if (values.yes !== true) {
    const answer = await (io.ask ?? askStdin)('กู้คืนจากไฟล์นี้แทนข้อมูลปัจจุบันหรือไม่? ข้อมูลปัจจุบันจะถูกสำรองไว้ก่อน (y/n) ');
    if (!/^\s*(y|yes|ใช่)\s*$/i.test(answer ?? '')) {
      throw new AppError('conflict', 'ยกเลิกการกู้คืน ข้อมูลปัจจุบันไม่มีการเปลี่ยนแปลง');
    }
  }
  const r = await api.restoreBackup({ path: full });
  if (values.json) return print(io, r);
  io.out(`กู้คืนแล้ว ข้อมูลเดิมสำรองไว้ที่ ${r.safetyBackup.path}`);
};

/** Commands that only read: they run while the app has the file open (no lock taken). */
export const READ_ONLY_COMMANDS = new Set(['list-plans', 'show-plan', 'progress', 'export', 'division-form', 'backup']);

/** Whether a command line writes to the database (and so needs the file's lock). */
export function writesDatabase(name: string, rest: string[], values: Values): boolean {
  if (READ_ONLY_COMMANDS.has(name)) return false;
  if (name === 'followup' && rest[0] === 'list') return false;
  if (
    (name === 'import-text' || name === 'import-forms' || name === 'import-plan-xlsx') &&
    values['dry-run'] === true
  ) {
    return false;
  }
  return true;
}

export const COMMANDS: Record<string, Command> = {
  'import-text': importText,
  'import-sample': importSample,
  'list-plans': listPlans,
  'show-plan': showPlan,
  followup: followUp,
  progress,
  export: exportReport,
  'division-form': divisionForm,
  'import-forms': importForms,
  'import-plan-xlsx': importPlanXlsx,
  backup,
  restore,
};
