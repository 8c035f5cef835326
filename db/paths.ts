// Where the data lives: the data folder, the database file, its backups, logs and lock file. The one
// place these are computed, for the app (electron/main, which passes Electron's userData folder), the
// CLI (which computes the same folder without Electron) and the API (backups beside the file).
//
// The rule is the same whether the file is the app's own or one named with --db: backups/ and logs/
// sit in the folder of the database file, so each data file keeps its backups with it and the app and
// the CLI always agree on where they are.
import os from 'node:os';
import path from 'node:path';
import { BACKUPS_FOLDER_NAME, DATA_FOLDER_NAME, DB_FILE_NAME, LOGS_FOLDER_NAME } from '../core/dataFiles';

export { DATA_FOLDER_NAME, DB_FILE_NAME, BACKUPS_FOLDER_NAME, LOGS_FOLDER_NAME };

export interface DataPaths {
  /** The folder holding the database file (and its backups/ and logs/). */
  dataDir: string;
  /** Absolute path of the database file. */
  dbPath: string;
  backupsDir: string;
  logsDir: string;
  /** The one-writer lock file beside the database (db/backup/lock.ts). */
  lockPath: string;
  /** True for the app's own file in its data folder (not one named with --db). */
  isDefault: boolean;
}

/**
 * Where Electron's app.getPath('userData') points for the installed app (electron/main pins it to
 * `<appData>/ITA Tracker`), computed without Electron so the CLI finds the app's data.
 */
export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), DATA_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', DATA_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), DATA_FOLDER_NAME);
}

/** The paths of one database file (backups, logs and lock beside it). */
export function pathsOfDb(dbPath: string, isDefault = false): DataPaths {
  const file = path.resolve(dbPath);
  const dataDir = path.dirname(file);
  return {
    dataDir,
    dbPath: file,
    backupsDir: path.join(dataDir, BACKUPS_FOLDER_NAME),
    logsDir: path.join(dataDir, LOGS_FOLDER_NAME),
    lockPath: `${file}.lock`,
    isDefault,
  };
}

/**
 * The paths in use: the file named with --db when given, else the app's own file in the data folder
 * (Electron's userData in the app, defaultUserDataDir() in the CLI).
 */
export function dataPaths(dbArg: string | null | undefined, userDataDir: string = defaultUserDataDir()): DataPaths {
  if (dbArg) return pathsOfDb(dbArg, false);
  return pathsOfDb(path.join(userDataDir, DB_FILE_NAME), true);
}
