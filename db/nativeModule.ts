// better-sqlite3 is a native module. When it cannot be loaded (the .node file missing or blocked by
// antivirus, built for another Node/Electron ABI, for another CPU, a DLL missing on Windows) opening
// the database fails before any file is read: that is a broken installation, not a damaged data file,
// and must never be answered with an offer to restore a backup.
import { AppError } from '../core/errors';
import { OPEN_MESSAGES } from '../core/terms';

export const BROKEN_INSTALL_MESSAGE = OPEN_MESSAGES.brokenInstall;

const NODE_CODES = new Set(['ERR_DLOPEN_FAILED', 'MODULE_NOT_FOUND', 'ERR_MODULE_NOT_FOUND']);

// Messages of the loaders (Node's dlopen on Windows and Linux, Node-API, the module system).
const PATTERNS = [
  /NODE_MODULE_VERSION/, // built against another Node/Electron ABI
  /Module did not self-register/,
  /napi_|Node-API|N-API/i,
  /invalid ELF header|wrong ELF class|not a valid Win32 application|%1 is not a valid/i,
  /The specified (module|procedure) could not be found/i, // Windows LoadLibrary: the .node or a DLL it needs
  /Cannot find module ['"][^'"]*(better[-_]sqlite3|\.node)/i,
  /cannot open shared object file|undefined symbol|image not found|dlopen/i,
  /better_sqlite3\.node|prebuilds[\\/][^\\/]+\.node/i,
];

/** Whether `e` says the native module could not be loaded (as opposed to a problem with the file). */
export function isNativeModuleError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const code = 'code' in e ? String((e as { code: unknown }).code) : '';
  if (code.startsWith('SQLITE_')) return false;
  if (NODE_CODES.has(code)) return true;
  const message = 'message' in e ? String((e as { message: unknown }).message) : '';
  return PATTERNS.some((p) => p.test(message));
}

export function brokenInstallError(e: unknown): AppError {
  return new AppError('brokenInstall', BROKEN_INSTALL_MESSAGE, { cause: String(e) });
}
