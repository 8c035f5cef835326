import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase, schemaVersion } from '../../db/open';
import { LATEST_VERSION, MIGRATIONS } from '../../db/migrations';
import { AppError } from '../../core/errors';
import { tmpDbPath } from '../helpers/tmp';

const now = '2023-01-15T10:00:00.000Z';

function seedPlanRows(db: Database.Database) {
  db.prepare(
    `INSERT INTO plan (id, fiscal_year, office, title, created_at, updated_at)
              VALUES (1, 2566, 'สำนักงานเขตดุสิต', 'มาตรการ', ?, ?)`,
  ).run(now, now);
  db.prepare(`INSERT INTO indicator (id, plan_id, number, tool, name) VALUES (1, 1, 1, 'IIT', 'การปฏิบัติหน้าที่')`).run();
  db.prepare(
    `INSERT INTO item (id, plan_id, indicator_id, code, question, issue, position)
              VALUES (1, 1, 1, 'I1', 'คำถาม', 'ประเด็น', 1)`,
  ).run();
  db.prepare(
    `INSERT INTO activity (id, item_id, position, text, start_month, end_month)
              VALUES (1, 1, 1, 'ประชุมชี้แจง', '2022-12', '2023-05')`,
  ).run();
}

describe('migrations', () => {
  it('are numbered in increasing order, one file each', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_VERSION).toBe(versions.at(-1));
  });

  it('a new file gets every migration, WAL, foreign keys, STRICT tables and our application_id', () => {
    const file = tmpDbPath();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    expect(tables.map((t) => t.name).sort()).toEqual(
      [
        'activity',
        'activity_division',
        'activity_month',
        'audit_log',
        'criteria_set',
        'division',
        'evidence',
        'follow_up',
        'form_import',
        'indicator',
        'item',
        'plan',
        'setting',
        'sub_indicator',
        'tool',
      ].sort(),
    );
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT/);
    db.close();
  });

  it('0010-initial: creates the plan structure from an empty file', () => {
    const file = tmpDbPath();
    const db = openDatabase(file, { targetVersion: 10 });
    expect(schemaVersion(db)).toBe(10);
    seedPlanRows(db);
    // STRICT: a text where an integer belongs is refused, not silently stored.
    expect(() => db.prepare(`UPDATE item SET position = 'abc' WHERE id = 1`).run()).toThrow();
    // Foreign keys are on: an item of a missing plan is refused.
    expect(() =>
      db.prepare(`INSERT INTO item (plan_id, indicator_id, code, position) VALUES (99, 1, 'I2', 2)`).run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`UPDATE activity SET start_month = '2023-06' WHERE id = 1`).run()).toThrow(/CHECK/);
    db.close();
  });

  it('0020-follow-ups: migrates a 0010 database keeping its rows, then stores follow-ups and evidence', () => {
    const file = tmpDbPath();
    const db10 = openDatabase(file, { targetVersion: 10 });
    seedPlanRows(db10);
    db10.close();

    const db = openDatabase(file, { targetVersion: 20 });
    expect(schemaVersion(db)).toBe(20);
    expect(db.prepare('SELECT text FROM activity WHERE id = 1').get()).toEqual({ text: 'ประชุมชี้แจง' });
    db.prepare(`INSERT INTO follow_up (activity_id, month, status, updated_at) VALUES (1, '2023-01', 'done', ?)`).run(
      now,
    );
    db.prepare(
      `INSERT INTO evidence (follow_up_id, kind, url, created_at) VALUES (1, 'url', 'https://dusit.example/a', ?)`,
    ).run(now);
    expect(() =>
      db
        .prepare(
          `INSERT INTO evidence (follow_up_id, kind, url, created_at) VALUES (1, 'url', 'javascript:alert(1)', ?)`,
        )
        .run(now),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(`INSERT INTO follow_up (activity_id, month, status, updated_at) VALUES (1, '2023-01', 'done', ?)`)
        .run(now),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(`INSERT INTO follow_up (activity_id, month, status, updated_at) VALUES (1, '2023-02', 'finished', ?)`)
        .run(now),
    ).toThrow(/CHECK/);
    // Deleting the activity takes its reports with it (no orphans).
    db.prepare('DELETE FROM activity WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM evidence').get()).toEqual({ n: 0 });
    db.close();
  });

  it('0030-audit-log: migrates a 0020 database keeping its follow-ups, then records changes', () => {
    const file = tmpDbPath();
    const db20 = openDatabase(file, { targetVersion: 20 });
    seedPlanRows(db20);
    db20
      .prepare(`INSERT INTO follow_up (activity_id, month, status, updated_at) VALUES (1, '2023-01', 'inProgress', ?)`)
      .run(now);
    db20.close();

    const db = openDatabase(file, { targetVersion: 30 });
    expect(schemaVersion(db)).toBe(30);
    expect(db.prepare('SELECT status FROM follow_up').get()).toEqual({ status: 'inProgress' });
    db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity, summary, before, after) VALUES (?, 'สมชาย', 'x', 'plan', 's', NULL, '{"a":1}')`,
    ).run(now);
    expect(() =>
      db
        .prepare(`INSERT INTO audit_log (at, actor, action, entity, after) VALUES (?, 'a', 'x', 'plan', 'not json')`)
        .run(now),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('a failing migration leaves the database at the version before it', () => {
    const file = tmpDbPath();
    openDatabase(file, { targetVersion: 10 }).close();
    const raw = new Database(file);
    raw.exec('CREATE TABLE follow_up (x INTEGER) STRICT'); // makes 0020 fail half-way
    raw.close();
    expect(() => openDatabase(file)).toThrow();
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(10);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'evidence'").get()).toEqual({ n: 0 });
    check.close();
  });

  it('refuses a database from a newer app with a Thai message and leaves it untouched', () => {
    const file = tmpDbPath();
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 10}`);
    raw.close();
    const before = fs.readFileSync(file);
    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('newerDatabase');
    expect((error as AppError).message).toMatch(/รุ่นที่ใหม่กว่า/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it("refuses another program's SQLite file and a file that is not SQLite at all", () => {
    const foreign = tmpDbPath();
    const raw = new Database(foreign);
    raw.exec('CREATE TABLE customers (id INTEGER)');
    raw.close();
    expect(() => openDatabase(foreign)).toThrow(expect.objectContaining({ code: 'foreignDatabase' }));

    const junk = tmpDbPath();
    fs.writeFileSync(junk, 'นี่ไม่ใช่ฐานข้อมูล '.repeat(500));
    expect(() => openDatabase(junk)).toThrow(expect.objectContaining({ code: 'foreignDatabase' }));
    expect(fs.readFileSync(junk, 'utf8').startsWith('นี่ไม่ใช่')).toBe(true);
  });

  it('0040-form-imports: migrates a 0030 database keeping its rows; a record goes with its plan', () => {
    const file = tmpDbPath();
    const db30 = openDatabase(file, { targetVersion: 30 });
    seedPlanRows(db30);
    db30.close();
    const db = openDatabase(file, { targetVersion: 40 });
    expect(schemaVersion(db)).toBe(40);
    expect(db.prepare('SELECT count(*) AS n FROM activity').get()).toEqual({ n: 1 });
    const insert = db.prepare(
      `INSERT INTO form_import (form_key, plan_id, month, division_id, issued_at, content_hash, file_name, imported_at)
       VALUES (?, 1, ?, NULL, NULL, ?, 'ฝ่ายปกครอง.xlsx', ?)`,
    );
    insert.run('a1b2', '2023-01', 'f'.repeat(64), now);
    expect(() => insert.run('bad-month', '2566-1', 'f'.repeat(64), now)).toThrow(/CHECK/);
    expect(() => insert.run('bad-hash', '2023-01', 'short', now)).toThrow(/CHECK/);
    expect(() => insert.run('a1b2', '2023-02', 'e'.repeat(64), now)).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM plan WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM form_import').get()).toEqual({ n: 0 });
    db.close();
  });
});
