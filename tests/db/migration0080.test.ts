// 0080-activity-months: a v70 database with activities of every timeframe shape (a closed range, one
// month, a range across the new year, open at either end, unknown) and their follow-ups and audit
// entries is migrated: every closed range becomes exactly its months, open or unknown spans get none
// (and stay due where their span reaches), and nothing else changes. The new table is STRICT and
// refuses what is not a month.
import { describe, expect, it } from 'vitest';
import { isDueIn } from '../../core/rules';
import { fiscalMonths } from '../../core/thai';
import { openDatabase, schemaVersion } from '../../db/open';
import { listMonth } from '../../db/queries/followUps';
import { getActivity } from '../../db/queries/structure';
import { tmpDbPath } from '../helpers/tmp';

const AT = '2023-01-15T10:00:00.000Z';
const SPANS: [string | null, string | null][] = [
  ['2022-12', '2023-05'],
  ['2023-03', '2023-03'],
  ['2022-10', '2023-09'],
  ['2023-06', null],
  [null, '2022-12'],
  [null, null],
  ['2022-11', '2024-02'], // past the fiscal year
];

function seedV70(file: string) {
  const db = openDatabase(file, { targetVersion: 70 });
  const q = (s: string, ...p: unknown[]) => db.prepare(s).run(...p);
  q(
    `INSERT INTO plan (id, fiscal_year, office, title, created_at, updated_at) VALUES (1, 2566, 'สำนักงานเขตดุสิต', 'มาตรการ', ?, ?)`,
    AT,
    AT,
  );
  q(`INSERT INTO tool (id, plan_id, code, name, position) VALUES (1, 1, 'IIT', 'แบบวัด IIT', 1)`);
  q(`INSERT INTO indicator (id, plan_id, tool_id, number, name, position) VALUES (1, 1, 1, 1, 'การปฏิบัติหน้าที่', 1)`);
  q(`INSERT INTO item (id, plan_id, indicator_id, code, position) VALUES (1, 1, 1, 'I1', 1)`);
  SPANS.forEach(([s, e], i) =>
    q(
      `INSERT INTO activity (id, item_id, position, text, start_month, end_month, all_divisions) VALUES (?, 1, ?, ?, ?, ?, 1)`,
      i + 1,
      i + 1,
      `กิจกรรม ${i + 1}`,
      s,
      e,
    ),
  );
  q(`INSERT INTO follow_up (activity_id, month, status, updated_at) VALUES (1, '2023-01', 'done', ?)`, AT);
  q(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, summary, batch_id) VALUES (?, 'สมชาย', 'activity.update', 'activity', 1, 's', 1)`,
    AT,
  );
  return db;
}

const dump = (db: ReturnType<typeof openDatabase>, table: string) =>
  db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all();

describe('0080-activity-months', () => {
  it('a closed range becomes its months; open and unknown spans get none; nothing else changes', () => {
    const file = tmpDbPath();
    const old = seedV70(file);
    const before = Object.fromEntries(
      ['activity', 'follow_up', 'audit_log', 'item', 'plan'].map((t) => [t, dump(old, t)]),
    );
    old.close();
    const db = openDatabase(file, { targetVersion: 80 });
    expect(schemaVersion(db)).toBe(80);
    for (const t of Object.keys(before)) expect(dump(db, t), t).toEqual(before[t]);
    const months = (id: number) => getActivity(db, id).months;
    expect(months(1)).toEqual(['2022-12', '2023-01', '2023-02', '2023-03', '2023-04', '2023-05']);
    expect(months(2)).toEqual(['2023-03']);
    expect(months(3)).toEqual(fiscalMonths(2566));
    expect(months(4)).toEqual([]);
    expect(months(5)).toEqual([]);
    expect(months(6)).toEqual([]);
    expect(months(7)).toHaveLength(16);
    expect(months(7).at(-1)).toBe('2024-02');
    // What was due stays due, month by month, for every shape.
    for (const m of fiscalMonths(2566)) {
      const expected = SPANS.map(([startMonth, endMonth], i) => ({ id: i + 1, startMonth, endMonth, months: [] }))
        .filter((a) => isDueIn(a, m))
        .map((a) => a.id);
      expect(
        listMonth(db, 1, m).map((r) => r.activityId),
        m,
      ).toEqual(expected);
    }
    db.close();
  });

  it('STRICT, months only, one row per month, gone with its activity', () => {
    const file = tmpDbPath();
    seedV70(file).close();
    const db = openDatabase(file, { targetVersion: 80 });
    const add = (id: number, m: unknown) =>
      db.prepare('INSERT INTO activity_month (activity_id, month) VALUES (?, ?)').run(id, m);
    expect(() => add(6, '2023-13')).toThrow(/CHECK/);
    expect(() => add(6, '2023-1')).toThrow(/CHECK/);
    expect(() => add(6, 202301)).toThrow();
    expect(() => add(2, '2023-03')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => add(99, '2023-03')).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM activity WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM activity_month WHERE activity_id = 1').get()).toEqual({ n: 0 });
    db.close();
  });
});
