// The bench's CPU readings (cpu.ts) count the work of a process and of what it started, and not
// time spent waiting. No timing goal is asserted: only that busy work shows and sleeping does not.
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { canMeasureCpu, processCpuCounter, runTimed, treeCpuMs } from './cpu';

// A child that computes for `ms` of its own CPU time (process.cpuUsage, not the wall clock).
const busy = (ms: number) =>
  `const s = process.cpuUsage(); while ((process.cpuUsage(s).user + process.cpuUsage(s).system) / 1000 < ${ms});`;

describe.runIf(canMeasureCpu())('bench CPU time', () => {
  it('counts the work of this process (and of the children alive in its tree)', async () => {
    const before = treeCpuMs();
    const c0 = process.cpuUsage();
    while ((process.cpuUsage(c0).user + process.cpuUsage(c0).system) / 1000 < 300);
    expect(treeCpuMs() - before).toBeGreaterThanOrEqual(250);
  });

  it('counts a child that worked and ended within the interval (its time is in the reaper’s cutime)', async () => {
    const before = treeCpuMs();
    const child = spawn(process.execPath, ['-e', busy(300)], { stdio: 'ignore' });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(treeCpuMs() - before).toBeGreaterThanOrEqual(250);
  });

  it('a whole process: its own CPU and its child, not its waiting', () => {
    const hasTime = spawnSync('/usr/bin/time', ['true']).status === 0;
    const worker = runTimed(process.execPath, ['-e', busy(300)], {});
    expect(worker.status).toBe(0);
    const parent = runTimed(
      process.execPath,
      ['-e', `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(busy(300))}])`],
      {},
    );
    const sleeper = runTimed('sleep', ['0.4'], {});
    expect(sleeper.ms).toBeGreaterThanOrEqual(400);
    if (!hasTime && !processCpuCounter) {
      expect(worker.cpuMs).toBeNull();
      return;
    }
    expect(worker.cpuMs).toBeGreaterThanOrEqual(280);
    expect(parent.cpuMs).toBeGreaterThanOrEqual(280);
    expect(sleeper.cpuMs).toBeLessThan(100);
  });

  // Chromium's zygote leaves its renderers to no one: their CPU must count all the same.
  it.runIf(processCpuCounter === 'perf stat task-clock')('a whole process: also a grandchild no one waits for', () => {
    // sh starts the worker in the background and exits: the worker is orphaned, reaped by init.
    // The outer Node waits only for the end of the worker's stdout (it closes when the worker ends).
    const outer = `const c = require('node:child_process').spawn('sh', ['-c', ${JSON.stringify(
      `'${process.execPath}' -e '${busy(300)}' &`,
    )}], { stdio: ['ignore', 'pipe', 'ignore'] }); c.stdout.resume(); c.stdout.on('end', () => undefined);`;
    const r = runTimed(process.execPath, ['-e', outer], {});
    expect(r.status).toBe(0);
    expect(r.cpuMs).toBeGreaterThanOrEqual(280);
  });
});
