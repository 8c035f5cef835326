// "File in use" after a Windows shutdown: will-quit never ran, the .lock stayed, and after the reboot
// its pid may belong to a running program. A lock written before the computer started is stale, and
// the app's own lock is free once the app holds its single-instance lock. Real lock files, and a real
// live process standing for the program that reused the pid.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acquireDbLock,
  BOOT_SLACK_MS,
  bootTime,
  isStale,
  lockPathOf,
  readLock,
  type LockOwner,
} from '../../db/backup/lock';
import { tmpDir } from '../helpers/tmp';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill();
});

/** A process that is alive for the test: what a reused pid looks like. */
function livePid(): number {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

const user = os.userInfo().username;
const host = os.hostname();
const alive = () => true;

function writeLock(dbPath: string, owner: LockOwner): void {
  fs.writeFileSync(lockPathOf(dbPath), JSON.stringify(owner));
}

describe('stale locks (pure)', () => {
  const boot = Date.parse('2026-12-01T08:00:00Z');
  const owner = (at: string, extra: Partial<LockOwner> = {}): LockOwner => ({
    pid: 4242,
    host: 'pc',
    by: 'app',
    at,
    ...extra,
  });

  it('a lock written before the computer started is stale even if its pid is running', () => {
    expect(isStale(owner('2026-11-30T17:00:00Z'), 'pc', alive, { bootTime: boot })).toBe(true);
    expect(isStale(owner('2026-12-01T08:30:00Z'), 'pc', alive, { bootTime: boot })).toBe(false);
    // A clock corrected by a few minutes after the lock was written does not break a live lock.
    expect(isStale(owner(new Date(boot - BOOT_SLACK_MS / 2).toISOString()), 'pc', alive, { bootTime: boot })).toBe(
      false,
    );
    // Uptime smaller than when the lock was written: the computer restarted since.
    expect(isStale(owner('2026-12-01T08:30:00Z', { uptime: 7200 }), 'pc', alive, { uptime: 60 })).toBe(true);
    expect(isStale(owner('2026-12-01T08:30:00Z', { uptime: 60 }), 'pc', alive, { uptime: 7200 })).toBe(false);
    // Another computer's lock is never ours to break.
    expect(isStale(owner('2020-01-01T00:00:00Z'), 'other-pc', alive, { bootTime: boot })).toBe(false);
  });

  it("the app's own lock is free while the app holds its single-instance lock; the CLI's and other users' are not", () => {
    const ctx = { ownAppLock: { user: 'somchai' } };
    expect(isStale(owner('2026-12-01T09:00:00Z', { user: 'somchai' }), 'pc', alive, ctx)).toBe(true);
    expect(isStale(owner('2026-12-01T09:00:00Z', { user: 'somchai', by: 'cli' }), 'pc', alive, ctx)).toBe(false);
    expect(isStale(owner('2026-12-01T09:00:00Z', { user: 'malee' }), 'pc', alive, ctx)).toBe(false);
    expect(isStale(owner('2026-12-01T09:00:00Z', { user: 'somchai' }), 'pc', alive, {})).toBe(false);
  });

  it('boot time comes from the uptime', () => {
    expect(bootTime(1_000_000, 600)).toBe(400_000);
    expect(Math.abs(bootTime() - (Date.now() - os.uptime() * 1000))).toBeLessThan(1000);
  });
});

describe('stale locks on real files', () => {
  it('after a reboot: a lock from before the boot whose pid is now another running program is taken over', () => {
    const dbPath = path.join(tmpDir(), 'ita.sqlite');
    const before = new Date(bootTime() - 60 * 60 * 1000).toISOString();
    writeLock(dbPath, { pid: livePid(), host, by: 'app', at: before, user });
    const lock = acquireDbLock(dbPath, 'cli');
    expect(readLock(lockPathOf(dbPath))).toMatchObject({ pid: process.pid, by: 'cli', user });
    lock.release();
    expect(fs.existsSync(lockPathOf(dbPath))).toBe(false);
  });

  it('the app takes over its own lock (same user) when it holds the single-instance lock; the CLI still may not', () => {
    const dbPath = path.join(tmpDir(), 'ita.sqlite');
    const owner: LockOwner = {
      pid: livePid(),
      host,
      by: 'app',
      at: new Date().toISOString(),
      user,
      uptime: os.uptime(),
    };
    writeLock(dbPath, owner);
    expect(() => acquireDbLock(dbPath, 'cli')).toThrow(/ไฟล์ข้อมูลนี้กำลังถูกใช้โดยโปรแกรมอื่น/);
    expect(() => acquireDbLock(dbPath, 'app')).toThrow(/ไฟล์ข้อมูลนี้กำลังถูกใช้โดยโปรแกรมอื่น/);
    const lock = acquireDbLock(dbPath, 'app', { holdsSingleInstanceLock: true });
    expect(readLock(lockPathOf(dbPath))).toMatchObject({ pid: process.pid, by: 'app' });
    lock.release();
  });
});
