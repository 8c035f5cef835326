import { API_ERRORS } from '../../core/terms';
import type { Db } from '../../db/open';
import type { Change } from '../../core/auditSummary';
import { currentBatch, recordChange } from './writePolicy';
import type { PdfPrinter } from '../reports/pdf/printer';
import type { ExportProgress } from '../../core/types';

/** What only the desktop shell can do; injected so the API stays plain Node (tests pass recorders). */
export interface DesktopHooks {
  /** Opens a local file with the program the OS associates with it. */
  openPath(file: string): Promise<void>;
  /** Opens an http(s) URL in the user's browser (already validated by the API). */
  openExternal(url: string): Promise<void>;
  /** The system save dialog; resolves to the chosen absolute path, or null when cancelled. */
  chooseSavePath?(defaultName: string, format: 'pdf' | 'xlsx'): Promise<string | null>;
  /** Shows a file in the system file manager (Explorer), selected. */
  showItemInFolder?(file: string): Promise<void>;
  /** Prints a report's HTML through the system print dialog; false when the user cancels. */
  printHtml?(html: string): Promise<boolean>;
  /** The system open dialog for a backup file to restore; null when cancelled. */
  chooseOpenPath?(purpose: 'backup'): Promise<string | null>;
  /** The system open dialog for evidence files (several may be picked); null when cancelled. */
  chooseEvidencePaths?(extensions: readonly string[]): Promise<string[] | null>;
  /** The system save dialog for a backup copy (.sqlite); null when cancelled. */
  chooseBackupSavePath?(defaultName: string): Promise<string | null>;
  /** The system dialog for a folder to write several files into; null when cancelled. */
  chooseFolder?(): Promise<string | null>;
}

export interface ApiOptions {
  /** Shown in appInfo and used for backups. */
  dbPath: string;
  /** Who makes the changes, for the audit log (OS user in the app, --user in the CLI). */
  actor?: string;
  appVersion?: string;
  /** Folder holding db/import/sample/ (the app root); defaults to the working directory. */
  appRoot?: string;
  desktop?: DesktopHooks;
  /**
   * Prints report HTML to PDF; called on the first PDF export, so the printer may start its browser
   * lazily. The app passes an Electron printToPDF printer, the CLI and tests a Chromium one
   * (electron/reports/pdf). Without it, PDF export answers 'unsupported'.
   */
  pdf?: () => PdfPrinter;
  /** Where backups go: `<userData>/backups` in the app; default `backups/` next to the db file. */
  backupsDir?: string;
}

export interface Ctx {
  db: Db;
  actor: string;
  options: ApiOptions;
  /**
   * One transaction, for work outside the API's methods (start-up). A method never needs it: the
   * write policy (./writePolicy.ts) runs every mutating method in one.
   */
  tx<T>(fn: () => T): T;
  /**
   * Reports one record the mutating method changed (its before and after, or a declared kind of
   * change); the write policy writes its audit entry (refused outside a mutating method).
   */
  changed(change: Change): void;
  /** The history batch the running call's entries make (null before its first entry). */
  batch(): number | null;
  /** Files this session wrote (exports): the only local paths the page may ask to open or reveal. */
  written: Set<string>;
  /** The PDF export under way (exportProgress), null when none. */
  progress: ExportProgress | null;
}

export function createContext(db: Db, options: ApiOptions): Ctx {
  const actor = options.actor?.trim() || API_ERRORS.unknownActor;
  return {
    db,
    actor,
    options,
    tx: (fn) => db.transaction(fn)(),
    changed: (change) => recordChange(db, actor, change),
    batch: currentBatch,
    written: new Set(),
    progress: null,
  };
}
