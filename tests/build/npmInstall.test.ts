// `npm install && npm start` on a clean Windows PC (no Python, no Visual Studio): better-sqlite3 ships
// N-API prebuilds for every platform and needs no build, but it also ships binding.gyp, and npm runs an
// implicit `node-gyp rebuild` for it when installing from the lockfile (the package's `gypfile: false` is
// not kept there). That build fails without a compiler. Our allowScripts denies it; npm honours
// allowScripts from 11.16 on, so package.json and the README ask for that npm.
// This installs better-sqlite3 as `npm ci` does for this project, into a scratch folder, with our policy.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  engines: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const lock = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version: string }>;
};
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const MIN_NPM = '11.16';

const npm = (cwd: string, ...args: string[]) =>
  spawnSync(NPM, [...args, '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });

const atLeast = (version: string, min: string) => {
  const [a = 0, b = 0] = version.split('.').map(Number);
  const [c = 0, d = 0] = min.split('.').map(Number);
  return a > c || (a === c && b >= d);
};

describe('installing on a PC without a C++ toolchain', () => {
  it('package.json asks for an npm that honours allowScripts, and the README says so', () => {
    expect(pkg.engines['npm']).toBe(`>=${MIN_NPM}`);
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`npm ${MIN_NPM}`);
    const installed = execFileSync(NPM, ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
    expect(atLeast(installed.trim(), MIN_NPM), `npm ${installed.trim()}`).toBe(true);
  });

  it('npm ci runs no node-gyp build for better-sqlite3, and its prebuilt binary loads', () => {
    const version = lock.packages['node_modules/better-sqlite3']!.version;
    const dir = tmpDir();
    const manifest = {
      name: 'install-check',
      version: '1.0.0',
      private: true,
      dependencies: { 'better-sqlite3': version },
      allowScripts: { 'better-sqlite3': pkg.allowScripts['better-sqlite3'] },
    };
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest));
    // `npm install` writes the lockfile; `npm ci` from it is what runs the implicit gyp build.
    expect(npm(dir, 'install', '--package-lock-only').status).toBe(0);
    const ci = npm(dir, 'ci');
    expect(ci.status, ci.stderr).toBe(0);
    expect(ci.stderr).not.toMatch(/better-sqlite3@[^\s]+ \(install: node-gyp rebuild\)/);
    expect(fs.existsSync(path.join(dir, 'node_modules', 'better-sqlite3', 'build'))).toBe(false);
    const load = spawnSync(
      process.execPath,
      [
        '-e',
        "const D = require('better-sqlite3'); process.stdout.write(new D(':memory:').prepare('select 6*7 v').get().v + '')",
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(load.stdout, load.stderr).toBe('42');
  });
});
