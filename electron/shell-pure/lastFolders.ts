// The folder each kind of dialog used last (reports saved, evidence attached, backups), so the next
// dialog of that kind starts there, as users expect from desktop programs. Pure: the shell keeps the
// JSON text in the data folder.

export type FolderKind = 'reports' | 'evidence' | 'backups';
export type LastFolders = Partial<Record<FolderKind, string>>;

const KINDS: readonly FolderKind[] = ['reports', 'evidence', 'backups'];

export function parseLastFolders(text: string | null): LastFolders {
  if (!text) return {};
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const out: LastFolders = {};
    for (const k of KINDS) {
      const v = raw?.[k];
      if (typeof v === 'string' && v.length > 0 && v.length < 4096) out[k] = v;
    }
    return out;
  } catch {
    return {};
  }
}

/**
 * Where a dialog of this kind starts: the folder used last if it still exists, else `fallback`
 * (Documents). `exists` is injected (fs in the shell).
 */
export function startFolder(
  folders: LastFolders,
  kind: FolderKind,
  fallback: string,
  exists: (dir: string) => boolean,
): string {
  const last = folders[kind];
  return last && exists(last) ? last : fallback;
}
