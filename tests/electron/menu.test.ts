// The ไฟล์ menu and the app's commands as menu items with accelerators: each click reaches the page
// as the command the page runs for the same key.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MENU_SCREENS } from '../../electron/main/menu';
import { SCREENS } from '../../renderer/src/store';
import { fake, resetFake, type MenuItemLike } from '../helpers/fake-electron';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

let argv: string[];
beforeEach(() => {
  resetFake();
  vi.resetModules();
  argv = process.argv;
  fake.app.appPath = REPO_ROOT;
  fake.app.userData = tmpDir();
});
afterEach(() => {
  fake.app.emit('will-quit');
  process.argv = argv;
});

const items = (m: MenuItemLike) => (m.submenu ?? []).filter((i) => i.type !== 'separator');

describe('the application menu', () => {
  it('ไฟล์ holds export, print, backup, restore and quit; screens, save and find have accelerators', async () => {
    process.argv = ['electron', '.', '--db', path.join(tmpDir(), 'ita.sqlite')];
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    const win = fake.BrowserWindow.instances[0]!;
    const [file, edit, view] = fake.Menu.applicationMenu!.template;
    expect(items(file!).map((i) => i.label)).toEqual(['ส่งออกรายงาน…', 'พิมพ์…', 'สำรองข้อมูล…', 'กู้คืน…', 'ออก']);
    expect(items(file!).at(-1)!.role).toBe('quit');

    const all = [file!, edit!, view!].flatMap(items);
    const byLabel = (label: string) => all.find((i) => i.label === label)!;
    const expected: [string, string, string | undefined][] = [
      ['ส่งออกรายงาน…', 'export', 'CmdOrCtrl+E'],
      ['พิมพ์…', 'print', 'CmdOrCtrl+P'],
      ['สำรองข้อมูล…', 'backup', undefined],
      ['กู้คืน…', 'restore', undefined],
      ['บันทึกทันที', 'save', 'CmdOrCtrl+S'],
      ['ค้นหา', 'find', 'CmdOrCtrl+F'],
      ...SCREENS.map((s): [string, string, string] => [s.label, `screen:${s.id}`, `CmdOrCtrl+${s.key}`]),
    ];
    for (const [label, command, accelerator] of expected) {
      const item = byLabel(label);
      expect(item, label).toBeDefined();
      expect(item.accelerator, label).toBe(accelerator);
      item.click!();
      expect(win.webContents.sent.at(-1), label).toEqual({ channel: 'app:command', args: [command] });
    }
  });

  it("names the screens as the renderer's tabs do, with the same keys", () => {
    expect(MENU_SCREENS.map((s) => ({ ...s }))).toEqual(SCREENS);
  });
});
