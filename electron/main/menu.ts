// The Thai application menu: ไฟล์ / แก้ไข / มุมมอง / ช่วยเหลือ. Electron's standard roles, and the app's
// own commands with accelerators (export, print, backup, restore, save, find, the screens) sent to the
// page, which runs them as it runs the same keys typed in it (renderer/src/shortcuts.ts). Whether the
// page also sees the key depends on the platform (on Windows and Linux Electron may take it for the
// menu: https://github.com/electron/electron/issues/19279); the commands are idempotent (save now,
// focus the search box, show a screen, open a dialog), so either way the user gets one effect.
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { SCREENS } from '../../core/screens';
import { UNDO_NAME, WORDS, UI_WORDS, DATA_FILE_WORDS } from '../../core/terms';

export interface MenuContext {
  dbPath: string;
  isPackaged: boolean;
  getWindow(): BrowserWindow | null;
  /** Sends a command to the page (renderer/src/shortcuts.ts AppCommand). */
  send(command: string): void;
}

export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const command = (label: string, name: string, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => ctx.send(name),
  });
  const view: MenuItemConstructorOptions[] = [
    ...SCREENS.map((s) => command(s.label, `screen:${s.id}`, `CmdOrCtrl+${s.key}`)),
    { type: 'separator' },
    { label: 'โหลดหน้าใหม่', role: 'reload' },
    { type: 'separator' },
    { label: 'ขยายตัวอักษร', role: 'zoomIn' },
    { label: 'ย่อตัวอักษร', role: 'zoomOut' },
    { label: 'ขนาดปกติ', role: 'resetZoom' },
    { type: 'separator' },
    { label: 'เต็มจอ', role: 'togglefullscreen' },
  ];
  if (!ctx.isPackaged) view.push({ type: 'separator' }, { label: 'เครื่องมือนักพัฒนา', role: 'toggleDevTools' });

  return [
    {
      label: WORDS.file,
      submenu: [
        command('ส่งออกรายงาน…', 'export', 'CmdOrCtrl+E'),
        command(UI_WORDS.print, 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        command('สำรองข้อมูล…', 'backup'),
        command(UI_WORDS.restore, 'restore'),
        { type: 'separator' },
        { label: 'ออก', role: 'quit' },
      ],
    },
    {
      label: 'แก้ไข',
      submenu: [
        { label: UNDO_NAME, role: 'undo' },
        { label: 'ทำซ้ำ', role: 'redo' },
        { type: 'separator' },
        { label: 'ตัด', role: 'cut' },
        { label: 'คัดลอก', role: 'copy' },
        { label: 'วาง', role: 'paste' },
        { label: 'เลือกทั้งหมด', role: 'selectAll' },
        { type: 'separator' },
        command('บันทึกทันที', 'save', 'CmdOrCtrl+S'),
        command('ค้นหา', 'find', 'CmdOrCtrl+F'),
      ],
    },
    { label: 'มุมมอง', submenu: view },
    {
      label: 'ช่วยเหลือ',
      submenu: [
        {
          label: DATA_FILE_WORDS.about,
          click: () => {
            const options = {
              type: 'info' as const,
              title: DATA_FILE_WORDS.about,
              message: `ITA Tracker รุ่น ${app.getVersion()}`,
              detail: `ระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA)\nไฟล์ข้อมูล: ${ctx.dbPath}`,
              buttons: ['ตกลง'],
            };
            const win = ctx.getWindow();
            void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
          },
        },
      ],
    },
  ];
}

export function installMenu(ctx: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(ctx)));
}
