// Issue 12, point 5: a healthy file is never called damaged. A full disk (no room for the -shm), a
// read-only folder, a read-only file and a file the user may not read are each told apart, with what
// is wrong and what to do; a restore is offered only for real damage.
//
// What each case really exercises (root ignores file permissions, so nothing here relies on chmod
// alone): a read-only bind mount (EROFS from the kernel, for root too); the unprivileged user nobody
// (setpriv) facing ordinary permissions; a tmpfs filled to the last byte (ENOSPC when SQLite creates
// the -shm). Mounts live in a private mount namespace (tests/helpers/confined.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeApi } from '../helpers/api';
import { canMount, canRunAsNobody, runConfined } from '../helpers/confined';
import { tmpDir } from '../helpers/tmp';

interface Report {
  uid: number;
  opened?: boolean;
  saved?: boolean;
  plans?: number;
  error?: { code: string; message: string };
  recovery?: 'fatal' | 'offerRestore';
  crashed?: string;
}

/** A healthy data file with the sample plan, closed cleanly (no -wal, no -shm), in a folder of its own. */
async function healthyFile(): Promise<{ dir: string; file: string }> {
  const dir = tmpDir();
  fs.chmodSync(dir, 0o755);
  const t = makeApi(path.join(dir, 'ita.sqlite'));
  await t.api.importSamplePlan({});
  t.db.close();
  expect(fs.readdirSync(dir)).toEqual(['ita.sqlite']);
  return { dir, file: t.dbPath };
}

function run(
  args: string[],
  options: { readOnly?: string[]; asNobody?: boolean; tmpfs?: { dir: string; kib: number }[]; prelude?: string[] },
): Report {
  const r = runConfined({ program: 'openFault.ts', args, ...options });
  const report = r.json as unknown as Report;
  if (report.crashed || r.status !== 0) throw new Error(`child failed: ${r.stdout}\n${r.stderr}`);
  return report;
}

const NOT_DAMAGED = 'ไฟล์ข้อมูลไม่ได้เสียหาย';

/** A temp folder of the test's own (anyone may write it), for the child's TMPDIR: /tmp is shared by parallel runs. */
function privateTemp(): string {
  const dir = tmpDir();
  fs.chmodSync(dir, 0o777);
  return dir;
}

describe.skipIf(!canMount)('read-only folder (read-only bind mount: EROFS even for root)', () => {
  it('the app is told the folder is read-only and what to do, not that the file is damaged; no restore offered', async () => {
    const { dir, file } = await healthyFile();
    const r = run([file, 'app'], { readOnly: [dir] });
    expect(r.error).toMatchObject({ code: 'readOnly', message: expect.stringContaining('โฟลเดอร์') });
    expect(r.error!.message).toContain(NOT_DAMAGED);
    expect(r.error!.message).toContain('ย้ายไฟล์ข้อมูลไปไว้ในโฟลเดอร์ที่เขียนได้');
    expect(r.error!.message).not.toContain('เสียหาย อ่านไม่ได้');
    expect(r.recovery).toBe('fatal');
  });

  it('a CLI read command in that folder reads it (from a private copy: the -shm cannot be made there) and leaves nothing behind', async () => {
    const { dir, file } = await healthyFile();
    const temp = privateTemp();
    const r = run([file, 'read'], { readOnly: [dir], prelude: [`export TMPDIR=${JSON.stringify(temp)}`] });
    expect(r).toMatchObject({ opened: true, plans: 1 });
    expect(fs.readdirSync(dir)).toEqual(['ita.sqlite']);
    expect(fs.readdirSync(temp).filter((n) => n.startsWith('ita-read-'))).toEqual([]);
  });
});

