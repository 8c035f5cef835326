// The one-file promise under WAL: a save lands first in `<file>-wal`, and only a checkpoint copies it
// into the .sqlite itself. A copy of the .sqlite alone, made while the app is open, would miss every
// save still in the WAL. So once the WAL has been quiet for a moment after a write, it is checkpointed
// with TRUNCATE (every frame copied in, the WAL emptied), and again when the database is closed: the
// .sqlite alone is complete within seconds of the last save.
//
// Quiet is judged from the WAL file itself (size and modification time unchanged), so every writer
// counts: API methods, restores, imports. A checkpoint never waits for a reader (another process
// reading the file): it is tried again on the next tick.
import fs from 'node:fs';
import type Database from 'better-sqlite3';

type Db = Database.Database;

export interface CheckpointOptions {
  /** How long the WAL must be unchanged before it is checkpointed (ms). Default 2 s. */
  quietMs?: number;
  /** How often the WAL is looked at (ms). Default 500 ms. */
  pollMs?: number;
  /** Told about a checkpoint that failed for another reason than a busy reader (for the log). */
  onError?: (e: unknown) => void;
}

export interface Checkpointer {
  /** Checkpoints now (TRUNCATE); true when the WAL is empty afterwards. */
  flush(): boolean;
  /** Stops watching, after a last checkpoint (call before closing the database). */
  stop(): void;
}

/** One TRUNCATE checkpoint that never blocks on a reader; true when every frame went in and the WAL is empty. */
export function checkpointNow(db: Db): boolean {
  if (!db.open || db.inTransaction || db.readonly) return false;
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  try {
    db.pragma('busy_timeout = 0');
    const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    return !!r && r.busy === 0 && r.log <= 0;
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return false;
    throw e;
  } finally {
    if (db.open) db.pragma(`busy_timeout = ${timeout}`);
  }
}

function walState(walPath: string): string | null {
  try {
    const st = fs.statSync(walPath);
    return st.size === 0 ? null : `${st.size}:${st.mtimeMs}`;
  } catch {
    return null;
  }
}

/** Watches the database's WAL and checkpoints it after each quiet moment following writes. */
export function startCheckpointer(db: Db, options: CheckpointOptions = {}): Checkpointer {
  const quietMs = options.quietMs ?? 2_000;
  const pollMs = options.pollMs ?? 500;
  const walPath = `${db.name}-wal`;
  let seen: string | null = null;
  let since = Date.now();
  const attempt = () => {
    try {
      checkpointNow(db);
    } catch (e) {
      options.onError?.(e);
    }
  };
  const timer = setInterval(() => {
    if (!db.open) return;
    const state = walState(walPath);
    if (state !== seen) {
      seen = state;
      since = Date.now();
      return;
    }
    if (state !== null && Date.now() - since >= quietMs) attempt();
  }, pollMs);
  timer.unref?.();
  return {
    flush: () => checkpointNow(db),
    stop() {
      clearInterval(timer);
      if (db.open) attempt();
    },
  };
}
