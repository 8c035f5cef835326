// The CLI ships as one bundled JS file run by the project's Node: no TypeScript loader at run time,
// better-sqlite3 loaded from node_modules, playwright-core not loaded at all (PDFs go through the
// DevTools pipe), and `npm run cli` rebuilding the bundle when it is stale.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliCommand } from '../helpers/cli';
import { REPO_ROOT, tmpDbPath, tmpDir } from '../helpers/tmp';

const launcher = createRequire(import.meta.url)(path.join(REPO_ROOT, 'electron', 'cli', 'launch.cjs')) as {
  BUNDLE: string;
  build(): void;
  isFresh(): boolean;
};

describe('CLI bundle', () => {
  it('is one file that runs on plain Node, loading no TypeScript loader and no playwright-core', () => {
    launcher.build();
    expect(launcher.isFresh()).toBe(true);
    const code = fs.readFileSync(launcher.BUNDLE, 'utf8');
    expect(code).toMatch(/require\("better-sqlite3"\)/);
    expect(code).not.toMatch(/require\("(tsx|zod|exceljs)"\)/); // bundled, not loaded from node_modules

    // Run with a hook that lists every module Node loads from outside the bundle.
    const db = tmpDbPath();
    const hook = path.join(tmpDir(), 'loaded.cjs');
    fs.writeFileSync(
      hook,
      `const M = require('node:module'); const seen = new Set(); const orig = M._load;
       M._load = function (req, ...rest) { seen.add(req); return orig.call(this, req, ...rest); };
       process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(hook + '.json')}, JSON.stringify([...seen])));`,
    );
    const out = execFileSync(process.execPath, ['--require', hook, launcher.BUNDLE, '--db', db, 'import-sample'], {
      encoding: 'utf8',
    });
    expect(out).toContain('70 ข้อ');
    const loaded = JSON.parse(fs.readFileSync(hook + '.json', 'utf8')) as string[];
    expect(loaded).toContain('better-sqlite3');
    expect(loaded.filter((m) => /tsx|playwright|esbuild|exceljs|zod/.test(m))).toEqual([]);
  });

  it('npm run cli prints the plan PDF through the bundle (Chromium over the pipe, closed at exit)', () => {
    const db = tmpDbPath();
    const [cmd, ...args] = cliCommand();
    expect(spawnSync(cmd!, [...args, '--db', db, 'import-sample']).status).toBe(0);
    const pdf = path.join(tmpDir(), 'plan.pdf');
    const r = spawnSync(
      'npm',
      [
        'run',
        '-s',
        'cli',
        '--',
        '--db',
        db,
        'export',
        '--report',
        'plan',
        '--year',
        '2566',
        '--format',
        'pdf',
        '--out',
        pdf,
      ],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/จำนวน \d+ หน้า/);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.9\d? x 59[45]/);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('สำนักงานเขตดุสิต');
  });
});
