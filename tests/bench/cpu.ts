// CPU time (user + system) beside the wall-clock figures: on a machine shared with other work, wall
// time grows with the load, CPU time much less, so a reader can tell a slower machine from slower
// code. Read from /proc (Linux), like memory.ts; none of these figures has a goal of its own.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sumOverTree } from './memory';

const TICK_MS = 1000 / 100; // USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s on Linux

/**
 * A process's CPU and that of its children it has reaped: an ended process's time moves into its
 * parent's cutime/cstime when the parent waits for it. Without them a renderer that Chromium ended
 * in the middle of a measurement (PdfPrinter.renewPage: a new page per part of a long report) took
 * its CPU with it: over five renewed prints, 2.4 s of the 7 s the tree used.
 */
function cpuOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime (fields 14 to 17 of proc(5))
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * TICK_MS;
  } catch {
    return 0; // ended meanwhile
  }
}

/**
 * CPU milliseconds used so far by the processes alive in the tree rooted at `root` (default: this
 * one) and by the ones that ended and were reaped within it.
 */
export function treeCpuMs(root = process.pid): number {
  return sumOverTree(cpuOf, root);
}

export const canMeasureCpu = () => fs.existsSync(`/proc/${process.pid}/stat`);

/** fn as a function returning its own milliseconds, adding the tree's CPU milliseconds it took to `cpu`. */
export const timedWithCpu = (fn: () => unknown, cpu: number[]) => async (): Promise<number> => {
  const c = treeCpuMs();
  const t = performance.now();
  await fn();
  const ms = performance.now() - t;
  cpu.push(treeCpuMs() - c);
  return ms;
};

const TIME = '/usr/bin/time';
/**
 * `perf stat` counts the CPU of every process a command started, whether or not anyone waited for
 * it. GNU time counts only processes reaped up the chain: Chromium's zygote leaves its renderers and
 * GPU process to no one, so GNU time saw about half the CLI's CPU (1.0 of 2.2 s for the plan's PDF).
 */
const PERF = ['/usr/bin/perf', 'perf'].find(
  (p) => spawnSync(p, ['stat', '-e', 'task-clock', '-o', '/dev/null', 'true'], { stdio: 'ignore' }).status === 0,
);

/** How runTimed reads CPU time here, for the bench's notes. */
export const processCpuCounter = PERF ? 'perf stat task-clock' : fs.existsSync(TIME) ? 'GNU time' : null;

export interface TimedRun {
  /** Wall milliseconds from start to exit (perf's own, without its start-up, where perf counts). */
  ms: number;
  /** CPU milliseconds of it and what it started (see processCpuCounter), or null where neither tool is. */
  cpuMs: number | null;
  status: number | null;
  stderr: string;
}

/**
 * A whole process, start to exit: its wall milliseconds and the CPU milliseconds of it and every
 * process it started (a browser's or an office's helpers): by perf where it can count, else GNU time.
 */
export function runTimed(cmd: string, args: string[], options: SpawnSyncOptions): TimedRun {
  const out = path.join(os.tmpdir(), `ita-bench-time-${process.pid}.txt`);
  const env = { ...(options.env ?? process.env), LC_ALL: 'C' };
  const useTime = !PERF && fs.existsSync(TIME);
  const t = performance.now();
  const r = PERF
    ? spawnSync(PERF, ['stat', '-e', 'task-clock', '-o', out, cmd, ...args], { ...options, env, encoding: 'utf8' })
    : useTime
      ? spawnSync(TIME, ['-o', out, '-f', '%U %S', cmd, ...args], { ...options, encoding: 'utf8' })
      : spawnSync(cmd, args, { ...options, encoding: 'utf8' });
  let ms = performance.now() - t;
  let cpuMs: number | null = null;
  if ((PERF || useTime) && fs.existsSync(out)) {
    const text = fs.readFileSync(out, 'utf8');
    fs.rmSync(out, { force: true });
    if (PERF) {
      const cpu = Number(/([\d.]+) msec task-clock/.exec(text)?.[1]);
      const wall = Number(/([\d.]+) seconds time elapsed/.exec(text)?.[1]);
      if (Number.isFinite(cpu)) cpuMs = cpu;
      if (Number.isFinite(wall) && wall > 0) ms = wall * 1000;
    } else {
      const [u, s] = text.trim().split('\n').at(-1)!.split(' ').map(Number);
      if (Number.isFinite(u) && Number.isFinite(s)) cpuMs = (u! + s!) * 1000;
    }
  }
  return { ms, cpuMs, status: r.status, stderr: String(r.stderr ?? '') };
}
