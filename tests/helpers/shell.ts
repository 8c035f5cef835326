// electron/main/index.ts run against the fake electron module: each test starts the shell afresh
// (modules reset, fake reset) with its own command line, and quits it afterwards. The test file itself
// must still call vi.mock('electron', …) (vitest hoists it per file).
import path from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { openDatabase } from '../../db/open';
import { fake, resetFake, type FakeBrowserWindow } from './fake-electron';
import { REPO_ROOT, tmpDir } from './tmp';

export interface ShellOptions {
  /** Give the app fresh userData and temp folders (default true). */
  folders?: boolean;
}

export function useShell(options: ShellOptions = {}): { launch(args: string[]): Promise<void> } {
  let argv: string[] = process.argv;
  beforeEach(() => {
    resetFake();
    vi.resetModules();
    argv = process.argv;
    fake.app.appPath = REPO_ROOT;
    if (options.folders ?? true) {
      fake.app.userData = tmpDir();
      fake.app.temp = tmpDir();
    }
  });
  afterEach(() => {
    // Close the database the app opened, as quitting would.
    fake.app.emit('will-quit');
    process.argv = argv;
  });
  return {
    async launch(args) {
      process.argv = ['electron', '.', ...args];
      await import('../../electron/main/index');
    },
  };
}

/**
 * A database file for `--db` that exists, as one the CLI or an earlier run made (migrated, no plan):
 * the app opens a --db file but never creates one (only its own data folder's, or with --sample).
 */
export function existingDb(dir: string = tmpDir()): string {
  const file = path.join(dir, 'ita.sqlite');
  openDatabase(file).close();
  return file;
}

/** The app's main window: the one showing our page (report windows load report files). Throws before it exists. */
export function mainWindow(): FakeBrowserWindow {
  const w = fake.BrowserWindow.instances.find((x) => x.loaded.file?.endsWith('index.html'));
  if (!w) throw new Error('no main window');
  return w;
}

/** Calls an API method as the main window's page does (through ipcMain); an error envelope is thrown. */
export async function callFromPage<T>(method: string, input: unknown = {}): Promise<T> {
  const env = (await fake.ipcMain.invoke(`api:${method}`, input, mainWindow().webContents)) as {
    ok: boolean;
    value?: T;
    error?: { code: string; message: string };
  };
  if (!env.ok) throw new Error(`${method}: ${env.error?.code} ${env.error?.message}`);
  return env.value as T;
}
