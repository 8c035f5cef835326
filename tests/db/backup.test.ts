// Backups and restore on real SQLite files: names and retention, standalone backup files, what a
// file holds, restore (all or nothing), and every refusal leaving the current data byte-identical.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupsToPrune,
  createBackup,
  isDailyBackupDue,
  listBackups,
  parseBackupName,
  pruneBackups,
  replaceDamagedWithBackup,
} from '../../db/backup';
import { decideRecovery } from '../../db/backup/recovery';
import { AppError } from '../../core/errors';
import { LATEST_VERSION } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { makeApi, type TestApi } from '../helpers/api';
import { tmpDir } from '../helpers/tmp';

/** The current data as bytes on disk: the file and its WAL (where recent commits live). */
function hashDb(dbPath: string): string {
  const h = crypto.createHash('sha256');
  for (const f of [dbPath, `${dbPath}-wal`]) if (fs.existsSync(f)) h.update(fs.readFileSync(f));
  return h.digest('hex');
}

async function withSample(): Promise<TestApi & { backups: string }> {
  const t = makeApi();
  await t.api.importSamplePlan({});
  return { ...t, backups: path.join(path.dirname(t.dbPath), 'backups') };
}

async function expectRefusal(t: TestApi, file: string, code: string, message: RegExp) {
  const before = hashDb(t.dbPath);
  const plansBefore = await t.api.listPlans({});
  await expect(t.api.inspectBackupFile({ path: file })).rejects.toMatchObject({
    code,
    message: expect.stringMatching(message),
  });
  await expect(t.api.restoreBackup({ path: file })).rejects.toMatchObject({
    code,
    message: expect.stringMatching(message),
  });
  expect(hashDb(t.dbPath)).toBe(before);
  expect(await t.api.listPlans({})).toEqual(plansBefore);
  // Nothing was backed up either: a refusal happens before anything is touched.
  expect(listBackups(path.join(path.dirname(t.dbPath), 'backups')).filter((b) => b.reason === 'pre-restore')).toEqual(
    [],
  );
}

describe('backup names and retention (pure)', () => {
  it('names carry the local time and the reason, and parse back', () => {
    const d = new Date(2025, 2, 1, 8, 5, 9);
    expect(backupFileName(d, 'auto')).toBe('ita-backup-20250301-080509-auto.sqlite');
    expect(parseBackupName('ita-backup-20250301-080509-auto.sqlite')).toEqual({
      createdAt: '2025-03-01T08:05:09',
      reason: 'auto',
    });
    expect(parseBackupName('ita-backup-20250301-080509-manual-2.sqlite')?.reason).toBe('manual');
    expect(parseBackupName('ita-backup-20250301-080509-pre-migration-v20.sqlite')?.reason).toBe('pre-migration-v20');
    expect(parseBackupName('other.sqlite')).toBeNull();
  });

  it('keeps the last 14 automatic backups and one per month; never prunes manual ones', () => {
    const entries: { reason: string; createdAt: string }[] = [];
    // 90 daily automatic backups from 2025-01-01, and a manual one in January.
    for (let i = 0; i < 90; i++) {
      const d = new Date(Date.UTC(2025, 0, 1 + i, 9));
      entries.push({ reason: 'auto', createdAt: d.toISOString().slice(0, 19) });
    }
    entries.push({ reason: 'manual', createdAt: '2025-01-02T10:00:00' });
    const pruned = new Set(backupsToPrune(entries));
    const kept = entries.filter((e) => !pruned.has(e));
    expect(kept.filter((e) => e.reason === 'manual')).toHaveLength(1);
    const autoKept = kept.filter((e) => e.reason === 'auto').map((e) => e.createdAt.slice(0, 10));
    // The newest 14 (2025-03-18 … 2025-03-31) plus the newest of January and February.
    expect(autoKept).toContain('2025-01-31');
    expect(autoKept).toContain('2025-02-28');
    expect(autoKept.filter((d) => d >= '2025-03-18')).toHaveLength(14);
    expect(autoKept).toHaveLength(16);
  });

  it('a daily backup is due after 24 hours', () => {
    expect(isDailyBackupDue([], new Date())).toBe(true);
    const e = [{ reason: 'auto', createdAt: '2025-03-01T08:00:00' }];
    expect(isDailyBackupDue(e, new Date(2025, 2, 1, 20))).toBe(false);
    expect(isDailyBackupDue(e, new Date(2025, 2, 2, 8, 0, 1))).toBe(true);
    expect(isDailyBackupDue([{ reason: 'manual', createdAt: '2025-03-01T08:00:00' }], new Date(2025, 2, 1, 9))).toBe(
      true,
    );
  });
});

