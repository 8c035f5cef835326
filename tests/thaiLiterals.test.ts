// One home for each Thai word users read (issue 10): production code (core/, db/, electron/,
// renderer/) writes each Thai text once. A word that more than one place says — a status, a column
// heading, a button, a message — lives in core/terms/ (month names and digits in core/thai/) and
// every place takes it from there, so a spelling fixed once is fixed everywhere.
import { describe, expect, it } from 'vitest';
import {
  FLOORS,
  productionFiles,
  productionLiterals,
  repeats,
  thaiLiterals,
  type Literal,
} from './helpers/thaiLiterals';

/**
 * Texts that may stay written twice, each with why. Keep it short: a new repeat belongs in
 * core/terms. The test fails when an entry here is no longer repeated, so the list only shrinks.
 */
const ALLOWED_REPEATS: Readonly<Record<string, string>> = {};

const where = (at: Literal[]) => at.map((l) => `${l.file}:${l.line}`).join(', ');

describe('each Thai text is written once, in its home', () => {
  it('finds string literals, template shapes and JSX text, not comments', () => {
    const code = [
      '// ข้อ in a comment',
      "const a = 'ยกเลิก';",
      'const b = `ลบข้อ ${code} ไม่ได้`;',
      'const c = <b title="ปิด">  บันทึก\n  แล้ว </b>;',
      "const d = 'plain';",
    ].join('\n');
    expect(thaiLiterals('probe.tsx', code).map((l) => l.text)).toEqual(['ยกเลิก', 'ลบข้อ ${} ไม่ได้', 'ปิด', 'บันทึก แล้ว']);
    expect([...repeats(thaiLiterals('p.ts', "f('ยกเลิก'); g(' ยกเลิก ');")).keys()]).toEqual(['ยกเลิก']);
  });

  const literals = productionLiterals();

  it('scans the production floors (a sanity floor: the terms alone hold hundreds)', () => {
    expect(literals.filter((l) => l.file.startsWith('core/terms/')).length).toBeGreaterThan(200);
    // Every floor is walked (a floor whose Thai all moved into core/terms holds none of its own).
    expect(new Set(productionFiles().map((file) => file.split('/')[0]))).toEqual(new Set(FLOORS));
    expect(productionFiles()).toContain('db/open.ts');
  });

  it('no Thai text is written twice (a word in core/terms is taken from there, never spelled again)', () => {
    const twice = [...repeats(literals)].filter(([text]) => !(text in ALLOWED_REPEATS));
    expect(twice.map(([text, at]) => `"${text}" at ${where(at)}`)).toEqual([]);
  });

  it('the allow-list holds only texts still repeated, each with a reason', () => {
    const repeated = repeats(literals);
    for (const [text, why] of Object.entries(ALLOWED_REPEATS)) {
      expect(why.length, text).toBeGreaterThan(10);
      expect(repeated.has(text), `"${text}" is written once now: remove it from ALLOWED_REPEATS`).toBe(true);
    }
  });
});
