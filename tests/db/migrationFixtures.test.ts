// Databases written by earlier versions of the app (committed fixtures, tests/db/fixtures/make.ts)
// open in this one: every row kept, the new tables usable, and a backup taken before migrating.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupBeforeMigration, inspectBackupFile, listBackups } from '../../db/backup';
import { LATEST_VERSION } from '../../db/migrations';
import { openDatabase, schemaVersion } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

const FIXTURES = path.join(__dirname, 'fixtures');

function copyFixture(version: number): { file: string; backups: string } {
  const dir = tmpDir();
  const file = path.join(dir, 'ita.sqlite');
  fs.copyFileSync(path.join(FIXTURES, `v${version}.sqlite`), file);
  return { file, backups: path.join(dir, 'backups') };
}

const count = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('fixture databases of earlier schema versions', () => {
  it('the committed fixtures are what their version wrote', () => {
    for (const v of [10, 20]) {
      const db = new Database(path.join(FIXTURES, `v${v}.sqlite`), { readonly: true });
      expect(db.pragma('user_version', { simple: true })).toBe(v);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
  });

  for (const version of [10, 20]) {
    it(`v${version} migrates to ${LATEST_VERSION} keeping its rows, after a backup of the old file`, async () => {
      const { file, backups } = copyFixture(version);
      const before = fs.readFileSync(file);
      const db = openDatabase(file, { beforeMigration: backupBeforeMigration(backups) });
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);

      // The backup is the file as it was: same version, same rows.
      const saved = listBackups(backups);
      expect(saved).toHaveLength(1);
      expect(saved[0]!.reason).toBe(`pre-migration-v${version}`);
      const old = new Database(saved[0]!.path, { readonly: true });
      expect(old.pragma('user_version', { simple: true })).toBe(version);
      expect(count(old, 'activity')).toBe(2);
      old.close();
      expect(fs.existsSync(`${saved[0]!.path}-wal`)).toBe(false);
      expect(before.length).toBeGreaterThan(0);

      // Rows kept.
      expect(count(db, 'plan')).toBe(1);
      expect(count(db, 'indicator')).toBe(10);
      expect(count(db, 'item')).toBe(2);
      expect(count(db, 'activity')).toBe(2);
      expect(count(db, 'activity_division')).toBe(2);
      expect(count(db, 'follow_up')).toBe(version >= 20 ? 2 : 0);
      expect(count(db, 'evidence')).toBe(version >= 20 ? 2 : 0);

      // New tables usable through the API: a follow-up saved, an audit entry written.
      const api = createApi(db, { dbPath: file, actor: 'ผู้ทดสอบ', appRoot: REPO_ROOT });
      const plan = await api.findPlan({ fiscalYear: 2566 });
      expect(plan).toMatchObject({ office: 'สำนักงานเขตดุสิต', itemCount: 2, activityCount: 2 });
      expect((await api.getSettings({})).directorName).toBe('นายสมชาย ใจดี');
      const saved2 = await api.saveFollowUp({ activityId: 1, month: '2023-02', status: 'done', result: 'ประชุมครั้งที่ 2' });
      expect(saved2.status).toBe('done');
      await api.addEvidenceUrl({ activityId: 1, month: '2023-02', url: 'https://example.go.th/x' });
      const rows = await api.listMonth({ planId: plan!.id, month: '2023-01' });
      expect(rows.find((r) => r.activityId === 1)?.followUp?.status).toBe(version >= 20 ? 'done' : undefined);
      const audit = await api.listAudit({});
      expect(audit.some((a) => a.entity === 'followUp' || a.action.startsWith('followUp'))).toBe(true);
      if (version >= 20) {
        const history = await api.activityHistory({ activityId: 1 });
        expect(history.map((h) => h.month)).toEqual(expect.arrayContaining(['2023-01', '2023-02']));
      }
      db.close();

      // Opened again: nothing pending, no second backup.
      const again = openDatabase(file, { beforeMigration: backupBeforeMigration(backups) });
      again.close();
      expect(listBackups(backups)).toHaveLength(1);
    });
  }

  it('a new, empty file is not backed up before its first migrations', () => {
    const dir = tmpDir();
    let called = 0;
    const db = openDatabase(path.join(dir, 'new.sqlite'), { beforeMigration: () => void called++ });
    db.close();
    expect(called).toBe(0);
  });

  it('a failing backup stops the migration: the old file stays at its version with its rows', () => {
    const { file } = copyFixture(20);
    expect(() =>
      openDatabase(file, {
        beforeMigration: () => {
          throw new Error('disk full');
        },
      }),
    ).toThrow('disk full');
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    expect(count(db, 'follow_up')).toBe(2);
    expect(db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'audit_log'").get()).toBeUndefined();
    db.close();
  });

  it('an older backup file is accepted for restore and described', () => {
    const info = inspectBackupFile(path.join(FIXTURES, 'v20.sqlite'));
    expect(info).toMatchObject({ office: 'สำนักงานเขตดุสิต', fiscalYears: [2566], schemaVersion: 20, followUpCount: 2 });
    expect(info.lastChange).toBe('2023-01-15T10:00:00.000Z');
  });
});
