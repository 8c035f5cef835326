// Autosave for the month grid. Each row keeps its own draft and saves it ~600 ms after the last
// keystroke or when a field loses focus; the registry lets the screen flush every row at once
// (Ctrl+S, month switch, copy). A draft is never dropped: while a save fails it stays in the row,
// and a row that goes away unsaved (screen or plan switch) leaves it here to be restored.
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { messageOf } from '../../store';
import { sameDraft, type Draft, type DraftField } from './model';

export const IDLE_MS = 600;

export class AutosaveRegistry {
  private rows = new Map<string, () => Promise<boolean>>();

  register(key: string, flush: () => Promise<boolean>): () => void {
    this.rows.set(key, flush);
    return () => {
      if (this.rows.get(key) === flush) this.rows.delete(key);
    };
  }

  /** Saves every pending row now; true when all are safe. */
  async flushAll(): Promise<boolean> {
    const results = await Promise.all([...this.rows.values()].map((flush) => flush()));
    return results.every(Boolean);
  }
}

export const AutosaveContext = createContext<AutosaveRegistry | null>(null);

/** Drafts whose row unmounted before they were saved, by `${month}|${activityId}`. */
const stash = new Map<string, Draft>();

/** A draft of this row (`${month}|${activityId}`) is waiting to be restored: the row must mount live. */
export function hasStashedDraft(key: string): boolean {
  return stash.has(key);
}

export type RowSaveState = { kind: 'clean' | 'dirty' | 'saving' | 'saved' } | { kind: 'error'; message: string };

export interface SaveOutcome {
  /** What the database now holds, as a draft. */
  saved: Draft;
  /** Saved, but not all of it (a quantity that is not a number): the Thai reason. */
  warning?: string;
}

export type SaveDraft = (draft: Draft, saved: Draft) => Promise<SaveOutcome>;

interface Internal {
  draft: Draft;
  saved: Draft;
  timer: ReturnType<typeof setTimeout> | null;
  inFlight: Promise<boolean> | null;
  again: boolean;
  mounted: boolean;
}

export function useRowAutosave(key: string, server: Draft, save: SaveDraft) {
  const registry = useContext(AutosaveContext);
  const [draft, setDraft] = useState<Draft>(() => stash.get(key) ?? server);
  const [state, setState] = useState<RowSaveState>(() => (stash.has(key) ? { kind: 'dirty' } : { kind: 'clean' }));
  const ref = useRef<Internal>(null as unknown as Internal);
  if (!ref.current) {
    ref.current = { draft, saved: server, timer: null, inFlight: null, again: false, mounted: true };
  }
  const saveRef = useRef(save);
  saveRef.current = save;

  const show = useCallback((next: RowSaveState) => {
    if (ref.current.mounted) setState(next);
  }, []);

  const flush = useCallback((): Promise<boolean> => {
    const s = ref.current;
    if (s.timer) {
      clearTimeout(s.timer);
      s.timer = null;
    }
    if (s.inFlight) {
      s.again = true;
      return s.inFlight;
    }
    if (sameDraft(s.draft, s.saved)) return Promise.resolve(true);
    s.inFlight = (async () => {
      let ok = true;
      do {
        s.again = false;
        if (sameDraft(s.draft, s.saved)) break;
        show({ kind: 'saving' });
        try {
          const out = await saveRef.current(s.draft, s.saved);
          s.saved = out.saved;
          if (out.warning) {
            ok = false;
            show({ kind: 'error', message: out.warning });
            break;
          }
        } catch (e) {
          ok = false;
          show({ kind: 'error', message: messageOf(e) });
          break;
        }
      } while (s.again);
      s.inFlight = null;
      const clean = sameDraft(s.draft, s.saved);
      if (ok) show(clean ? { kind: 'saved' } : { kind: 'dirty' });
      if (clean) stash.delete(key);
      else if (!s.mounted) stash.set(key, s.draft);
      return ok && clean;
    })();
    return s.inFlight;
  }, [key, show]);

  const change = useCallback(
    (field: DraftField, value: string) => {
      const s = ref.current;
      s.draft = { ...s.draft, [field]: value };
      setDraft(s.draft);
      setState((prev) => (prev.kind === 'dirty' || prev.kind === 'error' ? prev : { kind: 'dirty' }));
      if (s.timer) clearTimeout(s.timer);
      s.timer = setTimeout(() => void flush(), IDLE_MS);
    },
    [flush],
  );

  /** The server already holds `value` for `field` (it changed it itself): take it without a save. */
  const adopt = useCallback((field: DraftField, value: string) => {
    const s = ref.current;
    const clean = sameDraft(s.draft, s.saved);
    s.saved = { ...s.saved, [field]: value };
    if (clean) {
      s.draft = s.saved;
      setDraft(s.draft);
    }
  }, []);

  // A reload (after copying last month) brings new values: take them unless the user is typing.
  useEffect(() => {
    const s = ref.current;
    if (s.saved === server) return;
    if (s.inFlight || !sameDraft(s.draft, s.saved)) return;
    s.saved = server;
    s.draft = server;
    setDraft(server);
    setState({ kind: 'clean' });
  }, [server]);

  useEffect(() => {
    const s = ref.current;
    s.mounted = true;
    const unregister = registry?.register(key, flush);
    if (!sameDraft(s.draft, s.saved) && !s.inFlight) s.timer = setTimeout(() => void flush(), IDLE_MS);
    return () => {
      s.mounted = false;
      unregister?.();
      if (!sameDraft(s.draft, s.saved)) {
        stash.set(key, s.draft);
        void flush();
      }
    };
  }, [key, flush, registry]);

  return { draft, state, change, flush, adopt };
}
