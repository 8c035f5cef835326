// The write-policy wrapper itself (electron/api/writePolicy.ts): a change without its audit entry is
// rolled back, an audit entry outside a mutating method is refused, and a method fails whole (sync or
// after an await), on a real SQLite file.
import { describe, expect, it } from 'vitest';
import { run } from '../../db/queries/run';
import { sql } from '../../db/sql';
import { applyWritePolicy, noteAudit } from '../../electron/api/writePolicy';
import { makeApi } from '../helpers/api';

describe('write policy: the wrapper itself', () => {
  it('rolls back a change made without its audit entry', async () => {
    const t = makeApi();
    const sneaky = applyWritePolicy(t.db, 'addDivision', () => {
      run(t.db, sql`INSERT INTO division (name, position, is_standard) VALUES ('ฝ่ายลับ', 99, 0)`);
      return null;
    });
    await expect(sneaky({ name: 'ฝ่ายลับ' })).rejects.toMatchObject({ code: 'internal' });
    expect((await t.api.listDivisions({})).map((d) => d.name)).not.toContain('ฝ่ายลับ');
  });

  it('refuses an audit entry outside a mutating method, and rolls back a failed method whole', async () => {
    const t = makeApi();
    expect(() => noteAudit()).toThrow(/outside a mutating method/);
    const reader = applyWritePolicy(t.db, 'listDivisions', () => noteAudit());
    await expect(reader({})).rejects.toThrow(/outside a mutating method \(listDivisions\)/);
    const failing = applyWritePolicy(t.db, 'addDivision', () => {
      run(t.db, sql`INSERT INTO division (name, position, is_standard) VALUES ('ฝ่ายครึ่งทาง', 98, 0)`);
      throw new Error('failed half-way');
    });
    await expect(failing({ name: 'x' })).rejects.toThrow('failed half-way');
    expect((await t.api.listDivisions({})).map((d) => d.name)).not.toContain('ฝ่ายครึ่งทาง');
  });

  it('runs an async mutating method in one transaction: a failure after an await undoes what came before', async () => {
    const t = makeApi();
    const slow = applyWritePolicy(t.db, 'addDivision', async () => {
      run(t.db, sql`INSERT INTO division (name, position, is_standard) VALUES ('ฝ่ายก่อนรอ', 97, 0)`);
      await new Promise((r) => setImmediate(r));
      throw new Error('after the await');
    });
    await expect(slow({ name: 'x' })).rejects.toThrow('after the await');
    expect((await t.api.listDivisions({})).map((d) => d.name)).not.toContain('ฝ่ายก่อนรอ');
  });
});
