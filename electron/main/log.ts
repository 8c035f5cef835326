// The main process's log file: a packaged Windows app has no console, so errors the user never sees
// (a failed automatic backup, an API method's internal error, a failed start) go to
// `<data folder>/logs/main.log`, rotated by electron-log at 1 MB (the previous file is kept as
// main.old.log). electron-log's Node logger is used on purpose: its Electron entry registers IPC
// handlers through which any page could write into the log; ours only needs the file.
// Plain-Node code (db/, electron/api) never imports this: it gets `logError` injected.
import path from 'node:path';
import log from 'electron-log/node';

export const LOG_FILE_NAME = 'main.log';
export const LOG_MAX_BYTES = 1024 * 1024;

export interface MainLog {
  error(what: string, error?: unknown): void;
  info(what: string): void;
  /** The file written to, or null before openLog(). */
  readonly file: string | null;
}

let current: string | null = null;

/** Points the log at `<logsDir>/main.log`; before this, messages go to the console only. */
export function openLog(logsDir: string): void {
  current = path.join(logsDir, LOG_FILE_NAME);
  const file = current;
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.level = 'info';
  // Developers running `npm start` still see problems in their terminal.
  log.transports.console.level = 'warn';
}

export const mainLog: MainLog = {
  error(what, error) {
    if (current === null) {
      console.error(what, error ?? '');
      return;
    }
    if (error === undefined) log.error(what);
    else {
      // An AppError's Thai message says what the user saw; its cause says what happened.
      const cause = (error as { details?: { cause?: unknown } } | null)?.details?.cause;
      if (cause === undefined) log.error(what, error);
      else log.error(what, error, `cause: ${String(cause)}`);
    }
  },
  info(what) {
    if (current !== null) log.info(what);
  },
  get file() {
    return current;
  },
};