describe('backups on real files', () => {
  it('backupNow writes one standalone file in backups/ next to the db; listBackups shows it', async () => {
    const t = await withSample();
    const b = await t.api.backupNow({});
    expect(b.reason).toBe('manual');
    expect(path.dirname(b.path)).toBe(t.backups);
    expect(fs.readdirSync(t.backups)).toEqual([b.name]); // no -wal, -shm or temp file left
    const copy = new Database(b.path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    const list = await t.api.listBackups({});
    expect(list).toMatchObject({ dbPath: t.dbPath, backupsDir: t.backups, backups: [{ name: b.name }] });
    const info = await t.api.inspectBackupFile({ path: b.path });
    expect(info).toMatchObject({ fiscalYears: [2566], schemaVersion: LATEST_VERSION, planCount: 1 });
    expect(info.office).toMatch(/เขต/);
    expect(info.lastChange).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('backupToFile writes a copy anywhere (a file to email), not over the data file', async () => {
    const t = await withSample();
    const out = path.join(tmpDir(), 'to-email.sqlite');
    const r = await t.api.backupToFile({ path: out });
    expect(r.bytes).toBeGreaterThan(0);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['to-email.sqlite']);
    await expect(t.api.backupToFile({ path: t.dbPath })).rejects.toMatchObject({ code: 'invalidInput' });
  });

  it('automatic backups are pruned to the retention rule', async () => {
    const t = await withSample();
    for (let i = 0; i < 20; i++) await createBackup(t.db, t.backups, 'auto', new Date(2025, 2, 1 + i, 9));
    await createBackup(t.db, t.backups, 'manual', new Date(2024, 0, 1, 9));
    const left = listBackups(t.backups);
    expect(left.filter((b) => b.reason === 'auto')).toHaveLength(14);
    expect(left.filter((b) => b.reason === 'manual')).toHaveLength(1);
    expect(pruneBackups(t.backups)).toEqual([]);
  });

  it('restore: the current data is backed up first, then replaced by the file; the audit log says so', async () => {
    const t = await withSample();
    const good = await t.api.backupNow({});
    const plan = (await t.api.listPlans({}))[0]!;
    await t.api.updatePlan({ planId: plan.id, office: 'สำนักงานเขตหลังสำรอง' });
    await t.api.createPlan({ fiscalYear: 2567 });
    expect((await t.api.listPlans({})).length).toBe(2);

    const r = await t.api.restoreBackup({ path: good.path });
    expect(r.info.fiscalYears).toEqual([2566]);
    expect(r.safetyBackup.reason).toBe('pre-restore');
    const plans = await t.api.listPlans({});
    expect(plans.map((p) => p.fiscalYear)).toEqual([2566]);
    expect(plans[0]!.office).not.toBe('สำนักงานเขตหลังสำรอง');
    expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await t.api.listAudit({})).some((a) => a.action === 'data.restore')).toBe(true);

    // The safety backup holds what was replaced; a restart sees the restored data.
    expect((await t.api.inspectBackupFile({ path: r.safetyBackup.path })).fiscalYears).toEqual([2566, 2567]);
    const again = t.reopen();
    expect((await again.api.listPlans({})).map((p) => p.fiscalYear)).toEqual([2566]);
    again.db.close();
  });

  it('restore of an older backup (schema 20) migrates it on the way in', async () => {
    const t = await withSample();
    await t.api.restoreBackup({ path: path.join(__dirname, 'fixtures', 'v20.sqlite') });
    expect(t.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const plans = await t.api.listPlans({});
    expect(plans).toMatchObject([{ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต', activityCount: 2 }]);
    await t.api.saveFollowUp({ activityId: 1, month: '2023-03', status: 'done' });
  });
});

describe('refused files leave the current database byte-identical', () => {
  it('a foreign SQLite database', async () => {
    const t = await withSample();
    const foreign = path.join(tmpDir(), 'foreign.sqlite');
    const f = new Database(foreign);
    f.exec('CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES (1)');
    f.close();
    await expectRefusal(t, foreign, 'foreignDatabase', /ไม่ใช่ไฟล์ข้อมูลของ ITA Tracker/);
  });

  it('random bytes, an empty file and a text file', async () => {
    const t = await withSample();
    const dir = tmpDir();
    const random = path.join(dir, 'random.sqlite');
    fs.writeFileSync(random, crypto.randomBytes(64 * 1024));
    await expectRefusal(t, random, 'foreignDatabase', /ไม่ใช่ไฟล์ข้อมูล/);
    const empty = path.join(dir, 'empty.sqlite');
    fs.writeFileSync(empty, '');
    await expectRefusal(t, empty, 'foreignDatabase', /ไม่ใช่ไฟล์ข้อมูล/);
    const text = path.join(dir, 'plan.txt');
    fs.writeFileSync(text, 'SQLite? ไม่ใช่\n'.repeat(100));
    await expectRefusal(t, text, 'foreignDatabase', /ไม่ใช่ไฟล์ข้อมูล/);
    await expect(t.api.inspectBackupFile({ path: path.join(dir, 'missing.sqlite') })).rejects.toMatchObject({
      code: 'notFound',
    });
  });

  it('a truncated copy (cut at a page boundary and in the middle of a page)', async () => {
    const t = await withSample();
    const good = await t.api.backupNow({});
    const bytes = fs.readFileSync(good.path);
    const dir = tmpDir();
    const half = path.join(dir, 'half.sqlite');
    fs.writeFileSync(half, bytes.subarray(0, Math.floor(bytes.length / 2 / 4096) * 4096));
    await expectRefusal(t, half, 'corruptDatabase', /เสียหายหรือไม่สมบูรณ์/);
    const ragged = path.join(dir, 'ragged.sqlite');
    fs.writeFileSync(ragged, bytes.subarray(0, bytes.length - 1000));
    await expectRefusal(t, ragged, 'corruptDatabase', /เสียหายหรือไม่สมบูรณ์/);
  });

  it('a file from a newer app (user_version above ours)', async () => {
    const t = await withSample();
    const good = await t.api.backupNow({});
    const newer = path.join(tmpDir(), 'newer.sqlite');
    fs.copyFileSync(good.path, newer);
    const n = new Database(newer);
    n.pragma(`user_version = ${LATEST_VERSION + 10}`);
    n.close();
    await expectRefusal(t, newer, 'newerDatabase', /รุ่นที่ใหม่กว่า/);
  });

  it('a file failing integrity_check (a table page overwritten)', async () => {
    const t = await withSample();
    const good = await t.api.backupNow({});
    const bad = path.join(tmpDir(), 'bad.sqlite');
    fs.copyFileSync(good.path, bad);
    const probe = new Database(bad, { readonly: true });
    const root = (
      probe.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'activity'").get() as { rootpage: number }
    ).rootpage;
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    probe.close();
    const fd = fs.openSync(bad, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
    fs.closeSync(fd);
    await expectRefusal(t, bad, 'corruptDatabase', /เสียหาย/);
  });

  it('the data file itself is refused as a restore source', async () => {
    const t = await withSample();
    const before = hashDb(t.dbPath);
    await expect(t.api.restoreBackup({ path: t.dbPath })).rejects.toMatchObject({ code: 'invalidInput' });
    expect(hashDb(t.dbPath)).toBe(before);
  });
});

describe('a damaged data file at start: the newest good backup is offered', () => {
  const cands = [
    { path: '/b/3', createdAt: '2025-03-03T09:00:00', problem: 'เสียหาย' },
    { path: '/b/2', createdAt: '2025-03-02T09:00:00', problem: null },
    { path: '/b/1', createdAt: '2025-03-01T09:00:00', problem: null },
  ];

  it('decideRecovery: offers the newest backup that passed the checks, only for a damaged file', () => {
    const d = decideRecovery({ code: 'corruptDatabase', message: 'ไฟล์ฐานข้อมูลเสียหาย' }, '/d/ita.sqlite', cands);
    expect(d.kind).toBe('offerRestore');
    if (d.kind !== 'offerRestore') return;
    expect(d.backup.path).toBe('/b/2');
    expect(d.message).toContain('2/3/2568 09:00');
    expect(d.buttons[0]).toBe('กู้คืนจากไฟล์สำรอง');
    expect(decideRecovery({ code: 'corruptDatabase', message: 'x' }, '/d', [cands[0]!]).kind).toBe('fatal');
    expect(decideRecovery({ code: 'corruptDatabase', message: 'x' }, '/d', []).kind).toBe('fatal');
    expect(decideRecovery({ code: 'newerDatabase', message: 'ใหม่กว่า' }, '/d', cands)).toMatchObject({
      kind: 'fatal',
      message: expect.stringContaining('ใหม่กว่า'),
    });
    expect(decideRecovery({ code: 'locked', message: 'ใช้อยู่' }, '/d', cands).kind).toBe('fatal');
  });

  it('replaceDamagedWithBackup keeps the damaged file aside and opens the backup', async () => {
    const t = await withSample();
    const good = await t.api.backupNow({});
    t.db.close();
    // Damage: page 2 onwards overwritten.
    const fd = fs.openSync(t.dbPath, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 4, 0x5a), 0, 4096 * 4, 4096);
    fs.closeSync(fd);
    const aside = replaceDamagedWithBackup(t.dbPath, good.path);
    expect(fs.existsSync(aside)).toBe(true);
    const db = openDatabase(t.dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((db.prepare('SELECT count(*) AS n FROM plan').get() as { n: number }).n).toBe(1);
    db.close();
    // A bad backup is never put in place.
    const junk = path.join(tmpDir(), 'junk.sqlite');
    fs.writeFileSync(junk, 'junk');
    expect(() => replaceDamagedWithBackup(t.dbPath, junk)).toThrow(AppError);
  });
});
