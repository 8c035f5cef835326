// Issue 12, point 7 in the app: a mistyped --db folder is an error, not a fresh empty start. Only the
// app's own data folder is created on first run. Run against the fake electron (tests/helpers/shell.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fake } from '../helpers/fake-electron';
import { useShell } from '../helpers/shell';
import { tmpDir } from '../helpers/tmp';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

const { launch } = useShell();

describe('the app and a --db path', () => {
  it('a folder that does not exist: a Thai error naming it, exit 1, nothing created', async () => {
    const missing = path.join(tmpDir(), 'พิมพ์ผิด');
    await launch(['--db', path.join(missing, 'ita.sqlite')]);
    await vi.waitFor(() => expect(fake.app.exitCodes).toEqual([1]));
    expect(fake.dialog.errors).toHaveLength(1);
    expect(fake.dialog.errors[0]![1]).toContain(`ไม่พบโฟลเดอร์ ${missing}`);
    expect(fs.existsSync(missing)).toBe(false);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('a file that does not exist in a folder that does: a Thai error naming it, exit 1, nothing created', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'ita-พิมพ์ผิด.sqlite');
    await launch(['--db', file]);
    await vi.waitFor(() => expect(fake.app.exitCodes).toEqual([1]));
    expect(fake.dialog.errors).toHaveLength(1);
    expect(fake.dialog.errors[0]![1]).toContain(`ไม่พบไฟล์ข้อมูล ${file}`);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('an existing --db file opens; --sample may name a new one (developers)', async () => {
    const file = path.join(tmpDir(), 'ใหม่.sqlite');
    await launch(['--db', file, '--sample']);
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    expect(fs.existsSync(file)).toBe(true);
    expect(fake.dialog.errors).toEqual([]);
  });

  it("the app's own data folder is still created on first run", async () => {
    fake.app.userData = path.join(tmpDir(), 'ITA Tracker');
    await launch([]);
    await vi.waitFor(() => expect(fs.existsSync(path.join(fake.app.userData, 'ita-tracker.sqlite'))).toBe(true));
    expect(fake.dialog.errors).toEqual([]);
  });
});
