// A read command on a file in a folder it may not write (a read-only share or mount, another user's
// folder): SQLite in WAL mode must create the -shm beside the file, and better-sqlite3 is built
// without URI file names (no `immutable=1`), so the file cannot be opened where it is. No program can
// be writing it there either (a writer needs the same -wal and -shm), so a copy of the file — and of
// a -wal left beside it — in a private temp folder holds the same data: it is read read-only and
// removed when the connection closes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** False when this process may not create files in `dir` (read-only mount, permissions). */
export function folderWritable(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export interface Snapshot {
  /** The copy to open read-only. */
  file: string;
  remove(): void;
}

/** The file (and its -wal, if any) copied into a fresh private temp folder. */
export function snapshotOf(file: string): Snapshot {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-read-'));
  const copy = path.join(dir, path.basename(file));
  try {
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return { file: copy, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
