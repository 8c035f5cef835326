// The one atomic file writer (db/files/atomicWrite.ts), on real files. Failures are injected at the
// file-system boundary (one call of AtomicFs fails as the kernel would) or come from the kernel itself
// (/dev/full answers every write with ENOSPC). The whole-app disk-full cases on a real full tmpfs are
// in tests/safety/diskFull.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  commitFileAtomic,
  isTransientRenameError,
  nodeFs,
  renameWithRetry,
  writeFileAtomic,
  type AtomicFs,
} from '../../db/files/atomicWrite';
import { tmpDir } from '../helpers/tmp';

const OLD = Buffer.from('รายงานฉบับเดิม ต้องไม่ถูกแตะต้อง');
const NEW = Buffer.from('x'.repeat(300_000));

function setup() {
  const dir = tmpDir();
  const target = path.join(dir, 'รายงาน.xlsx');
  fs.writeFileSync(target, OLD);
  return { dir, target };
}

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

function expectUntouched(dir: string, target: string) {
  expect(fs.readFileSync(target).equals(OLD)).toBe(true);
  expect(fs.readdirSync(dir)).toEqual([path.basename(target)]);
}

describe('writeFileAtomic', () => {
  it('replaces the target with every byte and leaves no temporary file', () => {
    const { dir, target } = setup();
    writeFileAtomic(target, NEW);
    expect(fs.readFileSync(target).equals(NEW)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([path.basename(target)]);
  });

  it('keeps writing after short writes (a write may take only part of the buffer)', () => {
    const { target } = setup();
    const short: AtomicFs = {
      ...nodeFs,
      writeSync: (fd, b, off, len) => nodeFs.writeSync(fd, b, off, Math.min(len, 7_001)),
    };
    writeFileAtomic(target, NEW, { fs: short });
    expect(fs.readFileSync(target).equals(NEW)).toBe(true);
  });

  it.each([
    ['the first write', 0],
    ['a write half way', 20],
    ['the last write', 42],
  ])('a full disk at %s leaves the target untouched and says the disk is full', (_label, failAt) => {
    const { dir, target } = setup();
    let calls = 0;
    const full: AtomicFs = {
      ...nodeFs,
      writeSync: (fd, b, off, len) => {
        if (calls++ === failAt) throw enospc();
        return nodeFs.writeSync(fd, b, off, Math.min(len, 7_000));
      },
    };
    expect(() => writeFileAtomic(target, NEW, { fs: full })).toThrow(
      expect.objectContaining({ code: 'diskFull', message: expect.stringContaining('พื้นที่ดิสก์เต็ม') }),
    );
    expect(calls).toBe(failAt + 1);
    expectUntouched(dir, target);
  });

  it('a write that takes no bytes is a full disk, not an endless loop', () => {
    const { dir, target } = setup();
    const stuck: AtomicFs = { ...nodeFs, writeSync: () => 0 };
    expect(() => writeFileAtomic(target, NEW, { fs: stuck })).toThrow(expect.objectContaining({ code: 'diskFull' }));
    expectUntouched(dir, target);
  });

  it('a file shorter than what was written (the disk lied) is never renamed over the target', () => {
    const { dir, target } = setup();
    const lying: AtomicFs = { ...nodeFs, fstatSync: (fd) => ({ size: nodeFs.fstatSync(fd).size - 1 }) };
    expect(() => writeFileAtomic(target, NEW, { fs: lying })).toThrow(expect.objectContaining({ code: 'diskFull' }));
    expectUntouched(dir, target);
  });

  it('a full disk reported at fsync (delayed allocation, network drives) leaves the target untouched', () => {
    const { dir, target } = setup();
    const late: AtomicFs = {
      ...nodeFs,
      fsyncSync: () => {
        throw enospc();
      },
    };
    expect(() => writeFileAtomic(target, NEW, { fs: late })).toThrow(
      expect.objectContaining({ code: 'diskFull', message: expect.stringContaining('พื้นที่ดิสก์เต็ม') }),
    );
    expectUntouched(dir, target);
  });

  it.skipIf(!fs.existsSync('/dev/full'))('a real ENOSPC from the kernel (/dev/full) is reported as a full disk', () => {
    const { dir, target } = setup();
    let temp = '';
    const devFull: AtomicFs = {
      ...nodeFs,
      // The temporary file is created as usual (so it can be removed), but its bytes go to /dev/full.
      openSync: (p, flags, mode) => {
        temp = String(p);
        fs.closeSync(nodeFs.openSync(p, flags, mode));
        return fs.openSync('/dev/full', 'w');
      },
    };
    expect(() => writeFileAtomic(target, NEW, { fs: devFull })).toThrow(
      expect.objectContaining({ code: 'diskFull', details: expect.objectContaining({ errno: 'ENOSPC' }) }),
    );
    expect(temp).not.toBe('');
    expectUntouched(dir, target);
  });

  it('a missing folder, a folder as target and a rename refused for good are Thai errors, target untouched', () => {
    const { dir, target } = setup();
    expect(() => writeFileAtomic(path.join(dir, 'ไม่มี', 'a.pdf'), NEW)).toThrow(
      expect.objectContaining({ code: 'notFound', message: expect.stringContaining('ไม่พบโฟลเดอร์') }),
    );
    fs.mkdirSync(path.join(dir, 'โฟลเดอร์.pdf'));
    expect(() => writeFileAtomic(path.join(dir, 'โฟลเดอร์.pdf'), NEW)).toThrow(
      expect.objectContaining({ code: 'invalidInput' }),
    );
    const refused: AtomicFs = {
      ...nodeFs,
      renameSync: () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
    };
    expect(() => writeFileAtomic(target, NEW, { fs: refused, platform: 'linux' })).toThrow(
      expect.objectContaining({ code: 'readOnly', message: expect.stringContaining('ไม่มีสิทธิ์เขียน') }),
    );
    expect(fs.readFileSync(target).equals(OLD)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(target), 'โฟลเดอร์.pdf'].sort());
  });
});

