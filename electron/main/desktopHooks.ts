// What only the desktop can do for the API (open files, dialogs, printing), as DesktopHooks. Thin:
// each hook is one Electron call; the API decides what may be opened or saved.
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { AppError } from '../../core/errors';
import type { DesktopHooks } from '../api/context';
import { isSafeExternalUrl } from '../../core/urls';
import { printWithDialog } from './pdfPrinter';

export function createDesktopHooks(getWindow: () => BrowserWindow | null): DesktopHooks {
  return {
    async openPath(file) {
      const problem = await shell.openPath(file);
      if (problem) throw new AppError('unsupported', `เปิดไฟล์ไม่ได้: ไม่พบโปรแกรมสำหรับเปิดไฟล์ชนิดนี้ในเครื่อง`);
    },
    async chooseSavePath(defaultName, format) {
      const options = {
        title: 'บันทึกรายงาน',
        defaultPath: path.join(app.getPath('documents'), defaultName),
        buttonLabel: 'บันทึก',
        filters: [format === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Excel', extensions: ['xlsx'] }],
      };
      const win = getWindow();
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async chooseOpenPath() {
      const options = {
        title: 'เลือกไฟล์สำรองที่จะกู้คืน',
        buttonLabel: 'เลือก',
        properties: ['openFile' as const],
        filters: [{ name: 'ไฟล์ข้อมูล ITA Tracker', extensions: ['sqlite', 'db'] }],
      };
      const win = getWindow();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled || !r.filePaths[0] ? null : r.filePaths[0];
    },
    async chooseBackupSavePath(defaultName) {
      const options = {
        title: 'สำรองข้อมูลไปยังไฟล์',
        defaultPath: path.join(app.getPath('documents'), defaultName),
        buttonLabel: 'บันทึก',
        filters: [{ name: 'ไฟล์ข้อมูล ITA Tracker', extensions: ['sqlite'] }],
      };
      const win = getWindow();
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async showItemInFolder(file) {
      shell.showItemInFolder(file);
    },
    async openExternal(url) {
      // Checked again here: only http(s) ever reaches the OS.
      if (!isSafeExternalUrl(url)) throw new AppError('invalidInput', 'ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https://');
      await shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
    },
    printHtml: (html) => printWithDialog(html),
  };
}
