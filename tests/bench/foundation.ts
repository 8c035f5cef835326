// The database at scale: 50 offices × 10 fiscal years × 200 activities × 12 monthly follow-ups
// (1.2 M follow-ups) with the audit entries and evidence a year of real use leaves behind, then the
// three hot paths through the real API: warm (statements cached) and the first call after opening.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../db/open';
import { BUILT_IN_CRITERIA_SETS } from '../../db/criteria';
import { fiscalMonths } from '../../core/thai';
import type { Api } from '../../core/contract';
import { createApi } from '../../electron/api/createApi';
import { atMost, median, time, type Figure } from './stats';

export const SHAPE = { offices: 50, years: 10, activitiesPerPlan: 200, itemsPerPlan: 70 };
/**
 * What real use leaves per follow-up: every report is saved once and every third is corrected later
 * (an audit entry each, with the values before and after); a link is attached to every third, a
 * file (2–16 KB here, a small scan; bigger files only
 * lengthen overflow chains that these paths never read) to every 40th, each add audited too.
 */
export const PROPORTIONS = { editedEvery: 3, urlEvery: 3, fileEvery: 40 };
const STATUSES = ['notStarted', 'inProgress', 'done', 'blocked'] as const;
// The default criteria set's 10 indicators (Bangkok districts FY2566), item codes by tool letter.
const TOOLS = BUILT_IN_CRITERIA_SETS[0]!.tools;
const INDICATORS = TOOLS.flatMap((t) => t.indicators.map((i) => ({ number: i.number, name: i.name, tool: t.code })));
const TOOL_PREFIX: Record<string, string> = { IIT: 'I', EIT: 'E', OIT: 'O' };
const RESULT = 'ดำเนินการตามแผน ประชุมชี้แจงเจ้าหน้าที่';
const REPORTER = 'เจ้าหน้าที่ฝ่ายปกครอง';

export interface Built {
  plans: number;
  followUps: number;
  audit: number;
  evidence: number;
}

/** Bulk build with plain prepared statements (what years of real use would leave behind). */
export function buildSynthetic(db: Db, shape = SHAPE, p = PROPORTIONS): Built {
  db.pragma('synchronous = OFF'); // building only; the API's FULL is restored below
  const now = new Date().toISOString();
  const insPlan = db.prepare(
    `INSERT INTO plan (fiscal_year, office, title, created_at, updated_at) VALUES (?, ?, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', ?, ?)`,
  );
  const insTool = db.prepare('INSERT INTO tool (plan_id, code, name, position) VALUES (?, ?, ?, ?)');
  const insInd = db.prepare('INSERT INTO indicator (plan_id, tool_id, number, name, position) VALUES (?, ?, ?, ?, ?)');
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
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insUrl = db.prepare(
    `INSERT INTO evidence (follow_up_id, kind, label, url, created_at) VALUES (?, 'url', '', ?, ?)`,
  );
  const insFile = db.prepare(
    `INSERT INTO evidence (follow_up_id, kind, label, file_name, mime_type, size, data, created_at)
     VALUES (?, 'file', '', ?, 'image/jpeg', ?, ?, ?)`,
  );
  const insAudit = db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, plan_id, summary, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const blob = Buffer.alloc(16 * 1024, 0xa5);
  const out: Built = { plans: 0, followUps: 0, audit: 0, evidence: 0 };
  const audit = (
    action: string,
    entity: string,
    id: number,
    planId: number,
    summary: string,
    b: unknown,
    a: unknown,
  ) => {
    insAudit.run(now, REPORTER, action, entity, id, planId, summary, b ? JSON.stringify(b) : null, JSON.stringify(a));
    out.audit++;
  };
  for (let office = 1; office <= shape.offices; office++) {
    db.transaction(() => {
      for (let y = 0; y < shape.years; y++) {
        const fy = 2560 + y;
        const months = fiscalMonths(fy);
        const planId = Number(insPlan.run(fy, `สำนักงานเขตทดสอบ ${office}`, now, now).lastInsertRowid);
        out.plans++;
        const toolIds = new Map(
          TOOLS.map((t, i) => [t.code, Number(insTool.run(planId, t.code, t.name, i + 1).lastInsertRowid)]),
        );
        const indIds = INDICATORS.map((ind, i) =>
          Number(insInd.run(planId, toolIds.get(ind.tool), ind.number, ind.name, i + 1).lastInsertRowid),
        );
        const counters: Record<string, number> = { IIT: 0, EIT: 0, OIT: 0 };
        for (let it = 0; it < shape.itemsPerPlan; it++) {
          const ind = INDICATORS[it % 10]!;
          const code = `${TOOL_PREFIX[ind.tool]}${(counters[ind.tool] = (counters[ind.tool] ?? 0) + 1)}`;
          const itemId = Number(
            insItem.run(planId, indIds[it % 10]!, code, 'คำถามสำหรับการประเมิน', 'ประเด็นที่ต้องยกระดับ', it + 1)
              .lastInsertRowid,
          );
          const perItem =
            Math.floor(shape.activitiesPerPlan / shape.itemsPerPlan) +
            (it < shape.activitiesPerPlan % shape.itemsPerPlan ? 1 : 0);
          for (let a = 0; a < perItem; a++) {
            const text = `กิจกรรมที่ ${a + 1} ของข้อ ${code}`;
            const actId = Number(insAct.run(itemId, a + 1, text, months[0], months[11]).lastInsertRowid);
            insDiv.run(actId, 1 + ((it + a) % 10));
            audit('activity.create', 'activity', actId, planId, `เพิ่มกิจกรรม ข้อ ${code}`, null, { id: actId, text });
            months.forEach((m, i) => {
              const n = out.followUps++;
              const row = {
                activityId: actId,
                month: m,
                status: STATUSES[(actId + i) % 4],
                qty: i % 3,
                result: RESULT,
              };
              const fuId = Number(
                insFu.run(actId, m, row.status, row.qty, RESULT, REPORTER, `${m}-15`, now).lastInsertRowid,
              );
              const summary = `บันทึกผล ข้อ ${code} กิจกรรมที่ ${a + 1} เดือน ${m}`;
              if (n % p.editedEvery === 0) audit('followUp.save', 'followUp', fuId, planId, summary, null, row);
              audit('followUp.save', 'followUp', fuId, planId, summary, n % p.editedEvery === 0 ? row : null, row);
              if (n % p.urlEvery === 0) {
                const url = `https://www.bangkok.go.th/office${office}/ita/${code}/${m}`;
                const ev = Number(insUrl.run(fuId, url, now).lastInsertRowid);
                audit('evidence.add', 'evidence', ev, planId, `เพิ่มลิงก์หลักฐาน เดือน ${m}: ${url}`, null, { id: ev, url });
                out.evidence++;
              }
              if (n % p.fileEvery === 0) {
                const size = 2048 + ((n * 7919) % (14 * 1024));
                const name = `หลักฐาน-${code}-${m}.jpg`;
                const ev = Number(insFile.run(fuId, name, size, blob.subarray(0, size), now).lastInsertRowid);
                audit('evidence.add', 'evidence', ev, planId, `เพิ่มไฟล์หลักฐาน เดือน ${m}: ${name}`, null, {
                  id: ev,
                  name,
                });
                out.evidence++;
              }
            });
          }
        }
      }
    })();
  }
  db.pragma('synchronous = FULL');
  db.pragma('optimize');
  return out;
}

