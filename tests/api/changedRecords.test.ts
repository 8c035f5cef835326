// The per-record audit check (changedRecords.ts), which writePolicy.test.ts runs over every
// mutating method, tested itself: it names a record with two entries, a change without an entry,
// and an entry about a record that did not change — on a real SQLite file, through the real policy.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runSql } from '../../db/queries/run';
import { sql } from '../../db/sql';
import { applyWritePolicy, recordChange } from '../../electron/api/writePolicy';
import { entryProblems, lastEntryId, newEntries, readRows } from './changedRecords';
import { makeTemplate, world } from './writePolicyWorld';

let template: string;
beforeAll(async () => {
  template = await makeTemplate();
});
afterAll(() => fs.rmSync(path.dirname(template), { recursive: true, force: true }));

describe('write policy: the per-record check itself', () => {
  it('names a record with two entries, a record changed without one, and an entry about no change', async () => {
    const w = await world(template);
    const [d0, d1, d2] = await w.api.listDivisions({});
    const rows = readRows(w.dbPath);
    const last = lastEntryId(w.dbPath);
    const sloppy = applyWritePolicy(w.db, 'renameDivision', () => {
      runSql(w.db, sql`UPDATE division SET name = 'ฝ่ายหนึ่ง' WHERE id = ${d0!.id}`);
      runSql(w.db, sql`UPDATE division SET name = 'ฝ่ายสอง' WHERE id = ${d1!.id}`);
      const renamed = { ...d0!, name: 'ฝ่ายหนึ่ง' };
      recordChange(w.db, 'ผู้ทดสอบ', { entity: 'division', id: d0!.id, before: d0, after: renamed });
      recordChange(w.db, 'ผู้ทดสอบ', { entity: 'division', id: d0!.id, before: d0, after: renamed });
      recordChange(w.db, 'ผู้ทดสอบ', { entity: 'division', id: d2!.id, before: d2, after: d2 });
      return null;
    });
    await sloppy({});
    expect(entryProblems(rows, readRows(w.dbPath), newEntries(w.dbPath, last)).sort()).toEqual(
      [
        `division#${d0!.id} has 2 entries`,
        `division ${d1!.id} changed without an entry about it or a record it belongs to`,
        `entry about division#${d2!.id}, which did not change`,
      ].sort(),
    );
    w.db.close();
  });
});
