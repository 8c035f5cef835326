// The benchmark's numbers: samples, medians, A/B alternation, the printed table and the JSON file.
// No vitest and no I/O but writeBenchJson: the bench, the e2e timing tests and stats.test.ts use it.
import fs from 'node:fs';

export type Unit = 'ms' | 's' | 'MiB' | '×';

/** A product goal: the figure must be at most (≤) or at least (≥) the value. */
export interface Goal {
  op: '≤' | '≥';
  value: number;
}

export interface Figure {
  /** The JSON name (`npm run bench -- --json FILE`); figures without one are printed only. */
  key?: string;
  name: string;
  median: number;
  unit: Unit;
  /** Null: reported for information (no goal of its own). */
  goal: Goal | null;
  samples: number;
  /** Why a figure is what it is, or what it was measured against. */
  note?: string;
}

export const atMost = (value: number): Goal => ({ op: '≤', value });
export const atLeast = (value: number): Goal => ({ op: '≥', value });

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no samples');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs fn `rounds` times after `warmup` unmeasured runs; returns each run's milliseconds. */
export async function time(rounds: number, fn: () => unknown, warmup = Math.min(5, rounds)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** fn as a function returning its own milliseconds (for alternate). */
export const timed = (fn: () => unknown) => async (): Promise<number> => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

/**
 * A fair side-by-side: A B A B … so both see the same machine load. Each function returns its own
 * milliseconds (so it can leave out what must not count, e.g. a peer's IPC; `timed` wraps one that
 * does not). `warmup` unmeasured rounds of each first.
 */
export async function alternate(
  rounds: number,
  a: () => Promise<number> | number,
  b: () => Promise<number> | number,
  warmup = 1,
): Promise<{ a: number[]; b: number[] }> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const out = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    out.a.push(await a());
    out.b.push(await b());
  }
  return out;
}

/** True when the goal is met, null when the figure has no goal. */
export function meets(f: Figure): boolean | null {
  if (!f.goal) return null;
  return f.goal.op === '≤' ? f.median <= f.goal.value : f.median >= f.goal.value;
}

function digitsFor(f: Figure): number {
  if (f.unit === 's' || f.unit === '×') return 2;
  if (f.unit === 'MiB') return 0;
  return f.median < 10 ? 2 : f.median < 100 ? 1 : 0;
}

/** The printed table: one line a figure, its median, its goal and whether it is met. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const ok = meets(f);
    const verdict = ok === null ? '      ' : ok ? 'ผ่าน  ' : 'ไม่ผ่าน';
    const value = `${f.median.toFixed(digitsFor(f))} ${f.unit}`;
    const goal = f.goal ? `เป้าหมาย ${f.goal.op} ${f.goal.value} ${f.unit}` : 'ไม่มีเป้าหมาย (ข้อมูล)';
    const key = f.key ? `[${f.key}]` : '';
    return `${verdict} ${f.name.padEnd(58)} ${value.padStart(12)}  ${goal.padEnd(22)} n=${String(f.samples).padEnd(4)} ${key}${
      f.note ? `\n         ${f.note}` : ''
    }`;
  });
  return rows.join('\n');
}

/** The figures that have a JSON name, as { name: median }; refuses duplicates and non-numbers. */
export function benchJson(figures: readonly Figure[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of figures) {
    if (!f.key) continue;
    if (f.key in out) throw new Error(`bench: ${f.key} reported twice`);
    if (!Number.isFinite(f.median)) throw new Error(`bench: ${f.key} is not a number (${f.median})`);
    out[f.key] = Math.round(f.median * 1000) / 1000;
  }
  return out;
}

export function writeBenchJson(file: string, figures: readonly Figure[]): void {
  fs.writeFileSync(file, JSON.stringify(benchJson(figures), null, 2) + '\n');
}
