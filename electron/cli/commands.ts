import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { formatMonthShort, toThaiDigits } from '../../core/thai';
import type { Api } from '../../core/contract';
import { percentDone } from '../../core/rules';
import type { FollowUpStatus, StatusCounts } from '../../core/types';
import { STATUS_NAMES } from '../../core/terms';
import { backup, describeBackup, restore } from './backupCommands';
import { divisionForm, exportReport, importForms, importPlanXlsx } from './reportCommands';
import { int, need, num, planOf, print, str, UsageError, type Command, type Values } from './shared';

export { describeBackup };
export { UsageError, type CliIo } from './shared';

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
        `  ${r.itemCode}.${r.activityPosition} ${STATUS_NAMES[r.followUp?.status ?? 'notStarted']}  ${r.activityText}`,
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
    `บันทึกแล้ว: ${need(values, 'item').toUpperCase()} กิจกรรมที่ ${need(values, 'activity')} เดือน ${formatMonthShort(month)} — ${STATUS_NAMES[now.status]}`,
  );
};

const progress: Command = async (api, { values }, io) => {
  const plan = await planOf(api, values);
  const p = await api.progress({ planId: plan.id, month: str(values, 'month') });
  if (values.json) return print(io, p);
  const pct = (c: StatusCounts) => `${percentDone(c)}%`;
  io.out(
    `ความคืบหน้า ณ ${formatMonthShort(p.asOfMonth)}: ดำเนินการแล้ว ${p.overall.done}/${p.overall.total} (${pct(p.overall)})`,
  );
  for (const i of p.byIndicator) io.out(`  ตัวชี้วัดที่ ${i.number} ${i.name}: ${i.done}/${i.total} (${pct(i)})`);
  if (p.overdue.length) io.out(`เกินกำหนด ${p.overdue.length} กิจกรรม`);
  if (p.monthsNotReported.length) {
    io.out(
      `เดือนที่ยังรายงานไม่ครบ: ${p.monthsNotReported.map((m) => `${formatMonthShort(m.month)} (${m.missing})`).join(', ')}`,
    );
  }
};

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
