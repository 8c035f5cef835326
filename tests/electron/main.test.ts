// The composition root, electron/main/index.ts, run against the fake electron module with a real
// database: single-instance lock, --db, first-run sample import, secure window, Thai menu, and the
// Thai error dialog when the database cannot be opened.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC_PREFIX, METHOD_NAMES } from '../../core/methods';
import { makeApi } from '../helpers/api';
import { fake, resetFake, type MenuItemLike } from '../helpers/fake-electron';
import { existingDb, useShell } from '../helpers/shell';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

const THAI = /[\u0E00-\u0E7F]/;
const { launch } = useShell({ folders: false });

const started = () => vi.waitFor(() => expect(fake.BrowserWindow.instances.length).toBe(1));

describe('electron/main/index.ts', () => {
  it('with --db and --sample (npm start): opens that file, registers the API, imports the sample on first run, opens a secure window', async () => {
    const dbPath = path.join(tmpDir(), 'nested', 'ita.sqlite');
    await launch(['--db', dbPath, '--sample']);
    await started();

    expect(fake.app.sandboxEnabled).toBe(true);
    expect(fs.existsSync(dbPath)).toBe(true);
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((n) => IPC_PREFIX + n).sort());

    const win = fake.BrowserWindow.instances[0]!;
    expect(win.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(win.loaded.file).toMatch(/renderer[/\\]index\.html$/);

    // First run: the sample plan (Dusit FY2566) is there.
    fake.app.emit('will-quit');
    const { api, db } = makeApi(dbPath);
    try {
      const plans = await api.listPlans({});
      expect(plans.map((p) => p.fiscalYear)).toEqual([2566]);
      expect(plans[0]!.office).toContain('ดุสิต');
    } finally {
      db.close();
    }
  });

  it('without --db: uses userData/ita-tracker.sqlite, and does not import the sample twice', async () => {
    fake.app.userData = tmpDir();
    await launch(['--sample']);
    await started();
    const list = (await fake.ipcMain.invoke('api:listPlans', {}, fake.BrowserWindow.instances[0]!.webContents)) as {
      ok: boolean;
      value: unknown[];
    };
    expect(list).toMatchObject({ ok: true });
    expect(list.value).toHaveLength(1);
    fake.app.emit('will-quit');
    expect(fs.existsSync(path.join(fake.app.userData, 'ita-tracker.sqlite'))).toBe(true);

    // Second start on the same data: still one plan.
    const userData = fake.app.userData;
    resetFake();
    vi.resetModules();
    fake.app.userData = userData;
    fake.app.appPath = REPO_ROOT;
    await launch(['--sample']);
    await started();
    const again = (await fake.ipcMain.invoke('api:listPlans', {}, fake.BrowserWindow.instances[0]!.webContents)) as {
      value: unknown[];
    };
    expect(again.value).toHaveLength(1);
  });

  it('without --sample (the installed app): an empty database stays empty for the welcome screen', async () => {
    const dbPath = existingDb();
    await launch(['--db', dbPath]);
    await started();
    const list = (await fake.ipcMain.invoke('api:listPlans', {}, fake.BrowserWindow.instances[0]!.webContents)) as {
      ok: boolean;
      value: unknown[];
    };
    expect(list).toEqual({ ok: true, value: [] });
    fake.app.emit('will-quit');
  });

  it('installed (packaged) app: the data folder keeps the plain name whatever the Thai display name', async () => {
    const appData = tmpDir();
    fake.app.isPackaged = true;
    fake.app.appData = appData;
    await launch([]);
    await started();
    expect(fake.app.userData).toBe(path.join(appData, 'ITA Tracker'));
    expect(fs.existsSync(path.join(appData, 'ITA Tracker', 'ita-tracker.sqlite'))).toBe(true);
    fake.app.emit('will-quit');
  });

  it('installs the Thai menu: ไฟล์ / แก้ไข / มุมมอง / ช่วยเหลือ with standard roles', async () => {
    await launch(['--db', existingDb()]);
    await started();
    const menu = fake.Menu.applicationMenu!.template;
    expect(menu.map((m) => m.label)).toEqual(['ไฟล์', 'แก้ไข', 'มุมมอง', 'ช่วยเหลือ']);
    const roles = (m: MenuItemLike) => (m.submenu ?? []).map((i) => i.role).filter(Boolean);
    expect(roles(menu[0]!)).toEqual(['quit']);
    expect(roles(menu[1]!)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles(menu[2]!)).toContain('reload');
    for (const item of menu.flatMap((m) => m.submenu ?? [])) {
      if (item.type !== 'separator') expect(item.label, item.role).toMatch(THAI);
    }
  });

  it('a second launch focuses the first window', async () => {
    await launch(['--db', existingDb()]);
    await started();
    const win = fake.BrowserWindow.instances[0]!;
    win.minimized = true;
    fake.app.emit('second-instance', ['electron', '.'], '/');
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(1);
  });

  it('when another instance holds the lock: quits without opening the database or a window', async () => {
    fake.app.gotLock = false;
    const dbPath = path.join(tmpDir(), 'ita.sqlite');
    await launch(['--db', dbPath]);
    await expect.poll(() => fake.app.quitCalls).toBe(1);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fs.existsSync(dbPath)).toBe(false);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('a database that cannot be opened: Thai error dialog, exit code 1, no window', async () => {
    const notDb = path.join(tmpDir(), 'letter.sqlite');
    fs.writeFileSync(notDb, 'นี่ไม่ใช่ฐานข้อมูล '.repeat(500));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await launch(['--db', notDb]);
    await vi.waitFor(() => expect(fake.app.exitCodes).toEqual([1]));
    spy.mockRestore();
    expect(fake.dialog.errors).toHaveLength(1);
    const [title, content] = fake.dialog.errors[0]!;
    expect(title).toMatch(THAI);
    expect(content).toMatch(THAI);
    expect(content).toContain(notDb);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('every web page gets the navigation / window.open / webview guards', async () => {
    await launch(['--db', existingDb()]);
    await started();
    const wc = fake.BrowserWindow.instances[0]!.webContents;
    fake.app.emit('web-contents-created', wc);
    expect(wc.emit('will-navigate', 'https://evil.example/').defaultPrevented).toBe(true);
    expect(wc.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(fake.session.defaultSession.permissionCheckHandler?.({}, 'media')).toBe(false);
  });
});
