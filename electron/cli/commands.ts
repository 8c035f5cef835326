import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { formatMonthShort, toThaiDigits } from '../../core/thai';
import type { Api } from '../../core/contract';
import { viewLink } from '../../core/lookAlike';
import { percentDone, reportState, timeframeText } from '../../core/rules';
import type { FollowUpStatus, StatusCounts } from '../../core/types';
import {
  PLAN_STATUS_NAMES,
  REPORT_STATE_NAMES,
  STATUS_NAMES,
  FIELD_NAMES,
  WORDS,
  PLAN_WORDS,
  FILE_MESSAGES,
  CLI_WORDS,
} from '../../core/terms';
import { BACKUP_SPECS, describeBackup } from './backupCommands';
import { PLAN_IMPORT_SPECS, printImport } from './planCommands';
import { MONTH_SPECS } from './monthCommands';
import { REPORT_SPECS } from './reportCommands';
import { int, need, num, planOf, print, str, UsageError, type Command } from './shared';
import { flag, s, type CommandSpec } from './spec';

export { describeBackup };
export { UsageError, type CliIo } from './shared';

const importText: Command = async (api, { values, rest }, io) => {
  const file = rest[0];
  if (!file) throw new UsageError(CLI_WORDS.needImportFile);
  let text: string;
  try {
    const buf = fs.readFileSync(file);
    text = buf.toString('utf8');
  } catch {
    throw new AppError('notFound', FILE_MESSAGES.unreadable(file));
  }
  const year = str(values, 'year');
  const r = await api.importPlanText({
    text,
    fiscalYear: year === undefined ? undefined : int(year, FIELD_NAMES.fiscalYear),
    office: str(values, 'office'),
    dryRun: values['dry-run'] === true,
  });
  if (values.json) return print(io, r);
  printImport(io, r);
};

const importSample: Command = async (api, { values }, io) => {
  const r = await api.importSamplePlan({});
  if (values.json) return print(io, r);
  io.out(`นำเข้าแผนตัวอย่างแล้ว: ${r.office} ปีงบประมาณ พ.ศ. ${r.fiscalYear} — ${r.itemCount} ข้อ ${r.activityCount} กิจกรรม`);
};

