// One writer per data file: `<db>.lock` holds the pid, host and user of the process writing it.
// Created with O_EXCL, so two processes can never both take it; a lock whose process is gone is stale
// and taken over. The app takes it for its whole run, the CLI for its writing commands. (The app's
// single-instance lock only covers two copies of the app itself.)
//
// Stale also: a lock written before the computer last started (Windows shutdown does not let the app
// remove it, and after a reboot its pid may belong to another program); and the app's own lock (same
// host and user) once the app holds its single-instance lock — no other copy of it can be running.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { LOCK_MESSAGES } from '../../core/terms';
import { pathsOfDb } from '../paths';

export interface LockOwner {
  pid: number;
  host: string;
  /** Who holds it, for the message: 'app' or 'cli'. */
  by: string;
  at: string;
  /** The OS user (locks written before this field have none). */
  user?: string;
  /** os.uptime() in seconds when it was written: a smaller uptime now means the computer restarted. */
  uptime?: number;
}

/** How much the clock may have moved between writing a lock and checking it (NTP corrections). */
export const BOOT_SLACK_MS = 5 * 60 * 1000;

/** When the computer started, from its uptime (Windows, Linux and macOS alike). */
export function bootTime(now = Date.now(), uptimeSeconds = os.uptime()): number {
  return now - uptimeSeconds * 1000;
}

export interface StaleContext {
  /** Epoch ms the computer started (bootTime()). */
  bootTime?: number;
  /** os.uptime() now. */
  uptime?: number;
  /** Set by the app while it holds its single-instance lock: its own old locks are free. */
  ownAppLock?: { user: string };
}

function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

export interface FileLock {
  path: string;
  release(): void;
}

export const lockPathOf = (dbPath: string) => pathsOfDb(dbPath).lockPath;

/** Whether a process with this pid is running here (EPERM: running, owned by another user). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  // Linux: a killed process nobody has reaped yet (a zombie) still answers kill(0) but holds nothing.
  if (process.platform === 'linux') {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
    } catch {
      // no /proc: trust kill(0)
    }
  }
  return true;
}

export function readLock(lockPath: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string') return null;
    const out: LockOwner = { pid: owner.pid, host: owner.host, by: String(owner.by ?? ''), at: String(owner.at ?? '') };
    if (typeof owner.user === 'string') out.user = owner.user;
    if (typeof owner.uptime === 'number') out.uptime = owner.uptime;
    return out;
  } catch {
    return null;
  }
}

/** Pure: may a lock held by `owner` be taken over by a process on `host`? */
export function isStale(
  owner: LockOwner | null,
  host: string,
  alive: (pid: number) => boolean,
  context: StaleContext = {},
): boolean {
  // Unreadable (a crash while writing it): nobody can prove they own it.
  if (!owner) return true;
  // Another computer (a shared folder): we cannot see its processes, so it is not ours to break.
  if (owner.host !== host) return false;
  // Written before this computer started: its process is gone, whatever its pid is now.
  if (context.uptime !== undefined && owner.uptime !== undefined && context.uptime < owner.uptime) return true;
  const at = Date.parse(owner.at);
  if (context.bootTime !== undefined && Number.isFinite(at) && at < context.bootTime - BOOT_SLACK_MS) return true;
  // The app's own lock while this app holds the single-instance lock: left by a copy that was killed.
  if (context.ownAppLock && owner.by === 'app' && owner.user === context.ownAppLock.user) return true;
  return !alive(owner.pid);
}

export function busyMessage(dbPath: string, owner: LockOwner | null): string {
  const who = owner
    ? LOCK_MESSAGES.owner(owner.by === 'cli' ? LOCK_MESSAGES.cli : LOCK_MESSAGES.app, owner.host, owner.pid)
    : '';
  return LOCK_MESSAGES.busy(who, dbPath);
}

export interface AcquireOptions {
  /** The app passes true once it holds its single-instance lock (see isStale). */
  holdsSingleInstanceLock?: boolean;
}

/** Takes the lock or throws AppError('locked') with a Thai message naming who holds it. */
export function acquireDbLock(dbPath: string, by: 'app' | 'cli', options: AcquireOptions = {}): FileLock {
  const lockPath = lockPathOf(dbPath);
  const host = os.hostname();
  const user = currentUser();
  const me: LockOwner = { pid: process.pid, host, by, at: new Date().toISOString(), user, uptime: os.uptime() };
  const context: StaleContext = {
    bootTime: bootTime(),
    uptime: os.uptime(),
    ...(options.holdsSingleInstanceLock && by === 'app' ? { ownAppLock: { user } } : {}),
  };
  fs.mkdirSync(path.dirname(path.resolve(lockPath)), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = fs.openSync(lockPath, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppError('locked', LOCK_MESSAGES.cannotLock(lockPath), { cause: String(e) });
      }
      const owner = readLock(lockPath);
      if (!isStale(owner, host, pidAlive, context)) throw new AppError('locked', busyMessage(dbPath, owner), { owner });
      // Stale: remove it only if it is still the same stale file, then try again.
      try {
        fs.rmSync(lockPath, { force: true });
      } catch {
        // someone else removed or replaced it; the next attempt decides
      }
      continue;
    }
    try {
      fs.writeSync(fd, JSON.stringify(me));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    let released = false;
    return {
      path: lockPath,
      release() {
        if (released) return;
        released = true;
        // Only our own lock: never remove one another process took over.
        const owner = readLock(lockPath);
        if (owner && owner.pid === me.pid && owner.host === me.host && owner.at === me.at) {
          fs.rmSync(lockPath, { force: true });
        }
      },
    };
  }
  throw new AppError('locked', busyMessage(dbPath, readLock(lockPath)));
}
