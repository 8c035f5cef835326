// The launcher starts Chromium before the CLI bundle loads when the command line asks for a PDF
// (electron/cli/early.ts), and the CLI's printer takes that browser (pipeTab.ts takeEarly): one
// Chromium per export. One that nothing takes (a wrong command line) is closed at exit.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wantsPdf } from '../../electron/cli/early';
import { CHROMIUM_PATH } from '../../electron/reports/pdf/chromiumFlags';
import { cliCommand } from '../helpers/cli';
import { tmpDbPath, tmpDir } from '../helpers/tmp';

/** A Chromium that notes each launch in `log`, then is the real one (the pipe's fds 3 and 4 stay open across exec). */
function countingChromium(dir: string, log: string): string {
  const exe = path.join(dir, 'chromium');
  fs.writeFileSync(exe, `#!/bin/sh\necho launched "$@" >> '${log}'\nexec '${CHROMIUM_PATH}' "$@"\n`, { mode: 0o755 });
  return exe;
}

/** Chromium processes whose command line names this temp folder (its profile is made there). */
const chromiumsIn = (dir: string) =>
  fs.readdirSync('/proc').filter((n) => {
    try {
      return /^\d+$/.test(n) && fs.readFileSync(`/proc/${n}/cmdline`, 'utf8').includes(`--user-data-dir=${dir}`);
    } catch {
      return false;
    }
  });

function runCliWith(args: string[], { withTmpdir = true } = {}) {
  const dir = tmpDir();
  const temp = path.join(dir, 'tmp');
  fs.mkdirSync(temp);
  const log = path.join(dir, 'launches.log');
  // When Node is asked for the CLI bundle (out/cli/ita-cli.cjs), notes the command lines of its children.
  const hook = path.join(dir, 'hook.cjs');
  const atBundle = path.join(dir, 'children-at-bundle.json');
  fs.writeFileSync(
    hook,
    `const M = require('node:module'); const fs = require('node:fs'); const orig = M._load;
     M._load = function (req, ...rest) {
       if (req.endsWith('ita-cli.cjs')) {
         const kids = fs.readdirSync('/proc').filter((n) => /^\\d+$/.test(n)).flatMap((n) => {
           try {
             const stat = fs.readFileSync('/proc/' + n + '/stat', 'utf8');
             if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== process.pid) return [];
             return [fs.readFileSync('/proc/' + n + '/cmdline', 'utf8')];
           } catch { return []; }
         });
         fs.writeFileSync(${JSON.stringify(atBundle)}, JSON.stringify(kids));
       }
       return orig.call(this, req, ...rest);
     };`,
  );
  const [cmd, ...pre] = cliCommand();
  const r = spawnSync(cmd!, ['--require', hook, ...pre, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: withTmpdir ? temp : '', CHROMIUM_PATH: countingChromium(dir, log) },
  });
  const launched = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : [];
  const profiles = launched.flatMap((l) => /--user-data-dir=(\S+)/.exec(l)?.[1] ?? []);
  return {
    r,
    temp,
    launches: launched.length,
    profiles,
    childrenAtBundle: JSON.parse(fs.readFileSync(atBundle, 'utf8')) as string[],
  };
}

describe('Chromium started early by the CLI launcher', () => {
  it('is guessed from the command line: an export with --format pdf only', () => {
    expect(wantsPdf(['export', '--report', 'plan', '--year', '2566', '--format', 'pdf', '--out', 'a.pdf'])).toBe(true);
    expect(wantsPdf(['--db', 'x.sqlite', '--user', 'สมชาย', 'export', '--format=pdf'])).toBe(true);
    expect(wantsPdf(['export', '--format', 'xlsx', '--out', 'pdf'])).toBe(false);
    expect(wantsPdf(['--db', 'export', 'list-plans', '--format', 'pdf'])).toBe(false);
    expect(wantsPdf(['export', '--format', 'pdf', '--help'])).toBe(false);
    expect(wantsPdf(['show-plan', '2566'])).toBe(false);
  });

  it('prints the PDF with the one Chromium it started, and leaves neither browser nor profile behind', () => {
    const db = tmpDbPath();
    expect(runCliWith(['--db', db, 'import-sample']).launches).toBe(0);
    const pdf = path.join(tmpDir(), 'plan.pdf');
    const { r, temp, launches, childrenAtBundle } = runCliWith([
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
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/จำนวน \d+ หน้า/);
    expect(launches).toBe(1);
    // Started before Node was asked for the CLI bundle (its ~4 MB load overlaps Chromium's start-up).
    expect(childrenAtBundle.filter((c) => c.includes('--remote-debugging-pipe'))).toHaveLength(1);
    expect(fs.readdirSync(temp).filter((n) => n.startsWith('ita-chromium-'))).toEqual([]);
    expect(chromiumsIn(temp)).toEqual([]);
  });

  it('without TMPDIR, the profile is made in RAM (/dev/shm) and is gone when the CLI has exited', () => {
    const db = tmpDbPath();
    expect(runCliWith(['--db', db, 'import-sample']).r.status).toBe(0);
    const pdf = path.join(tmpDir(), 'plan.pdf');
    const args = ['--db', db, 'export', '--report', 'plan', '--year', '2566', '--format', 'pdf', '--out', pdf];
    const { r, profiles } = runCliWith(args, { withTmpdir: false });
    expect(r.status, r.stderr).toBe(0);
    expect(profiles).toHaveLength(1);
    expect(path.dirname(profiles[0]!)).toBe(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());
    expect(fs.existsSync(profiles[0]!)).toBe(false);
    expect(chromiumsIn(profiles[0]!)).toEqual([]);
  });

  it('one nothing takes (a wrong option) is closed: the CLI exits with its usage error, nothing left', () => {
    const { r, temp, launches } = runCliWith(['--db', tmpDbPath(), 'export', '--format', 'pdf', '--no-such-option']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('คำสั่งไม่ถูกต้อง');
    expect(launches).toBe(1);
    expect(fs.readdirSync(temp).filter((n) => n.startsWith('ita-chromium-'))).toEqual([]);
    expect(chromiumsIn(temp)).toEqual([]);
  });
});
