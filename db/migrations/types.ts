import type Database from 'better-sqlite3';

export interface Migration {
  /** The user_version this migration brings the database to. */
  version: number;
  name: string;
  /**
   * Rebuilds tables other tables point at (SQLite cannot drop a CHECK): foreign keys are turned off
   * around its transaction and checked (PRAGMA foreign_key_check) before it commits, as SQLite's
   * ALTER TABLE procedure prescribes — with them on, dropping the old table would cascade.
   */
  foreignKeysOff?: boolean;
  up(db: Database.Database): void;
}
