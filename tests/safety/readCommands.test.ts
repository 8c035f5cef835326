// Issue 12, points 6 and 7: read commands open the file read-only. They never migrate an older file
// (nor write its pre-migration backup), never create a missing one (a mistyped --db is an error, not
// "ยังไม่มีแผน"), and work while another process holds the file's lock. Writing commands create and
// migrate. Every read command of the CLI (its spec says writes: false) is tried.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../db/backup';
import { lockPathOf } from '../../db/backup/lock';
import { LATEST_VERSION } from '../../db/migrations';
import { COMMAND_SPECS } from '../../electron/cli/commands';
import { runCli } from '../../electron/cli/run';
import { writesOf } from '../../electron/cli/spec';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

const FIXTURE_V20 = path.join(REPO_ROOT, 'tests', 'db', 'fixtures', 'v20.sqlite');

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), appRoot: REPO_ROOT });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Every read command line, with arguments that would work on a current file. */
function readCommandLines(dir: string): string[][] {
  const lines = [
    ['list-plans'],
    ['show-plan', '2566'],
    ['progress', '--year', '2566'],
    ['followup', 'list', '--year', '2566', '--month', '2023-01'],
    ['followup', 'copy-month', '--year', '2566', '--from', '2023-01', '--to', '2023-02', '--dry-run'],
    ['export', '--report', 'plan', '--year', '2566', '--format', 'xlsx', '--out', path.join(dir, 'plan.xlsx')],
    [
      'division-form',
      '--year',
      '2566',
      '--month',
      '2023-01',
      '--division',
      'ปกครอง',
      '--out',
      path.join(dir, 'f.xlsx'),
    ],
    ['backup', '--out', path.join(dir, 'copy.sqlite')],
    ['import-text', path.join(REPO_ROOT, 'db', 'import', 'sample', 'dusit-2566.txt'), '--year', '2567', '--dry-run'],
    ['import-forms', '--year', '2566', path.join(dir, 'f.xlsx'), '--dry-run'],
    ['import-plan-xlsx', '--year', '2566', path.join(dir, 'plan.xlsx'), '--dry-run'],
    ['import-plan', path.join(REPO_ROOT, 'tests', 'fixtures', 'plans', 'newer-year-2570.txt'), '--dry-run'],
    ['criteria', 'list'],
    ['criteria', 'export', 'bkk-district-2566', '--out', path.join(dir, 'set.json')],
    ['history', 'list', '--json'],
    // Without --yes a revert only shows what it would do (entry 2: the report saved after the import).
    ['history', 'revert', '2'],
  ];
  return lines;
}

const holders: ChildProcess[] = [];
afterEach(() => {
  for (const h of holders.splice(0)) h.kill('SIGKILL');
});

/** Another process holding the file's one-writer lock (as the app does for its whole run). */
function holdLock(dbPath: string): void {
  const holder = spawn('sleep', ['60'], { stdio: 'ignore' });
  holders.push(holder);
  fs.writeFileSync(
    lockPathOf(dbPath),
    JSON.stringify({ pid: holder.pid, host: os.hostname(), by: 'app', at: new Date().toISOString() }),
  );
}

describe('read commands never write (issue 12, points 6 and 7)', () => {
  it('the list of read commands is the specs that say writes: false, dry runs included', () => {
    const lines = readCommandLines('/x');
    const names = new Set(
      lines.map((l) => (['followup', 'criteria', 'history'].includes(l[0]!) ? `${l[0]} ${l[1]}` : l[0]!)),
    );
    const readSpecs = COMMAND_SPECS.filter((s) => !writesOf(s, {}) || !writesOf(s, { 'dry-run': true }));
    expect([...names].sort()).toEqual(readSpecs.map((s) => s.name).sort());
  });

  it('on an older file, while another process holds its lock: refused, asks for a writing command; file untouched', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'ita.sqlite');
    fs.copyFileSync(FIXTURE_V20, db);
    holdLock(db);
    const before = hash(db);
    const lock = fs.readFileSync(lockPathOf(db), 'utf8');
    for (const line of readCommandLines(dir)) {
      const r = await cli('--db', db, ...line);
      expect(r.code, line.join(' ')).toBe(1);
      expect(r.err).toContain('เป็นรุ่นเก่า');
      expect(r.err).toContain('migrate');
      expect(hash(db)).toBe(before);
    }
    expect(fs.readFileSync(lockPathOf(db), 'utf8')).toBe(lock);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    const check = new Database(db, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(20);
    check.close();
    // A writing command cannot run while the lock is held, and says who holds it.
    const migrate = await cli('--db', db, 'migrate');
    expect(migrate.code).toBe(1);
    expect(migrate.err).toContain('กำลังถูกใช้โดยโปรแกรมอื่น');
    expect(hash(db)).toBe(before);
  });

  it('migrate (a writing command) brings the older file up, with a backup first; then read commands work', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'ita.sqlite');
    fs.copyFileSync(FIXTURE_V20, db);
    const m = await cli('--db', db, 'migrate');
    expect(m.code).toBe(0);
    expect(m.out).toContain(`รุ่นฐานข้อมูล ${LATEST_VERSION}`);
    expect(listBackups(path.join(dir, 'backups')).map((b) => b.reason)).toEqual(['pre-migration-v20']);
    const list = await cli('--db', db, 'list-plans', '--json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out)).toMatchObject([{ fiscalYear: 2566 }]);
  });

  it('a mistyped --db path is an error for every read command: nothing is created, not even the folder', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'พิมพ์ผิด', 'ita.sqlite');
    for (const line of readCommandLines(dir)) {
      const r = await cli('--db', db, ...line);
      expect(r.code, line.join(' ')).toBe(1);
      expect(r.err).toContain('ไม่พบไฟล์ข้อมูล');
      expect(r.out).not.toContain('ยังไม่มีแผน');
      expect(fs.existsSync(path.dirname(db))).toBe(false);
    }
    // A writing command creates it (and its folder).
    expect((await cli('--db', db, 'import-sample')).code).toBe(0);
    expect(fs.existsSync(db)).toBe(true);
  });

  it('on a current file held by another process, every read command works and the file stays as it was', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'ita.sqlite');
    expect((await cli('--db', db, 'import-sample')).code).toBe(0);
    expect(
      (
        await cli(
          '--db',
          db,
          'export',
          '--report',
          'plan',
          '--year',
          '2566',
          '--format',
          'xlsx',
          '--out',
          path.join(dir, 'plan.xlsx'),
        )
      ).code,
    ).toBe(0);
    const set = ['followup', 'set', '--year', '2566', '--item', 'I1', '--activity', '1', '--month', '2023-01'];
    expect((await cli('--db', db, ...set, '--status', 'inProgress')).code).toBe(0);
    holdLock(db);
    const before = hash(db);
    for (const line of readCommandLines(dir)) {
      const r = await cli('--db', db, ...line);
      expect(r.code, `${line.join(' ')}: ${r.err}`).toBe(0);
      expect(hash(db)).toBe(before);
    }
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });
});
