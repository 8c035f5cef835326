// Electron main process: one instance, one window, the database and the API behind IPC.
// Everything interesting lives elsewhere (db/, electron/api/); this file only wires it up.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { openDatabase, type Db } from '../../db';
import {
  assertHealthy,
  backupBeforeMigration,
  createBackup,
  inspectBackupFile,
  isDailyBackupDue,
  listBackups,
  replaceDamagedWithBackup,
} from '../../db/backup';
import { acquireDbLock, type FileLock } from '../../db/backup/lock';
import { decideRecovery, type RecoveryCandidate } from '../../db/backup/recovery';
import { isAppError } from '../../core/errors';
import { createApi } from '../api/createApi';
import type { Api } from '../../core/contract';
import { dbPathFromArgs, type AppOrigin } from '../shell-pure/urls';
import { registerApi, senderCheck } from './ipc';
import { createDesktopHooks } from './desktopHooks';
import { createElectronPrinter } from './pdfPrinter';
import type { PdfPrinter } from '../reports/pdf/printer';
import { installMenu } from './menu';
import { secureSession, secureWebContents, secureWindowOptions } from './security';

const DB_FILE_NAME = 'ita-tracker.sqlite';
const DATA_FOLDER_NAME = 'ITA Tracker';

let mainWindow: BrowserWindow | null = null;
let db: Db | null = null;
let printer: PdfPrinter | null = null;
let dbLock: FileLock | null = null;
let backupTimer: ReturnType<typeof setInterval> | null = null;
let backupRunning: Promise<unknown> | null = null;

const HOUR_MS = 60 * 60 * 1000;

/**
 * <userData>/backups for the app's own file; with --db, backups/ next to that file (as the CLI does),
 * so each data file's backups stay with it and the CLI's restore sees the same folder.
 */
function backupsDir(): string {
  const fromArgs = dbPathFromArgs(process.argv);
  return fromArgs
    ? path.join(path.dirname(path.resolve(fromArgs)), 'backups')
    : path.join(app.getPath('userData'), 'backups');
}

/** Opens the file (a backup first if a migration is pending) and checks it is not damaged. */
function openChecked(dbPath: string): Db {
  const opened = openDatabase(dbPath, { beforeMigration: backupBeforeMigration(backupsDir()) });
  try {
    assertHealthy(opened);
  } catch (e) {
    opened.close();
    throw e;
  }
  return opened;
}

/** The backups, newest first, checked until the first good one (the only one that may be offered). */
function recoveryCandidates(): RecoveryCandidate[] {
  const out: RecoveryCandidate[] = [];
  for (const b of listBackups(backupsDir())) {
    let problem: string | null = null;
    try {
      inspectBackupFile(b.path);
    } catch (e) {
      problem = errorText(e);
    }
    out.push({ path: b.path, createdAt: b.createdAt, problem });
    if (problem === null) break;
  }
  return out;
}

/** Opening failed: a damaged file is offered the newest good backup (Thai dialog); else a Thai error. */
async function openOrRecover(dbPath: string, error: unknown): Promise<Db | null> {
  const decision = decideRecovery(
    isAppError(error) ? error : { code: 'internal', message: errorText(error) },
    dbPath,
    isAppError(error) && error.code === 'corruptDatabase' ? recoveryCandidates() : [],
  );
  if (decision.kind === 'fatal') {
    dialog.showErrorBox(decision.title, decision.message);
    return null;
  }
  const answer = await dialog.showMessageBox({
    type: 'warning',
    title: decision.title,
    message: decision.title,
    detail: decision.message,
    buttons: decision.buttons,
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (answer.response !== 0) return null;
  try {
    replaceDamagedWithBackup(dbPath, decision.backup.path);
    return openChecked(dbPath);
  } catch (e) {
    console.error('restoring the backup failed', e);
    dialog.showErrorBox('กู้คืนไม่สำเร็จ', `${errorText(e)}\n\nไฟล์: ${dbPath}`);
    return null;
  }
}

/** On start and then daily (checked hourly): an automatic backup, pruned to 14 + one a month. */
function scheduleBackups(): void {
  const run = () => {
    if (!db || backupRunning) return;
    const current = db;
    backupRunning = createBackup(current, backupsDir(), 'auto')
      // Quitting closes the connection under a running backup: not worth a message.
      .catch((e: unknown) => db === current && console.error('automatic backup failed', e))
      .finally(() => (backupRunning = null));
  };
  run();
  backupTimer = setInterval(() => {
    if (isDailyBackupDue(listBackups(backupsDir()), new Date())) run();
  }, HOUR_MS);
  backupTimer.unref?.();
}

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
  // The options come from secureWindowOptions (security.ts: contextIsolation, sandbox, no Auxclick),
  // which the scanner cannot follow; tests/electron/security.test.ts checks them.
  // prettier-ignore
  const win = new BrowserWindow(secureWindowOptions(path.join(__dirname, '../preload/index.js'))); /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */
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
  // The file's own lock: another app started with --db on it, or the CLI writing, must wait.
  try {
    dbLock = acquireDbLock(dbPath, 'app');
  } catch (e) {
    dialog.showErrorBox('เปิดฐานข้อมูลไม่ได้', errorText(e));
    app.exit(1);
    return;
  }
  try {
    db = openChecked(dbPath);
  } catch (e) {
    console.error('opening the database failed', e);
    db = await openOrRecover(dbPath, e);
    if (!db) {
      dbLock.release();
      dbLock = null;
      app.exit(1);
      return;
    }
  }

  let api: Api;
  try {
    // appRoot: where db/import/sample/ lives (the project folder, or the packaged app.asar).
    api = createApi(db, {
      dbPath,
      actor: currentUser(),
      appVersion: app.getVersion(),
      appRoot: app.getAppPath(),
      backupsDir: backupsDir(),
      // Reports print with Electron's own Chromium, the same HTML the CLI prints.
      pdf: () => (printer ??= createElectronPrinter()),
      desktop: createDesktopHooks(() => mainWindow),
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
  // `npm start` passes --sample so developers open on the sample plan; users get the welcome screen.
  if (process.argv.includes('--sample')) await importSampleIfEmpty(api);
  mainWindow = createWindow();
  scheduleBackups();
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

// The installed app carries a Thai product name; its data folder keeps the plain name, which the
// CLI and the backups expect (…/ITA Tracker/ita-tracker.sqlite) whatever the display name is.
if (app.isPackaged) app.setPath('userData', path.join(app.getPath('appData'), DATA_FOLDER_NAME));

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
    if (backupTimer) clearInterval(backupTimer);
    backupTimer = null;
    try {
      db?.close();
    } catch (e) {
      console.error('closing the database failed', e);
    }
    db = null;
    dbLock?.release();
    dbLock = null;
  });
  app.whenReady().then(start, (e: unknown) => {
    console.error(e);
    app.exit(1);
  });
}
