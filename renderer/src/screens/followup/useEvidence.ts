// One row's evidence: the list, adding links and files (picker or drop), opening and removing.
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Evidence } from '../../../../core/types';
import { messageOf } from '../../store';
import { useApi, useApp } from '../../StoreContext';
import { EVIDENCE_WORDS } from '../../../../core/terms';
import { checkUrl, fileProblem, type PickedFile } from './model';

export interface EvidenceState {
  items: Evidence[];
  /** Files still uploading. */
  uploading: number;
  error: string | null;
  clearError(): void;
  addUrl(text: string): Promise<boolean>;
  addFiles(files: PickedFile[]): Promise<void>;
  open(ev: Evidence): void;
  remove(ev: Evidence): Promise<void>;
  reject(message: string): void;
}

export function useEvidence(activityId: number, month: string, initial: readonly Evidence[]): EvidenceState {
  const api = useApi();
  const track = useApp((s) => s.track);
  const numerals = useApp((s) => s.numerals);
  const [items, setItems] = useState<Evidence[]>(() => [...initial]);
  const [uploading, setUploading] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // A reload of the month brings the stored list.
  useEffect(() => setItems([...initial]), [initial]);

  const addUrl = useCallback(
    async (text: string) => {
      const checked = checkUrl(text);
      if ('error' in checked) {
        setError(checked.error);
        return false;
      }
      try {
        const ev = await track(api.addEvidenceUrl({ activityId, month, url: checked.url }));
        if (mounted.current) {
          setItems((list) => [...list, ev]);
          setError(null);
        }
        return true;
      } catch (e) {
        if (mounted.current) setError(messageOf(e));
        return false;
      }
    },
    [api, track, activityId, month],
  );

  const addFiles = useCallback(
    async (files: PickedFile[]) => {
      const problems: string[] = [];
      const ok = files.filter((f) => {
        const p = fileProblem(f.name, f.size, numerals);
        if (p) problems.push(p);
        return !p;
      });
      setError(problems.length > 0 ? problems.join(' · ') : null);
      for (const file of ok) {
        setUploading((n) => n + 1);
        try {
          const data = new Uint8Array(await file.arrayBuffer());
          const ev = await track(api.addEvidenceFile({ activityId, month, fileName: file.name, data }));
          if (mounted.current) setItems((list) => [...list, ev]);
        } catch (e) {
          problems.push(messageOf(e));
          if (mounted.current) setError(problems.join(' · '));
        } finally {
          if (mounted.current) setUploading((n) => n - 1);
        }
      }
    },
    [api, track, activityId, month, numerals],
  );

  const open = useCallback(
    (ev: Evidence) => {
      const work =
        ev.kind === 'url' && ev.url ? api.openExternal({ url: ev.url }) : api.openEvidence({ evidenceId: ev.id });
      work.catch((e: unknown) => mounted.current && setError(messageOf(e)));
    },
    [api],
  );

  const remove = useCallback(
    async (ev: Evidence) => {
      try {
        await track(api.removeEvidence({ evidenceId: ev.id }));
        if (mounted.current) setItems((list) => list.filter((x) => x.id !== ev.id));
      } catch (e) {
        if (mounted.current) setError(messageOf(e));
      }
    },
    [api, track],
  );

  const clearError = useCallback(() => setError(null), []);
  return useMemo(
    () => ({ items, uploading, error, clearError, addUrl, addFiles, open, remove, reject: setError }),
    [items, uploading, error, clearError, addUrl, addFiles, open, remove],
  );
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/** Files dropped on a row: highlights it while dragged over, refuses folders. */
export function useFileDrop(onFiles: (files: File[]) => void, onReject: (message: string) => void) {
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const onDragEnter = useCallback((e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth.current += 1;
    setOver(true);
  }, []);
  const onDragOver = useCallback((e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDragLeave = useCallback((e: DragEvent) => {
    if (!hasFiles(e)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setOver(false);
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setOver(false);
      // Entries must be read during the event; a folder shows up as a "file" without them.
      const folders = Array.from(e.dataTransfer.items)
        .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
        .filter((entry) => entry?.isDirectory)
        .map((entry) => entry!.name);
      const files = Array.from(e.dataTransfer.files).filter((f) => !folders.includes(f.name));
      if (files.length > 0) onFiles(files);
      // After onFiles, which clears the last message when it starts.
      if (folders.length > 0) {
        onReject(EVIDENCE_WORDS.folders(folders.join(', ')));
      }
    },
    [onFiles, onReject],
  );
  return { over, handlers: { onDragEnter, onDragOver, onDragLeave, onDrop } };
}
