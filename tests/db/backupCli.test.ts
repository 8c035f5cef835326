// The CLI's backup and restore, and the data file's lock between two processes.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDbLock, isStale, lockPathOf, readLock } from '../../db/backup/lock';
import { runCli } from '../../electron/cli/run';
import { makeApi } from '../helpers/api';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

function io(answers: (string | null)[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      out: (s: string) => void out.push(s),
      err: (s: string) => void err.push(s),
      appRoot: REPO_ROOT,
      ask: async (q: string) => {
        out.push(q);
        return answers.length ? answers.shift()! : null;
      },
    },
  };
}

const hash = (f: string) =>
  crypto
    .createHash('sha256')
    .update(fs.readFileSync(f))
    .update(fs.existsSync(`${f}-wal`) ? fs.readFileSync(`${f}-wal`) : '')
    .digest('hex');

/** The CLI as its own process (npx tsx), stdin closed: what CI sees. */
function cli(args: string[]) {
  const r = spawnSync('npx', ['tsx', path.join(REPO_ROOT, 'electron/cli/main.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI backup and restore', () => {
  it('backup --out writes a copy; restore asks first and EOF means no; --yes restores', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'plan.sqlite');
    expect(await runCli(['--db', db, 'import-sample'], io().io)).toBe(0);
    const out = path.join(dir, 'copy.sqlite');
    const b = io();
    expect(await runCli(['--db', db, 'backup', '--out', out], b.io)).toBe(0);
    expect(b.out.join('\n')).toContain('สำรองข้อมูลแล้ว');
    expect(await runCli(['--db', db, 'backup'], io().io)).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'backups')).some((n) => n.endsWith('-manual.sqlite'))).toBe(true);

    expect(await runCli(['--db', db, 'create-nothing'], io().io)).toBe(2);
    const other = path.join(dir, 'other.sqlite');
    // A writing command creates an empty database (a read command refuses a missing file).
    expect(await runCli(['--db', other, 'migrate'], io().io)).toBe(0);

    // No answer (EOF): nothing changes.
    const before = hash(other);
    const no = io([null]);
    expect(await runCli(['--db', other, 'restore', out], no.io)).toBe(1);
    expect(no.out.join('\n')).toMatch(/ปีงบประมาณ: พ.ศ. 2566/);
    expect(no.err.join('\n')).toContain('ยกเลิกการกู้คืน');
    expect(hash(other)).toBe(before);
    const n2 = io(['n']);
    expect(await runCli(['--db', other, 'restore', out], n2.io)).toBe(1);

    const yes = io(['y']);
    expect(await runCli(['--db', other, 'restore', out], yes.io)).toBe(0);
    expect(yes.out.join('\n')).toContain('กู้คืนแล้ว');
    const list = io();
    await runCli(['--db', other, 'list-plans', '--json'], list.io);
    expect((JSON.parse(list.out.join('')) as { fiscalYear: number }[]).map((p) => p.fiscalYear)).toEqual([2566]);

    // A refused file: Thai message, exit 1, nothing changed, even with --yes.
    const junk = path.join(dir, 'junk.sqlite');
    fs.writeFileSync(junk, crypto.randomBytes(8192));
    const h = hash(other);
    const bad = io();
    expect(await runCli(['--db', other, 'restore', junk, '--yes'], bad.io)).toBe(1);
    expect(bad.err.join('\n')).toContain('ไม่ใช่ไฟล์ข้อมูลของ ITA Tracker');
    expect(hash(other)).toBe(h);
  });

  it('restore as a separate process with no stdin: prints what the file holds, treats EOF as no', () => {
    const t = makeApi();
    t.db.close();
    const dir = path.dirname(t.dbPath);
    const copy = path.join(dir, 'b.sqlite');
    expect(cli(['--db', t.dbPath, 'import-sample']).code).toBe(0);
    expect(cli(['--db', t.dbPath, 'backup', '--out', copy]).code).toBe(0);
    const r = cli(['--db', t.dbPath, 'restore', copy]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('(y/n)');
    expect(r.stderr).toContain('ยกเลิกการกู้คืน');
    expect(cli(['--db', t.dbPath, 'restore', copy, '--yes']).code).toBe(0);
  }, 120_000);
});

describe('one writer per data file (lock file)', () => {
  it('stale detection is a pure rule: same host and a dead pid', () => {
    const alive = (pid: number) => pid === 1;
    expect(isStale(null, 'h', alive)).toBe(true);
    expect(isStale({ pid: 1, host: 'h', by: 'app', at: '' }, 'h', alive)).toBe(false);
    expect(isStale({ pid: 999, host: 'h', by: 'app', at: '' }, 'h', alive)).toBe(true);
    expect(isStale({ pid: 999, host: 'other', by: 'app', at: '' }, 'h', alive)).toBe(false);
  });

  it('a second taker is refused in Thai; released, it can be taken again', () => {
    const db = path.join(tmpDir(), 'ita.sqlite');
    const a = acquireDbLock(db, 'app');
    expect(readLock(lockPathOf(db))).toMatchObject({ pid: process.pid, host: os.hostname(), by: 'app' });
    expect(() => acquireDbLock(db, 'cli')).toThrow(/ไฟล์ข้อมูลนี้กำลังถูกใช้โดยโปรแกรมอื่น/);
    a.release();
    expect(fs.existsSync(lockPathOf(db))).toBe(false);
    acquireDbLock(db, 'cli').release();
  });

  it('two processes: the CLI cannot write while another process holds the file; a killed holder is stale', async () => {
    const t = makeApi();
    await t.api.importSamplePlan({});
    t.db.close();
    const db = t.dbPath;

    // Process 1 (here, as the app) holds the lock: process 2 (the CLI) may read, not write.
    const lock = acquireDbLock(db, 'app');
    const refused = cli([
      '--db',
      db,
      'followup',
      'set',
      '--year',
      '2566',
      '--item',
      'O1',
      '--activity',
      '1',
      '--month',
      '2023-03',
      '--status',
      'done',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('ไฟล์ข้อมูลนี้กำลังถูกใช้โดยโปรแกรมอื่น');
    expect(refused.stderr).toContain(String(process.pid));
    expect(cli(['--db', db, 'list-plans']).code).toBe(0);
    lock.release();

    // A holder killed with SIGKILL leaves its lock file behind; the next writer takes over.
    const holder = spawn(
      'npx',
      [
        'tsx',
        '-e',
        `require('./db/backup/lock').acquireDbLock(${JSON.stringify(db)}, 'app'); console.log('locked'); setInterval(() => {}, 1000);`,
      ],
      { cwd: REPO_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (c: Buffer) => c.toString().includes('locked') && resolve());
      holder.on('exit', () => reject(new Error('holder exited')));
    });
    const held = readLock(lockPathOf(db))!;
    expect(held.pid).not.toBe(process.pid);
    const whileHeld = cli(['--db', db, 'import-sample']);
    expect(whileHeld.code).toBe(1);
    expect(whileHeld.stderr).toContain('กำลังถูกใช้โดยโปรแกรมอื่น');
    const gone = new Promise((r) => holder.on('close', r));
    process.kill(-holder.pid!, 'SIGKILL');
    await gone;
    expect(fs.existsSync(lockPathOf(db))).toBe(true);
    const after = cli([
      '--db',
      db,
      'followup',
      'set',
      '--year',
      '2566',
      '--item',
      'O1',
      '--activity',
      '1',
      '--month',
      '2023-03',
      '--status',
      'done',
    ]);
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
    expect(fs.existsSync(lockPathOf(db))).toBe(false);
  }, 120_000);
});
