// Where the app keeps its data (database, backups/, logs/, window state). Pure: the caller passes
// what Electron and the environment say.

import { DATA_FOLDER_NAME } from '../../core/dataFiles';

/** The data folder's name under %APPDATA% (the CLI's default path, db/paths.ts, uses the same). */
export { DATA_FOLDER_NAME };

export interface DataFolderInput {
  isPackaged: boolean;
  /** app.getPath('appData'): %APPDATA% on Windows, ~/.config on Linux. */
  appData: string;
  env: Record<string, string | undefined>;
  join(...parts: string[]): string;
}

/**
 * The portable .exe keeps its data in a `data` folder beside itself, so it works from a USB stick and
 * leaves nothing on the PC: electron-builder's portable launcher sets PORTABLE_EXECUTABLE_DIR to the
 * folder of the .exe the user started (app-builder-lib templates/nsis/portable.nsi:
 * `SetEnvironmentVariable("PORTABLE_EXECUTABLE_DIR", "$EXEDIR")`) before starting the app unpacked in
 * TEMP. The installed app keeps %APPDATA%\ITA Tracker. Unpackaged (npm start): null, Electron's default.
 */
export function dataFolder(input: DataFolderInput): string | null {
  if (!input.isPackaged) return null;
  const portableDir = input.env['PORTABLE_EXECUTABLE_DIR'];
  if (portableDir) return input.join(portableDir, 'data');
  return input.join(input.appData, DATA_FOLDER_NAME);
}
