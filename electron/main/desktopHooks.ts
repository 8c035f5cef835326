// What only the desktop can do for the API (open files, dialogs, printing), as DesktopHooks. Thin:
// each hook is one Electron call; the API decides what may be opened or saved. Each kind of dialog
// starts in the folder the user chose last for that kind (folders.ts).
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { AppError } from '../../core/errors';
import type { DesktopHooks } from '../api/context';
import { isSafeExternalUrl, URL_NEEDS_HTTP } from '../../core/urls';
import type { FolderMemory } from './folders';
import { printWithDialog } from './pdfPrinter';
import { DATA_FILE_WORDS, DIALOG_WORDS, UI_WORDS } from '../../core/terms';

export function createDesktopHooks(getWindow: () => BrowserWindow | null, folders: FolderMemory): DesktopHooks {
  type Kind = 'reports' | 'evidence' | 'backups';
  const start = (kind: Kind) => folders.start(kind, app.getPath('documents'));
  const chosen = (kind: Kind, file: string | null | undefined): string | null => {
    if (!file) return null;
    folders.remember(kind, file);
    return file;
  };
  return {
    async openPath(file) {
      const problem = await shell.openPath(file);
      if (problem) throw new AppError('unsupported', DIALOG_WORDS.noAppForFile);
    },
    async chooseSavePath(defaultName, format) {
      const options = {
        title: DIALOG_WORDS.saveReport,
        defaultPath: path.join(start('reports'), defaultName),
        buttonLabel: UI_WORDS.save,
        filters: [format === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Excel', extensions: ['xlsx'] }],
      };
      const win = getWindow();
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled ? null : chosen('reports', r.filePath);
    },
    async chooseOpenPath() {
      const options = {
        title: DIALOG_WORDS.pickBackup,
        defaultPath: start('backups'),
        buttonLabel: DIALOG_WORDS.pick,
        properties: ['openFile' as const],
        filters: [{ name: DATA_FILE_WORDS.filter, extensions: ['sqlite', 'db'] }],
      };
      const win = getWindow();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : chosen('backups', r.filePaths[0]);
    },
    async chooseEvidencePaths(extensions) {
      const options = {
        title: DATA_FILE_WORDS.pickEvidence,
        defaultPath: start('evidence'),
        buttonLabel: DIALOG_WORDS.attach,
        properties: ['openFile' as const, 'multiSelections' as const],
        filters: [{ name: DIALOG_WORDS.evidenceFilter, extensions: [...extensions] }],
      };
      const win = getWindow();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      if (r.canceled || r.filePaths.length === 0) return null;
      chosen('evidence', r.filePaths[0]);
      return r.filePaths;
    },
    async chooseBackupSavePath(defaultName) {
      const options = {
        title: DIALOG_WORDS.backupToFile,
        defaultPath: path.join(start('backups'), defaultName),
        buttonLabel: UI_WORDS.save,
        filters: [{ name: DATA_FILE_WORDS.filter, extensions: ['sqlite'] }],
      };
      const win = getWindow();
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled ? null : chosen('backups', r.filePath);
    },
    async chooseFolder() {
      // https://www.electronjs.org/docs/latest/api/dialog#dialogshowopendialogwindow-options
      const options = {
        title: DIALOG_WORDS.pickFormsFolder,
        defaultPath: start('reports'),
        buttonLabel: DIALOG_WORDS.saveHere,
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const win = getWindow();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async showItemInFolder(file) {
      shell.showItemInFolder(file);
    },
    async openExternal(url) {
      // Checked again here: only http(s) ever reaches the OS.
      if (!isSafeExternalUrl(url)) throw new AppError('invalidInput', URL_NEEDS_HTTP);
      await shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
    },
    printHtml: (html) => printWithDialog(html),
  };
}
