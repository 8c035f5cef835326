// Remembers the folder each kind of dialog used last (reports, evidence, backups) in
// `<data folder>/folders.json`, so the next dialog of that kind starts there.
import fs from 'node:fs';
import path from 'node:path';
import { parseLastFolders, startFolder, type FolderKind, type LastFolders } from '../shell-pure/lastFolders';
import { mainLog } from './log';
import { writeFileAtomic } from '../../db/files/atomicWrite';

export interface FolderMemory {
  /** Where a dialog of this kind starts: the folder used last, or `fallback` (Documents). */
  start(kind: FolderKind, fallback: string): string;
  /** The user chose `file` in a dialog of this kind. */
  remember(kind: FolderKind, file: string): void;
}

const isDir = (dir: string) => {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
};

export function folderMemory(file: string): FolderMemory {
  let folders: LastFolders | null = null;
  const load = (): LastFolders => {
    if (folders) return folders;
    try {
      folders = parseLastFolders(fs.readFileSync(file, 'utf8'));
    } catch {
      folders = {};
    }
    return folders;
  };
  return {
    start: (kind, fallback) => startFolder(load(), kind, fallback, isDir),
    remember(kind, chosen) {
      const next = { ...load(), [kind]: path.dirname(chosen) };
      folders = next;
      try {
        writeFileAtomic(file, Buffer.from(JSON.stringify(next)));
      } catch (e) {
        mainLog.error('saving the last folders failed', e);
      }
    },
  };
}
