// Class 2 of issue 12 on a real full disk: a tmpfs of 16 MiB in a private mount namespace
// (tests/helpers/confined.ts), filled by the child until only a few bytes are free. The child does
// the action through the real API (tests/safety/fixtures/diskFull.ts) and reports; nothing here is
// simulated: ENOSPC and SQLITE_FULL come from the kernel and SQLite.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canMount, runConfined } from '../helpers/confined';
import { tmpDir } from '../helpers/tmp';

function onFullDisk(action: string, free: number) {
  const dir = tmpDir();
  const r = runConfined({
    tmpfs: [{ dir, kib: 16 * 1024 }],
    program: 'diskFull.ts',
    args: [dir, action, String(free)],
  });
  if (r.json.crashed || r.status !== 0) throw new Error(`child failed: ${r.stdout}\n${r.stderr}`);
  // Nothing leaks to the host: the tmpfs was the child's alone.
  expect(fs.readdirSync(dir)).toEqual([]);
  return r.json as {
    ok: boolean;
    error: { code: string; message: string } | null;
    targetUnchanged: boolean | null;
    leftovers: string[];
    opened: { file: string; matches: boolean }[];
    followUps: number;
    saved: number;
    integrity: string;
  };
}

// 0: the disk is full before the write starts; 8 KiB: room for the start of the file only.
const MOMENTS = [
  ['already full', 0],
  ['full part-way through the file', 8 * 1024],
] as const;

describe.skipIf(!canMount)('a full disk (real tmpfs): nothing is reported saved that was not', () => {
  it.each(
    ['export-xlsx', 'division-form', 'backup-to-file'].flatMap((action) =>
      MOMENTS.map(([moment, free]) => [action, moment, free] as const),
    ),
  )(
    '%s, disk %s: the older file is untouched, no temp file is left, the message says the disk is full',
    (action, _m, free) => {
      const r = onFullDisk(action, free);
      expect(r.ok).toBe(false);
      expect(r.error).toMatchObject({ code: 'diskFull', message: expect.stringContaining('พื้นที่ดิสก์เต็ม') });
      expect(r.targetUnchanged).toBe(true);
      expect(r.leftovers).toEqual([]);
      expect(r.integrity).toBe('ok');
    },
  );

  it.each(MOMENTS)('evidence opened for viewing on a disk %s: no half file is handed to the viewer', (_m, free) => {
    const r = onFullDisk('open-evidence', free);
    expect(r.error).toMatchObject({ code: 'diskFull', message: expect.stringContaining('พื้นที่ดิสก์เต็ม') });
    expect(r.opened).toEqual([]);
    expect(r.leftovers).toEqual([]);
  });

  it('saving follow-ups until the disk fills: every save that answered is kept, the failing one says disk full', () => {
    const r = onFullDisk('save-follow-up', 200 * 1024);
    expect(r.saved).toBeGreaterThan(0);
    expect(r.error).toMatchObject({ code: 'diskFull', message: expect.stringContaining('พื้นที่ดิสก์เต็ม') });
    expect(r.followUps).toBe(r.saved);
    expect(r.integrity).toBe('ok');
  });
});
