// The bench's own arithmetic and output, on small inputs (no timing is asserted: benchmarks stay
// out of the timed tests).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp';
import {
  alternate,
  atLeast,
  atMost,
  benchJson,
  formatTable,
  median,
  meets,
  writeBenchJson,
  type Figure,
} from './stats';

const fig = (over: Partial<Figure>): Figure => ({
  name: 'x',
  median: 1,
  unit: 'ms',
  goal: atMost(5),
  samples: 5,
  ...over,
});

describe('bench stats', () => {
  it('median of odd and even counts, unsorted input left as it was', () => {
    const xs = [9, 1, 5];
    expect(median(xs)).toBe(5);
    expect(xs).toEqual([9, 1, 5]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('alternate runs A B A B after one warm-up each and keeps what each function reports', async () => {
    const order: string[] = [];
    let n = 0;
    const r = await alternate(
      3,
      () => (order.push('a'), ++n),
      async () => (order.push('b'), 100 + ++n),
    );
    expect(order).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    expect(r).toEqual({ a: [3, 5, 7], b: [104, 106, 108] });
  });

  it('judges ≤ and ≥ goals; a figure without a goal is neither met nor missed', () => {
    expect(meets(fig({ median: 5, goal: atMost(5) }))).toBe(true);
    expect(meets(fig({ median: 5.01, goal: atMost(5) }))).toBe(false);
    expect(meets(fig({ median: 0.9, unit: '×', goal: atLeast(1) }))).toBe(false);
    expect(meets(fig({ median: 1.4, unit: '×', goal: atLeast(1) }))).toBe(true);
    expect(meets(fig({ goal: null }))).toBeNull();
  });

  it('prints each figure with its value, goal, verdict and JSON name', () => {
    const table = formatTable([
      fig({ key: 'dbSaveMs', name: 'save', median: 0.4321 }),
      fig({ key: 'uiMaxMs', name: 'slowest', median: 140, goal: atMost(100) }),
      fig({ name: 'info', median: 3, goal: null, note: 'why' }),
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^ผ่าน .*save .*0\.43 ms .*เป้าหมาย ≤ 5 ms .*\[dbSaveMs\]/);
    expect(lines[1]).toMatch(/^ไม่ผ่าน .*slowest .*140 ms .*เป้าหมาย ≤ 100 ms .*\[uiMaxMs\]/);
    expect(lines[2]).toMatch(/info .*ไม่มีเป้าหมาย/);
    expect(lines[3]).toContain('why');
  });

  it('writes the keyed medians as numbers under their names, and refuses duplicates and non-numbers', () => {
    const file = path.join(tmpDir(), 'bench.json');
    writeBenchJson(file, [
      fig({ key: 'planPdfWarmMs', median: 181.23456 }),
      fig({ name: 'unnamed', median: 7 }),
      fig({ key: 'libreOfficeWarmRatio', median: 3.5, unit: '×', goal: atLeast(1) }),
    ]);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ planPdfWarmMs: 181.235, libreOfficeWarmRatio: 3.5 });
    expect(() => benchJson([fig({ key: 'a' }), fig({ key: 'a' })])).toThrow(/twice/);
    expect(() => benchJson([fig({ key: 'a', median: NaN })])).toThrow(/not a number/);
  });
});
