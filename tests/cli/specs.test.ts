// One parseArgs spec per command (electron/cli/spec.ts): an option a command does not know, an extra
// argument, a missing value are usage errors (exit 2, Thai message, that command's usage), never
// silently ignored. Checked for every command, from the specs themselves.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMAND_SPECS } from '../../electron/cli/commands';
import { runCli, USAGE } from '../../electron/cli/run';
import { GLOBAL_OPTIONS } from '../../electron/cli/spec';
import { REPO_ROOT, tmpDbPath } from '../helpers/tmp';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), appRoot: REPO_ROOT });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const allOptions = [...new Set(COMMAND_SPECS.flatMap((s) => Object.keys(s.options)))];

describe('CLI specs: unknown options and arguments are refused', () => {
  it('list-plans --qty 3 is refused, names the option, and touches no file', async () => {
    const db = tmpDbPath();
    const r = await cli('--db', db, 'list-plans', '--qty', '3');
    expect(r.code).toBe(2);
    expect(r.err).toContain('คำสั่ง list-plans ไม่มีตัวเลือก --qty');
    expect(r.err).toContain('ใช้: list-plans');
    expect(fs.existsSync(db)).toBe(false);
  });

  it.each(COMMAND_SPECS.map((s) => [s.name, s] as const))(
    '%s refuses every option that belongs only to other commands',
    async (name, spec) => {
      const foreign = allOptions.filter((o) => !(o in spec.options) && !(o in GLOBAL_OPTIONS));
      expect(foreign.length).toBeGreaterThan(0);
      for (const option of foreign) {
        const r = await cli('--db', tmpDbPath(), ...name.split(' '), `--${option}`, 'x');
        expect(r.code, `${name} --${option}`).toBe(2);
        expect(r.err).toContain(`ไม่มีตัวเลือก --${option}`);
      }
    },
  );

  it.each(COMMAND_SPECS.map((s) => [s.name, s] as const))(
    '%s refuses more arguments than it takes',
    async (name, spec) => {
      const max = spec.positionals?.[1] ?? 0;
      const args = Array.from({ length: max + 1 }, (_, i) => `extra${i}`);
      const r = await cli('--db', tmpDbPath(), ...name.split(' '), ...args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('ไม่รับค่าเพิ่มเติม');
    },
  );

  it('each usage line names only options its command accepts, and appears in the overall usage', () => {
    for (const spec of COMMAND_SPECS) {
      const named = [...spec.usage.matchAll(/--([a-z-]+)/g)].map((m) => m[1]!);
      for (const o of named) expect(o in spec.options || o in GLOBAL_OPTIONS, `${spec.name} --${o}`).toBe(true);
      expect(USAGE).toContain(`${spec.name} ${spec.usage.split('\n')[0]}`);
    }
  });

  it('a missing value, a value given to a flag, an unknown command and a bare group are usage errors', async () => {
    const db = tmpDbPath();
    const cases: [string[], string][] = [
      [['progress', '--year'], 'ต้องมีค่าตามหลัง'],
      [['list-plans', '--json=yes'], 'ไม่รับค่า'],
      [['lst-plans'], 'ไม่รู้จักคำสั่ง "lst-plans"'],
      [['followup'], 'ใช้ followup set หรือ followup list'],
      [['followup', 'delete'], 'ใช้ followup set หรือ followup list'],
      [['import-text'], 'ต้องระบุ'],
    ];
    for (const [args, message] of cases) {
      const r = await cli('--db', db, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain(message);
    }
    expect(fs.existsSync(db)).toBe(false);
  });

  it('--help prints the usage (one command, or all), exit 0, and opens nothing', async () => {
    const db = tmpDbPath();
    const one = await cli('--db', db, 'export', '--help');
    expect(one.code).toBe(0);
    expect(one.out).toContain('ใช้: export --report');
    const all = await cli('--help');
    expect(all.code).toBe(0);
    for (const spec of COMMAND_SPECS) expect(all.out).toContain(`  ${spec.name} `);
    expect(fs.existsSync(db)).toBe(false);
  });
});
