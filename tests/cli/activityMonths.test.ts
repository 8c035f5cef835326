// Months with gaps from the CLI: import-plan of a tick table stores exactly the ticked months (no
// warning about ranges), show-plan prints them as the reports do ("ต.ค., ม.ค., เม.ย., ก.ค."), and
// followup list of a gap month leaves the activity out — on a real SQLite file.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { REPO_ROOT, tmpDbPath } from '../helpers/tmp';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), appRoot: REPO_ROOT });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('months with gaps from the CLI', () => {
  it('import-plan keeps the ticks; show-plan prints them; a gap month lists nothing of it', async () => {
    const db = tmpDbPath();
    const file = path.join(REPO_ROOT, 'tests/fixtures/plans/ticks-two-row-header-2570.tsv');
    const imported = await cli('--db', db, 'import-plan', file, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out).problems).toEqual([]);
    const shown = await cli('--db', db, 'show-plan', '2570');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('[ต.ค., ม.ค., เม.ย., ก.ค.]');
    expect(shown.out).toContain('[ต.ค. ๖๙ – ก.ย. ๗๐]');
    expect(shown.out).toContain('[มี.ค. ๗๐]');
    const plan = JSON.parse((await cli('--db', db, 'show-plan', '2570', '--json')).out);
    const e6 = plan.indicators
      .flatMap((i: { items: unknown[] }) => i.items)
      .find((i: { code: string }) => i.code === 'E6');
    expect(e6.activities[0].months).toEqual(['2026-10', '2027-01', '2027-04', '2027-07']);
    const list = async (month: string) =>
      JSON.parse((await cli('--db', db, 'followup', 'list', '--year', '2570', '--month', month, '--json')).out).map(
        (r: { itemCode: string }) => r.itemCode,
      );
    expect(await list('2026-11')).toEqual(['E2']);
    expect(await list('2027-01')).toEqual(['E1', 'E2', 'E6']);
  });
});
