// One home for each Thai word users read (issue 10): production code (core/, db/, electron/,
// renderer/) writes each Thai text once. A word that more than one place says — a status, a column
// heading, a button, a message — lives in core/terms/ (month names and digits in core/thai/) and
// every place takes it from there, so a spelling fixed once is fixed everywhere. The literals are
// found with the TypeScript compiler (string literals, template literals by their shape with each
// ${…} as "${}", JSX text), not with a regex over the source, so comments and identifiers never count.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const FLOORS = ['core', 'db', 'electron', 'renderer'];
const THAI = /[\u0E00-\u0E7F]/;

/**
 * Out of scope, each with its reason. A migration must keep writing what it wrote when it shipped,
 * whatever core/terms says later (db/migrations/0050 names the NACC tools as they were then).
 */
const NOT_CHECKED: Readonly<Record<string, string>> = {
  'db/migrations/': 'a migration is frozen: it writes the words it shipped with',
};

const AUDIT =
  "the history's wording (core/terms/audit.ts) said again by the Excel plan import's change list (reports/xlsx/planImport.ts) or twice in audit.ts: to derive one from the other";
const DORMANT_ROW =
  "the follow-up grid's dormant row repeats the live row's labels; both rows are being reworked for virtualisation (issue 15)";

/**
 * Texts that may stay written twice, each with why. Keep it short: a new repeat belongs in
 * core/terms. The test fails when an entry here is no longer repeated, so the list only shrinks.
 */
const ALLOWED_REPEATS: Readonly<Record<string, string>> = {
  'บันทึกผล${} เดือน ${}': AUDIT,
  'เพิ่มข้อ ${}': AUDIT,
  'แก้ไขข้อ ${}': AUDIT,
  'เพิ่มกิจกรรมในข้อ ${}': AUDIT,
  'แก้ไขกิจกรรมที่ ${} ของข้อ ${}': AUDIT,
  'ลบกิจกรรมที่ ${} ของข้อ ${}': AUDIT,
  'สถานะ ข้อ ${}': DORMANT_ROW,
  'ผลที่ทำได้ ข้อ ${}': DORMANT_ROW,
  '${} ข้อ ${}': DORMANT_ROW,
};

interface Literal {
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

function productionLiterals(): Literal[] {
  return FLOORS.flatMap((floor) => sourceFiles(path.join(ROOT, floor)))
    .map((abs) => path.relative(ROOT, abs).split(path.sep).join('/'))
    .filter((file) => !Object.keys(NOT_CHECKED).some((dir) => file.startsWith(dir)))
    .flatMap((file) => thaiLiterals(file, fs.readFileSync(path.join(ROOT, file), 'utf8')));
}

function repeats(literals: Literal[]): Map<string, Literal[]> {
  const byText = new Map<string, Literal[]>();
  for (const l of literals) byText.set(l.text, [...(byText.get(l.text) ?? []), l]);
  return new Map([...byText].filter(([, at]) => at.length > 1));
}

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
    expect(new Set(literals.map((l) => l.file.split('/')[0]))).toEqual(new Set(FLOORS));
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
