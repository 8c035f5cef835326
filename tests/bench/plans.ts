// The plans the benchmark measures: the sample plan, the sample grown to N activities (a big
// office's plan: every item's activities repeated, worded apart), and months filled as users do.
import type { Api } from '../../core/contract';
import type { Db } from '../../db/open';

export const SAMPLE_MONTHS = ['2023-02', '2023-03', '2023-04'];
const STATUS_CYCLE = ['done', 'inProgress', 'blocked', 'notStarted'] as const;

/** Seeding only: one fsync per save would make a 13,000-save seed take minutes. Restored after. */
export async function unsynced<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  db.pragma('synchronous = OFF');
  try {
    return await fn();
  } finally {
    db.pragma('synchronous = FULL');
  }
}

/** The sample plan; returns its id. */
export async function samplePlan(api: Api): Promise<number> {
  return (await api.importSamplePlan({})).plan!.id;
}

/** Adds copies of the plan's activities (round robin over its items) until it has `total`. */
export async function growPlan(api: Api, planId: number, total: number): Promise<void> {
  const plan = await api.getPlan({ planId });
  const activities = plan.indicators.flatMap((i) => i.items.flatMap((it) => it.activities));
  for (let n = activities.length, copy = 0; n < total; n++, copy++) {
    const { id: _id, position: _p, itemId, ...fields } = activities[copy % activities.length]!;
    const round = Math.floor(copy / activities.length) + 2;
    await api.createActivity({ ...fields, itemId, text: `${fields.text} (ชุดที่ ${round})` });
  }
}

/** Every activity due in each month gets a report; every fifth a link, as a real month looks. */
export async function fillMonths(api: Api, planId: number, months: readonly string[]): Promise<void> {
  for (const month of months) {
    const rows = await api.listMonth({ planId, month });
    for (const [i, r] of rows.entries()) {
      await api.saveFollowUp({
        activityId: r.activityId,
        month,
        status: STATUS_CYCLE[i % 4]!,
        qty: i % 3,
        result: 'ดำเนินการตามแผน ประชุมชี้แจงเจ้าหน้าที่ทุกฝ่าย และเผยแพร่บนเว็บไซต์ของสำนักงานเขต',
        problems: i % 7 === 0 ? 'งบประมาณไม่เพียงพอ' : '',
      });
      if (i % 5 === 0) {
        await api.addEvidenceUrl({ activityId: r.activityId, month, url: `https://www.bangkok.go.th/dusit/ita/${i}` });
      }
    }
  }
}
