// Architecture rules, checked on every source file of the repo:
//  1. Only electron/main/** and electron/preload/** may import 'electron' (static, type-only,
//     require, dynamic import, import-equals or import() types: all count).
//  2. The renderer may not import Node builtins, better-sqlite3, or anything from db/ except the
//     pure helpers db/thai and db/import/types.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', '.git', 'coverage', 'test-results', '.tmp']);
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

interface ImportRef {
  spec: string;
  line: number;
}

interface Violation {
  file: string;
  line: number;
  spec: string;
  rule: string;
}

function listSourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) listSourceFiles(path.join(dir, entry.name), out);
    } else if (entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts.map')) {
      out.push(path.join(dir, entry.name));
    }
  }
  return out;
}

/** Every module specifier a file refers to, found by walking the TypeScript AST (comments and strings ignored). */
export function findImports(fileName: string, text: string): ImportRef[] {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : fileName.endsWith('.ts') ? ts.ScriptKind.TS : undefined;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const refs: ImportRef[] = [];
  const add = (node: ts.Node, expr: ts.Expression | undefined) => {
    if (expr && (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr))) {
      refs.push({ spec: expr.text, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      add(node, node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      const isRequireMember =
        ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === 'require' &&
        callee.name.text === 'resolve';
      const isDynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isMock = ts.isPropertyAccessExpression(callee) && /^(mock|doMock|importActual)$/.test(callee.name.text);
      if ((isRequire || isRequireMember || isDynamicImport) && !isMock) add(node, node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal as ts.Expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return refs;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]!]));
const isElectron = (spec: string) => spec === 'electron' || spec.startsWith('electron/');
const isNodeBuiltin = (spec: string) =>
  spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0]!);
const ALLOWED_DB_FOR_RENDERER = ['db/thai', 'db/import/types'];

/** Repo-relative path ('a/b/c'), posix separators. */
const rel = (abs: string) => path.relative(ROOT, abs).split(path.sep).join('/');

export function checkFile(relFile: string, text: string): Violation[] {
  const violations: Violation[] = [];
  const electronAllowed = relFile.startsWith('electron/main/') || relFile.startsWith('electron/preload/');
  const isRenderer = relFile.startsWith('renderer/');
  for (const { spec, line } of findImports(relFile, text)) {
    const v = (rule: string) => violations.push({ file: relFile, line, spec, rule });
    if (isElectron(spec) && !electronAllowed) v("only electron/main and electron/preload may import 'electron'");
    if (!isRenderer) continue;
    if (isNodeBuiltin(spec)) v('the renderer may not import Node builtins');
    if (spec === 'better-sqlite3' || spec.startsWith('better-sqlite3/'))
      v('the renderer may not import better-sqlite3');
    if (spec.startsWith('.')) {
      const target = path.posix
        .normalize(path.posix.join(path.posix.dirname(relFile), spec))
        .replace(/\.(tsx?|jsx?)$/, '');
      if (target.startsWith('../')) v('the renderer may not import from outside the repository');
      if (target === 'db' || target.startsWith('db/')) {
        const ok = ALLOWED_DB_FOR_RENDERER.some((a) => target === a || target.startsWith(a + '/'));
        if (!ok) v('the renderer may import only db/thai and db/import/types from db/');
      }
    }
  }
  return violations;
}

describe('architecture', () => {
  const files = listSourceFiles(ROOT);

  it('finds the source files', () => {
    const rels = files.map(rel);
    expect(rels).toContain('electron/main/index.ts');
    expect(rels).toContain('electron/preload/index.ts');
    expect(rels).toContain('renderer/src/main.tsx');
    expect(rels.some((f) => f.startsWith('db/'))).toBe(true);
    expect(rels.some((f) => f.startsWith('node_modules/') || f.startsWith('out/'))).toBe(false);
  });

  it('no file breaks the import rules', () => {
    const violations = files.flatMap((f) => checkFile(rel(f), fs.readFileSync(f, 'utf8')));
    expect(violations.map((v) => `${v.file}:${v.line} imports '${v.spec}': ${v.rule}`)).toEqual([]);
  });

  it('the checker sees every way of importing', () => {
    const bad = [
      "import { app } from 'electron';",
      "import type { IpcMain } from 'electron';",
      "export { shell } from 'electron/main';",
      "const e = require('electron');",
      "const p = import('electron');",
      "import e = require('electron');",
      "type T = import('electron').App;",
      "// import 'electron' in a comment is fine",
      'const s = "require(\'electron\') in a string is fine";',
    ].join('\n');
    const found = checkFile('db/somewhere.ts', bad);
    expect(found.map((v) => v.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(checkFile('electron/main/x.ts', bad)).toEqual([]);
    expect(checkFile('electron/preload/x.ts', bad)).toEqual([]);
    expect(checkFile('electron/shell-pure/x.ts', bad)).toHaveLength(7);
    expect(checkFile('electron/api/x.ts', bad)).toHaveLength(7);
  });

  it('the checker catches a renderer reaching for Node, SQLite or the database layer', () => {
    const bad = [
      "import fs from 'node:fs';",
      "import path from 'path';",
      "import { readFile } from 'fs/promises';",
      "import Database from 'better-sqlite3';",
      "import { openDatabase } from '../../db';",
      "import { sql } from '../../db/sql';",
      "import { listPlans } from '../../db/queries/structure';",
      "const cp = require('child_process');",
      "const os = await import('os');",
      "import { ipcRenderer } from 'electron';",
    ].join('\n');
    const found = checkFile('renderer/src/bad.tsx', bad);
    expect([...new Set(found.map((v) => v.line))]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    const good = [
      "import { formatMonthShort } from '../../db/thai';",
      "import { toThaiDigits } from '../../db/thai/digits';",
      "import type { Tool } from '../../db/import/types';",
      "import type { PlanDetail } from '../../electron/api/types';",
      "import { create } from 'zustand';",
      "import { useState } from 'react';",
      "import './styles.css';",
    ].join('\n');
    expect(checkFile('renderer/src/good.tsx', good)).toEqual([]);
  });
});
