// Electron main process: one instance, one window, the database and the API behind IPC.
// Everything interesting lives elsewhere (db/, electron/api/); this file only wires it up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, type WebContents } from 'electron';
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
import { INTERNAL_ERROR, FILE_MESSAGES, STARTUP_WORDS } from '../../core/terms';
import { isAppError } from '../../core/errors';
import { startCheckpointer, type Checkpointer } from '../../db/checkpoint';
import { dataPaths, type DataPaths } from '../../db/paths';
import { createApi } from '../api/createApi';
import { prepareReports } from '../reports/prepare';
import { prepareWhenIdle, type IdlePrep } from '../reports/prepareWhenIdle';
import type { Api } from '../../core/contract';
import { dataFolder } from '../shell-pure/dataFolder';
import { MENU_COMMAND_CHANNEL } from '../shell-pure/pageApi';
import { dbPathFromArgs, isAppUrl, type AppOrigin } from '../shell-pure/urls';
import { registerApi, senderCheck } from './ipc';
import { createDesktopHooks } from './desktopHooks';
import { folderMemory } from './folders';
import { mainLog, openLog } from './log';
import { createMainWindow, saveWindowState } from './mainWindow';
import { createElectronPrinter, type ElectronPrinter } from './pdfPrinter';
import { installMenu } from './menu';
import { secureSession, secureWebContents } from './security';

let mainWindow: BrowserWindow | null = null;
let db: Db | null = null;
let printer: ElectronPrinter | null = null;
/** Measures the open plan's reports while the user is idle (reports/prepareWhenIdle.ts). */
let reportPrep: IdlePrep | null = null;
let dbLock: FileLock | null = null;
let backupTimer: ReturnType<typeof setInterval> | null = null;
/** Keeps the .sqlite alone complete a moment after each save (db/checkpoint.ts). */
let checkpointer: Checkpointer | null = null;
let backupRunning: Promise<unknown> | null = null;

const HOUR_MS = 60 * 60 * 1000;

/** The data file, its backups and logs (db/paths.ts): --db FILE, or the app's own file in userData. */
function paths(): DataPaths {
  return dataPaths(dbPathFromArgs(process.argv), app.getPath('userData'));
}

const backupsDir = () => paths().backupsDir;

