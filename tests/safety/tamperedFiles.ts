// Tampered database files for tests/safety/restoreChecks.test.ts: a genuine backup of the sample
// plan with follow-ups, then one change made with plain SQLite, as someone editing the file outside
// the app would. Each case names what the refusal message must mention.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { writeBackupSync } from '../../db/backup';
import { makeApi } from '../helpers/api';
import { tmpDir } from '../helpers/tmp';

export interface TamperCase {
  name: string;
  /** What the Thai message must contain (the object's name, or the kind of problem). */
  mentions: string;
  code: 'foreignDatabase' | 'corruptDatabase';
  tamper(db: Database.Database): void;
}

/**
 * A genuine backup: the sample plan, a few follow-ups with a link, their audit entries. Written into
 * `dir` (kept across the tests of a file; tmpDir() folders go after each test).
 */
export async function genuineBackup(dir: string): Promise<string> {
  const t = makeApi();
  await t.api.importSamplePlan({});
  const plan = (await t.api.listPlans({}))[0]!;
  const detail = await t.api.getPlan({ planId: plan.id });
  const activities = detail.indicators.flatMap((i) => i.items.flatMap((it) => it.activities)).slice(0, 5);
  for (const a of activities) {
    await t.api.saveFollowUp({ activityId: a.id, month: '2023-01', status: 'done', qty: 2, result: 'ทำแล้ว' });
  }
  await t.api.addEvidenceUrl({
    activityId: activities[0]!.id,
    month: '2023-01',
    url: 'https://www.bangkok.go.th/dusit',
  });
  const file = path.join(dir, 'genuine.sqlite');
  writeBackupSync(t.db, file);
  t.db.close();
  return file;
}

/** A copy of `genuine` with one change. */
export function tampered(genuine: string, c: TamperCase): string {
  const file = path.join(tmpDir(), `${c.name.replace(/[^a-z0-9]+/gi, '-')}.sqlite`);
  fs.copyFileSync(genuine, file);
  const db = new Database(file);
  try {
    c.tamper(db);
  } finally {
    db.close();
  }
  return file;
}

/** Rebuilds a table with other SQL, keeping its rows (SQLite's documented 12-step way). */
function rebuild(db: Database.Database, table: string, edit: (sql: string) => string): void {
  const sql = (
    db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) as { sql: string }
  ).sql;
  const indexes = (
    db
      .prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
      .all(table) as {
      sql: string;
    }[]
  ).map((r) => r.sql);
  db.pragma('foreign_keys = OFF');
  db.exec('BEGIN');
  db.exec(edit(sql).replace(`CREATE TABLE ${table}`, `CREATE TABLE ${table}_new`));
  db.exec(
    `INSERT INTO ${table}_new SELECT * FROM ${table}; DROP TABLE ${table}; ALTER TABLE ${table}_new RENAME TO ${table};`,
  );
  for (const i of indexes) db.exec(i);
  db.exec('COMMIT');
}

