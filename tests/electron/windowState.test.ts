// Desktop conventions: the window opens where the user left it (size, position, maximised), never off
// screen; the portable .exe keeps its data beside itself.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataFolder } from '../../electron/shell-pure/dataFolder';
import { parseWindowState, placeWindow } from '../../electron/shell-pure/windowState';
import { fake, resetFake } from '../helpers/fake-electron';
import { existingDb, useShell } from '../helpers/shell';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

const shell = useShell({ folders: false });
const env = { ...process.env };
afterEach(() => {
  process.env = { ...env };
});

async function launch(args: string[]) {
  await shell.launch(args);
  await vi.waitFor(() => expect(fake.BrowserWindow.instances.some((w) => w.loaded.file)).toBe(true));
  return fake.BrowserWindow.instances.find((w) => w.loaded.file)!;
}

describe('window state', () => {
  it('reopens at the size and place it was closed at, maximised again if it was', async () => {
    fake.app.userData = tmpDir();
    const db = ['--db', existingDb()];
    let win = await launch(db);
    expect(win.options).toMatchObject({ width: 1280, height: 820 });
    win.setBounds({ x: 200, y: 120, width: 1100, height: 700 });
    win.maximize();
    win.close();
    expect(JSON.parse(fs.readFileSync(path.join(fake.app.userData, 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 200, y: 120, width: 1100, height: 700 },
      maximized: true,
    });

    const userData = fake.app.userData;
    resetFake();
    vi.resetModules();
    fake.app.appPath = REPO_ROOT;
    fake.app.userData = userData;
    win = await launch(db);
    expect(win.options).toMatchObject({ x: 200, y: 120, width: 1100, height: 700 });
    win.emit('ready-to-show');
    expect(win.isMaximized()).toBe(true);
    expect(win.shown).toBe(1);
  });

  it('a window saved on a monitor that is gone opens on the one there is, at most its size', () => {
    const saved = parseWindowState(JSON.stringify({ bounds: { x: 2400, y: 100, width: 2400, height: 1400 } }));
    const laptop = [{ x: 0, y: 0, width: 1366, height: 728 }];
    const placed = placeWindow(saved, laptop);
    expect(placed.bounds.x).toBeUndefined(); // centred by the OS
    expect(placed.bounds).toMatchObject({ width: 1366, height: 728 });
    // Partly off the right edge of a screen that is there: pulled back inside.
    const partly = placeWindow(
      parseWindowState(JSON.stringify({ bounds: { x: 1000, y: 50, width: 800, height: 600 } })),
      [{ x: 0, y: 0, width: 1600, height: 900 }],
    );
    expect(partly.bounds).toMatchObject({ x: 700, y: 50, width: 900, height: 600 });
  });

  it('a damaged or nonsense state file is ignored', () => {
    for (const text of [null, '', '{', '[]', '{"bounds":{"x":"a"}}', '{"bounds":{"x":0,"y":0,"width":5,"height":5}}']) {
      expect(parseWindowState(text), String(text)).toBeNull();
    }
    expect(placeWindow(null, [])).toEqual({ bounds: { width: 1280, height: 820 }, maximized: false });
  });
});

describe('where the data lives', () => {
  it('the portable .exe keeps a data folder beside itself (USB stick); the installed app %APPDATA%\\ITA Tracker', async () => {
    const stick = path.join(tmpDir(), 'E แฟลชไดรฟ์', 'ITA Tracker');
    fake.app.isPackaged = true;
    fake.app.appData = tmpDir();
    process.env['PORTABLE_EXECUTABLE_DIR'] = stick;
    await launch([]);
    expect(fake.app.userData).toBe(path.join(stick, 'data'));
    expect(fs.existsSync(path.join(stick, 'data', 'ita-tracker.sqlite'))).toBe(true);
    expect(fs.existsSync(path.join(stick, 'data', 'logs'))).toBe(true);
  });

  it('dataFolder: portable, installed, and npm start', () => {
    const base = { appData: 'C:\\Users\\u\\AppData\\Roaming', join: path.win32.join };
    expect(dataFolder({ ...base, isPackaged: true, env: { PORTABLE_EXECUTABLE_DIR: 'E:\\ITA' } })).toBe(
      'E:\\ITA\\data',
    );
    expect(dataFolder({ ...base, isPackaged: true, env: {} })).toBe('C:\\Users\\u\\AppData\\Roaming\\ITA Tracker');
    expect(dataFolder({ ...base, isPackaged: false, env: { PORTABLE_EXECUTABLE_DIR: 'E:\\ITA' } })).toBeNull();
  });
});
