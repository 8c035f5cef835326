export interface BenchResult {
  name: string;
  median: number;
  target: number;
  unit: 'ms' | 's';
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs fn `rounds` times after a short warm-up; returns each run's milliseconds. */
export async function time(rounds: number, fn: () => unknown): Promise<number[]> {
  for (let i = 0; i < Math.min(5, rounds); i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

export function report(results: BenchResult[]): boolean {
  let ok = true;
  for (const r of results) {
    const pass = r.median <= r.target;
    ok &&= pass;
    console.log(
      `${pass ? 'ผ่าน ' : 'ไม่ผ่าน'}  ${r.name.padEnd(48)} median ${r.median.toFixed(r.unit === 's' ? 1 : 2).padStart(8)} ${r.unit}` +
        `  (เป้าหมาย ≤ ${r.target} ${r.unit})`,
    );
  }
  return ok;
}
