// The contract's methods that read or write files: report exports, the Excel round trips (the plan
// edited in Excel, division forms) and backups. Spread into the one contract (contract.ts), which the
// IPC, preload and CLI are generated from.
import { z } from 'zod';
import type * as T from './types';
import type * as X from './xlsxTypes';
import { writes } from './mutates';
import {
  absolutePath,
  backupPath,
  folderPath,
  id,
  month,
  MONTH_REPORT_NEEDS_MONTH,
  none,
  OUT_PATH_NOT_ABSOLUTE,
  outPath,
  reportFormat,
  reportKind,
  returns,
  xlsxBytes,
  xlsxFiles,
  xlsxOutPath,
} from './schemas';
import { VALIDATION_WORDS } from './terms';

export const fileMethods = {
  // Reports (PDF; xlsx through the Excel builder). outPath: where the file is written, atomically.
  exportReport: {
    input: z
      .object({
        planId: id,
        report: reportKind,
        format: reportFormat,
        month: month.optional(),
        divisionId: id.optional(),
        /** Monthly sheet only: print only the activities reported that month (the summary counts all). */
        onlyReported: z.boolean().optional(),
        outPath,
      })
      .superRefine((v, issue) => {
        if (v.report === 'month' && !v.month) issue.addIssue({ code: 'custom', message: MONTH_REPORT_NEEDS_MONTH });
        if (v.report !== 'month' && v.divisionId !== undefined) {
          issue.addIssue({ code: 'custom', message: VALIDATION_WORDS.divisionOnlyMonth });
        }
        if (v.report !== 'month' && v.onlyReported) {
          issue.addIssue({ code: 'custom', message: VALIDATION_WORDS.onlyReportedOnlyMonth });
        }
        if (!absolutePath(v.outPath)) {
          issue.addIssue({ code: 'custom', message: OUT_PATH_NOT_ABSOLUTE });
        }
        if (!v.outPath.toLowerCase().endsWith(`.${v.format}`)) {
          issue.addIssue({ code: 'custom', message: VALIDATION_WORDS.fileEnding(v.format) });
        }
      }),
    output: returns<{ path: string; bytes: number; pages: number | null }>(),
  },
  /** The PDF export under way, part by part (a long report is printed in parts); null when none. */
  exportProgress: { input: none, output: returns<T.ExportProgress | null>() },

  // Excel round trips (electron/api/handlers/xlsxImport.ts): the plan edited in Excel, division forms.
  previewPlanXlsx: { input: z.object({ planId: id, data: xlsxBytes }), output: returns<X.PlanXlsxPreview>() },
  applyPlanXlsx: {
    mutates: writes('plan', 'draftPlan'),
    input: z.object({ planId: id, data: xlsxBytes }),
    output: returns<X.PlanXlsxApplyResult>(),
  },
  /**
   * One division's form for a month, to outPath; or into the folder outDir under its usual name
   * (core/fileName.ts divisionFormFileName), as "ส่งแบบฟอร์มให้ฝ่าย" does for every late division.
   */
  exportDivisionForm: {
    input: z
      .object({ planId: id, month, divisionId: id, outPath: xlsxOutPath.optional(), outDir: folderPath.optional() })
      .refine((v) => (v.outPath === undefined) !== (v.outDir === undefined), {
        message: VALIDATION_WORDS.outFileOrFolder,
      }),
    output: returns<X.ExportedFile>(),
  },
  /** Desktop only: the system dialog for a folder to write files into; null when cancelled. */
  chooseExportFolder: { input: none, output: returns<{ path: string | null }>() },
  previewDivisionForms: { input: z.object({ planId: id, files: xlsxFiles }), output: returns<X.FormsPreview>() },
  importDivisionForms: {
    mutates: writes('followUp'),
    input: z.object({ planId: id, files: xlsxFiles }),
    output: returns<X.FormsImportResult>(),
  },

  // Backups (electron/api/handlers/backup.ts, db/backup.ts)
  listBackups: {
    input: none,
    output: returns<{ dbPath: string; backupsDir: string; backups: T.BackupListEntry[] }>(),
  },
  backupNow: { input: none, output: returns<T.BackupListEntry>() },
  /** Writes one standalone copy of the data to path (a file to email or copy). */
  backupToFile: { input: z.object({ path: backupPath }), output: returns<{ path: string; bytes: number }>() },
  /** Desktop only: the system open dialog (restore) or save dialog (backup to file); null when cancelled. */
  chooseBackupFile: {
    input: z.object({ purpose: z.enum(['open', 'save']) }),
    output: returns<{ path: string | null }>(),
  },
  inspectBackupFile: { input: z.object({ path: backupPath }), output: returns<T.BackupFileInfo>() },
  /** Backs up the current data, then replaces it with the file's (checked first; all or nothing). */
  restoreBackup: {
    mutates: writes('database', 'none', { transaction: false }),
    input: z.object({ path: backupPath }),
    output: returns<{ info: T.BackupFileInfo; safetyBackup: T.BackupListEntry }>(),
  },
  /** Desktop only: shows the data file in the system file manager. */
  showDataFolder: { input: none, output: returns<{ opened: true }>() },
} as const;
