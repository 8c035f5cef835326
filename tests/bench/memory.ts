// Peak memory of this process and everything it started (Chromium's browser, renderer, GPU and
// utility processes): the sum of each process's PSS (its share of pages shared with the others, so
// Chromium's shared libraries are not counted once a process), sampled from /proc (Linux).
import fs from 'node:fs';

export function children(): Map<number, number[]> {
  const kids = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while being read.
    }
  }
  return kids;
}

function pssKiB(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The sum of `of(pid)` over the processes alive in the tree rooted at `root` (default: this process). */
export function sumOverTree(of: (pid: number) => number, root = process.pid): number {
  const kids = children();
  let sum = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    sum += of(pid);
    stack.push(...(kids.get(pid) ?? []));
  }
  return sum;
}

/** MiB of PSS over the tree rooted at `root` (default: this process). */
export function treeMiB(root = process.pid): number {
  return sumOverTree(pssKiB, root) / 1024;
}

export const canMeasureMemory = () => fs.existsSync(`/proc/${process.pid}/smaps_rollup`);

/**
 * Runs fn while sampling the tree every `everyMs`; returns fn's result, its time, the tree's peak
 * MiB and this (Node) process's own peak within it.
 */
export async function withPeakMemory<T>(
  fn: () => Promise<T>,
  everyMs = 20,
): Promise<{ value: T; ms: number; peakMiB: number; nodePeakMiB: number }> {
  let peak = 0;
  let node = 0;
  const sample = () => {
    peak = Math.max(peak, treeMiB());
    node = Math.max(node, pssKiB(process.pid) / 1024);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  const t = performance.now();
  try {
    const value = await fn();
    const ms = performance.now() - t;
    sample();
    return { value, ms, peakMiB: peak, nodePeakMiB: node };
  } finally {
    clearInterval(timer);
  }
}
