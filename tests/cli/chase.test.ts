// The CLI's chase commands: `export --report overview` (the director's page, a real PDF printed by
// Chromium: one page) and `division-form --late --out-dir` (every late division's form at once).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { REPO_ROOT, tmpDbPath, tmpDir } from '../helpers/tmp';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), appRoot: REPO_ROOT });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('CLI: chasing the divisions', () => {
  it('prints the overview on one page and writes every late division’s form', async () => {
    const db = tmpDbPath();
    const dir = tmpDir();
    expect((await cli('--db', db, 'import-sample')).code).toBe(0);
    const set = (item: string, status: string) =>
      cli(
        '--db',
        db,
        'followup',
        'set',
        '--year',
        '2566',
        '--item',
        item,
        '--activity',
        '1',
        '--month',
        '2023-03',
        '--status',
        status,
      );
    expect((await set('I1', 'done')).code).toBe(0);
    expect((await set('O1', 'blocked')).code).toBe(0);

    const pdf = path.join(dir, 'สรุป มี.ค.pdf');
    const r = await cli(
      '--db',
      db,
      'export',
      '--report',
      'overview',
      '--year',
      '2566',
      '--month',
      '2023-03',
      '--format',
      'pdf',
      '--out',
      pdf,
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ path: pdf, pages: 1 });
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('ณสิ้นเดือนมีนาคมพ.ศ.๒๕๖๖');
    expect(text).toContain('ฝ่ายที่ยังรายงานผลของเดือนนี้ไม่ครบ');

    const forms = path.join(dir, 'forms');
    fs.mkdirSync(forms);
    const f = await cli(
      '--db',
      db,
      'division-form',
      '--year',
      '2566',
      '--month',
      '2023-03',
      '--late',
      '--out-dir',
      forms,
      '--json',
    );
    expect(f.code).toBe(0);
    const written = JSON.parse(f.out) as {
      outDir: string;
      files: { division: string; path: string; missing: number }[];
    };
    expect(written.files.length).toBeGreaterThan(1);
    expect(fs.readdirSync(forms).sort()).toEqual(written.files.map((x) => path.basename(x.path)).sort());
    expect(written.files.every((x) => x.missing > 0)).toBe(true);
    expect(f.err).toContain(`กำลังสร้างแบบฟอร์ม 1/${written.files.length}`);

    expect(
      (
        await cli(
          '--db',
          db,
          'division-form',
          '--year',
          '2566',
          '--month',
          '2023-03',
          '--late',
          '--division',
          'ฝ่ายโยธา',
          '--out-dir',
          forms,
        )
      ).code,
    ).toBe(2);
    expect(
      (
        await cli(
          '--db',
          db,
          'division-form',
          '--year',
          '2566',
          '--month',
          '2023-03',
          '--late',
          '--out-dir',
          path.join(dir, 'none'),
        )
      ).code,
    ).toBe(1);
  }, 120_000);
});
