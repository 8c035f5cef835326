// A native-module load failure is a broken installation, not a damaged data file: it is told apart
// from SQLite's own errors (real loader errors here, made by loading a bad .node file), the app shows
// it in Thai without offering a restore, and the main process writes it to logs/main.log — as it does
// a failed automatic backup, which a packaged app (no console) would otherwise never show.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isNativeModuleError } from '../../db/nativeModule';
import { fake } from '../helpers/fake-electron';
import { existingDb, useShell } from '../helpers/shell';
import { tmpDir } from '../helpers/tmp';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

// better-sqlite3 with its native binding replaced, when a test asks: the real library, really failing
// to load the file given (as when the .node is damaged, blocked or built for another platform).
const binding = vi.hoisted(() => ({ path: null as string | null }));
vi.mock('better-sqlite3', async (importOriginal) => {
  const Real = ((await importOriginal()) as { default: new (f: string, o?: object) => unknown }).default;
  function Database(file: string, options: object = {}) {
    return new Real(file, binding.path ? { ...options, nativeBinding: binding.path } : options);
  }
  Object.assign(Database, Real);
  return { default: Database };
});

const require = createRequire(import.meta.url);
const caught = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
};
const badNode = () => {
  const file = path.join(tmpDir(), 'better_sqlite3.node');
  fs.writeFileSync(file, 'MZ not really a library');
  return file;
};

describe('telling a broken install from a damaged file', () => {
  it('real loader errors are native-module errors', () => {
    const dlopen = caught(() => require(badNode()));
    expect((dlopen as { code?: string }).code).toBe('ERR_DLOPEN_FAILED');
    expect(isNativeModuleError(dlopen)).toBe(true);
    expect(isNativeModuleError(caught(() => require(path.join(tmpDir(), 'gone.node'))))).toBe(true);
    // What Windows and an ABI mismatch say (messages as reported by users of Electron apps).
    for (const message of [
      "The module '\\\\?\\C:\\Program Files\\ITA Tracker\\resources\\app.asar.unpacked\\node_modules\\better-sqlite3\\prebuilds\\win32-x64.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 127. This version of Node.js requires\nNODE_MODULE_VERSION 140.",
      '\\\\?\\C:\\Users\\สมชาย\\AppData\\Local\\Programs\\ITA Tracker\\resources\\app.asar.unpacked\\node_modules\\better-sqlite3\\prebuilds\\win32-x64.node is not a valid Win32 application.',
      'The specified module could not be found.\r\n\\\\?\\C:\\ITA\\better_sqlite3.node',
      "Module did not self-register: '/opt/ita/better_sqlite3.node'.",
    ]) {
      expect(isNativeModuleError(new Error(message)), message).toBe(true);
    }
  });

  it("SQLite's own errors about the file are not", async () => {
    const { default: Database } = await import('better-sqlite3');
    const dir = tmpDir();
    const cantOpen = caught(
      () => new Database(path.join(dir, 'no', 'such', 'dir', 'x.sqlite'), { fileMustExist: true }),
    );
    expect(isNativeModuleError(cantOpen)).toBe(false);
    const notDb = path.join(dir, 'letter.sqlite');
    fs.writeFileSync(notDb, 'ไม่ใช่ฐานข้อมูล '.repeat(300));
    const db = new Database(notDb);
    const e = caught(() => db.pragma('user_version'));
    db.close();
    expect((e as { code?: string }).code).toBe('SQLITE_NOTADB');
    expect(isNativeModuleError(e)).toBe(false);
  });

  it('openDatabase reports a broken install, not a damaged file', async () => {
    binding.path = badNode();
    try {
      const { openDatabase } = await import('../../db/open');
      const e = caught(() => openDatabase(path.join(tmpDir(), 'ita.sqlite')));
      expect(e).toMatchObject({ code: 'brokenInstall' });
      expect((e as Error).message).toContain('ติดตั้งโปรแกรมใหม่');
    } finally {
      binding.path = null;
    }
  });
});

describe('the app and its log file', () => {
  const { launch } = useShell();
  afterEach(() => {
    binding.path = null;
  });

  it('a broken install: a Thai error, no restore offered, exit 1, and the cause in logs/main.log', async () => {
    const dir = tmpDir();
    const file = existingDb(dir);
    binding.path = badNode();
    await launch(['--db', file]);
    await vi.waitFor(() => expect(fake.app.exitCodes).toEqual([1]));
    expect(fake.dialog.messages).toEqual([]); // no "restore from backup?" question
    expect(fake.dialog.errors).toHaveLength(1);
    expect(fake.dialog.errors[0]![1]).toContain('ติดตั้งโปรแกรมใหม่');
    const log = fs.readFileSync(path.join(dir, 'logs', 'main.log'), 'utf8');
    expect(log).toMatch(/opening the database failed/);
    expect(log).toMatch(/ERR_DLOPEN_FAILED|invalid ELF header|better_sqlite3\.node/);
  });

  it('a failed automatic backup is written to logs/main.log', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'backups'), 'a file where the backups folder should be');
    await launch(['--db', existingDb(dir)]);
    const logFile = path.join(dir, 'logs', 'main.log');
    await vi.waitFor(() =>
      expect(fs.existsSync(logFile) && fs.readFileSync(logFile, 'utf8')).toMatch(/automatic backup failed/),
    );
  });
});
