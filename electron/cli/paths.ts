import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'ITA Tracker';
export const DB_FILE_NAME = 'ita-tracker.sqlite';

/** Where Electron's app.getPath('userData') points, computed without Electron, so the CLI finds the app's data. */
export function defaultUserDataDir(env = process.env, platform = process.platform): string {
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), PRODUCT_NAME);
}

export function defaultDbPath(): string {
  return path.join(defaultUserDataDir(), DB_FILE_NAME);
}