describe.skipIf(!canRunAsNobody)('permissions, as the unprivileged user nobody', () => {
  it('a read-only file (0444, folder writable): told it is read-only and how to fix it, at open, not at the first save', async () => {
    const { dir, file } = await healthyFile();
    fs.chmodSync(dir, 0o777);
    fs.chmodSync(file, 0o444);
    const r = run([file, 'app'], { asNobody: true });
    expect(r.uid).toBe(65534);
    expect(r.opened).toBeUndefined();
    expect(r.error).toMatchObject({ code: 'readOnly', message: expect.stringContaining('ไฟล์ข้อมูลเป็นแบบอ่านอย่างเดียว') });
    expect(r.error!.message).toContain('Read-only');
    expect(r.error!.message).not.toContain('ภายในโปรแกรม');
    expect(r.recovery).toBe('fatal');
  });

  it('a read-only file can still be read by a CLI read command', async () => {
    const { dir, file } = await healthyFile();
    fs.chmodSync(dir, 0o777);
    fs.chmodSync(file, 0o444);
    const r = run([file, 'read'], { asNobody: true });
    expect(r).toMatchObject({ opened: true, plans: 1 });
  });

  it('a read-only folder (0555) with a writable file: told the folder is read-only', async () => {
    const { dir, file } = await healthyFile();
    fs.chmodSync(file, 0o666);
    fs.chmodSync(dir, 0o555);
    const r = run([file, 'app'], { asNobody: true });
    expect(r.error).toMatchObject({ code: 'readOnly', message: expect.stringContaining('โฟลเดอร์') });
    expect(r.error!.message).toContain(NOT_DAMAGED);
    expect(r.recovery).toBe('fatal');
  });

  it('a read-only folder (0555): a CLI read command reads the file from a private copy', async () => {
    const { dir, file } = await healthyFile();
    fs.chmodSync(file, 0o444);
    fs.chmodSync(dir, 0o555);
    const temp = privateTemp();
    const r = run([file, 'read'], { asNobody: true, prelude: [`export TMPDIR=${JSON.stringify(temp)}`] });
    expect(r).toMatchObject({ uid: 65534, opened: true, plans: 1 });
    expect(fs.readdirSync(temp).filter((n) => n.startsWith('ita-read-'))).toEqual([]);
  });

  it('a read-only file in a read-only folder: still not called damaged', async () => {
    const { dir, file } = await healthyFile();
    fs.chmodSync(file, 0o444);
    fs.chmodSync(dir, 0o555);
    const r = run([file, 'app'], { asNobody: true });
    expect(r.error?.code).toBe('readOnly');
    expect(r.error!.message).toContain(NOT_DAMAGED);
    expect(r.recovery).toBe('fatal');
  });

  it('a file the user may not read (0000): cannot be opened, says why', async () => {
    const { dir, file } = await healthyFile();
    fs.chmodSync(dir, 0o777);
    fs.chmodSync(file, 0o000);
    const r = run([file, 'app'], { asNobody: true });
    expect(r.error).toMatchObject({ code: 'cannotOpen', message: expect.stringContaining('ไม่มีสิทธิ์อ่าน') });
    expect(r.recovery).toBe('fatal');
  });
});

describe.skipIf(!canMount)('a full disk (tmpfs filled to the last byte)', () => {
  it('no room for the -shm: told the disk is full and the file is not damaged; no restore offered', async () => {
    const { file } = await healthyFile();
    const disk = tmpDir();
    const bytes = fs.readFileSync(file);
    // The child copies the file onto the tmpfs, then fills it: done in a small wrapper program.
    const target = path.join(disk, 'ita.sqlite');
    const r = runConfined({
      program: 'openFault.ts',
      args: [target, 'app', disk],
      tmpfs: [{ dir: disk, kib: 4 * 1024 }],
      prelude: [`cp ${JSON.stringify(file)} ${JSON.stringify(target)}`],
    });
    const report = r.json as unknown as Report;
    if (report.crashed || r.status !== 0) throw new Error(`child failed: ${r.stdout}\n${r.stderr}`);
    expect(bytes.length).toBeGreaterThan(0);
    expect(report.error).toMatchObject({ code: 'diskFull', message: expect.stringContaining('พื้นที่ดิสก์เต็ม') });
    expect(report.error!.message).toContain(NOT_DAMAGED);
    expect(report.recovery).toBe('fatal');
  });
});

describe('real damage is still offered a restore', () => {
  it('a file whose pages were overwritten: corruptDatabase, and the newest good backup is offered', async () => {
    const { file } = await healthyFile();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 4096 * 2);
    fs.closeSync(fd);
    const r = run([file, 'app'], {});
    expect(r.error?.code).toBe('corruptDatabase');
    expect(r.recovery).toBe('offerRestore');
  });
});
