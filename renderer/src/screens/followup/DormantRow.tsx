// A follow-up row as plain text until it is first used. A month of a big plan has 300 rows; a live
// row carries two dozen hooks and half a dozen form controls, each with its own shadow tree, so the
// grid mounts these light stand-ins and swaps in the live row (LiveRow) when the pointer comes over
// the row, a file is dragged onto it, or focus enters it (Tab, the overview's click-through). The
// live row then focuses the control standing where focus was. Same tr, classes, data-* and
// accessible names as the live row; a row with a draft left unsaved (stashed) mounts live.
// The row wakes at once (flushSync): the click after the pointer came over lands on the live
// controls, and code that focused a stand-in finds the live row right after. The dormant evidence
// list's actions do nothing (they are not reached before the row wakes), and it opens no file
// picker for a row that could not take the files.
import { memo, useMemo, useRef, useState, type FocusEvent, type Ref } from 'react';
import { flushSync } from 'react-dom';
import type { Evidence, MonthRow } from '../../../../core/types';
import { targetText } from '../../../../core/rules';
import { NOT_REPORTED, STATUS_NAMES, WORDS, STRUCTURE_WORDS, FOLLOWUP_ROW_WORDS } from '../../../../core/terms';
import { focusFromBelow, useNearView } from '../../progressive';
import { EvidenceCell } from './EvidenceCell';
import { LiveRow } from './FollowUpRow';
import { draftOf } from './model';
import { ActivityCell, ClearRowButton, rowFocusables, TEXT_FIELDS, YearButton } from './RowCells';
import { RowEnvContext, useRowEnv } from './rowEnv';
import { hasStashedDraft } from './useAutosave';
import type { EvidenceState } from './useEvidence';

const NO_EVIDENCE: Evidence[] = [];
const nothing = () => undefined;

interface RowProps {
  row: MonthRow;
  month: string;
  hidden: boolean;
}

/**
 * One activity's report for the month: a placeholder while far from the view (FarRow), text once
 * near it, live once used (never back). `near`: drawn as text at once (the first rows).
 */
export const FollowUpRow = memo(function FollowUpRow({ near, ...props }: RowProps & { near: boolean }) {
  const key = `${props.month}|${props.row.activityId}`;
  const [wake, setWake] = useState<{ focus: FocusAt } | null>(() => (hasStashedDraft(key) ? { focus: null } : null));
  const far = useRef<HTMLTableRowElement>(null);
  const [seen] = useNearView(far, near || wake !== null);
  const onWake = (focus: FocusAt) => setWake({ focus });
  if (wake) return <LiveRow {...props} focusIndex={wake.focus} />;
  if (!seen) return <FarRow {...props} ref={far} onWake={onWake} />;
  return <DormantRow {...props} onWake={onWake} />;
});

/**
 * Where focus goes in a row that wakes: the index of a control (rowFocusables; -1: the last, as
 * Shift+Tab arrives from below), a field's control by its data-field, or nowhere.
 */
export type FocusAt = number | string | null;

/**
 * A row far from the view: one empty cell of a dormant row's usual height, named for screen
 * readers. Tab (or Enter in the quantity above) focuses it and the row wakes live, focus in it.
 */
function FarRow({
  row,
  hidden,
  ref,
  onWake,
}: RowProps & { ref: Ref<HTMLTableRowElement>; onWake(focus: FocusAt): void }) {
  const focusIn = (e: FocusEvent<HTMLTableCellElement>) => {
    const cell = e.currentTarget;
    const want = cell.dataset.focus;
    delete cell.dataset.focus;
    flushSync(() => onWake(want ?? (focusFromBelow(e) ? -1 : 0)));
  };
  return (
    <tr ref={ref} className="fu-row fu-far" hidden={hidden} data-activity-id={row.activityId}>
      <td
        colSpan={6}
        className="fu-far-cell"
        tabIndex={0}
        aria-label={`${STRUCTURE_WORDS.item(row.itemCode)} ${row.activityText}`}
        onFocus={focusIn}
      />
    </tr>
  );
}

function DormantRow({ row, hidden, onWake }: RowProps & { onWake(focus: FocusAt): void }) {
  const env = useRowEnv();
  const { numerals } = env;
  const draft = draftOf(row.followUp, numerals);
  const copied = row.followUp?.draft === true;
  const code = row.itemCode;
  const target = targetText(row, numerals);
  const items = row.followUp?.evidence ?? NO_EVIDENCE;
  // The list as the live row shows it; its buttons act once the row is awake.
  const evidence = useMemo<EvidenceState>(
    () => ({
      items,
      uploading: 0,
      error: null,
      clearError: nothing,
      addUrl: () => Promise.resolve(false),
      addFiles: () => Promise.resolve(),
      open: nothing,
      remove: () => Promise.resolve(),
      reject: nothing,
    }),
    [items],
  );
  const dormantEnv = useMemo(() => ({ ...env, pickFiles: nothing }), [env]);
  const focusIn = (e: FocusEvent<HTMLTableRowElement>) => {
    const at = rowFocusables(e.currentTarget).indexOf(e.target);
    flushSync(() => onWake(at >= 0 ? at : null));
  };
  const wake = () => flushSync(() => onWake(null));
  return (
    <tr
      className={`fu-row fu-dormant${copied ? ' fu-draft' : ''}`}
      hidden={hidden}
      data-activity-id={row.activityId}
      data-status={draft.status}
      data-draft={copied || undefined}
      onPointerEnter={wake}
      onDragEnter={wake}
      onFocus={focusIn}
    >
      <ActivityCell row={row} copied={copied} onConfirm={wake} />
      <td className="fu-status">
        <div
          className={`fu-status-select fu-stand-in st-${draft.status}`}
          data-field="status"
          tabIndex={0}
          role="button"
          aria-label={FOLLOWUP_ROW_WORDS.status(code)}
        >
          {draft.status === 'notReported' ? NOT_REPORTED : STATUS_NAMES[draft.status]}
        </div>
        <span className="fu-qty">
          <span className="fu-qty-line">
            <span
              className={`fu-qty-input fu-stand-in${draft.qty ? '' : ' fu-blank'}`}
              data-field="qty"
              tabIndex={0}
              role="textbox"
              aria-label={FOLLOWUP_ROW_WORDS.qty(code)}
            >
              {draft.qty || WORDS.qty}
            </span>
            {target && <span className="fu-target">/ {target}</span>}
          </span>
        </span>
      </td>
      {TEXT_FIELDS.map(([field, label]) => (
        <td key={field}>
          <div
            className={`fu-text fu-stand-in${draft[field] ? '' : ' fu-blank'}`}
            data-field={field}
            tabIndex={0}
            role="textbox"
            aria-multiline="true"
            aria-label={FOLLOWUP_ROW_WORDS.fieldOf(label, code)}
          >
            {draft[field] || label}
          </div>
        </td>
      ))}
      <td className="fu-ev-cell">
        <RowEnvContext.Provider value={dormantEnv}>
          <EvidenceCell state={evidence} numerals={numerals} code={code} />
        </RowEnvContext.Provider>
        <YearButton row={row} />
        <ClearRowButton row={row} shown={row.followUp !== null} />
      </td>
    </tr>
  );
}
