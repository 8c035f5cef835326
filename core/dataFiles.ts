// The names of the data folder and of what it holds, for everything that computes a path to them:
// db/paths.ts (the app, the CLI, the API) and electron/shell-pure/dataFolder.ts (where the installed or
// portable app keeps its data folder). Pure constants.

/** The data folder's name under %APPDATA% (or ~/.config): the plain product name, whatever the app displays. */
export const DATA_FOLDER_NAME = 'ITA Tracker';
export const DB_FILE_NAME = 'ita-tracker.sqlite';
export const BACKUPS_FOLDER_NAME = 'backups';
export const LOGS_FOLDER_NAME = 'logs';
