import Database from 'better-sqlite3';
import { openDatabase, type Db } from '../../db/open';
import { createApi, type DesktopHooks } from '../../electron/api/createApi';
import type { Api } from '../../core/contract';
import { REPO_ROOT, tmpDbPath } from './tmp';

export interface TestApi {
  api: Api;
  db: Db;
  dbPath: string;
  /** Closes and reopens the file: what a restart of the app sees. */
  reopen(): TestApi;
}

export function makeApi(dbPath = tmpDbPath(), actor = 'ผู้ทดสอบ', desktop?: DesktopHooks): TestApi {
  const db = openDatabase(dbPath);
  const api = createApi(db, { dbPath, actor, appVersion: '0.1.0-test', appRoot: REPO_ROOT, desktop });
  return {
    api,
    db,
    dbPath,
    reopen() {
      db.close();
      return makeApi(dbPath, actor, desktop);
    },
  };
}

/** A second, independent connection to look at the file as another process would. */
export function peek(dbPath: string): Database.Database {
  return new Database(dbPath, { readonly: true });
}
