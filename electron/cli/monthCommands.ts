// Commands for the office's month: copy last month's reports into the next one as drafts (after a
// look with --dry-run), and the history with its reverts.
import type { CopyMonthResult } from '../../core/types';
import { COPY_SKIP_NAMES, STATUS_NAMES } from '../../core/terms';
import { formatMonthShort } from '../../core/thai';
import { need, planOf, print, type Command } from './shared';
import { flag, s, type CommandSpec } from './spec';

function describeCopy(r: CopyMonthResult, out: (line: string) => void) {
  const carried = r.rows.filter((x) => x.carried);
  const from = formatMonthShort(r.from);
  const to = formatMonthShort(r.to);
  out(
    r.dryRun
      ? `จะคัดลอกผลเดือน ${from} ไปเดือน ${to} เป็นร่าง ${carried.length} กิจกรรม (ยังไม่บันทึก)`
      : `คัดลอกผลเดือน ${from} ไปเดือน ${to} เป็นร่างแล้ว ${carried.length} กิจกรรม` +
          (r.batchId !== null ? ` (ประวัติรายการที่ ${r.batchId})` : ''),
  );
  for (const x of carried) {
    out(`  ${x.itemCode}.${x.activityPosition} ${STATUS_NAMES[x.carried!.status]}  ${x.activityText}`);
    for (const line of x.carried!.dropped) out(`      ไม่คัดลอก (ระบุวันที่): ${line}`);
  }
  for (const x of r.rows.filter((y) => y.skipped)) {
    out(`  ไม่คัดลอก ${x.itemCode}.${x.activityPosition}: ${COPY_SKIP_NAMES[x.skipped!]}`);
  }
}

const copyMonth: Command = async (api, { values }, io) => {
  const plan = await planOf(api, values);
  const r = await api.copyMonth({
    planId: plan.id,
    from: need(values, 'from'),
    to: need(values, 'to'),
    dryRun: values['dry-run'] === true,
  });
  if (values.json) return print(io, r);
  describeCopy(r, io.out);
};

export const MONTH_SPECS: readonly CommandSpec[] = [
  {
    name: 'followup copy-month',
    usage:
      '--year Y --from YYYY-MM --to YYYY-MM [--dry-run] [--json]\n' +
      '      คัดลอกผลเดือนหนึ่งไปอีกเดือนเป็นร่างให้ตรวจ (ไม่คัดลอกสถานะดำเนินการแล้ว/ไม่สามารถดำเนินการได้ จำนวน ข้อสั่งการ\n' +
      '      หลักฐาน และบรรทัดที่ระบุวันที่; ไม่เขียนทับแถวที่มีผลแล้ว) --dry-run: ดูก่อนโดยไม่บันทึก',
    options: { year: s, office: s, from: s, to: s, 'dry-run': flag },
    writes: (v) => v['dry-run'] !== true,
    run: copyMonth,
  },
];
