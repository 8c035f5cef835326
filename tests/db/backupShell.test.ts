// The Electron shell (electron/main/index.ts, fake electron module, real files): a damaged data file
// is offered the newest good backup, the file's lock keeps a second writer out, and a backup is made
// on start.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup, listBackups } from '../../db/backup';
import { acquireDbLock } from '../../db/backup/lock';
import { makeApi } from '../helpers/api';
import { fake, resetFake } from '../helpers/fake-electron';
import { existingDb } from '../helpers/shell';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

let argv: string[];
beforeEach(() => {
  resetFake();
  vi.resetModules();
  argv = process.argv;
  fake.app.appPath = REPO_ROOT;
});
afterEach(() => {
  fake.app.emit('will-quit');
  process.argv = argv;
});

async function launch(args: string[]): Promise<void> {
  process.argv = ['electron', '.', ...args];
  await import('../../electron/main/index');
}

describe('the shell and the data file', () => {
  it('a damaged file: the Thai dialog offers the newest good backup, and the app opens on it', async () => {
    const t = makeApi();
    await t.api.importSamplePlan({});
    const backups = path.join(path.dirname(t.dbPath), 'backups');
    await createBackup(t.db, backups, 'auto', new Date(2025, 0, 1, 9));
    // A newer backup that is itself damaged: skipped.
    const bad = await createBackup(t.db, backups, 'auto', new Date(2025, 0, 2, 9));
    fs.writeFileSync(bad.path, 'junk');
    t.db.close();
    const fd = fs.openSync(t.dbPath, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 8, 0x5a), 0, 4096 * 8, 4096 * 2);
    fs.closeSync(fd);

    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await launch(['--db', t.dbPath]);
    await vi.waitFor(() => expect(fake.BrowserWindow.instances.length).toBe(1), { timeout: 10_000 });
    spy.mockRestore();
    expect(fake.dialog.messages).toHaveLength(1);
    const options = fake.dialog.messages[0]![0] as { detail: string; buttons: string[] };
    expect(options.detail).toContain('1/1/2568 09:00');
    expect(options.buttons[0]).toBe('กู้คืนจากไฟล์สำรอง');
    expect(fs.readdirSync(path.dirname(t.dbPath)).some((n) => n.includes('.corrupt-'))).toBe(true);
    fake.app.emit('will-quit');
    const again = makeApi(t.dbPath);
    expect((await again.api.listPlans({})).map((p) => p.fiscalYear)).toEqual([2566]);
    again.db.close();
  });

  it('another process holds the file: Thai message, exit 1, nothing opened', async () => {
    const dbPath = path.join(tmpDir(), 'ita.sqlite');
    const lock = acquireDbLock(dbPath, 'cli');
    try {
      await launch(['--db', dbPath]);
      await vi.waitFor(() => expect(fake.app.exitCodes).toEqual([1]));
      expect(fake.dialog.errors[0]![1]).toContain('ไฟล์ข้อมูลนี้กำลังถูกใช้โดยโปรแกรมอื่น');
      expect(fake.BrowserWindow.instances).toHaveLength(0);
      expect(fs.existsSync(dbPath)).toBe(false);
    } finally {
      lock.release();
    }
  });

  it('takes the lock while running, makes a backup on start, and releases the lock on quit', async () => {
    const dbPath = existingDb();
    await launch(['--db', dbPath]);
    await vi.waitFor(() => expect(fake.BrowserWindow.instances.length).toBe(1));
    expect(fs.existsSync(`${dbPath}.lock`)).toBe(true);
    const backups = path.join(path.dirname(dbPath), 'backups');
    await vi.waitFor(() => expect(listBackups(backups).map((b) => b.reason)).toEqual(['auto']), { timeout: 10_000 });
    fake.app.emit('will-quit');
    expect(fs.existsSync(`${dbPath}.lock`)).toBe(false);
  });
});
