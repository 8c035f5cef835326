// A text cell edited in place. The draft lives here (typing re-renders this cell only); it is saved
// ~600 ms after typing stops, when the cell loses focus, on Tab and on Ctrl+S, and kept until saved.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { messageOf } from '../../store';
import { useCommand } from '../../shortcuts';
import { focusNeighbourCell, takeOpenOnFocus } from './cellNav';
import { CellText } from './CellText';
import { DormantCell } from './DormantCell';
import { PLAN_FIELD_WORDS, PLAN_WORDS, UI_WORDS, STRUCTURE_WORDS } from '../../../../core/terms';

export const AUTOSAVE_MS = 600;

type Status = 'clean' | 'dirty' | 'saving' | 'error';

export interface EditableCellProps {
  value: string;
  /** data-field, for tests and Tab order. */
  field: string;
  /** What the cell holds, read by screen readers ("กิจกรรม ข้อ I1"). */
  label: string;
  readOnly: boolean;
  onSave(value: string): Promise<unknown>;
  /** A Thai message when the text cannot be saved as is (e.g. empty activity). */
  validate?(value: string): string | null;
  singleLine?: boolean;
  query?: string;
  firstIsLead?: boolean;
  placeholder?: string;
}

const STATUS_TITLE: Record<Status, string> = {
  clean: '',
  dirty: PLAN_FIELD_WORDS.unsaved,
  saving: UI_WORDS.saving,
  error: UI_WORDS.saveFailed,
};

/** The cell as the table mounts it: plain text until first used (DormantCell), then the live editor. */
export function EditableCell(props: EditableCellProps) {
  return (
    <DormantCell
      kind="text"
      field={props.field}
      label={props.label}
      readOnly={props.readOnly}
      display={<CellDisplay {...props} text={props.value} />}
      live={() => <LiveEditableCell {...props} initiallyOpen />}
    />
  );
}

function CellDisplay({ text, readOnly, query, firstIsLead, placeholder }: EditableCellProps & { text: string }) {
  if (text.trim()) return <CellText value={text} query={query} firstIsLead={firstIsLead} />;
  return !readOnly && placeholder ? <span className="ec-placeholder">{placeholder}</span> : null;
}

function LiveEditableCell(props: EditableCellProps & { initiallyOpen: boolean }) {
  const { value, field, label, readOnly, singleLine } = props;
  const [editing, setEditing] = useState(props.initiallyOpen);
  const [draft, setDraftState] = useState(value);
  const [status, setStatus] = useState<Status>('clean');
  const [message, setMessage] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const draftRef = useRef(value);
  const savedRef = useRef(value);
  const startRef = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const refocus = useRef(false);
  const editingRef = useRef(props.initiallyOpen);
  const propsRef = useRef(props);
  propsRef.current = props;

  // A value changed elsewhere (another cell's save, a refresh) shows unless a draft is pending.
  useEffect(() => {
    if (draftRef.current === savedRef.current && !timer.current) {
      draftRef.current = value;
      setDraftState(value);
    }
    savedRef.current = value;
    if (draftRef.current === value) setStatus((s) => (s === 'saving' ? s : 'clean'));
  }, [value]);

  const save = useCallback((text: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    chain.current = chain.current.then(async () => {
      if (text === savedRef.current) {
        if (draftRef.current === text) setStatus('clean');
        return;
      }
      const problem = propsRef.current.validate?.(text) ?? null;
      if (problem) {
        setStatus('error');
        setMessage(problem);
        return;
      }
      setStatus('saving');
      try {
        await propsRef.current.onSave(text);
        savedRef.current = text;
        setMessage('');
        setStatus(draftRef.current === text ? 'clean' : 'dirty');
      } catch (e) {
        setStatus('error');
        setMessage(messageOf(e));
      }
    });
  }, []);

  const flush = useCallback(() => {
    if (timer.current || draftRef.current !== savedRef.current) save(draftRef.current);
  }, [save]);

  // Leaving the screen or the plan while a draft is pending still saves it.
  useEffect(() => () => flush(), [flush]);

  const change = (text: string) => {
    draftRef.current = text;
    setDraftState(text);
    setStatus('dirty');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => save(draftRef.current), AUTOSAVE_MS);
  };

  const open = () => {
    if (readOnly || editingRef.current) return;
    startRef.current = draftRef.current;
    editingRef.current = true;
    setEditing(true);
  };
  const close = (focusBack: boolean) => {
    if (!editingRef.current) return;
    editingRef.current = false;
    refocus.current = focusBack;
    setEditing(false);
    save(draftRef.current);
  };
  const cancel = () => {
    editingRef.current = false;
    const start = startRef.current;
    draftRef.current = start;
    setDraftState(start);
    refocus.current = true;
    setEditing(false);
    save(start); // undoes an autosave made while typing; no call when nothing was saved
  };

  useEffect(() => {
    if (editing) {
      const el = area.current;
      el?.focus();
      if (el && draftRef.current === PLAN_WORDS.newActivity) el.select();
      else el?.setSelectionRange(el.value.length, el.value.length);
    } else if (refocus.current) {
      refocus.current = false;
      box.current?.focus();
    }
  }, [editing]);

  const onAreaKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancel();
    } else if (e.key === 'Tab') {
      e.preventDefault();
      const from = box.current;
      close(false);
      if (from && !focusNeighbourCell(from, e.shiftKey)) from.focus();
    } else if (e.key === 'Enter' && (singleLine || e.ctrlKey)) {
      e.preventDefault();
      close(true);
    }
  };
  const onBoxKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing || e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      open();
    }
  };

  const cls = `ec ec-${status}${editing ? ' ec-editing' : ''}${readOnly ? ' ec-readonly' : ''}`;
  return (
    <div
      ref={box}
      className={cls}
      data-cell={readOnly ? undefined : 'text'}
      data-field={field}
      data-status={status}
      tabIndex={readOnly ? undefined : editing ? -1 : 0}
      role={readOnly || editing ? undefined : 'button'}
      aria-label={readOnly || editing ? undefined : STRUCTURE_WORDS.editHint(label)}
      title={status === 'error' ? `${STATUS_TITLE.error}: ${message}` : STATUS_TITLE[status] || undefined}
      onClick={open}
      onKeyDown={onBoxKey}
      onFocus={(e) => {
        if (e.target === e.currentTarget && takeOpenOnFocus(box.current)) open();
      }}
    >
      {editing ? (
        <>
          <textarea
            ref={area}
            className="ec-input"
            aria-label={label}
            value={draft}
            rows={1}
            spellCheck={false}
            onChange={(e) => change(singleLine ? e.target.value.replace(/\n/g, ' ') : e.target.value)}
            onKeyDown={onAreaKey}
            onBlur={() => close(false)}
          />
          <SaveCommand onSave={flush} />
        </>
      ) : (
        <CellDisplay {...props} text={draft} />
      )}
      {status === 'error' && message && !editing && <span className="ec-message">{message}</span>}
    </div>
  );
}

/** Ctrl+S while a cell is open saves it at once (mounted only while editing). */
function SaveCommand({ onSave }: { onSave(): void }) {
  useCommand('save', onSave);
  return null;
}
