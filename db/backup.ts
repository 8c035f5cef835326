// Backups of the one data file: automatic (on start and daily), manual, before a migration and
// before a restore; checking a file before it may replace anything; restoring it safely.
//
// A backup is a standalone SQLite file (rollback journal, no -wal/-shm next to it) written to a
// temporary name, fsynced and renamed into place: a crash never leaves a half-written backup under
// a real name. Restoring copies the chosen file to a private temporary folder, checks and migrates
// that copy, then copies it into the open database with SQLite's online backup API in a single
// step — one write transaction, so a failure leaves the current data exactly as it was.
//
// The parts live in db/backup/: files.ts (names, listing, retention, writing), inspect.ts (checking
// a file) and restore.ts (restoring, health check, replacing a damaged file).
export {
  BACKUP_PREFIX,
  KEEP_RECENT,
  DAY_MS,
  backupFileName,
  parseBackupName,
  listBackups,
  backupsToPrune,
  pruneBackups,
  isDailyBackupDue,
  writeBackup,
  writeBackupSync,
  newBackupPath,
  createBackup,
  createBackupSync,
  createCommittedBackupSync,
  backupBeforeMigration,
} from './backup/files';
export type { BackupReason, BackupEntry, BackupInfo } from './backup/files';
export { summarize, inspectBackupFile } from './backup/inspect';
export { restoreFromFile, assertHealthy, replaceDamagedWithBackup } from './backup/restore';
