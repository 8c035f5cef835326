// The Thai texts of the production floors, found with the TypeScript compiler (string literals,
// template literals by their shape with each ${…} as "${}", JSX text), not with a regex over the
// source, so comments and identifiers never count. Shared by the two checks of issue 10: no Thai text
// written twice (thaiLiterals.test.ts), and Thai text only in its homes (thaiHomes.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FLOORS = ['core', 'db', 'electron', 'renderer'];
const THAI = /[\u0E00-\u0E7F]/;

/**
 * Out of scope, each with its reason. A migration must keep writing what it wrote when it shipped,
 * whatever core/terms says later (db/migrations/0050 names the NACC tools as they were then).
 */
export const NOT_CHECKED: Readonly<Record<string, string>> = {
  'db/migrations/': 'a migration is frozen: it writes the words it shipped with',
};

export interface Literal {
  file: string;
  line: number;
  text: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') out.push(...sourceFiles(p));
    } else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Whitespace as users see it: a run of it is one space (JSX text, a wrapped literal). */
const seen = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every Thai string literal, template literal (by shape) and JSX text of one source file. */
export function thaiLiterals(file: string, code: string): Literal[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const src = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
  const found: Literal[] = [];
  const add = (node: ts.Node, text: string) => {
    if (!THAI.test(text)) return;
    found.push({ file, line: src.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: seen(text) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node))
      add(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      add(node, node.head.text + node.templateSpans.map((s) => '${}' + s.literal.text).join(''));
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

/** The source files scanned, relative to the root ('db/open.ts'), out-of-scope folders left out. */
export function productionFiles(): string[] {
  return FLOORS.flatMap((floor) => sourceFiles(path.join(ROOT, floor)))
    .map((abs) => path.relative(ROOT, abs).split(path.sep).join('/'))
    .filter((file) => !Object.keys(NOT_CHECKED).some((dir) => file.startsWith(dir)));
}

export function productionLiterals(): Literal[] {
  return productionFiles().flatMap((file) => thaiLiterals(file, fs.readFileSync(path.join(ROOT, file), 'utf8')));
}

export function repeats(literals: Literal[]): Map<string, Literal[]> {
  const byText = new Map<string, Literal[]>();
  for (const l of literals) byText.set(l.text, [...(byText.get(l.text) ?? []), l]);
  return new Map([...byText].filter(([, at]) => at.length > 1));
}