const MONTH = '2023-03';
const STATUS_CYCLE = ['done', 'inProgress', 'blocked', 'notStarted'] as const;

async function hotPaths(api: Api, planId: number) {
  const rows = await api.listMonth({ planId, month: MONTH });
  let i = 0;
  return {
    save: () =>
      api.saveFollowUp({
        activityId: rows[i % rows.length]!.activityId,
        month: MONTH,
        status: STATUS_CYCLE[i++ % 4]!,
        qty: i % 5,
        result: `ผลรอบ ${i}`,
      }),
    month: () => api.listMonth({ planId, month: MONTH }),
    rollup: () => api.progress({ planId, month: MONTH }),
  };
}

/** The first call after opening the file (statements not yet prepared, SQLite's page cache empty). */
async function coldFirstCall(dbPath: string, which: 'save' | 'month' | 'rollup', office: number): Promise<number> {
  const db = openDatabase(dbPath);
  try {
    const api = createApi(db, { dbPath, actor: 'bench' });
    const planId = db
      .prepare('SELECT id FROM plan WHERE fiscal_year = 2566 AND office = ?')
      .pluck()
      .get(`สำนักงานเขตทดสอบ ${office}`) as number;
    const activityId = db
      .prepare('SELECT a.id FROM activity a JOIN item i ON i.id = a.item_id WHERE i.plan_id = ? LIMIT 1')
      .pluck()
      .get(planId) as number;
    const t = performance.now();
    if (which === 'save')
      await api.saveFollowUp({ activityId, month: MONTH, status: 'done', qty: 1, result: 'ครั้งแรก' });
    else if (which === 'month') await api.listMonth({ planId, month: MONTH });
    else await api.progress({ planId, month: MONTH });
    return performance.now() - t;
  } finally {
    db.close();
  }
}

export async function benchFoundation(rounds = { warm: 200, cold: 7 }): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-'));
  const dbPath = path.join(dir, 'bench.sqlite');
  try {
    const db = openDatabase(dbPath);
    const api = createApi(db, { dbPath, actor: 'bench' }); // seeds the divisions the activities name
    const t0 = performance.now();
    const built = buildSynthetic(db);
    const buildS = (performance.now() - t0) / 1000;
    const mb = fs.statSync(dbPath).size / 1024 / 1024;
    const plan = (await api.findPlan({ fiscalYear: 2566, office: 'สำนักงานเขตทดสอบ 25' }))!;
    const hot = await hotPaths(api, plan.id);
    const save = await time(rounds.warm, hot.save);
    const month = await time(rounds.warm, hot.month);
    const rollup = await time(rounds.warm, hot.rollup);
    db.close();
    const cold = { save: [] as number[], month: [] as number[], rollup: [] as number[] };
    for (let r = 0; r < rounds.cold; r++) {
      for (const which of ['save', 'month', 'rollup'] as const)
        cold[which].push(await coldFirstCall(dbPath, which, r + 1));
    }
    const shape =
      `${built.plans} แผน, ${built.followUps.toLocaleString('en')} follow-ups, ${built.audit.toLocaleString('en')} audit, ` +
      `${built.evidence.toLocaleString('en')} evidence, ${mb.toFixed(0)} MB`;
    const fig = (key: string, name: string, xs: number[], goal = 5): Figure => ({
      key,
      name,
      median: median(xs),
      unit: 'ms',
      goal: atMost(goal),
      samples: xs.length,
    });
    return [
      { name: 'build the synthetic database', median: buildS, unit: 's', goal: atMost(120), samples: 1, note: shape },
      fig('dbSaveMs', 'DB: save one follow-up (warm)', save),
      fig('dbMonthMs', "DB: one month's follow-up list, 200 activities (warm)", month),
      fig('dbRollupMs', "DB: one plan's progress roll-up (warm)", rollup),
      fig('dbSaveColdMs', 'DB: save one follow-up (first call after opening)', cold.save),
      fig('dbMonthColdMs', 'DB: month list (first call after opening)', cold.month),
      fig('dbRollupColdMs', 'DB: roll-up (first call after opening)', cold.rollup),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
