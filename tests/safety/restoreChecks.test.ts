// Issue 12, point 1: restore accepts only a file that is exactly what this app makes. Each tampered
// variation (tests/safety/tamperedFiles.ts) is refused before anything is replaced — no safety backup,
// the current data unchanged — by the check (inspect), the restore, the API and the CLI, and opening
// the file directly is refused the same way. Other page sizes are restored correctly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectBackupFile, listBackups, restoreFromFile } from '../../db/backup';
import { LATEST_VERSION } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { createApi } from '../../electron/api/createApi';
import { runCli } from '../../electron/cli/run';
import { makeApi } from '../helpers/api';
import { fingerprint } from '../helpers/fingerprint';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';
import { genuineBackup, TAMPER_CASES, tampered } from './tamperedFiles';

let genuine = '';
let keep = '';
beforeAll(async () => {
  keep = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-genuine-'));
  genuine = await genuineBackup(keep);
}, 60_000);
afterAll(() => fs.rmSync(keep, { recursive: true, force: true }));

/** The data a user has open: a different plan year, so a restore is visible. */
async function current() {
  const t = makeApi();
  await t.api.createPlan({ fiscalYear: 2567, office: 'สำนักงานเขตบางรัก' });
  const backups = path.join(path.dirname(t.dbPath), 'backups');
  return { ...t, backups };
}

describe('restore refuses a tampered file before anything is replaced', () => {
  it('the genuine backup itself is accepted (so each refusal below is about its one change)', async () => {
    const t = await current();
    expect(inspectBackupFile(genuine)).toMatchObject({ schemaVersion: LATEST_VERSION, followUpCount: 5 });
    await restoreFromFile(t.db, genuine, t.backups);
    expect((await t.api.listPlans({})).map((p) => p.fiscalYear)).toEqual([2566]);
  });

  it.each(TAMPER_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const file = tampered(genuine, c);
    const bytes = fs.readFileSync(file);
    const t = await current();
    const before = fingerprint(t.dbPath);
    const expected = { code: c.code, message: expect.stringContaining(c.mentions) };
    expect(() => inspectBackupFile(file)).toThrow(expect.objectContaining(expected));
    await expect(restoreFromFile(t.db, file, t.backups)).rejects.toMatchObject(expected);
    await expect(t.api.restoreBackup({ path: file })).rejects.toMatchObject(expected);
    expect(fingerprint(t.dbPath)).toBe(before);
    expect(listBackups(t.backups)).toEqual([]);
    // Opening the file itself (a file the app did not create) runs the same check, and changes nothing.
    expect(() => openDatabase(file, { integrity: true })).toThrow(expect.objectContaining({ code: c.code }));
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('the CLI restore refuses with the Thai reason and exit 1, before asking anything', async () => {
    const c = TAMPER_CASES.find((x) => x.mentions === 'wipe_audit')!;
    const file = tampered(genuine, c);
    const dir = tmpDir();
    const db = path.join(dir, 'ita.sqlite');
    const io = { out: [] as string[], err: [] as string[] };
    const run = (args: string[]) =>
      runCli(args, {
        out: (s) => io.out.push(s),
        err: (s) => io.err.push(s),
        appRoot: REPO_ROOT,
        ask: async () => 'y',
      });
    expect(await run(['--db', db, 'import-sample'])).toBe(0);
    const before = fingerprint(db);
    expect(await run(['--db', db, 'restore', file, '--yes'])).toBe(1);
    expect(io.err.join('\n')).toContain('wipe_audit');
    expect(io.err.join('\n')).toContain('ถูกแก้ไขโครงสร้างนอกโปรแกรม');
    expect(fingerprint(db)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('a file in UTF-16 (not what the app writes) is refused', async () => {
    const file = path.join(tmpDir(), 'utf16.sqlite');
    const raw = new Database(file);
    raw.pragma("encoding = 'UTF-16le'");
    raw.exec('CREATE TABLE t (x); DROP TABLE t');
    raw.close();
    const db = openDatabase(file);
    db.close();
    const t = await current();
    await expect(restoreFromFile(t.db, file, t.backups)).rejects.toMatchObject({
      code: 'foreignDatabase',
      message: expect.stringContaining('UTF-16'),
    });
    expect(listBackups(t.backups)).toEqual([]);
  });
});

describe('backups with another page size are restored correctly', () => {
  async function withPageSize(pageSize: number): Promise<{ file: string; rows: string }> {
    const file = path.join(tmpDir(), `p${pageSize}.sqlite`);
    const raw = new Database(file);
    raw.pragma(`page_size = ${pageSize}`);
    raw.exec('VACUUM');
    raw.close();
    const db = openDatabase(file);
    const api = createApi(db, { dbPath: file, actor: 'ทดสอบ', appRoot: REPO_ROOT });
    await api.importSamplePlan({});
    const plan = (await api.listPlans({}))[0]!;
    const a = (await api.getPlan({ planId: plan.id })).indicators[0]!.items[0]!.activities[0]!;
    await api.saveFollowUp({
      activityId: a.id,
      month: '2023-02',
      status: 'inProgress',
      qty: 3,
      result: `หน้า ${pageSize}`,
    });
    expect(db.pragma('page_size', { simple: true })).toBe(pageSize);
    db.pragma('journal_mode = DELETE');
    db.close();
    return { file, rows: fingerprint(file) };
  }

  it.each([512, 1024, 8192, 65536])(
    'page size %i: restored whole, the data reads back, the live file keeps its page size',
    async (size) => {
      const { file } = await withPageSize(size);
      const t = await current();
      const livePageSize = t.db.pragma('page_size', { simple: true });
      const r = await restoreFromFile(t.db, file, t.backups);
      expect(r.info.followUpCount).toBe(1);
      expect(t.db.pragma('page_size', { simple: true })).toBe(livePageSize);
      expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const plan = (await t.api.listPlans({}))[0]!;
      const month = await t.api.listMonth({ planId: plan.id, month: '2023-02' });
      expect(month.some((m) => m.followUp?.result === `หน้า ${size}`)).toBe(true);
      const reopened = t.reopen();
      expect((await reopened.api.listPlans({})).map((p) => p.fiscalYear)).toEqual([2566]);
      reopened.db.close();
    },
  );
});
