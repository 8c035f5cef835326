// The floors of the code (docs/architecture.md), checked by dependency-cruiser with the rules in
// .dependency-cruiser.cjs: the repository must have no violation, and a probe tree with deliberate
// upward imports must trip each rule (so a rule that silently matches nothing fails here).
import fs from 'node:fs';
import path from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
/** Everything with code in it; node_modules, out/ and the like are excluded by the config. */
const SOURCES = ['core', 'db', 'electron', 'renderer', 'tests', 'build', 'electron.vite.config.ts', 'vitest.config.ts'];

async function cruiseIn(baseDir: string, sources: string[]): Promise<ICruiseResult> {
  const options: ICruiseOptions = { ...(await extractDepcruiseOptions(CONFIG)), baseDir };
  const result = await cruise(sources, options);
  if (typeof result.output === 'string') throw new Error('expected a JSON cruise result');
  return result.output;
}

const describeViolations = (r: ICruiseResult) =>
  r.summary.violations.map((v) => `${v.from} → ${v.to}: ${v.rule.name}`).sort();

/** Where files under `dirs` prepare SQL statements (found in the TypeScript AST, comments ignored). */
function preparedIn(dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(e.name)) {
        const sf = ts.createSourceFile(
          rel,
          fs.readFileSync(path.join(ROOT, rel), 'utf8'),
          ts.ScriptTarget.Latest,
          true,
        );
        const visit = (n: ts.Node): void => {
          if (
            ts.isCallExpression(n) &&
            ts.isPropertyAccessExpression(n.expression) &&
            n.expression.name.text === 'prepare'
          ) {
            out.push(`${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`);
          }
          ts.forEachChild(n, visit);
        };
        visit(sf);
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return out;
}

