import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../core/errors';
import { writeFileAtomic } from '../../../db/files/atomicWrite';
import { readEvidenceFile } from '../../../db/queries/evidence';
import { EVIDENCE_EXTENSIONS, MAX_EVIDENCE_BYTES } from '../../../core/limits';
import type { Ctx, DesktopHooks } from '../context';
import type { Handlers } from '../../../core/contract';
import { DESKTOP_ONLY, FILE_MESSAGES, DESKTOP_API_WORDS } from '../../../core/terms';

type DesktopHandlers = Pick<
  Handlers,
  'openEvidence' | 'openExternal' | 'chooseEvidenceFiles' | 'chooseExportPath' | 'chooseExportFolder' | 'openExport'
>;

/** A folder of our own under the OS temp dir: evidence opened for viewing never mixes with other files. */
export function evidenceTempDir(): string {
  const dir = path.join(os.tmpdir(), 'ita-tracker-evidence');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** A file the user picked, read; Word may hold it open, which Windows still lets us read. */
function readPicked(file: string, fileName: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AppError(
      code === 'EBUSY' ? 'conflict' : 'notFound',
      code === 'EBUSY'
        ? DESKTOP_API_WORDS.inUse(FILE_MESSAGES.unreadable(fileName))
        : FILE_MESSAGES.unreadable(fileName),
      { cause: String(e) },
    );
  }
}

/** Whether `file` already holds exactly `data` (the copy written when it was opened before). */
function holds(file: string, data: Uint8Array): boolean {
  try {
    if (fs.statSync(file).size !== data.byteLength) return false;
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength).equals(fs.readFileSync(file));
  } catch {
    return false;
  }
}

/** A write refused because another program holds the file (Windows: Word or Excel has it open). */
function heldByAnotherProgram(e: unknown): boolean {
  const errno = (e as { details?: { errno?: unknown } } | null)?.details?.errno;
  return errno === 'EBUSY' || errno === 'EPERM' || errno === 'EACCES';
}

/**
 * The copy of an evidence file to open. Opened before: the copy already there is reused (Word or Excel
 * may still have it open, and Windows refuses to overwrite an open file). If a different copy is held
 * open, a fresh copy goes to a folder of its own. Otherwise a Thai message says what happened.
 */
function viewingCopy(id: number, fileName: string, data: Uint8Array): string {
  const dir = evidenceTempDir();
  const file = path.join(dir, `${id}-${fileName}`);
  if (holds(file, data)) return file;
  try {
    writeFileAtomic(file, data, { mode: 0o600 });
    return file;
  } catch (e) {
    if (!heldByAnotherProgram(e)) throw e;
  }
  try {
    const fresh = path.join(fs.mkdtempSync(path.join(dir, `${id}-`)), fileName);
    writeFileAtomic(fresh, data, { mode: 0o600 });
    return fresh;
  } catch (e) {
    throw new AppError('conflict', DESKTOP_API_WORDS.evidenceOpen(fileName), { cause: String(e) });
  }
}

export function desktopHandlers(ctx: Ctx): DesktopHandlers {
  const hooks = (): DesktopHooks => {
    if (!ctx.options.desktop) throw new AppError('unsupported', DESKTOP_ONLY);
    return ctx.options.desktop;
  };
  return {
    openEvidence: async ({ evidenceId }) => {
      const desktop = hooks();
      const f = readEvidenceFile(ctx.db, evidenceId);
      // The id prefix keeps two files of the same name apart; the name was cleaned when stored.
      await desktop.openPath(viewingCopy(f.id, f.fileName, f.data));
      return { opened: true as const };
    },
    openExternal: async ({ url }) => {
      // url passed the contract's httpUrl (http/https with a host, no credentials); the shell checks again.
      await hooks().openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
      return { opened: true as const };
    },
    chooseEvidenceFiles: async () => {
      const desktop = hooks();
      if (!desktop.chooseEvidencePaths) throw new AppError('unsupported', DESKTOP_ONLY);
      const paths = await desktop.chooseEvidencePaths(EVIDENCE_EXTENSIONS);
      if (!paths) return { files: null };
      return {
        files: paths.map((file) => {
          const fileName = path.basename(file);
          let size: number;
          try {
            size = fs.statSync(file).size;
          } catch (e) {
            throw new AppError('notFound', FILE_MESSAGES.unreadable(fileName), { cause: String(e) });
          }
          // Over the limit: not read; the page tells the user (as for a file dropped on it).
          const data = size > MAX_EVIDENCE_BYTES ? new Uint8Array() : new Uint8Array(readPicked(file, fileName));
          return { fileName, size, data };
        }),
      };
    },
    chooseExportPath: async ({ defaultName, format }) => {
      const desktop = hooks();
      if (!desktop.chooseSavePath) throw new AppError('unsupported', DESKTOP_ONLY);
      const chosen = await desktop.chooseSavePath(defaultName, format);
      if (chosen === null) return { path: null };
      // The dialog may return a name without the extension the format needs.
      return { path: chosen.toLowerCase().endsWith(`.${format}`) ? chosen : `${chosen}.${format}` };
    },
    chooseExportFolder: async () => {
      const desktop = hooks();
      if (!desktop.chooseFolder) throw new AppError('unsupported', DESKTOP_ONLY);
      return { path: await desktop.chooseFolder() };
    },
    openExport: async ({ path: file, reveal }) => {
      const desktop = hooks();
      // Only files this session exported: the page cannot make the app open arbitrary local paths.
      if (!ctx.written.has(file)) throw new AppError('notFound', DESKTOP_API_WORDS.exportGone);
      if (reveal) {
        if (!desktop.showItemInFolder) throw new AppError('unsupported', DESKTOP_ONLY);
        await desktop.showItemInFolder(file);
      } else {
        await desktop.openPath(file);
      }
      return { opened: true as const };
    },
  };
}
