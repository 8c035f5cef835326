// Thai text lives in its homes (issue 10): every label, message and word users read is written in
// core/terms/ (month names, digits and BE dates in core/thai/), and the screens, the API, the CLI,
// the importer and the reports take it from there. So a wording is reviewed, fixed or translated
// in one folder, and a screen cannot drift from its report. Found with the TypeScript compiler.
// No exceptions: data such as the importer's header vocabulary lives in core/terms too; only the
// frozen migrations are not scanned (tests/helpers/thaiLiterals.ts NOT_CHECKED says why).
import { describe, expect, it } from 'vitest';
import { productionLiterals, thaiLiterals, type Literal } from './helpers/thaiLiterals';

/** The homes of Thai text. */
const HOMES = ['core/terms/', 'core/thai/'];

/** Each file outside the homes that writes Thai text, with the lines and texts it writes. */
function strays(literals: readonly Literal[]): string[] {
  const byFile = new Map<string, string[]>();
  for (const l of literals) {
    if (HOMES.some((h) => l.file.startsWith(h))) continue;
    byFile.set(l.file, [...(byFile.get(l.file) ?? []), `${l.line}: ${l.text}`]);
  }
  return [...byFile].map(([file, at]) => `${file}\n  ${at.join('\n  ')}`);
}

describe('Thai text is written only in core/terms and core/thai', () => {
  it('flags a Thai label written in a screen, not one in core/terms or a comment', () => {
    const code = '// ปุ่ม\nconst a = <b title="ปิด">{WORDS.save}</b>;\nconst b = \'save\';';
    expect(strays([...thaiLiterals('renderer/src/X.tsx', code), ...thaiLiterals('core/terms/x.ts', "'ปิด'")])).toEqual([
      'renderer/src/X.tsx\n  2: ปิด',
    ]);
  });

  it('no file outside the homes writes Thai text (take the words from core/terms)', () => {
    const literals = productionLiterals();
    expect(literals.filter((l) => HOMES.some((h) => l.file.startsWith(h))).length).toBeGreaterThan(1000);
    expect(strays(literals)).toEqual([]);
  });
});
