// Migrations 0060 (history batches) and 0070 (copied drafts), each on a database of the version
// before it, keeping its rows.
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../db/open';
import { tmpDbPath } from '../helpers/tmp';

const now = '2023-01-15T10:00:00.000Z';

function seed(file: string, version: number) {
  const db = openDatabase(file, { targetVersion: version });
  db.prepare(
    `INSERT INTO plan (id, fiscal_year, office, title, created_at, updated_at) VALUES (1, 2566, 'สำนักงานเขตดุสิต', 'มาตรการ', ?, ?)`,
  ).run(now, now);
  db.prepare(`INSERT INTO indicator (id, plan_id, number, tool, name) VALUES (1, 1, 1, 'IIT', 'การปฏิบัติหน้าที่')`).run();
  db.prepare(`INSERT INTO item (id, plan_id, indicator_id, code, position) VALUES (1, 1, 1, 'I1', 1)`).run();
  db.prepare(`INSERT INTO activity (id, item_id, position, text) VALUES (1, 1, 1, 'ประชุมชี้แจง')`).run();
  db.prepare(`INSERT INTO follow_up (activity_id, month, status, updated_at) VALUES (1, '2023-01', 'done', ?)`).run(
    now,
  );
  const log = db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, summary) VALUES (?, 'สมชาย', ?, 'plan', 's')`,
  );
  log.run(now, 'plan.create');
  log.run(now, 'followUp.save');
  return db;
}

describe('history and draft migrations', () => {
  it('0060-audit-batches: every older entry is its own batch, none reverted', () => {
    const file = tmpDbPath();
    seed(file, 30).close();
    openDatabase(file, { targetVersion: 50 }).close();
    const db = openDatabase(file, { targetVersion: 60 });
    expect(schemaVersion(db)).toBe(60);
    expect(db.prepare('SELECT id, batch_id, reverted_by FROM audit_log ORDER BY id').all()).toEqual([
      { id: 1, batch_id: 1, reverted_by: null },
      { id: 2, batch_id: 2, reverted_by: null },
    ]);
    // STRICT still: a batch is a number.
    expect(() => db.prepare(`UPDATE audit_log SET batch_id = 'x' WHERE id = 1`).run()).toThrow();
    db.close();
  });

  it('0070-follow-up-drafts: saved reports stay reports; a draft names the month it came from', () => {
    const file = tmpDbPath();
    seed(file, 30).close();
    openDatabase(file, { targetVersion: 60 }).close();
    const db = openDatabase(file, { targetVersion: 70 });
    expect(schemaVersion(db)).toBe(70);
    expect(db.prepare('SELECT status, draft, copied_from FROM follow_up').get()).toEqual({
      status: 'done',
      draft: 0,
      copied_from: null,
    });
    db.prepare(
      `INSERT INTO follow_up (activity_id, month, status, updated_at, draft, copied_from) VALUES (1, '2023-02', 'inProgress', ?, 1, '2023-01')`,
    ).run(now);
    expect(() => db.prepare(`UPDATE follow_up SET draft = 2`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE follow_up SET copied_from = 'มกราคม'`).run()).toThrow(/CHECK/);
    db.close();
  });
});
