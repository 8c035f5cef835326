// The CLI's history (issue 13 point 3): `history list` one line per batch with the number to revert,
// `history revert ID` shows what it would do and changes nothing without --yes, reverts with it (a
// revert is itself revertible), and refuses in Thai (exit 1, nothing written) when a later edit
// touched the same field.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { fingerprint } from '../helpers/fingerprint';
import { REPO_ROOT, tmpDbPath } from '../helpers/tmp';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), appRoot: REPO_ROOT });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface Batch {
  batchId: number;
  summary: string;
  actor: string;
  revertedBy: number | null;
  entries: { action: string }[];
}

describe('CLI: history list and history revert', () => {
  it('lists batches, previews a revert without writing, reverts a copy with --yes, and reverts the revert', async () => {
    const db = tmpDbPath();
    expect((await cli('--db', db, 'import-sample')).code).toBe(0);
    const set = (activity: string, ...more: string[]) =>
      cli(
        '--db',
        db,
        '--user',
        'สมชาย',
        'followup',
        'set',
        '--year',
        '2566',
        '--item',
        'I1',
        '--activity',
        activity,
        '--month',
        '2023-02',
        ...more,
      );
    expect((await set('1', '--status', 'inProgress', '--result', 'ร่างคู่มือแล้ว')).code).toBe(0);
    expect((await set('2', '--status', 'inProgress', '--result', 'ประชุมแล้ว')).code).toBe(0);
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
    );
    expect(copy.code).toBe(0);

    const list = await cli('--db', db, 'history', 'list', '--year', '2566', '--json');
    expect(list.code).toBe(0);
    const batches = JSON.parse(list.out) as Batch[];
    const copied = batches[0]!;
    expect(copied.summary).toMatch(/^คัดลอกผลเดือน 2023-02 ไปเดือน 2023-03 เป็นร่าง \(2 กิจกรรม\) \(3 รายการ\)$/);
    expect(copied.entries.map((e) => e.action)).toEqual(['followUp.copyMonth', 'followUp.copy', 'followUp.copy']);
    const text = await cli('--db', db, 'history', 'list', '--limit', '2');
    expect(text.out.split('\n')).toHaveLength(2);
    expect(text.out.split('\n')[0]).toMatch(new RegExp(`^#${copied.batchId}  \\d+ [^ ]+ \\d{4} \\d\\d:\\d\\d น\\.  `));

    // Without --yes: what it would do, and nothing written.
    const before = fingerprint(db);
    const preview = await cli('--db', db, 'history', 'revert', String(copied.batchId));
    expect(preview.code).toBe(0);
    expect(preview.out).toContain(`ย้อนกลับชุดรายการที่ ${copied.batchId}: คัดลอกผลเดือน`);
    expect(preview.out).toContain('  ลบ: คัดลอกผลข้อ I1 กิจกรรมที่ 1');
    expect(preview.out).toContain('สั่งอีกครั้งพร้อม --yes');
    expect(fingerprint(db)).toBe(before);

    const done = await cli('--db', db, 'history', 'revert', String(copied.batchId), '--yes');
    expect(done.code).toBe(0);
    const march = async () =>
      (
        JSON.parse(
          (await cli('--db', db, 'followup', 'list', '--year', '2566', '--month', '2023-03', '--json')).out,
        ) as {
          followUp: unknown;
        }[]
      ).filter((r) => r.followUp !== null).length;
    expect(await march()).toBe(0);
    const revertId = Number(/ประวัติรายการที่ (\d+)/.exec(done.out)![1]);
    const after = JSON.parse((await cli('--db', db, 'history', 'list', '--json')).out) as Batch[];
    expect(after[0]).toMatchObject({ batchId: revertId, revertedBy: null });
    expect(after.find((b) => b.batchId === copied.batchId)!.revertedBy).toBe(revertId);
    expect((await cli('--db', db, 'history', 'revert', String(revertId), '--yes')).code).toBe(0);
    expect(await march()).toBe(2);
  });

  it('refuses in Thai, exit 1 and nothing written, when a later edit touched the same field', async () => {
    const db = tmpDbPath();
    expect((await cli('--db', db, 'import-sample')).code).toBe(0);
    const set = (user: string, result: string) =>
      cli(
        '--db',
        db,
        '--user',
        user,
        'followup',
        'set',
        '--year',
        '2566',
        '--item',
        'I1',
        '--activity',
        '1',
        '--month',
        '2023-02',
        '--status',
        'inProgress',
        '--result',
        result,
      );
    await set('สมชาย', 'ร่างแล้ว');
    await set('สมหญิง', 'ร่างเสร็จแล้ว');
    const [, first] = JSON.parse((await cli('--db', db, 'history', 'list', '--json')).out) as Batch[];
    const before = fingerprint(db);
    for (const yes of [[], ['--yes']]) {
      const r = await cli('--db', db, 'history', 'revert', String(first!.batchId), ...yes);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/ช่อง ผลการดำเนินงาน ถูกแก้ไขภายหลัง โดย สมหญิง/);
      expect(fingerprint(db)).toBe(before);
    }
    const usage = await cli('--db', db, 'history', 'revert');
    expect(usage.code).toBe(2);
  });

  it('reverts a plan import: the preview counts what goes (and asks about reports), --yes removes it, reverting that brings it back', async () => {
    const db = tmpDbPath();
    expect((await cli('--db', db, 'import-sample')).code).toBe(0);
    const plans = async () => JSON.parse((await cli('--db', db, 'list-plans', '--json')).out) as { id: number }[];
    const [plan] = await plans();
    expect(
      (
        await cli(
          '--db',
          db,
          'followup',
          'set',
          '--year',
          '2566',
          '--item',
          'I1',
          '--activity',
          '1',
          '--month',
          '2023-03',
          '--status',
          'done',
          '--result',
          'ทำแล้ว',
        )
      ).code,
    ).toBe(0);
    const batches = JSON.parse((await cli('--db', db, 'history', 'list', '--json')).out) as Batch[];
    const imported = batches.find((b) => b.entries[0]!.action === 'plan.import')!;
    const before = fingerprint(db);
    const preview = await cli('--db', db, 'history', 'revert', String(imported.batchId));
    expect(preview.code).toBe(0);
    expect(preview.out).toContain('  ลบ: นำเข้าแผนปีงบประมาณ พ.ศ. 2566');
    expect(preview.out).toContain('      ลบทั้งแผน: 70 ข้อ 112 กิจกรรม ผลการดำเนินงาน 1 รายการ');
    expect(preview.out).toContain('โปรดยืนยัน: แผนนี้มีผลการดำเนินงานที่บันทึกไว้แล้ว 1 รายการ');
    expect(fingerprint(db)).toBe(before);

    const done = await cli('--db', db, 'history', 'revert', String(imported.batchId), '--yes');
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/หมายเหตุ: สำรองข้อมูลก่อนลบแผนไว้ที่ ita-backup-\d{8}-\d{6}-pre-revert\.sqlite/);
    expect(await plans()).toEqual([]);
    const revertId = Number(/ประวัติรายการที่ (\d+)/.exec(done.out)![1]);
    const back = await cli('--db', db, 'history', 'revert', String(revertId), '--yes');
    expect(back.code).toBe(0);
    expect(back.out).toContain('นำทั้งแผนกลับมาด้วยรหัสเดิม: 70 ข้อ 112 กิจกรรม ผลการดำเนินงาน 1 รายการ');
    expect(await plans()).toMatchObject([{ id: plan!.id }]);
    const row = JSON.parse(
      (await cli('--db', db, 'followup', 'list', '--year', '2566', '--month', '2023-03', '--json')).out,
    ) as { itemCode: string; followUp: { result: string } | null }[];
    expect(row.filter((r) => r.followUp !== null).map((r) => r.followUp!.result)).toEqual(['ทำแล้ว']);
  });
});