describe('renameWithRetry (antivirus holding a new file for a moment on Windows)', () => {
  const flaky = (failures: string[]) => {
    const seen: string[] = [];
    const io: AtomicFs = {
      ...nodeFs,
      renameSync: (from, to) => {
        const code = failures.shift();
        seen.push(code ?? 'ok');
        if (code) throw Object.assign(new Error(code), { code });
        nodeFs.renameSync(from, to);
      },
    };
    return { io, seen };
  };

  it('retries EBUSY, and EPERM / EACCES on Windows, until the rename goes through', () => {
    for (const [platform, failures] of [
      ['linux', ['EBUSY', 'EBUSY']],
      ['win32', ['EPERM', 'EACCES', 'EBUSY']],
    ] as const) {
      const { target } = setup();
      const { io, seen } = flaky([...failures]);
      writeFileAtomic(target, NEW, { fs: io, platform, renameDelays: [1, 1, 1, 1] });
      expect(fs.readFileSync(target).equals(NEW)).toBe(true);
      expect(seen).toEqual([...failures, 'ok']);
    }
  });

  it('gives up after the last wait, with the target untouched and a message naming the cause', () => {
    const { dir, target } = setup();
    const { io, seen } = flaky(Array(10).fill('EBUSY'));
    expect(() => writeFileAtomic(target, NEW, { fs: io, renameDelays: [1, 1, 1] })).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringContaining('กำลังถูกเปิดโดยโปรแกรมอื่น') }),
    );
    expect(seen).toHaveLength(4);
    expectUntouched(dir, target);
  });

  it('does not retry errors that do not pass (EPERM on Linux, ENOENT anywhere)', () => {
    expect(isTransientRenameError('EPERM', 'linux')).toBe(false);
    expect(isTransientRenameError('EPERM', 'win32')).toBe(true);
    expect(isTransientRenameError('ENOENT', 'win32')).toBe(false);
    const dir = tmpDir();
    expect(() => renameWithRetry(path.join(dir, 'none'), path.join(dir, 'x'))).toThrow(/ENOENT/);
  });
});

describe('commitFileAtomic (a temporary file SQLite wrote)', () => {
  it('renames a whole file into place and refuses a short one, removing it', () => {
    const { dir, target } = setup();
    const tmp = path.join(dir, '.tmp-backup');
    fs.writeFileSync(tmp, NEW);
    expect(() => commitFileAtomic(tmp, target, { expectedBytes: NEW.length + 1 })).toThrow(
      expect.objectContaining({ code: 'diskFull' }),
    );
    expectUntouched(dir, target);
    fs.writeFileSync(tmp, NEW);
    commitFileAtomic(tmp, target, { expectedBytes: NEW.length });
    expect(fs.readFileSync(target).equals(NEW)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([path.basename(target)]);
  });
});
