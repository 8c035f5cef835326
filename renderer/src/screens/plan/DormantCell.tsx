// A plan cell as plain text until it is first used. A big plan has ~2,000 editable cells; each
// live editor carries a dozen hooks, so the table mounts these light stand-ins instead and swaps
// in the real editor (open at once) on click, Enter/F2 or Tab from a neighbour, keeping it after.
// Same element, classes, data-* and accessible name as the live cell when it is closed.
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { takeOpenOnFocus } from './cellNav';
import { STRUCTURE_WORDS } from '../../../../core/terms';

interface Props {
  /** data-cell of the live cell: 'text' (EditableCell) or 'inline' (InlineCell). */
  kind: 'text' | 'inline';
  field: string;
  label: string;
  readOnly: boolean;
  /** What the closed cell shows. */
  display: ReactNode;
  /** The live cell, already open; mounted on first use. */
  live: () => ReactNode;
}

export function DormantCell({ kind, field, label, readOnly, display, live }: Props) {
  const [awake, setAwake] = useState(false);
  if (awake) return <>{live()}</>;
  const wake = () => {
    if (!readOnly) setAwake(true);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target === e.currentTarget && (e.key === 'Enter' || e.key === 'F2')) {
      e.preventDefault();
      wake();
    }
  };
  return (
    <div
      className={`ec${kind === 'inline' ? ' ic' : ''} ec-clean${readOnly ? ' ec-readonly' : ''}`}
      data-cell={readOnly ? undefined : kind}
      data-field={field}
      data-status="clean"
      tabIndex={readOnly ? undefined : 0}
      role={readOnly ? undefined : 'button'}
      aria-label={readOnly ? undefined : STRUCTURE_WORDS.editHint(label)}
      onClick={wake}
      onKeyDown={readOnly ? undefined : onKeyDown}
      onFocus={(e) => {
        if (e.target === e.currentTarget && takeOpenOnFocus(e.currentTarget)) wake();
      }}
    >
      {display}
    </div>
  );
}
