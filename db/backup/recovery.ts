// What the shell does when the data file cannot be opened: a pure decision, tested without Electron.
import type { ErrorCode } from '../../core/errors';
import { ceToBe } from '../../core/thai';
import { BACKUP_MESSAGES, WELCOME_WORDS, FILE_MESSAGES } from '../../core/terms';

export interface RecoveryCandidate {
  path: string;
  createdAt: string;
  /** null when the backup passed the checks; the Thai reason otherwise. */
  problem: string | null;
}

export type RecoveryDecision =
  | { kind: 'offerRestore'; backup: RecoveryCandidate; title: string; message: string; buttons: [string, string] }
  | { kind: 'fatal'; title: string; message: string };

/** "2025-03-01T08:30:00" → "1/3/2568 08:30" (BE, what the user's calendar says). */
export function thaiDateTime(localIso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(localIso);
  if (!m) return localIso;
  return `${Number(m[3])}/${Number(m[2])}/${ceToBe(Number(m[1]))} ${m[4]}:${m[5]}`;
}

/**
 * Given how opening failed and the backups (newest first, each already checked), decide whether to
 * offer the newest good backup. Only a damaged file is offered a restore: a foreign or newer file
 * is not ours to replace, and a locked one is in use.
 */
export function decideRecovery(
  error: { code: ErrorCode | string; message: string },
  dbPath: string,
  candidates: RecoveryCandidate[],
): RecoveryDecision {
  const title = FILE_MESSAGES.dataFileUnopenable;
  if (error.code !== 'corruptDatabase')
    return { kind: 'fatal', title, message: `${error.message}\n\n${FILE_MESSAGES.at(dbPath)}` };
  const good = [...candidates].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)).find((c) => c.problem === null);
  if (!good) {
    return {
      kind: 'fatal',
      title,
      message: BACKUP_MESSAGES.noGoodBackup(dbPath),
    };
  }
  return {
    kind: 'offerRestore',
    backup: good,
    title,
    message: BACKUP_MESSAGES.offerRestore(error.message, thaiDateTime(good.createdAt)),
    buttons: [WELCOME_WORDS.restore, BACKUP_MESSAGES.quit],
  };
}
