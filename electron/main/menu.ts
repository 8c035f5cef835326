// The Thai application menu: ไฟล์ / แก้ไข / มุมมอง / ช่วยเหลือ. Electron's standard roles, and the app's
// own commands with accelerators (export, print, backup, restore, save, find, the screens) sent to the
// page, which runs them as it runs the same keys typed in it (renderer/src/shortcuts.ts). Whether the
// page also sees the key depends on the platform (on Windows and Linux Electron may take it for the
// menu: https://github.com/electron/electron/issues/19279); the commands are idempotent (save now,
// focus the search box, show a screen, open a dialog), so either way the user gets one effect.
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { SCREENS } from '../../core/screens';
import { UNDO_NAME, WORDS, UI_WORDS, DATA_FILE_WORDS, MENU_WORDS } from '../../core/terms';

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
    { label: MENU_WORDS.reload, role: 'reload' },
    { type: 'separator' },
    { label: MENU_WORDS.zoomIn, role: 'zoomIn' },
    { label: MENU_WORDS.zoomOut, role: 'zoomOut' },
    { label: MENU_WORDS.resetZoom, role: 'resetZoom' },
    { type: 'separator' },
    { label: MENU_WORDS.fullScreen, role: 'togglefullscreen' },
  ];
  if (!ctx.isPackaged) view.push({ type: 'separator' }, { label: MENU_WORDS.devTools, role: 'toggleDevTools' });

  return [
    {
      label: WORDS.file,
      submenu: [
        command(MENU_WORDS.exportReport, 'export', 'CmdOrCtrl+E'),
        command(UI_WORDS.print, 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        command(MENU_WORDS.backup, 'backup'),
        command(UI_WORDS.restore, 'restore'),
        { type: 'separator' },
        { label: MENU_WORDS.quit, role: 'quit' },
      ],
    },
    {
      label: MENU_WORDS.edit,
      submenu: [
        { label: UNDO_NAME, role: 'undo' },
        { label: MENU_WORDS.redo, role: 'redo' },
        { type: 'separator' },
        { label: MENU_WORDS.cut, role: 'cut' },
        { label: MENU_WORDS.copy, role: 'copy' },
        { label: MENU_WORDS.paste, role: 'paste' },
        { label: MENU_WORDS.selectAll, role: 'selectAll' },
        { type: 'separator' },
        command(MENU_WORDS.saveNow, 'save', 'CmdOrCtrl+S'),
        command(MENU_WORDS.find, 'find', 'CmdOrCtrl+F'),
      ],
    },
    { label: MENU_WORDS.view, submenu: view },
    {
      label: MENU_WORDS.help,
      submenu: [
        {
          label: DATA_FILE_WORDS.about,
          click: () => {
            const options = {
              type: 'info' as const,
              title: DATA_FILE_WORDS.about,
              message: MENU_WORDS.version(app.getVersion()),
              detail: MENU_WORDS.aboutDetail(ctx.dbPath),
              buttons: [MENU_WORDS.ok],
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
