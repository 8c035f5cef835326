// 0050-free-structure: a v30 database full of an office's work (two plans, 70 items, activities with
// divisions, follow-ups, URL and file evidence, audit entries, settings) is migrated, and every row
// is compared with what it was: nothing lost, every id kept, every reference intact. Then the freed
// schema takes what v30 refused (indicator 12, code MOIT3, O31) and still refuses what it must.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { tmpDbPath } from '../helpers/tmp';

const AT = '2023-01-15T10:00:00.000Z';
const TOOL_OF = (n: number) => (n <= 5 ? 'IIT' : n <= 8 ? 'EIT' : 'OIT');
const LETTER = { IIT: 'I', EIT: 'E', OIT: 'O' } as const;
const COUNT = { IIT: 25, EIT: 15, OIT: 30 } as const;

/** What an office on v30 has on disk, written with v30's own schema. */
function seedV30(db: Database.Database): void {
  const q = (s: string, ...p: unknown[]) => db.prepare(s).run(...p);
  q(
    `INSERT INTO setting (key, value) VALUES ('office', ?), ('directorName', ?)`,
    JSON.stringify('สำนักงานเขตดุสิต'),
    JSON.stringify('นายสมชาย ใจดี'),
  );
  ['ฝ่ายปกครอง', 'ฝ่ายทะเบียน', 'ฝ่ายการคลัง', 'เทคนิค'].forEach((name, i) =>
    q('INSERT INTO division (id, name, position, is_standard) VALUES (?, ?, ?, ?)', i + 1, name, i + 1, i < 3 ? 1 : 0),
  );
  let item = 0;
  let activity = 0;
  for (const [planId, fy, status] of [
    [1, 2566, 'approved'],
    [2, 2567, 'draft'],
  ] as const) {
    q(
      `INSERT INTO plan (id, fiscal_year, office, title, status, approved_at, created_at, updated_at)
       VALUES (?, ?, 'สำนักงานเขตดุสิต', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', ?, ?, ?, ?)`,
      planId,
      fy,
      status,
      status === 'approved' ? '2022-11-30' : null,
      AT,
      AT,
    );
    for (let n = 1; n <= 10; n++) {
      q(
        'INSERT INTO indicator (id, plan_id, number, tool, name) VALUES (?, ?, ?, ?, ?)',
        planId * 100 + n,
        planId,
        n,
        TOOL_OF(n),
        `ตัวชี้วัดที่ ${n}`,
      );
    }
    const numbersOf = { IIT: [1, 2, 3, 4, 5], EIT: [6, 7, 8], OIT: [9, 10] };
    for (const tool of ['IIT', 'EIT', 'OIT'] as const) {
      for (let k = 1; k <= COUNT[tool]; k++) {
        const n = numbersOf[tool][(k - 1) % numbersOf[tool].length]!;
        const code = `${LETTER[tool]}${k}`;
        item++;
        q(
          'INSERT INTO item (id, plan_id, indicator_id, code, question, issue, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
          item,
          planId,
          planId * 100 + n,
          code,
          `คำถาม ${code}`,
          `ประเด็น ${code}`,
          k,
        );
        for (let a = 1; a <= 2; a++) {
          activity++;
          q(
            `INSERT INTO activity (id, item_id, position, text, output, target_qty, target_unit, awareness, start_month,
             end_month, responsible_text, all_divisions, monitoring, monitoring_text)
           VALUES (?, ?, ?, ?, '๑ ครั้ง', 1, 'ครั้ง', 'เว็บไซต์', ?, ?, 'ฝ่ายปกครอง', ?, 'monthly', '๑ ครั้ง/เดือน')`,
            activity,
            item,
            a,
            `กิจกรรม ${a} ของ ${code}`,
            `${fy - 544}-12`,
            `${fy - 543}-05`,
            a === 2 ? 1 : 0,
          );
          q('INSERT INTO activity_division (activity_id, division_id) VALUES (?, ?)', activity, 1 + (activity % 4));
          if (activity % 3 === 0) {
            q(
              `INSERT INTO follow_up (id, activity_id, month, status, qty, result, reporter, reported_at, updated_at)
             VALUES (?, ?, ?, 'done', 1, 'ดำเนินการแล้ว', 'นางสาวรายงาน', '2023-01-31', ?)`,
              activity,
              activity,
              `${fy - 543}-01`,
              AT,
            );
            q(
              `INSERT INTO evidence (follow_up_id, kind, label, url, created_at) VALUES (?, 'url', 'เว็บไซต์', 'https://www.bangkok.go.th/dusit', ?)`,
              activity,
              AT,
            );
          }
        }
      }
    }
  }
  const pdf = Buffer.from('%PDF-1.4 หลักฐาน\n');
  q(
    `INSERT INTO evidence (follow_up_id, kind, label, file_name, mime_type, size, data, created_at)
     VALUES (3, 'file', 'รายงานการประชุม', 'minutes.pdf', 'application/pdf', ?, ?, ?)`,
    pdf.length,
    pdf,
    AT,
  );
  q(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, plan_id, summary, before, after)
     VALUES (?, 'สมชาย', 'plan.import', 'plan', 1, 1, 'นำเข้าแผน', NULL, '{"items":70}'),
            (?, 'สมชาย', 'item.update', 'item', 5, 1, 'แก้ไขข้อ I5', '{"code":"I5"}', '{"code":"I5"}')`,
    AT,
    AT,
  );
}

const TABLES: Record<string, string> = {
  setting: 'key',
  division: 'id',
  plan: 'id',
  indicator: 'id',
  item: 'id',
  activity: 'id',
  activity_division: 'activity_id, division_id',
  follow_up: 'id',
  evidence: 'id',
  audit_log: 'id',
};
function snapshot(db: Database.Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [t, order] of Object.entries(TABLES)) out[t] = db.prepare(`SELECT * FROM ${t} ORDER BY ${order}`).all();
  return out;
}

describe('0050-free-structure', () => {
  it('migrates a v30 database full of work: every row kept with its id, tools made from the indicators', () => {
    const file = tmpDbPath();
    const v30 = openDatabase(file, { targetVersion: 30 });
    v30.transaction(() => seedV30(v30))();
    const before = snapshot(v30);
    expect(before.item).toHaveLength(140);
    expect(before.follow_up!.length).toBeGreaterThan(80);
    v30.close();

    const db = openDatabase(file, { targetVersion: 50 });
    expect(schemaVersion(db)).toBe(50);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const after = snapshot(db);

    for (const t of ['setting', 'division', 'activity', 'activity_division', 'follow_up', 'evidence', 'audit_log']) {
      expect(after[t], t).toEqual(before[t]);
    }
    expect(after.plan).toEqual(before.plan!.map((p) => ({ ...(p as object), criteria_set: null })));
    expect(after.item).toEqual(before.item!.map((i) => ({ ...(i as object), sub_indicator_id: null })));
    // Each indicator keeps its id, number and name; its tool is now a row of the plan's tools.
    const indicators = db
      .prepare(
        `SELECT ind.id, ind.plan_id, ind.number, t.code AS tool, ind.name FROM indicator ind
         JOIN tool t ON t.id = ind.tool_id AND t.plan_id = ind.plan_id ORDER BY ind.id`,
      )
      .all();
    expect(indicators).toEqual(before.indicator);
    expect(db.prepare('SELECT plan_id, code, position FROM tool ORDER BY plan_id, position').all()).toEqual([
      { plan_id: 1, code: 'IIT', position: 1 },
      { plan_id: 1, code: 'EIT', position: 2 },
      { plan_id: 1, code: 'OIT', position: 3 },
      { plan_id: 2, code: 'IIT', position: 1 },
      { plan_id: 2, code: 'EIT', position: 2 },
      { plan_id: 2, code: 'OIT', position: 3 },
    ]);
    const stored = db.prepare("SELECT data FROM evidence WHERE kind = 'file'").get() as { data: Buffer };
    expect(stored.data.toString()).toBe('%PDF-1.4 หลักฐาน\n');

    // Cascades still reach through the rebuilt tables: a deleted plan takes all that hangs below it.
    db.prepare('DELETE FROM plan WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) AS n FROM item WHERE plan_id = 2').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM tool WHERE plan_id = 2').get()).toEqual({ n: 0 });
    expect((db.prepare('SELECT count(*) AS n FROM activity').get() as { n: number }).n).toBe(140);
    db.close();
  });

  it('the app reads the migrated plan as before, and the freed schema takes what v30 refused', async () => {
    const file = tmpDbPath();
    const v30 = openDatabase(file, { targetVersion: 30 });
    v30.transaction(() => seedV30(v30))();
    expect(() =>
      v30.prepare(`INSERT INTO indicator (plan_id, number, tool, name) VALUES (2, 12, 'IIT', 'x')`).run(),
    ).toThrow(/CHECK/);
    expect(() =>
      v30.prepare(`INSERT INTO item (plan_id, indicator_id, code, position) VALUES (2, 201, 'MOIT3', 99)`).run(),
    ).toThrow(/CHECK/);
    v30.close();

    const db = openDatabase(file);
    const api = createApi(db, { actor: 'ทดสอบ', appVersion: 'test', dbPath: file });
    const plan = await api.getPlan({ planId: 1 });
    expect(plan.tools.map((t) => t.code)).toEqual(['IIT', 'EIT', 'OIT']);
    expect(plan.indicators.map((i) => [i.number, i.tool])).toEqual(
      Array.from({ length: 10 }, (_, k) => [k + 1, TOOL_OF(k + 1)]),
    );
    expect(plan.indicators.flatMap((i) => i.items).map((i) => i.code)).toHaveLength(70);
    expect(plan.status).toBe('approved');

    const moit = await api.createTool({ planId: 2, code: 'MOIT' });
    const ind12 = await api.createIndicator({ toolId: moit.id, number: 12, name: 'การปรับปรุงการทำงาน' });
    const sub = await api.createSubIndicator({ indicatorId: ind12.id, name: 'ข้อมูลพื้นฐาน' });
    expect(sub.label).toBe('12.1');
    expect(
      (await api.createItem({ planId: 2, indicatorId: ind12.id, subIndicatorId: sub.id, code: 'MOIT3' })).code,
    ).toBe('MOIT3');
    const oit = plan.tools.find((t) => t.code === 'OIT')!;
    const o = (await api.getPlan({ planId: 2 })).indicators.find((i) => i.number === 10)!;
    expect(o.toolId).not.toBe(oit.id); // plan 2 has its own tools
    expect((await api.createItem({ planId: 2, indicatorId: o.id, code: 'O31' })).code).toBe('O31');
    expect(() =>
      db.prepare(`INSERT INTO item (plan_id, indicator_id, code, position) VALUES (2, ?, ' O32', 1)`).run(o.id),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(`INSERT INTO indicator (plan_id, tool_id, number, name, position) VALUES (2, ?, 0, 'x', 1)`)
        .run(moit.id),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('leaves a database it cannot migrate exactly as it was (foreign keys checked before commit)', () => {
    const file = tmpDbPath();
    const v30 = openDatabase(file, { targetVersion: 30 });
    v30.transaction(() => seedV30(v30))();
    // A row pointing at nothing (written with foreign keys off, as a damaged file might have).
    v30.pragma('foreign_keys = OFF');
    v30.prepare(`INSERT INTO activity (item_id, position, text) VALUES (9999, 1, 'ลอย')`).run();
    v30.close();
    // Refused when opened (the file's own check) or when migrated (the migration's): either way, untouched.
    expect(() => openDatabase(file)).toThrow(/ไม่ครบถ้วน|ปรับรุ่นฐานข้อมูล/);
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(30);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'tool'").get()).toEqual({ n: 0 });
    raw.close();
  });
});
