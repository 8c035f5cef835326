// A cell edited with small fields (months, monitoring, target): opens on click, Enter or F2; saves
// when focus leaves it or on Enter; Esc puts it back. A Thai message keeps it open until fixed.
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { messageOf } from '../../store';
import { takeOpenOnFocus } from './cellNav';
import { STRUCTURE_WORDS } from '../../../../core/terms';

export interface InlineCellProps {
  field: string;
  label: string;
  readOnly: boolean;
  display: ReactNode;
  /** The fields; rendered only while open. */
  editor: ReactNode;
  /** Resets the drafts to the saved values. */
  onOpen(): void;
  /** A Thai message to refuse the drafts, or null to go ahead. */
  validate(): string | null;
  /** Saves the drafts (nothing to do when unchanged). */
  onCommit(): Promise<unknown> | void;
  /** Mounted by a DormantCell that was just used: open at once. */
  initiallyOpen?: boolean;
}

export function InlineCell(props: InlineCellProps) {
  const { field, label, readOnly, display, editor, onOpen, validate, onCommit } = props;
  const [open, setOpen] = useState(props.initiallyOpen ?? false);
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);

  useEffect(() => {
    if (open) box.current?.querySelector<HTMLElement>('select, input')?.focus();
    else if (refocus.current) {
      refocus.current = false;
      box.current?.focus();
    }
  }, [open]);

  const start = () => {
    if (readOnly || open) return;
    onOpen();
    setMessage('');
    setOpen(true);
  };
  const commit = async (focusBack: boolean) => {
    const problem = validate();
    if (problem) {
      setMessage(problem);
      return;
    }
    refocus.current = focusBack;
    setOpen(false);
    setMessage('');
    setSaving(true);
    try {
      await onCommit();
    } catch (e) {
      setMessage(messageOf(e));
    } finally {
      setSaving(false);
    }
  };
  const cancel = () => {
    refocus.current = true;
    setMessage('');
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!open) {
      if (e.target === e.currentTarget && (e.key === 'Enter' || e.key === 'F2')) {
        e.preventDefault();
        start();
      }
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancel();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void commit(true);
    }
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) void commit(false);
  };

  const status = message ? 'error' : saving ? 'saving' : 'clean';
  return (
    <div
      ref={box}
      className={`ec ic ec-${status}${open ? ' ec-editing' : ''}${readOnly ? ' ec-readonly' : ''}`}
      data-cell={readOnly ? undefined : 'inline'}
      data-field={field}
      data-status={status}
      tabIndex={readOnly ? undefined : open ? -1 : 0}
      role={readOnly || open ? undefined : 'button'}
      aria-label={readOnly || open ? undefined : STRUCTURE_WORDS.editHint(label)}
      onClick={start}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onFocus={(e) => {
        if (e.target === e.currentTarget && takeOpenOnFocus(box.current)) start();
      }}
    >
      {open ? (
        <div className="ic-editor" role="group" aria-label={label}>
          {editor}
        </div>
      ) : (
        display
      )}
      {message && (
        <span className="ec-message" role="alert">
          {message}
        </span>
      )}
    </div>
  );
}
