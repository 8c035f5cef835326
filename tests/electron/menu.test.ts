// The ไฟล์ menu and the app's commands as menu items with accelerators: each click reaches the page
// as the command the page runs for the same key.
import { describe, expect, it, vi } from 'vitest';
import { SCREENS } from '../../core/screens';
import { fake, type MenuItemLike } from '../helpers/fake-electron';
import { existingDb, useShell } from '../helpers/shell';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

const { launch } = useShell();

const items = (m: MenuItemLike) => (m.submenu ?? []).filter((i) => i.type !== 'separator');

describe('the application menu', () => {
  it('ไฟล์ holds export, print, backup, restore and quit; screens, save and find have accelerators', async () => {
    await launch(['--db', existingDb()]);
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
});
