// The developers' guide: no source file over 400 lines (CSS included). Checked on every file with code
// or styles in the repository, so a file that grows past it fails `npm test` and is split by topic.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const MAX_LINES = 400;
const DIRS = ['core', 'db', 'electron', 'renderer', 'tests', 'build', 'scripts'];
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx|css)$/;
/** Generated or git-ignored folders (see .gitignore): not source. */
const SKIP = new Set(['node_modules', 'out', 'dist', 'coverage', 'artifacts', 'test-results', '.tmp', '.scratch']);

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) walk(child);
      } else if (SOURCE.test(e.name)) out.push(child);
    }
  };
  for (const dir of DIRS) if (fs.existsSync(path.join(ROOT, dir))) walk(dir);
  for (const e of fs.readdirSync(ROOT, { withFileTypes: true }))
    if (e.isFile() && SOURCE.test(e.name)) out.push(e.name);
  return out.sort();
}

/** Lines as `wc -l` counts them, plus a last line without a newline. */
const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('file size', () => {
  const files = sourceFiles();

  it('finds the sources, styles, tests and root configs', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'core/contract.ts',
        'db/import/parser.ts',
        'renderer/src/styles.css',
        'tests/fileSize.test.ts',
        'vitest.config.ts',
        '.dependency-cruiser.cjs',
      ]),
    );
    expect(files.some((f) => f.includes('/node_modules/'))).toBe(false);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
  });

  it(`no source file is over ${MAX_LINES} lines`, () => {
    const over = files
      .map((f) => ({ f, n: lineCount(fs.readFileSync(path.join(ROOT, f), 'utf8')) }))
      .filter(({ n }) => n > MAX_LINES)
      .map(({ f, n }) => `${f}: ${n}`);
    expect(over).toEqual([]);
  });
});
