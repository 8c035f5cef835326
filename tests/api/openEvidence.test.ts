// Opening evidence the way a Windows user does: the file opened a moment ago is still open in Word or
// Excel, and Windows refuses to overwrite an open file (EBUSY/EPERM). The copy already written is
// reused; a different copy that is held open gets a fresh copy beside it; otherwise a Thai message.
// The refusal is made at the file-system boundary, as Windows would refuse the rename.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makeApi } from '../helpers/api';

// Windows holding files open: a rename onto a path in `held` fails as it does there.
const held = vi.hoisted(() => new Set<string>());
vi.mock('../../db/files/atomicWrite', async (importOriginal) => {
  const real = (await importOriginal()) as typeof import('../../db/files/atomicWrite');
  const fsWindows: typeof real.nodeFs = {
    ...real.nodeFs,
    renameSync: (from, to) => {
      if (held.has(String(to)))
        throw Object.assign(new Error(`EPERM: operation not permitted, rename '${String(from)}'`), { code: 'EPERM' });
      return real.nodeFs.renameSync(from, to);
    },
  };
  return {
    ...real,
    writeFileAtomic: (file: string, bytes: Uint8Array, options: Parameters<typeof real.writeFileAtomic>[2] = {}) =>
      real.writeFileAtomic(file, bytes, { ...options, fs: fsWindows, platform: 'win32', renameDelays: [1, 1] }),
  };
});

const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('[Content_Types].xml word/document.xml ข้อมูล')]);

async function setup() {
  const opened: string[] = [];
  const t = makeApi(undefined, 'ผู้ทดสอบ', {
    openPath: async (f) => void opened.push(f),
    openExternal: async () => undefined,
  });
  const plan = await t.api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตดุสิต' });
  const item = await t.api.createItem({ planId: plan.id, indicatorNumber: 9 });
  const a = await t.api.createActivity({ itemId: item.id, text: 'เผยแพร่' });
  return { t, a, opened };
}

describe('opening evidence that Word or Excel already holds', () => {
  it('the second open reuses the copy already written (it is not rewritten while open)', async () => {
    const { t, a, opened } = await setup();
    const ev = await t.api.addEvidenceFile({
      activityId: a.id,
      month: '2023-01',
      fileName: 'บันทึก ประชุม.pdf',
      data: PDF(),
    });
    await t.api.openEvidence({ evidenceId: ev.id });
    const first = opened[0]!;
    held.add(first); // Word/Acrobat has it open now
    try {
      const inode = fs.statSync(first).ino;
      await expect(t.api.openEvidence({ evidenceId: ev.id })).resolves.toEqual({ opened: true });
      expect(opened).toEqual([first, first]);
      expect(fs.statSync(first).ino).toBe(inode);
    } finally {
      held.delete(first);
      t.db.close();
    }
  });

  it('a different copy held open under that name: a fresh copy is written beside it and opened', async () => {
    const { t, a, opened } = await setup();
    const ev = await t.api.addEvidenceFile({ activityId: a.id, month: '2023-01', fileName: 'รายงาน.docx', data: DOCX });
    await t.api.openEvidence({ evidenceId: ev.id });
    const first = opened[0]!;
    fs.writeFileSync(first, 'the user edited the copy in Word and it is still open');
    held.add(first);
    try {
      await t.api.openEvidence({ evidenceId: ev.id });
      const second = opened[1]!;
      expect(second).not.toBe(first);
      expect(path.basename(second)).toBe('รายงาน.docx');
      expect(Buffer.from(fs.readFileSync(second)).equals(Buffer.from(DOCX))).toBe(true);
    } finally {
      held.delete(first);
      t.db.close();
    }
  });

  it('when no copy can be written, says so in Thai', async () => {
    const { t, a, opened } = await setup();
    const ev = await t.api.addEvidenceFile({ activityId: a.id, month: '2023-01', fileName: 'รายงาน.docx', data: DOCX });
    await t.api.openEvidence({ evidenceId: ev.id });
    fs.writeFileSync(opened[0]!, 'changed');
    const spy = vi.spyOn(fs, 'mkdtempSync').mockImplementation(() => {
      throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
    });
    held.add(opened[0]!);
    try {
      await expect(t.api.openEvidence({ evidenceId: ev.id })).rejects.toMatchObject({
        code: 'conflict',
        message: expect.stringContaining('กำลังเปิดอยู่ในโปรแกรมอื่น'),
      });
    } finally {
      spy.mockRestore();
      held.delete(opened[0]!);
      t.db.close();
    }
  });
});

function PDF(): Uint8Array {
  return new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'));
}

describe('choosing evidence files in the desktop dialog', () => {
  it('returns each picked file with its bytes (none when over the limit), null when cancelled', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ita-ev-')), 'หลักฐาน ฝ่ายโยธา');
    fs.mkdirSync(dir);
    const small = path.join(dir, 'ภาพกิจกรรม 1.png');
    const big = path.join(dir, 'วิดีโอ.pdf');
    fs.writeFileSync(small, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 21 * 1024 * 1024); // sparse: 21 MB on paper, nothing on disk
    const answers: (string[] | null)[] = [[small, big], null];
    const asked: (readonly string[])[] = [];
    const t = makeApi(undefined, 'ผู้ทดสอบ', {
      openPath: async () => undefined,
      openExternal: async () => undefined,
      chooseEvidencePaths: async (extensions) => {
        asked.push(extensions);
        return answers.shift() ?? null;
      },
    });
    try {
      const r = await t.api.chooseEvidenceFiles({});
      expect(asked[0]).toEqual(expect.arrayContaining(['pdf', 'png', 'docx', 'xlsx']));
      expect(r.files!.map((f) => [f.fileName, f.size, f.data.byteLength])).toEqual([
        ['ภาพกิจกรรม 1.png', 8, 8],
        ['วิดีโอ.pdf', 21 * 1024 * 1024, 0],
      ]);
      expect(await t.api.chooseEvidenceFiles({})).toEqual({ files: null });
    } finally {
      t.db.close();
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
    // Without the desktop app (CLI, the browser test bridge): unsupported, so the page uses its own picker.
    const cli = makeApi();
    await expect(cli.api.chooseEvidenceFiles({})).rejects.toMatchObject({ code: 'unsupported' });
    cli.db.close();
  });
});
