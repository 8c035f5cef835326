import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { peek } from '../helpers/api';
import { REPO_ROOT, SAMPLE_FILE, tmpDbPath, tmpDir } from '../helpers/tmp';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), appRoot: REPO_ROOT });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('CLI (in process)', () => {
  it('import-text imports the seed, prints a Thai summary, and list-plans / show-plan read it back', async () => {
    const db = tmpDbPath();
    const r = await cli('--db', db, 'import-text', SAMPLE_FILE);
    expect(r.code).toBe(0);
    expect(r.out).toContain('นำเข้าแล้ว: สำนักงานเขตดุสิต ปีงบประมาณ พ.ศ. 2566 — 70 ข้อ');
    expect(r.out).toContain('เทคนิค');

    const list = await cli('--db', db, 'list-plans', '--json');
    expect(JSON.parse(list.out)).toMatchObject([{ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต', itemCount: 70 }]);

    const show = await cli('--db', db, 'show-plan', '2566', '--json');
    const plan = JSON.parse(show.out) as {
      indicators: { items: { code: string; activities: { text: string }[] }[] }[];
    };
    const codes = plan.indicators.flatMap((i) => i.items.map((it) => it.code));
    expect(codes).toEqual([
      ...Array.from({ length: 25 }, (_, i) => `I${i + 1}`),
      ...Array.from({ length: 15 }, (_, i) => `E${i + 1}`),
      ...Array.from({ length: 30 }, (_, i) => `O${i + 1}`),
    ]);
    expect(plan.indicators[0]!.items[0]!.activities[0]!.text).toContain('ประชุมชี้แจงเจ้าหน้าที่');
    const text = await cli('--db', db, 'show-plan', '2566');
    expect(text.out).toContain('IIT ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่');
  });

  it('import-text refuses a year that exists, bad files and bad text, leaving the database unchanged', async () => {
    const db = tmpDbPath();
    await cli('--db', db, 'import-text', SAMPLE_FILE);
    const again = await cli('--db', db, 'import-text', SAMPLE_FILE);
    expect(again.code).toBe(1);
    expect(again.err).toContain('อยู่แล้ว');

    const dir = tmpDir();
    const junk = path.join(dir, 'junk.txt');
    fs.writeFileSync(junk, 'สวัสดี\nไม่ใช่ตาราง\n');
    const bad = await cli('--db', db, 'import-text', junk, '--year', '2567');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/นำเข้าแผนไม่ได้/);
    const missing = await cli('--db', db, 'import-text', path.join(dir, 'nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('อ่านไฟล์');
    const plans = JSON.parse((await cli('--db', db, 'list-plans', '--json')).out) as unknown[];
    expect(plans).toHaveLength(1);
  });

  it('--dry-run checks without saving', async () => {
    const db = tmpDbPath();
    // A dry run only reads: it does not create a missing file (issue 12, point 7).
    const missing = await cli('--db', db, 'import-text', SAMPLE_FILE, '--dry-run', '--json');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('ไม่พบไฟล์ข้อมูล');
    expect(fs.existsSync(db)).toBe(false);
    expect((await cli('--db', db, 'migrate')).code).toBe(0);
    const r = await cli('--db', db, 'import-text', SAMPLE_FILE, '--dry-run', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ dryRun: true, itemCount: 70, plan: null });
    expect(JSON.parse((await cli('--db', db, 'list-plans', '--json')).out)).toEqual([]);
  });

  it('followup set / list and progress work by year, item code and activity position', async () => {
    const db = tmpDbPath();
    await cli('--db', db, 'import-sample');
    const set = await cli(
      '--db',
      db,
      '--user',
      'สมหญิง',
      'followup',
      'set',
      '--year',
      '2566',
      '--item',
      'O1',
      '--activity',
      '1',
      '--month',
      '2023-03',
      '--status',
      'done',
      '--qty',
      '1',
      '--result',
      'เผยแพร่บนเว็บไซต์แล้ว',
      '--url',
      'https://www.bangkok.go.th/dusit',
      '--json',
    );
    expect(set.code).toBe(0);
    expect(JSON.parse(set.out)).toMatchObject({
      month: '2023-03',
      status: 'done',
      qty: 1,
      result: 'เผยแพร่บนเว็บไซต์แล้ว',
      evidence: [{ kind: 'url', url: 'https://www.bangkok.go.th/dusit' }],
    });
    const list = JSON.parse(
      (await cli('--db', db, 'followup', 'list', '--year', '2566', '--month', '2023-03', '--json')).out,
    ) as {
      itemCode: string;
      followUp: { status: string } | null;
    }[];
    expect(list.filter((r) => r.followUp).map((r) => [r.itemCode, r.followUp!.status])).toEqual([['O1', 'done']]);
    const progress = JSON.parse(
      (await cli('--db', db, 'progress', '--year', '2566', '--month', '2023-03', '--json')).out,
    ) as {
      overall: { done: number; total: number };
      oitWithoutUrl: string[];
    };
    expect(progress.overall.done).toBe(1);
    expect(progress.oitWithoutUrl).not.toContain('O1');
    expect(progress.oitWithoutUrl).toContain('O2');
    const audit = peek(db);
    expect(audit.prepare("SELECT actor FROM audit_log WHERE action = 'followUp.save'").get()).toEqual({
      actor: 'สมหญิง',
    });
    audit.close();
  });

  it('explains wrong usage and bad values in Thai with distinct exit codes', async () => {
    const db = tmpDbPath();
    await cli('--db', db, 'import-sample');
    const base = ['--db', db, 'followup', 'set', '--year', '2566', '--month', '2023-03', '--status', 'done'];
    expect(await cli(...base, '--item', 'O99', '--activity', '1')).toMatchObject({
      code: 1,
      err: expect.stringContaining('ไม่พบข้อ O99'),
    });
    expect(await cli(...base, '--item', 'O1', '--activity', '9')).toMatchObject({
      code: 1,
      err: expect.stringContaining('ไม่มีกิจกรรมที่ 9'),
    });
    expect(await cli(...base, '--item', 'O1')).toMatchObject({ code: 2, err: expect.stringContaining('--activity') });
    expect(await cli(...base, '--item', 'O1', '--activity', '1', '--qty', 'สาม')).toMatchObject({ code: 2 });
    expect(await cli(...base, '--item', 'O1', '--activity', '1', '--url', 'javascript:alert(1)')).toMatchObject({
      code: 1,
    });
    expect(await cli('--db', db, 'nonsense')).toMatchObject({ code: 2, err: expect.stringContaining('ไม่รู้จักคำสั่ง') });
    expect(await cli('--db', db, 'list-plans', '--bogus')).toMatchObject({ code: 2 });
    expect(await cli('--db', db, 'progress', '--year', '2570')).toMatchObject({
      code: 1,
      err: expect.stringContaining('ไม่พบแผน'),
    });
  });

  it('refuses a database file that is not ours', async () => {
    const dir = tmpDir();
    const notDb = path.join(dir, 'photo.sqlite');
    fs.writeFileSync(notDb, Buffer.alloc(4096, 7));
    expect(await cli('--db', notDb, 'list-plans')).toMatchObject({
      code: 1,
      err: expect.stringContaining('ไม่ใช่ฐานข้อมูล'),
    });
  });
});

describe('CLI Excel commands (in process)', () => {
  it('division-form writes a form, import-forms --dry-run previews it, and import-plan-xlsx finds no change in an untouched export', async () => {
    const db = tmpDbPath();
    await cli('--db', db, 'import-sample');
    const dir = tmpDir();
    const form = path.join(dir, 'form.xlsx');
    const made = await cli(
      '--db',
      db,
      'division-form',
      '--year',
      '2566',
      '--month',
      '2023-03',
      '--division',
      'ฝ่ายปกครอง',
      '--out',
      form,
    );
    expect(made).toMatchObject({ code: 0, out: expect.stringContaining('บันทึกแล้ว') });
    expect(fs.readFileSync(form).subarray(0, 2).toString()).toBe('PK');
    const preview = await cli('--db', db, 'import-forms', '--year', '2566', form, '--dry-run');
    expect(preview.code).toBe(0);
    expect(preview.out).toContain('จะบันทึก');
    const plan = path.join(dir, 'plan.xlsx');
    expect(
      (await cli('--db', db, 'export', '--report', 'plan', '--year', '2566', '--format', 'xlsx', '--out', plan)).code,
    ).toBe(0);
    const same = await cli('--db', db, 'import-plan-xlsx', '--year', '2566', plan, '--dry-run');
    expect(same).toMatchObject({ code: 0, out: expect.stringContaining('ไม่มีการเปลี่ยนแปลง') });
    const bad = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(bad, 'not a workbook');
    expect(await cli('--db', db, 'import-forms', '--year', '2566', bad)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/[\u0E00-\u0E7F]/),
    });
  });
});

describe('CLI (as a process, through npm run cli)', () => {
  it('exits 0 with output on success and non-zero with a Thai error on failure', () => {
    const db = tmpDbPath();
    const ok = execFileSync('npm', ['run', '-s', 'cli', '--', '--db', db, 'import-sample'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(ok).toContain('70 ข้อ');
    const bad = spawnSync('npm', ['run', '-s', 'cli', '--', '--db', db, 'import-sample'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('อยู่แล้ว');
  });
});