const listPlans: Command = async (api, { values }, io) => {
  const plans = await api.listPlans({});
  if (values.json) return print(io, plans);
  if (plans.length === 0) return io.out(PLAN_WORDS.noPlan);
  for (const p of plans) {
    io.out(
      `พ.ศ. ${p.fiscalYear}  ${p.office}  ${p.itemCount} ข้อ ${p.activityCount} กิจกรรม  ` +
        (p.status === 'approved' ? `${PLAN_STATUS_NAMES.approved} (${p.approvedAt})` : PLAN_STATUS_NAMES.draft),
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
        const when = timeframeText(a, 'thai');
        const months = when ? ` [${when}]` : '';
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

const followUpList: Command = async (api, { values }, io) => {
  const plan = await planOf(api, values);
  const month = need(values, 'month');
  const rows = await api.listMonth({ planId: plan.id, month });
  if (values.json) return print(io, rows);
  io.out(`ผลการดำเนินงานเดือน ${formatMonthShort(month)} (${rows.length} กิจกรรม)`);
  for (const r of rows) {
    io.out(`  ${r.itemCode}.${r.activityPosition} ${REPORT_STATE_NAMES[reportState(r.followUp)]}  ${r.activityText}`);
  }
};

/** The follow-up, its link and its file: one command, so one transaction (run.ts) — all or nothing. */
const followUpSet: Command = async (api, { values }, io) => {
  const plan = await planOf(api, values);
  const month = need(values, 'month');
  const activityId = await activityIdOf(api, plan.id, need(values, 'item'), need(values, 'activity'));
  const qty = str(values, 'qty');
  // Everything that can be refused before anything is saved is read and checked first.
  const file = str(values, 'file');
  let data: Buffer | undefined;
  if (file !== undefined) {
    try {
      data = fs.readFileSync(file);
    } catch {
      throw new AppError('notFound', FILE_MESSAGES.unreadable(file));
    }
  }
  const saved = await api.saveFollowUp({
    activityId,
    month,
    status: need(values, 'status') as FollowUpStatus,
    qty: qty === undefined ? undefined : num(qty, WORDS.qty),
    result: str(values, 'result'),
    problems: str(values, 'problems'),
    reporter: str(values, 'reporter'),
    directorRemark: str(values, 'remark'),
  });
  const url = str(values, 'url');
  if (url !== undefined) await api.addEvidenceUrl({ activityId, month, url });
  if (file !== undefined && data) {
    await api.addEvidenceFile({ activityId, month, fileName: path.basename(file), data: new Uint8Array(data) });
  }
  const history = await api.activityHistory({ activityId });
  const now = history.find((f) => f.id === saved.id) ?? saved;
  if (values.json) return print(io, now);
  const warning = url === undefined ? null : viewLink(url).warning;
  if (warning) io.out(warning);
  io.out(
    `บันทึกแล้ว: ${need(values, 'item').toUpperCase()} กิจกรรมที่ ${need(values, 'activity')} เดือน ${formatMonthShort(month)} — ${STATUS_NAMES[now.status]}`,
  );
};

/** Brings an older file up to this version (a backup of it is written first, by run.ts). */
const migrateCommand: Command = async (api, { values }, io) => {
  const info = await api.appInfo({});
  if (values.json) return print(io, info);
  io.out(`ไฟล์ข้อมูลเป็นรุ่นปัจจุบันแล้ว (รุ่นฐานข้อมูล ${info.schemaVersion})`);
};

const progress: Command = async (api, { values }, io) => {
  const plan = await planOf(api, values);
  const p = await api.progress({ planId: plan.id, month: str(values, 'month') });
  if (values.json) return print(io, p);
  const pct = (c: StatusCounts) => `${percentDone(c)}%`;
  io.out(
    `ความคืบหน้า ณ ${formatMonthShort(p.asOfMonth)}: ดำเนินการแล้ว ${p.overall.done}/${p.overall.total} (${pct(p.overall)})` +
      ` ยังไม่รายงาน ${p.overall.notReported}`,
  );
  for (const i of p.byIndicator) io.out(`  ตัวชี้วัดที่ ${i.number} ${i.name}: ${i.done}/${i.total} (${pct(i)})`);
  if (p.overdue.length) io.out(`เกินกำหนด ${p.overdue.length} กิจกรรม`);
  if (p.monthsNotReported.length) {
    io.out(
      `เดือนที่ยังรายงานไม่ครบ: ${p.monthsNotReported.map((m) => `${formatMonthShort(m.month)} (${m.missing})`).join(', ')}`,
    );
  }
};

const PLAN = { year: s, office: s } as const;

export const COMMAND_SPECS: readonly CommandSpec[] = [
  {
    name: 'import-text',
    usage: 'FILE [--year 2566] [--office ชื่อ] [--dry-run]   นำเข้าแผนจากตารางข้อความ (คั่นด้วยแท็บ)',
    options: { ...PLAN, 'dry-run': flag },
    positionals: [1, 1],
    writes: (v) => v['dry-run'] !== true,
    run: importText,
  },
  ...PLAN_IMPORT_SPECS,
  { name: 'import-sample', usage: 'นำเข้าแผนตัวอย่าง (เขตดุสิต ปี 2566)', options: {}, writes: true, run: importSample },
  { name: 'list-plans', usage: '[--json]   รายการแผนทั้งหมด', options: {}, writes: false, run: listPlans },
  {
    name: 'show-plan',
    usage: 'YEAR [--office ชื่อ] [--json]   แสดงแผนทั้งแผน',
    options: PLAN,
    positionals: [0, 1],
    writes: false,
    run: showPlan,
  },
  {
    name: 'followup set',
    usage:
      '--year Y --item CODE --activity N --month YYYY-MM --status STATUS\n' +
      '      [--qty N] [--result ข้อความ] [--problems ข้อความ] [--reporter ชื่อ] [--remark ข้อความ]\n' +
      '      [--url URL] [--file ไฟล์หลักฐาน]   บันทึกผลการดำเนินงาน (ทั้งหมดหรือไม่บันทึกเลย)',
    options: {
      ...PLAN,
      item: s,
      activity: s,
      month: s,
      status: s,
      qty: s,
      result: s,
      problems: s,
      reporter: s,
      remark: s,
      url: s,
      file: s,
    },
    writes: true,
    run: followUpSet,
  },
  {
    name: 'followup list',
    usage: '--year Y --month YYYY-MM [--json]',
    options: { ...PLAN, month: s },
    writes: false,
    run: followUpList,
  },
  {
    name: 'progress',
    usage: '--year Y [--month YYYY-MM] [--json]',
    options: { ...PLAN, month: s },
    writes: false,
    run: progress,
  },
  ...MONTH_SPECS,
  ...REPORT_SPECS,
  ...BACKUP_SPECS,
  {
    name: 'migrate',
    usage: 'ปรับไฟล์ข้อมูลรุ่นเก่าให้เป็นรุ่นปัจจุบัน (สำรองไฟล์เดิมไว้ก่อน)',
    options: {},
    writes: true,
    run: migrateCommand,
  },
];

export const USAGE_FOOTER = `STATUS: notStarted (ยังไม่ดำเนินการ), inProgress (อยู่ระหว่างดำเนินการ), done (ดำเนินการแล้ว),
        blocked (ไม่สามารถดำเนินการได้)
คำสั่งที่อ่านอย่างเดียวเปิดไฟล์แบบอ่านอย่างเดียว: ไม่สร้างไฟล์ใหม่ ไม่ปรับรุ่นไฟล์ และใช้ได้ขณะเปิดโปรแกรมอยู่
เดือนระบุเป็น ค.ศ. เช่น 2023-03 (= มี.ค. ๖๖); ปีงบประมาณระบุเป็น พ.ศ. เช่น 2566`;
