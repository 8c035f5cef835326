// Pure URL rules for the shell. Never imports electron, so tests run it on plain Node. Which links
// may open in the browser is a domain rule: core/urls.ts (isSafeExternalUrl).

/** Where our own renderer is served from. */
export interface AppOrigin {
  /** file:// URL of the built renderer's index.html. */
  indexUrl: string;
  /** The vite dev server (`electron-vite dev`), only when not packaged. */
  devServerUrl?: string | undefined;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A file URL's path, decoded, for comparing: on Windows case-insensitive (NTFS is), with `\` as `/`. */
function filePathKey(u: URL, platform: string): string {
  let p: string;
  try {
    p = decodeURIComponent(u.pathname);
  } catch {
    p = u.pathname;
  }
  return platform === 'win32' ? p.replace(/\\/g, '/').toLowerCase() : p;
}

/**
 * True when `url` is a page of our app: the built index.html (any query or hash) or, in dev mode,
 * any page of the dev server's origin. Used to check IPC senders and navigations. On Windows the
 * comparison ignores case: Chromium upper-cases the drive letter of a file URL (`c:\…` loads as
 * `file:///C:/…`), and Windows paths are case-insensitive anyway.
 */
export function isAppUrl(url: unknown, origin: AppOrigin, platform: string = process.platform): boolean {
  if (typeof url !== 'string' || url === '') return false;
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === 'file:') {
    const index = parse(origin.indexUrl);
    if (index === null || index.protocol !== 'file:') return false;
    const sameHost = platform === 'win32' ? u.host.toLowerCase() === index.host.toLowerCase() : u.host === index.host;
    return sameHost && filePathKey(u, platform) === filePathKey(index, platform);
  }
  if (origin.devServerUrl && (u.protocol === 'http:' || u.protocol === 'https:')) {
    const dev = parse(origin.devServerUrl);
    return dev !== null && u.origin === dev.origin;
  }
  return false;
}

/** Reads `--db PATH` or `--db=PATH` from a command line; null when absent or empty. */
export function dbPathFromArgs(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') {
      const next = argv[i + 1];
      return next && !next.startsWith('--') ? next : null;
    }
    if (arg?.startsWith('--db=')) return arg.slice('--db='.length) || null;
  }
  return null;
}