describe('architecture (dependency-cruiser)', () => {
  it('SQL statements are prepared only in db/ (handlers call db/queries)', () => {
    expect(preparedIn(['core', 'electron', 'renderer'])).toEqual([]);
    expect(preparedIn(['db']).some((at) => at.startsWith('db/queries/run.ts:'))).toBe(true); // the finder finds
  });

  it('the repository keeps every floor', async () => {
    const result = await cruiseIn(ROOT, SOURCES);
    const files = result.modules.map((m) => m.source);
    expect(files).toContain('core/contract.ts');
    expect(files).toContain('electron/main/index.ts');
    expect(files).toContain('renderer/src/main.tsx');
    expect(files.some((f) => f.startsWith('db/queries/'))).toBe(true);
    expect(describeViolations(result)).toEqual([]);
  });

  describe('a probe tree with deliberate upward imports', () => {
    // Inside the repository (.tmp/ is git-ignored) so that 'electron', 'better-sqlite3' and zod
    // resolve to the real packages in node_modules, as they do for the app's own files.
    const probe = path.join(ROOT, '.tmp', `depcruise-probe-${process.pid}`);
    const files: Record<string, string> = {
      'core/ok.ts':
        "import { z } from 'zod';\nimport type { T } from './types';\nexport const s = z.string();\nexport type U = T;\n",
      'core/types.ts': 'export type T = string;\n',
      'core/upToDb.ts': "import { q } from '../db/queries';\nexport const x = q;\n",
      'core/node.ts': "import fs from 'node:fs';\nexport const x = fs;\n",
      'core/package.ts': "import Database from 'better-sqlite3';\nexport const x = Database;\n",
      'db/queries.ts': "import type { T } from '../core/types';\nexport const q = 1 as unknown as T;\n",
      'db/sql.ts': 'export const sql = (s: TemplateStringsArray) => s.join("?");\n',
      'electron/api/runsSql.ts': "import { sql } from '../../db/sql';\nexport const x = sql;\n",
      'db/upToApi.ts': "import type { Api } from '../electron/api/handlers';\nexport type X = Api;\n",
      'db/electronTypes.ts': "import type { App } from 'electron';\nexport type X = App;\n",
      'db/electronRequire.ts': "const e = require('electron');\nexport const x = e;\n",
      'db/electronDynamic.ts': "export const load = () => import('electron');\n",
      'electron/reports/upToApi.ts': "import { handlers } from '../api/handlers';\nexport const x = handlers;\n",
      'electron/reports/ok.ts': "import { q } from '../../db/queries';\nexport const x = q;\n",
      'electron/api/handlers.ts':
        "import { q } from '../../db/queries';\nexport const handlers = q;\nexport type Api = typeof q;\n",
      'electron/api/upToMain.ts': "import { shell } from '../main/window';\nexport const x = shell;\n",
      'electron/main/window.ts':
        "import { app } from 'electron';\nimport { handlers } from '../api/handlers';\nexport const shell = [app, handlers];\n",
      'electron/preload/index.ts': "import { contextBridge } from 'electron';\nexport const x = contextBridge;\n",
      'electron/cli/intoMain.ts': "import { shell } from '../main/window';\nexport const x = shell;\n",
      'electron/shell-pure/typeImport.ts': "export type X = import('electron').App;\n",
      'renderer/src/good.tsx': "import type { T } from '../../core/types';\nexport const x: T = '';\n",
      'renderer/src/toDb.ts': "import { q } from '../../db/queries';\nexport const x = q;\n",
      'renderer/src/toApi.ts': "import type { Api } from '../../electron/api/handlers';\nexport type X = Api;\n",
      'renderer/src/node.ts': "import { readFile } from 'fs/promises';\nexport const x = readFile;\n",
      'renderer/src/sqlite.ts': "import Database from 'better-sqlite3';\nexport const x = Database;\n",
      'renderer/src/typo.ts': "import { y } from './nowhere';\nexport const x = y;\n",
      'renderer/src/circleA.ts': "import { b } from './circleB';\nexport const a = () => b;\n",
      'renderer/src/circleB.ts': "import { a } from './circleA';\nexport const b = () => a;\n",
    };
    let result: ICruiseResult;

    beforeAll(async () => {
      for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(probe, name)), { recursive: true });
        fs.writeFileSync(path.join(probe, name), text);
      }
      result = await cruiseIn(probe, ['core', 'db', 'electron', 'renderer']);
    });
    afterAll(() => fs.rmSync(probe, { recursive: true, force: true }));

    const rulesOf = (from: string) =>
      [...new Set(result.summary.violations.filter((v) => v.from === from).map((v) => v.rule.name))].sort();

    it.each([
      ['core/upToDb.ts', ['core-is-pure', 'no-upward-import-from-core']],
      ['core/node.ts', ['core-is-pure']],
      ['core/package.ts', ['core-is-pure']],
      ['db/upToApi.ts', ['db-imports-only-core', 'no-upward-import-from-db']],
      ['db/electronTypes.ts', ['electron-only-in-shell']],
      ['db/electronRequire.ts', ['electron-only-in-shell']],
      ['db/electronDynamic.ts', ['electron-only-in-shell']],
      ['electron/reports/upToApi.ts', ['no-upward-import-from-reports']],
      ['electron/api/upToMain.ts', ['no-upward-import-from-api']],
      ['electron/api/runsSql.ts', ['sql-only-in-db']],
      ['electron/cli/intoMain.ts', ['cli-not-into-the-window']],
      ['electron/shell-pure/typeImport.ts', ['electron-only-in-shell']],
      ['renderer/src/toDb.ts', ['renderer-imports-only-core']],
      ['renderer/src/toApi.ts', ['renderer-imports-only-core']],
      ['renderer/src/node.ts', ['renderer-no-node']],
      ['renderer/src/sqlite.ts', ['renderer-no-node-packages']],
      ['renderer/src/typo.ts', ['not-to-unresolvable']],
      ['renderer/src/circleA.ts', ['no-circular-in-app-code']],
    ])('%s is refused (%j)', (from, rules) => {
      expect(rulesOf(from)).toEqual(rules);
    });

    it.each([
      'core/ok.ts',
      'db/queries.ts',
      'electron/reports/ok.ts',
      'electron/api/handlers.ts',
      'electron/main/window.ts',
      'electron/preload/index.ts',
      'renderer/src/good.tsx',
    ])('%s, importing downward only, is accepted', (from) => {
      expect(result.modules.some((m) => m.source === from)).toBe(true);
      expect(rulesOf(from)).toEqual([]);
    });
  });
});
