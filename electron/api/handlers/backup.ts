// Backups and restore over the API. The work is in db/backup.ts; here: where backups live, which
// paths the page may name, and the audit entry of a restore.
//
// Paths: in the app (desktop hooks present) the page may only restore or write files the user
// picked in this session's dialogs, or backups in the backups folder — a page cannot make the app
// read or write arbitrary local files. The CLI and tests (no page) name paths directly.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../core/errors';
import { createBackup, inspectBackupFile, listBackups, restoreFromFile, writeBackup } from '../../../db/backup';
import { backupFileName } from '../../../db/backup';
import { pathsOfDb } from '../../../db/paths';
import type { Ctx } from '../context';
import type { Handlers } from '../../../core/contract';
import { DESKTOP_ONLY, DESKTOP_API_WORDS } from '../../../core/terms';

type BackupHandlers = Pick<
  Handlers,
  | 'listBackups'
  | 'backupNow'
  | 'backupToFile'
  | 'chooseBackupFile'
  | 'inspectBackupFile'
  | 'restoreBackup'
  | 'showDataFolder'
>;

export function backupsDirOf(ctx: Pick<Ctx, 'options'>): string {
  return ctx.options.backupsDir ?? pathsOfDb(ctx.options.dbPath).backupsDir;
}

const UNSUPPORTED = DESKTOP_ONLY;

export function backupHandlers(ctx: Ctx): BackupHandlers {
  const dir = () => backupsDirOf(ctx);
  const chosenOpen = new Set<string>();
  const chosenSave = new Set<string>();
  const guard = (file: string, chosen: Set<string>) => {
    if (!ctx.options.desktop) return; // CLI and tests: no page to distrust
    const inBackups = path.dirname(path.resolve(file)) === path.resolve(dir());
    if (!chosen.has(file) && !inBackups) {
      throw new AppError('notFound', DESKTOP_API_WORDS.pickAgain);
    }
  };
  return {
    listBackups: () => ({ dbPath: ctx.options.dbPath, backupsDir: dir(), backups: listBackups(dir()) }),
    backupNow: () => createBackup(ctx.db, dir(), 'manual'),
    backupToFile: async ({ path: file }) => {
      guard(file, chosenSave);
      if (path.resolve(file) === path.resolve(ctx.options.dbPath)) {
        throw new AppError('invalidInput', DESKTOP_API_WORDS.backupOverDataFile);
      }
      await writeBackup(ctx.db, file);
      return { path: file, bytes: fs.statSync(file).size };
    },
    chooseBackupFile: async ({ purpose }) => {
      const desktop = ctx.options.desktop;
      if (purpose === 'open') {
        if (!desktop?.chooseOpenPath) throw new AppError('unsupported', UNSUPPORTED);
        const chosen = await desktop.chooseOpenPath('backup');
        if (chosen) chosenOpen.add(chosen);
        return { path: chosen };
      }
      if (!desktop?.chooseBackupSavePath) throw new AppError('unsupported', UNSUPPORTED);
      let chosen = await desktop.chooseBackupSavePath(backupFileName(new Date(), 'manual'));
      if (chosen && !chosen.toLowerCase().endsWith('.sqlite')) chosen = `${chosen}.sqlite`;
      if (chosen) chosenSave.add(chosen);
      return { path: chosen };
    },
    inspectBackupFile: ({ path: file }) => {
      guard(file, chosenOpen);
      return inspectBackupFile(file);
    },
    restoreBackup: async ({ path: file }) => {
      guard(file, chosenOpen);
      if (path.resolve(file) === path.resolve(ctx.options.dbPath)) {
        throw new AppError('invalidInput', DESKTOP_API_WORDS.restoreFromDataFile);
      }
      const result = await restoreFromFile(ctx.db, file, dir());
      // After the swap: the restored data gets the entry of its own restore.
      // Declared: a restore replaces the whole file, so no record's before/after can say what changed.
      ctx.changed({
        entity: 'database',
        id: null,
        after: { file, ...result.info },
        as: 'restore',
        fileName: path.basename(file),
        safetyName: result.safetyBackup.name,
      });
      return result;
    },
    showDataFolder: async () => {
      const desktop = ctx.options.desktop;
      if (!desktop?.showItemInFolder) throw new AppError('unsupported', UNSUPPORTED);
      await desktop.showItemInFolder(ctx.options.dbPath);
      return { opened: true as const };
    },
  };
}
