// The shell's life on a user's PC, run as Electron runs it (the fake models the documented behaviour):
// export a PDF then close and reopen; a Windows shutdown; the data file's lock; the sender check from a
// lower-case drive path; the clipboard in About. electron/main/index.ts with a real database.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { lockPathOf } from '../../db/backup/lock';
import { defaultLanes } from '../../electron/reports/pdf/printer';
import { fake } from '../helpers/fake-electron';
import { visibleText } from '../helpers/html';
import { callFromPage, existingDb, mainWindow, useShell } from '../helpers/shell';
import { tmpDir } from '../helpers/tmp';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

const { launch } = useShell();

const started = () => vi.waitFor(() => expect(fake.BrowserWindow.instances.some((w) => w.loaded.file)).toBe(true));
const call = callFromPage;

describe('closing and reopening', () => {
  it('after a PDF export, closing the main window quits the app and frees the data file', async () => {
    const dbPath = path.join(tmpDir(), 'ita.sqlite');
    await launch(['--db', dbPath, '--sample']);
    await started();
    const [plan] = await call<{ id: number }[]>('listPlans');
    const out = path.join(tmpDir(), 'แผน 2566.pdf');
    await call('exportReport', { planId: plan!.id, report: 'plan', format: 'pdf', outPath: out });
    expect(fs.existsSync(out)).toBe(true);
    // The hidden report window is alive: Electron will not emit window-all-closed for it.
    expect(fake.BrowserWindow.getAllWindows().length).toBeGreaterThan(1);

    mainWindow().close();
    expect(fake.app.ended).toBe('quit');
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(0);
    expect(fs.existsSync(lockPathOf(dbPath))).toBe(false);
  });

  it('once the first screen has loaded, the report window is made and warmed; the first export reuses it', async () => {
    const dbPath = path.join(tmpDir(), 'ita.sqlite');
    await launch(['--db', dbPath, '--sample']);
    await started();
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(1);
    // Electron: 'did-finish-load' is "emitted when the navigation is done, i.e. the spinner of the tab
    // has stopped spinning, and the onload event was dispatched" (docs/api/web-contents.md).
    mainWindow().webContents.emit('did-finish-load');
    // One hidden report window per lane of the printer (electron/main/pdfPrinter.ts), each warmed.
    const reports = () => fake.BrowserWindow.instances.slice(1);
    await vi.waitFor(
      () => {
        expect(reports()).toHaveLength(defaultLanes());
        for (const w of reports()) expect(w.webContents.printed).toHaveLength(1);
      },
      { timeout: 10_000 },
    );
    for (const report of reports()) {
      expect(report.isVisible()).toBe(false);
      // Warmed with a page like the reports': their inlined fonts and Thai text.
      expect(report.webContents.document).toContain('@font-face');
      expect(visibleText(report.webContents.document ?? '')).toContain('มาตรการส่งเสริมคุณธรรม');
    }
    const [plan] = await call<{ id: number }[]>('listPlans');
    await call('exportReport', {
      planId: plan!.id,
      report: 'plan',
      format: 'pdf',
      outPath: path.join(tmpDir(), 'p.pdf'),
    });
    expect(fake.BrowserWindow.instances).toHaveLength(1 + defaultLanes()); // no new window for the first export
    // The plan split across the warm windows: each printed its part.
    for (const report of reports()) expect(report.webContents.printed).toHaveLength(2);
  });

  it('a second launch while the app is still starting shows the window once it is there', async () => {
    // The second launch arrives just before the window exists (the first run is still importing).
    const displays = fake.screen.getAllDisplays;
    fake.screen.getAllDisplays = () => {
      fake.app.emit('second-instance', {}, ['electron', '.'], '/');
      return displays();
    };
    await launch(['--db', path.join(tmpDir(), 'ita.sqlite'), '--sample']);
    await started();
    expect(fake.BrowserWindow.getAllWindows().filter((w) => w.loaded.file)).toHaveLength(1);
    expect(mainWindow().focused).toBe(1);
    mainWindow().minimized = true;
    fake.app.emit('second-instance', {}, ['electron', '.'], '/');
    expect(mainWindow().minimized).toBe(false);
    expect(mainWindow().focused).toBe(2);
  });
});

describe('a Windows shutdown or log-off (no will-quit)', () => {
  it('releases the lock and closes the database on session-end, so the next start is not "in use"', async () => {
    const dbPath = existingDb();
    await launch(['--db', dbPath]);
    await started();
    expect(fs.existsSync(lockPathOf(dbPath))).toBe(true);
    fake.app.endOsSession();
    expect(fs.existsSync(lockPathOf(dbPath))).toBe(false);
    // The database was closed cleanly: no -wal left beside it.
    expect(fs.existsSync(dbPath + '-wal')).toBe(false);
  });
});

describe('the next start after a shutdown that left the lock', () => {
  it("opens although the app's own lock is still there and its pid now belongs to a running program", async () => {
    const dbPath = existingDb();
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(
        lockPathOf(dbPath),
        JSON.stringify({
          pid: other.pid,
          host: os.hostname(),
          by: 'app',
          at: new Date().toISOString(),
          user: os.userInfo().username,
        }),
      );
      await launch(['--db', dbPath]);
      await started();
      expect(fake.dialog.errors).toEqual([]);
      expect(JSON.parse(fs.readFileSync(lockPathOf(dbPath), 'utf8'))).toMatchObject({ pid: process.pid, by: 'app' });
    } finally {
      other.kill();
    }
  });
});

describe('the sender check', () => {
  it("accepts calls from the main window's own frame only", async () => {
    const dbPath = path.join(tmpDir(), 'ita.sqlite');
    await launch(['--db', dbPath, '--sample']);
    await started();
    const [plan] = await call<{ id: number }[]>('listPlans');
    // The hidden report window (after a PDF export) is another frame: refused, as is any other page.
    await call('exportReport', {
      planId: plan!.id,
      report: 'plan',
      format: 'pdf',
      outPath: path.join(tmpDir(), 'a.pdf'),
    });
    const reportWindow = fake.BrowserWindow.getAllWindows().find((w) => w !== mainWindow())!;
    for (const sender of [reportWindow.webContents, 'https://evil.example/', mainWindow().webContents.mainFrame.url]) {
      const res = (await fake.ipcMain.invoke('api:listPlans', {}, sender)) as { ok: boolean; error?: { code: string } };
      expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});

describe('the clipboard', () => {
  it('the app page may write to the clipboard (About → copy the data file path); nothing else is granted', async () => {
    await launch(['--db', existingDb()]);
    await started();
    const win = mainWindow();
    await win.webContents.clipboardWriteText('C:\\ข้อมูล\\ita.sqlite', fake.clipboard);
    expect(fake.clipboard.text).toBe('C:\\ข้อมูล\\ita.sqlite');
    const check = fake.session.defaultSession.permissionCheckHandler!;
    for (const p of ['clipboard-read', 'media', 'geolocation', 'notifications']) {
      expect(check(win.webContents, p, 'file://', {}), p).toBe(false);
    }
    const other = new fake.BrowserWindow({});
    await other.loadURL('https://evil.example/');
    await expect(other.webContents.clipboardWriteText('x', fake.clipboard)).rejects.toMatchObject({
      name: 'NotAllowedError',
    });
  });
});
