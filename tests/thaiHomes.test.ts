// Thai text lives in its homes (issue 10): every label, message and word users read is written in
// core/terms/ (month names, digits and BE dates in core/thai/), and the screens, the API, the CLI,
// the importer and the reports take it from there. So a wording is reviewed, fixed or translated
// in one folder, and a screen cannot drift from its report. Found with the TypeScript compiler.
import { describe, expect, it } from 'vitest';
import { productionLiterals } from './helpers/thaiLiterals';

/** The homes of Thai text. */
const HOMES = ['core/terms/', 'core/thai/'];

/**
 * Files that still hold Thai text of their own while it moves into core/terms (the list only
 * shrinks: the test fails when a file here holds none any more, so it must then be removed).
 */
const NOT_MOVED_YET: readonly string[] = [];

const inHome = (file: string) => HOMES.some((h) => file.startsWith(h));

describe('Thai text is written only in core/terms and core/thai', () => {
  const literals = productionLiterals();
  const byFile = new Map<string, string[]>();
  for (const l of literals)
    if (!inHome(l.file)) byFile.set(l.file, [...(byFile.get(l.file) ?? []), `${l.line}: ${l.text}`]);

  it('no file outside the homes writes Thai text (take the words from core/terms)', () => {
    const strays = [...byFile].filter(([file]) => !NOT_MOVED_YET.includes(file));
    expect(strays.map(([file, at]) => `${file}\n  ${at.join('\n  ')}`)).toEqual([]);
  });

  it('the not-moved-yet list holds only files that still write Thai text', () => {
    expect(NOT_MOVED_YET.filter((file) => !byFile.has(file))).toEqual([]);
  });
});
