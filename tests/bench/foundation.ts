// Issue #2 benchmark: a synthetic database of 50 offices × 10 fiscal years × 200 activities ×
// 12 monthly follow-ups (1.2 M follow-ups), then the three hot paths timed through the real API.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../db/open';
import { INDICATORS } from '../../db/queries/structure';
import { fiscalMonths } from '../../core/thai';
import { createApi } from '../../electron/api/createApi';
import { median, report, time, type BenchResult } from './stats';

export const SHAPE = { offices: 50, years: 10, activitiesPerPlan: 200, itemsPerPlan: 70 };
const STATUSES = ['notStarted', 'inProgress', 'done', 'blocked'] as const;
const TOOL_PREFIX = { IIT: 'I', EIT: 'E', OIT: 'O' } as const;

/** Bulk build with plain prepared statements (what a year of real use would leave behind). */
export function buildSynthetic(db: Db, shape = SHAPE): { plans: number; followUps: number } {
  db.pragma('synchronous = OFF'); // building only; the API's FULL is restored below
  const now = new Date().toISOString();
  const insPlan = db.prepare(
    `INSERT INTO plan (fiscal_year, office, title, created_at, updated_at) VALUES (?, ?, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', ?, ?)`,
  );
  const insInd = db.prepare('INSERT INTO indicator (plan_id, number, tool, name) VALUES (?, ?, ?, ?)');
  const insItem = db.prepare(
    'INSERT INTO item (plan_id, indicator_id, code, question, issue, position) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insAct = db.prepare(
    `INSERT INTO activity (item_id, position, text, output, target_qty, target_unit, awareness, start_month, end_month,
       responsible_text, all_divisions, monitoring) VALUES (?, ?, ?, '๑ ครั้ง', 1, 'ครั้ง', 'เว็บไซต์สำนักงานเขต', ?, ?, 'ฝ่ายปกครอง', 0, 'monthly')`,
  );
  const insDiv = db.prepare('INSERT INTO activity_division (activity_id, division_id) VALUES (?, ?)');
  const insFu = db.prepare(
    `INSERT INTO follow_up (activity_id, month, status, qty, result, reporter, reported_at, updated_at)
     VALUES (?, ?, ?, ?, 'ดำเนินการตามแผน ประชุมชี้แจงเจ้าหน้าที่', 'เจ้าหน้าที่ฝ่ายปกครอง', ?, ?)`,
  );
  let plans = 0;
  let followUps = 0;
  for (let office = 1; office <= shape.offices; office++) {
    db.transaction(() => {
      for (let y = 0; y < shape.years; y++) {
        const fy = 2560 + y;
        const months = fiscalMonths(fy);
        const planId = Number(insPlan.run(fy, `สำนักงานเขตทดสอบ ${office}`, now, now).lastInsertRowid);
        plans++;
        const indIds = INDICATORS.map((ind) =>
          Number(insInd.run(planId, ind.number, ind.tool, ind.name).lastInsertRowid),
        );
        const counters = { IIT: 0, EIT: 0, OIT: 0 };
        for (let it = 0; it < shape.itemsPerPlan; it++) {
          const ind = INDICATORS[it % 10]!;
          const code = `${TOOL_PREFIX[ind.tool]}${++counters[ind.tool]}`;
          const itemId = Number(
            insItem.run(planId, indIds[it % 10]!, code, 'คำถามสำหรับการประเมิน', 'ประเด็นที่ต้องยกระดับ', it + 1)
              .lastInsertRowid,
          );
          const perItem =
            Math.floor(shape.activitiesPerPlan / shape.itemsPerPlan) +
            (it < shape.activitiesPerPlan % shape.itemsPerPlan ? 1 : 0);
          for (let a = 0; a < perItem; a++) {
            const actId = Number(
              insAct.run(itemId, a + 1, `กิจกรรมที่ ${a + 1} ของข้อ ${code}`, months[0], months[11]).lastInsertRowid,
            );
            insDiv.run(actId, 1 + ((it + a) % 10));
            months.forEach((m, i) => {
              insFu.run(actId, m, STATUSES[(actId + i) % 4], i % 3, `${m}-15`, now);
              followUps++;
            });
          }
        }
      }
    })();
  }
  db.pragma('synchronous = FULL');
  db.pragma('optimize');
  return { plans, followUps };
}

export async function benchFoundation(rounds = { save: 300, list: 100, progress: 100 }): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-'));
  const dbPath = path.join(dir, 'bench.sqlite');
  try {
    const db = openDatabase(dbPath);
    const api = createApi(db, { dbPath, actor: 'bench' });
    const t0 = performance.now();
    const built = buildSynthetic(db);
    const buildMs = performance.now() - t0;
    console.log(
      `สร้างฐานข้อมูลทดสอบ: ${built.plans} แผน, ${built.followUps.toLocaleString('en')} follow-ups, ` +
        `${(fs.statSync(dbPath).size / 1024 / 1024).toFixed(0)} MB ใน ${(buildMs / 1000).toFixed(1)} s`,
    );

    const plan = (await api.findPlan({ fiscalYear: 2566, office: 'สำนักงานเขตทดสอบ 25' }))!;
    const month = '2023-03';
    const rows = await api.listMonth({ planId: plan.id, month });
    const statuses = ['done', 'inProgress', 'blocked', 'notStarted'] as const;
    let i = 0;
    const save = await time(rounds.save, async () => {
      const row = rows[i % rows.length]!;
      await api.saveFollowUp({
        activityId: row.activityId,
        month,
        status: statuses[i++ % 4]!,
        qty: i % 5,
        result: `ผลรอบ ${i}`,
      });
    });
    const list = await time(rounds.list, () => api.listMonth({ planId: plan.id, month }));
    const prog = await time(rounds.progress, () => api.progress({ planId: plan.id, month }));
    db.close();
    return [
      { name: 'build 1.2 M follow-ups (s)', median: buildMs / 1000, target: 60, unit: 's' },
      { name: 'save one follow-up', median: median(save), target: 10, unit: 'ms' },
      { name: "one month's follow-up list (200 activities)", median: median(list), target: 10, unit: 'ms' },
      { name: "one plan's progress roll-up", median: median(prog), target: 10, unit: 'ms' },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export { report };
