// The CLI's month commands (issue 13): `followup list --json` says whether each row was reported,
// `followup copy-month` previews with --dry-run (writing nothing) and copies as drafts.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { peek } from '../helpers/api';
import { cliCommand } from '../helpers/cli';
import { REPO_ROOT, tmpDbPath } from '../helpers/tmp';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), appRoot: REPO_ROOT });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const count = (db: string, table: string) => {
  const d = peek(db);
  try {
    return (d.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    d.close();
  }
};

describe('CLI: the month', () => {
  it('followup list says reported true/false; copy-month previews, then copies drafts', async () => {
    const db = tmpDbPath();
    expect((await cli('--db', db, 'import-sample')).code).toBe(0);
    const set = (...more: string[]) =>
      cli('--db', db, 'followup', 'set', '--year', '2566', '--item', 'I1', '--month', '2023-02', ...more);
    expect((await set('--activity', '1', '--status', 'inProgress', '--result', 'ร่างแล้ว\nประชุม ๓ ก.พ. ๖๖')).code).toBe(
      0,
    );
    expect((await set('--activity', '2', '--status', 'done', '--result', 'เสร็จแล้ว')).code).toBe(0);

    const feb = JSON.parse(
      (await cli('--db', db, 'followup', 'list', '--year', '2566', '--month', '2023-02', '--json')).out,
    ) as {
      itemCode: string;
      reported: boolean;
      followUp: unknown;
    }[];
    expect(feb.filter((r) => r.reported)).toHaveLength(2);
    expect(feb.filter((r) => !r.reported)).toHaveLength(feb.length - 2);
    expect(feb.every((r) => r.reported === (r.followUp !== null))).toBe(true);
    const text = await cli('--db', db, 'followup', 'list', '--year', '2566', '--month', '2023-02');
    expect(text.out).toContain('ยังไม่รายงาน');

    const [rows, log] = [count(db, 'follow_up'), count(db, 'audit_log')];
    const dry = await cli(
      '--db',
      db,
      'followup',
      'copy-month',
      '--year',
      '2566',
      '--from',
      '2023-02',
      '--to',
      '2023-03',
      '--dry-run',
    );
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('จะคัดลอกผลเดือน ก.พ. ๖๖ ไปเดือน มี.ค. ๖๖ เป็นร่าง 1 กิจกรรม (ยังไม่บันทึก)');
    expect(dry.out).toContain('ไม่คัดลอก (ระบุวันที่): ประชุม ๓ ก.พ. ๖๖');
    expect(dry.out).toContain('ไม่คัดลอก I1.2: ดำเนินการแล้ว');
    expect([count(db, 'follow_up'), count(db, 'audit_log')]).toEqual([rows, log]);

    const copy = await cli(
      '--db',
      db,
      'followup',
      'copy-month',
      '--year',
      '2566',
      '--from',
      '2023-02',
      '--to',
      '2023-03',
      '--json',
    );
    expect(copy.code).toBe(0);
    const result = JSON.parse(copy.out) as { copied: number; batchId: number; dryRun: boolean };
    expect(result).toMatchObject({ copied: 1, dryRun: false, batchId: expect.any(Number) });
    const march = JSON.parse(
      (await cli('--db', db, 'followup', 'list', '--year', '2566', '--month', '2023-03', '--json')).out,
    ) as {
      itemCode: string;
      activityPosition: number;
      reported: boolean;
      followUp: { draft: boolean; result: string } | null;
    }[];
    const copied = march.filter((r) => r.followUp);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatchObject({ reported: false, followUp: { draft: true, result: 'ร่างแล้ว' } });

    const wrong = await cli(
      '--db',
      db,
      'followup',
      'copy-month',
      '--year',
      '2566',
      '--from',
      '2023-03',
      '--to',
      '2023-02',
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('ต้องอยู่ก่อน');
    const unknown = await cli(
      '--db',
      db,
      'followup',
      'copy-month',
      '--year',
      '2566',
      '--from',
      '2023-02',
      '--too',
      '2023-03',
    );
    expect(unknown.code).toBe(2);
  });

  it('copy-month --dry-run runs as its own process without taking the lock or writing', () => {
    const db = tmpDbPath();
    const [node, launch] = cliCommand();
    const run = (...args: string[]) =>
      spawnSync(node!, [launch!, '--db', db, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(run('import-sample').status).toBe(0);
    const r = run(
      'followup',
      'copy-month',
      '--year',
      '2566',
      '--from',
      '2023-02',
      '--to',
      '2023-03',
      '--dry-run',
      '--json',
    );
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dryRun: true, copied: 0, rows: [] });
  });
});
