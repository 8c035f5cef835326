// Ctrl+Z and the “เลิกทำ” button of a screen (issue 13 point 3): what is being typed is saved first,
// then the newest batch of this user's saves of the screen's kind is reverted (api.undoLast — itself
// an entry of the history, so the history screen can take the undo back). Ctrl+Z inside a text box
// stays the box's own undo of typing (App.tsx sends 'undo' only outside one).
import { useCallback, useRef, useState } from 'react';
import type { UndoScope } from '../../core/revert';
import { useCommand } from './shortcuts';
import { messageOf } from './store';
import { useApi, useApp } from './StoreContext';
import { displaySummary } from './screens/history/auditView';

interface UndoOptions {
  /** Saves what is being typed; false when something could not be saved (then nothing is undone). */
  flush(): Promise<boolean>;
  /** After an undo that changed something: re-read what the screen shows. */
  after(): Promise<void> | void;
  /** What to tell the user: what was undone, that nothing is left, or why it was refused. */
  say(kind: 'info' | 'error', text: string): void;
}

export function useUndo(scope: UndoScope, options: UndoOptions) {
  const api = useApi();
  const planId = useApp((s) => s.plan?.id ?? null);
  const numerals = useApp((s) => s.numerals);
  const [busy, setBusy] = useState(false);
  const ref = useRef(options);
  ref.current = options;
  const running = useRef(false);

  const undo = useCallback(async () => {
    if (planId === null || running.current) return;
    running.current = true;
    setBusy(true);
    try {
      if (!(await ref.current.flush())) return;
      // Not through track(): the screen's own notice says what happened (the banner would say it twice).
      const r = await api.undoLast({ planId, scope });
      if (r.result) await ref.current.after();
      ref.current.say('info', displaySummary({ action: '', summary: r.message, before: null, after: null }, numerals));
    } catch (e) {
      ref.current.say('error', messageOf(e));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, [api, planId, scope, numerals]);

  useCommand('undo', () => void undo());
  return { undo, busy };
}
