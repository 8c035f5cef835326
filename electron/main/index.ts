// Electron main process: one instance, one window, the database and the API behind IPC.
// Everything interesting lives elsewhere (db/, electron/api/); this file only wires it up.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { openDatabase, type Db } from '../../db';
import { AppError, isAppError } from '../../db/errors';
import { createApi } from '../api/createApi';
import type { Api } from '../api/contract';
import { dbPathFromArgs, isSafeExternalUrl, type AppOrigin } from '../shell-pure/urls';
import { registerApi, senderCheck } from './ipc';
import { createElectronPrinter } from './pdfPrinter';
import type { PdfPrinter } from '../reports/pdf/printer';
import { installMenu } from './menu';
import { secureSession, secureWebContents, secureWindowOptions } from './security';

const DB_FILE_NAME = 'ita-tracker.sqlite';

let mainWindow: BrowserWindow | null = null;
let db: Db | null = null;
let printer: PdfPrinter | null = null;

// Dev server URL from `electron-vite dev`; never honoured in a packaged app.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] || undefined : undefined;
const indexFile = path.join(__dirname, '../renderer/index.html');
const origin: AppOrigin = { indexUrl: pathToFileURL(indexFile).href, devServerUrl };

function resolveDbPath(): string {
  const fromArgs = dbPathFromArgs(process.argv);
  return fromArgs ? path.resolve(fromArgs) : path.join(app.getPath('userData'), DB_FILE_NAME);
}

function currentUser(): string | undefined {
  try {
    return os.userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

function errorText(e: unknown): string {
  return isAppError(e) ? e.message : 'เกิดข้อผิดพลาดภายในโปรแกรม';
}

/** First run: an empty database gets the sample plan, so the app opens on something real. */
async function importSampleIfEmpty(api: Api): Promise<void> {
  try {
    const plans = await api.listPlans({});
    if (plans.length === 0) await api.importSamplePlan({});
  } catch (e) {
    console.error('importing the sample plan failed', e);
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(secureWindowOptions(path.join(__dirname, '../preload/index.js')));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(indexFile);
  return win;
}

async function start(): Promise<void> {
  const dbPath = resolveDbPath();
  try {
    db = openDatabase(dbPath);
  } catch (e) {
    console.error('opening the database failed', e);
    dialog.showErrorBox('เปิดฐานข้อมูลไม่ได้', `${errorText(e)}\n\nไฟล์: ${dbPath}`);
    app.exit(1);
    return;
  }

  let api: Api;
  try {
    // appRoot: where db/import/sample/ lives (the project folder, or the packaged app.asar).
    api = createApi(db, {
      dbPath,
      actor: currentUser(),
      appVersion: app.getVersion(),
      appRoot: app.getAppPath(),
      // Reports print with Electron's own Chromium, the same HTML the CLI prints.
      pdf: () => (printer ??= createElectronPrinter()),
      desktop: {
        async openPath(file) {
          const problem = await shell.openPath(file);
          if (problem) throw new AppError('unsupported', `เปิดไฟล์ไม่ได้: ไม่พบโปรแกรมสำหรับเปิดไฟล์ชนิดนี้ในเครื่อง`);
        },
        async chooseSavePath(defaultName, format) {
          const options = {
            title: 'บันทึกรายงาน',
            defaultPath: path.join(app.getPath('documents'), defaultName),
            buttonLabel: 'บันทึก',
            filters: [
              format === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Excel', extensions: ['xlsx'] },
            ],
          };
          const r = mainWindow
            ? await dialog.showSaveDialog(mainWindow, options)
            : await dialog.showSaveDialog(options);
          return r.canceled || !r.filePath ? null : r.filePath;
        },
        async showItemInFolder(file) {
          shell.showItemInFolder(file);
        },
        async openExternal(url) {
          // Checked again here: only http(s) ever reaches the OS.
          if (!isSafeExternalUrl(url)) throw new AppError('invalidInput', 'ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https://');
          await shell.openExternal(url);
        },
      },
    });
    registerApi(ipcMain, api, { isTrustedSender: senderCheck(origin) });
  } catch (e) {
    console.error('starting the API failed', e);
    dialog.showErrorBox('เริ่มโปรแกรมไม่ได้', errorText(e));
    app.exit(1);
    return;
  }

  secureSession(session.defaultSession, devServerUrl);
  installMenu({ dbPath, isPackaged: app.isPackaged, getWindow: () => mainWindow });
  await importSampleIfEmpty(api);
  mainWindow = createWindow();
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the database; it will focus its window (second-instance below).
  app.quit();
} else {
  app.enableSandbox();
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, origin));
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (db && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('will-quit', () => {
    void printer?.close();
    db?.close();
    db = null;
  });
  app.whenReady().then(start, (e: unknown) => {
    console.error(e);
    app.exit(1);
  });
}