/** Opens the file (a backup first if a migration is pending) and checks it is not damaged. */
function openChecked(dbPath: string): Db {
  const opened = openDatabase(dbPath, {
    beforeMigration: backupBeforeMigration(backupsDir()),
    // A file named with --db may not have been made here: every page is checked, not only the schema.
    integrity: !paths().isDefault,
  });
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
    mainLog.error('restoring the backup failed', e);
    dialog.showErrorBox(STARTUP_WORDS.restoreFailed, `${errorText(e)}\n\n${FILE_MESSAGES.at(dbPath)}`);
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
      .catch((e: unknown) => db === current && mainLog.error('automatic backup failed', e))
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

function currentUser(): string | undefined {
  try {
    return os.userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

function errorText(e: unknown): string {
  return isAppError(e) ? e.message : INTERNAL_ERROR;
}

/** First run: an empty database gets the sample plan, so the app opens on something real. */
async function importSampleIfEmpty(api: Api): Promise<void> {
  try {
    const plans = await api.listPlans({});
    if (plans.length === 0) await api.importSamplePlan({});
  } catch (e) {
    mainLog.error('importing the sample plan failed', e);
  }
}

function createWindow(): BrowserWindow {
  const win = createMainWindow({
    preload: path.join(__dirname, '../preload/index.js'),
    indexFile,
    devServerUrl,
    stateFile: path.join(app.getPath('userData'), 'window-state.json'),
  });
  // Closing the main window ends the app, whatever other windows exist: the hidden report window
  // would otherwise keep window-all-closed from firing, leaving an invisible process that holds the
  // single-instance lock and the data file's lock.
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
    app.quit();
  });
  // Windows shutdown, restart or log-off: will-quit is not emitted then, so release everything here.
  win.on('session-end', () => {
    saveWindowState(win, path.join(app.getPath('userData'), 'window-state.json'));
    shutdown();
  });
  return win;
}

/** The page may copy to the clipboard (About → copy the path): only our main window on our page. */
function mayWriteClipboard(contents: WebContents | null): boolean {
  const win = mainWindow;
  return (
    !!contents &&
    !!win &&
    !win.isDestroyed() &&
    contents.id === win.webContents.id &&
    isAppUrl(contents.getURL(), origin)
  );
}

/** Closes the database and frees its lock and the printer; safe to call more than once. */
function shutdown(): void {
  void reportPrep?.stop();
  reportPrep = null;
  void printer?.close();
  printer = null;
  if (backupTimer) clearInterval(backupTimer);
  backupTimer = null;
  // A last checkpoint: the file left behind holds every save, with no -wal beside it.
  checkpointer?.stop();
  checkpointer = null;
  try {
    db?.close();
  } catch (e) {
    mainLog.error('closing the database failed', e);
  }
  db = null;
  dbLock?.release();
  dbLock = null;
}

async function start(): Promise<void> {
  const { dbPath, logsDir, dataDir, isDefault } = paths();
  // A mistyped --db folder must not look like a fresh start: only the app's own data folder is made
  // (and, for developers, the one `npm start --sample` names: it asks for a fresh sample file).
  if (!isDefault && !process.argv.includes('--sample') && !fs.existsSync(dataDir)) {
    dialog.showErrorBox(FILE_MESSAGES.dataFileUnopenable, STARTUP_WORDS.noFolder(dataDir, dbPath));
    app.exit(1);
    return;
  }
  // The file's own lock: another app started with --db on it, or the CLI writing, must wait.
  try {
    // We hold the single-instance lock (below): a lock our own app left behind is free to take.
    dbLock = acquireDbLock(dbPath, 'app', { holdsSingleInstanceLock: true });
  } catch (e) {
    dialog.showErrorBox(STARTUP_WORDS.dbUnopenable, errorText(e));
    app.exit(1);
    return;
  }
  // Nor a mistyped file name in a folder that exists: a --db file is opened, never made empty (checked
  // under the lock, so a CLI command creating it now is "in use", not "missing").
  if (!isDefault && !process.argv.includes('--sample') && !fs.existsSync(dbPath)) {
    dbLock.release();
    dbLock = null;
    dialog.showErrorBox(FILE_MESSAGES.dataFileUnopenable, STARTUP_WORDS.noDataFile(dbPath));
    app.exit(1);
    return;
  }
  openLog(logsDir);
  mainLog.info(`ITA Tracker ${app.getVersion()} started; data file ${dbPath}`);
  try {
    db = openChecked(dbPath);
  } catch (e) {
    mainLog.error('opening the database failed', e);
    db = await openOrRecover(dbPath, e);
    if (!db) {
      dbLock.release();
      dbLock = null;
      app.exit(1);
      return;
    }
  }

  let api: Api;
  const reportPrinter = () => (printer ??= createElectronPrinter());
  try {
    // appRoot: where db/import/sample/ lives (the project folder, or the packaged app.asar).
    api = createApi(db, {
      dbPath,
      actor: currentUser(),
      appVersion: app.getVersion(),
      appRoot: app.getAppPath(),
      backupsDir: backupsDir(),
      // Reports print with Electron's own Chromium, the same HTML the CLI prints.
      pdf: reportPrinter,
      desktop: createDesktopHooks(() => mainWindow, folderMemory(path.join(app.getPath('userData'), 'folders.json'))),
    });
    // Measured in the hidden report window, never in the main window's renderer; failures only logged.
    reportPrep = prepareWhenIdle({
      measure: (planId, month, signal) => prepareReports(api, reportPrinter(), planId, month, signal),
      log: mainLog,
    });
    registerApi(ipcMain, reportPrep.watch(api), {
      isTrustedSender: senderCheck(origin, () =>
        mainWindow?.isDestroyed() ? null : (mainWindow?.webContents.mainFrame ?? null),
      ),
      logError: (method, e) => mainLog.error(`api:${method}`, e),
    });
  } catch (e) {
    mainLog.error('starting the API failed', e);
    dialog.showErrorBox(STARTUP_WORDS.cannotStart, errorText(e));
    app.exit(1);
    return;
  }

  secureSession(session.defaultSession, devServerUrl, mayWriteClipboard);
  installMenu({
    dbPath,
    isPackaged: app.isPackaged,
    getWindow: () => mainWindow,
    send: (command) => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_COMMAND_CHANNEL, command);
    },
  });
  // `npm start` passes --sample so developers open on the sample plan; users get the welcome screen.
  if (process.argv.includes('--sample')) await importSampleIfEmpty(api);
  mainWindow = createWindow();
  warmReportsWhenIdle(mainWindow);
  started = true;
  if (focusWhenReady) focusMainWindow(mainWindow);
  scheduleBackups();
  checkpointer = startCheckpointer(db, { onError: (e) => mainLog.error('WAL checkpoint failed', e) });
}

let started = false;
let focusWhenReady = false;

/**
 * After the first screen is up and settled: the report window made and warmed, kept for the session;
 * then the open plan's reports are measured whenever the user is idle (reports/prepareWhenIdle.ts).
 */
const WARM_REPORTS_AFTER_MS = 1500;

function warmReportsWhenIdle(win: BrowserWindow): void {
  win.webContents.once('did-finish-load', () => {
    setTimeout(() => {
      if (!db) return;
      const prep = reportPrep;
      void (printer ??= createElectronPrinter()).warm().then(() => prep?.start());
    }, WARM_REPORTS_AFTER_MS);
  });
}

function focusMainWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/**
 * A second launch: show the window; while the app is still starting (a dialog, the sample import),
 * show it once it exists; if the app runs without one, open one.
 */
function onSecondInstance(): void {
  if (mainWindow && !mainWindow.isDestroyed()) focusMainWindow(mainWindow);
  else if (!started) focusWhenReady = true;
  else if (db) mainWindow = createWindow();
}

// The installed app carries a Thai product name; its data folder keeps the plain name, which the
// CLI and the backups expect (…/ITA Tracker/ita-tracker.sqlite) whatever the display name is. The
// portable .exe keeps its data in a `data` folder beside itself.
const folder = dataFolder({
  isPackaged: app.isPackaged,
  appData: app.getPath('appData'),
  env: process.env,
  join: path.join,
});
if (folder) app.setPath('userData', folder);

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the database; it will show its window (second-instance below).
  app.quit();
} else {
  app.enableSandbox();
  app.on('second-instance', onSecondInstance);
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, origin));
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (db && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('will-quit', shutdown);
  app.whenReady().then(start, (e: unknown) => {
    mainLog.error('starting failed', e);
    app.exit(1);
  });
}
