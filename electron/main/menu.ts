// The Thai application menu: ไฟล์ / แก้ไข / มุมมอง / ช่วยเหลือ, built from Electron's standard roles.
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

export interface MenuContext {
  dbPath: string;
  isPackaged: boolean;
  getWindow(): BrowserWindow | null;
}

export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
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
      label: 'ไฟล์',
      submenu: [{ label: 'ออกจากโปรแกรม', role: 'quit' }],
    },
    {
      label: 'แก้ไข',
      submenu: [
        { label: 'เลิกทำ', role: 'undo' },
        { label: 'ทำซ้ำ', role: 'redo' },
        { type: 'separator' },
        { label: 'ตัด', role: 'cut' },
        { label: 'คัดลอก', role: 'copy' },
        { label: 'วาง', role: 'paste' },
        { label: 'เลือกทั้งหมด', role: 'selectAll' },
      ],
    },
    { label: 'มุมมอง', submenu: view },
    {
      label: 'ช่วยเหลือ',
      submenu: [
        {
          label: 'เกี่ยวกับ ITA Tracker',
          click: () => {
            const options = {
              type: 'info' as const,
              title: 'เกี่ยวกับ ITA Tracker',
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
