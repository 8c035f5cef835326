// The pieces the structure editor is built from: a field that saves itself when it loses focus or on
// Enter (as the plan table's cells do), and the one way every structure change runs — through the
// save indicator, then the plan re-read; a failure leaves the banner's Thai message and the old value.
import { useEffect, useState } from 'react';
import { useAppStore } from '../../StoreContext';
import { usePlanEdit, type ConfirmOptions } from './PlanEditContext';
import { STRUCTURE_EDIT_WORDS, UI_WORDS } from '../../../../core/terms';

/** Runs an API change with the save indicator and re-reads the plan; false when it was refused. */
export function useStructureChange(): (work: () => Promise<unknown>) => Promise<boolean> {
  const store = useAppStore();
  return async (work) => {
    const { track, refreshPlan } = store.getState();
    try {
      await track(work());
      await refreshPlan();
      return true;
    } catch {
      await refreshPlan().catch(() => undefined);
      return false;
    }
  };
}

interface FieldProps {
  value: string;
  label: string;
  disabled?: boolean;
  className?: string;
  inputMode?: 'numeric' | 'text';
  /** Saves the new text; resolves false when refused (the field goes back to the saved value). */
  onSave(next: string): Promise<boolean>;
}

export function SavingField({ value, label, disabled, className, inputMode, onSave }: FieldProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = async () => {
    const next = draft.trim();
    if (next === value.trim()) return;
    if (!(await onSave(next))) setDraft(value);
  };
  return (
    <input
      className={className}
      aria-label={label}
      value={draft}
      disabled={disabled}
      inputMode={inputMode}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          (e.target as HTMLInputElement).blur();
        }
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}

/** ↑ ↓ buttons for one row of an ordered list. */
export function MoveButtons({
  label,
  first,
  last,
  disabled,
  onMove,
}: {
  label: string;
  first: boolean;
  last: boolean;
  disabled?: boolean;
  onMove(direction: -1 | 1): void;
}) {
  return (
    <>
      <button
        type="button"
        className="icon"
        aria-label={STRUCTURE_EDIT_WORDS.moveUp(label)}
        disabled={disabled || first}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon"
        aria-label={STRUCTURE_EDIT_WORDS.moveDown(label)}
        disabled={disabled || last}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
    </>
  );
}

/**
 * The ลบ link of one structure row: asks first when `ask` is given (a tool, indicator or item takes
 * what is under it along), then runs the delete as every structure change runs.
 */
export function DeleteButton({
  ask,
  onDelete,
}: {
  ask?: Omit<ConfirmOptions, 'danger'>;
  onDelete(): Promise<unknown>;
}) {
  const change = useStructureChange();
  const { locked, confirm } = usePlanEdit();
  return (
    <button
      type="button"
      className="danger-link"
      disabled={locked}
      onClick={async () => {
        if (ask && !(await confirm({ ...ask, danger: true }))) return;
        await change(onDelete);
      }}
    >
      {UI_WORDS.delete}
    </button>
  );
}