export const TAMPER_CASES: TamperCase[] = [
  {
    name: 'trigger that empties the audit log on the next save',
    mentions: 'wipe_audit',
    code: 'foreignDatabase',
    tamper: (db) => db.exec('CREATE TRIGGER wipe_audit AFTER INSERT ON follow_up BEGIN DELETE FROM audit_log; END'),
  },
  {
    name: 'trigger that silences audit inserts (deletes each new entry)',
    mentions: 'hush',
    code: 'foreignDatabase',
    tamper: (db) =>
      db.exec('CREATE TRIGGER hush AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log WHERE id = new.id; END'),
  },
  {
    name: 'trigger that ignores audit inserts with RAISE(IGNORE)',
    mentions: 'ignore_audit',
    code: 'foreignDatabase',
    tamper: (db) => db.exec('CREATE TRIGGER ignore_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(IGNORE); END'),
  },
  {
    name: 'trigger that inflates quantities on update',
    mentions: 'inflate',
    code: 'foreignDatabase',
    tamper: (db) =>
      db.exec(
        'CREATE TRIGGER inflate AFTER UPDATE OF qty ON follow_up BEGIN UPDATE follow_up SET qty = qty * 10 WHERE id = new.id AND qty < 100; END',
      ),
  },
  {
    name: 'trigger hidden under the name of a real index',
    mentions: 'item_by_indicator',
    code: 'foreignDatabase',
    tamper: (db) =>
      db.exec('CREATE TRIGGER "item_by_indicator " AFTER DELETE ON plan BEGIN DELETE FROM audit_log; END'),
  },
  {
    name: 'extra view',
    mentions: 'v_plans',
    code: 'foreignDatabase',
    tamper: (db) => db.exec('CREATE VIEW v_plans AS SELECT * FROM plan'),
  },
  {
    name: 'view with an INSTEAD OF trigger',
    mentions: 'v_audit',
    code: 'foreignDatabase',
    tamper: (db) =>
      db.exec(
        'CREATE VIEW v_audit AS SELECT * FROM audit_log; CREATE TRIGGER v_audit_ins INSTEAD OF INSERT ON v_audit BEGIN DELETE FROM audit_log; END',
      ),
  },
  {
    name: 'extra table',
    mentions: 'notes',
    code: 'foreignDatabase',
    tamper: (db) => db.exec('CREATE TABLE notes (x TEXT)'),
  },
  {
    name: 'extra index',
    mentions: 'follow_up_by_month',
    code: 'foreignDatabase',
    tamper: (db) => db.exec('CREATE INDEX follow_up_by_month ON follow_up (month)'),
  },
  {
    name: 'a missing index',
    mentions: 'evidence_by_follow_up',
    code: 'foreignDatabase',
    tamper: (db) => db.exec('DROP INDEX evidence_by_follow_up'),
  },
  {
    name: 'follow_up rebuilt without its CHECKs',
    mentions: 'follow_up',
    code: 'foreignDatabase',
    tamper: (db) =>
      rebuild(db, 'follow_up', (sql) =>
        sql
          .replace(/\s*CHECK \(status IN \([^)]*\)\)/, '')
          .replace(/ CHECK \(qty IS NULL OR qty >= 0\)/, '')
          .replace(/ CHECK \(month GLOB '[^']*'\)/, ''),
      ),
  },
  {
    name: 'plan rebuilt without the approval CHECK',
    mentions: 'plan',
    code: 'foreignDatabase',
    tamper: (db) => rebuild(db, 'plan', (sql) => sql.replace(/,\s*CHECK \(\(status = 'approved'\)[^\n]*\)\)/, '')),
  },
  {
    name: 'audit_log rebuilt as a plain (non-STRICT) table',
    mentions: 'audit_log',
    code: 'foreignDatabase',
    tamper: (db) => rebuild(db, 'audit_log', (sql) => sql.replace(/\)\s*STRICT\s*$/, ')')),
  },
  {
    name: 'an added column',
    mentions: 'follow_up',
    code: 'foreignDatabase',
    tamper: (db) => db.exec('ALTER TABLE follow_up ADD COLUMN secret TEXT'),
  },
  {
    name: 'a renamed column',
    mentions: 'evidence',
    code: 'foreignDatabase',
    tamper: (db) => db.exec('ALTER TABLE evidence RENAME COLUMN label TO caption'),
  },
  {
    name: 'a CHECK edited through writable_schema',
    mentions: 'activity',
    code: 'foreignDatabase',
    tamper: (db) => {
      // better-sqlite3 opens in SQLite's defensive mode; a hand editing the file need not.
      db.unsafeMode(true);
      db.pragma('writable_schema = ON');
      db.prepare(
        "UPDATE sqlite_schema SET sql = replace(sql, 'target_qty >= 0', 'target_qty >= -1000000') WHERE name = 'activity'",
      ).run();
      db.pragma('writable_schema = OFF');
    },
  },
  {
    name: 'a dropped table (audit log removed)',
    mentions: 'audit_log',
    code: 'foreignDatabase',
    tamper: (db) => db.exec('DROP TABLE audit_log'),
  },
  {
    name: 'follow-ups of activities that do not exist',
    mentions: 'follow_up',
    code: 'foreignDatabase',
    tamper: (db) => {
      db.pragma('foreign_keys = OFF');
      db.prepare(
        "INSERT INTO follow_up (activity_id, month, status, updated_at) VALUES (999999, '2023-02', 'done', 'x')",
      ).run();
    },
  },
  {
    name: 'evidence of a follow-up that does not exist',
    mentions: 'evidence',
    code: 'foreignDatabase',
    tamper: (db) => {
      db.pragma('foreign_keys = OFF');
      db.prepare(
        "INSERT INTO evidence (follow_up_id, kind, url, created_at) VALUES (424242, 'url', 'https://x.example', 'x')",
      ).run();
    },
  },
  {
    name: 'an activity given to a division that does not exist',
    mentions: 'activity_division',
    code: 'foreignDatabase',
    tamper: (db) => {
      db.pragma('foreign_keys = OFF');
      const a = db.prepare('SELECT id FROM activity LIMIT 1').get() as { id: number };
      db.prepare('INSERT INTO activity_division (activity_id, division_id) VALUES (?, 777)').run(a.id);
    },
  },
  {
    name: 'rows that break a CHECK (written with ignore_check_constraints)',
    mentions: 'CHECK',
    code: 'corruptDatabase',
    tamper: (db) => {
      db.pragma('ignore_check_constraints = ON');
      db.prepare("UPDATE follow_up SET status = 'hacked', qty = -5").run();
    },
  },
  {
    name: 'a user_version that no version of the app writes',
    mentions: 'รุ่นฐานข้อมูล 25',
    code: 'foreignDatabase',
    tamper: (db) => db.pragma('user_version = 25'),
  },
  {
    name: 'the current schema claiming an older version',
    mentions: 'audit_log',
    code: 'foreignDatabase',
    tamper: (db) => db.pragma('user_version = 20'),
  },
];
