// What a follow-up row shows in both of its forms (DormantRow's plain text, LiveRow's editors):
// the activity cell, and the list of the row's focusable controls, which is the same in both
// forms so that focus can move from a stand-in to the editor standing in its place.
import type { ReactNode } from 'react';
import type { MonthRow } from '../../../../core/types';
import { responsibleText } from '../../../../core/rules';
import { CLEAR_ROW_NAME, DRAFT_NAME, YEAR_WORDS, FIELD_NAMES, FOLLOWUP_ROW_WORDS } from '../../../../core/terms';
import { formatMonthShort } from '../../../../core/thai';
import { useRowEnv } from './rowEnv';

interface ActivityCellProps {
  row: MonthRow;
  /** Copied from another month and not saved since. */
  copied: boolean;
  onConfirm(): void;
  /** The row's save state (live rows only). */
  children?: ReactNode;
}

export function ActivityCell({ row, copied, onConfirm, children }: ActivityCellProps) {
  const { numerals, divisions } = useRowEnv();
  const responsible = responsibleText(row, divisions, ' / ');
  return (
    <td className="fu-activity">
      <div className="fu-act-text">
        <span className="code">{row.itemCode}</span> {row.activityText}
      </div>
      <div className="fu-meta">
        {row.output && (
          <span>
            {FOLLOWUP_ROW_WORDS.output} {row.output}
          </span>
        )}
        {responsible && <span>{responsible}</span>}
      </div>
      {copied && (
        <span className="fu-draft-badge" data-testid="draft-badge" title={FOLLOWUP_ROW_WORDS.draftHint}>
          <strong>{DRAFT_NAME}</strong>
          {row.followUp?.copiedFrom
            ? FOLLOWUP_ROW_WORDS.copiedFrom(formatMonthShort(row.followUp.copiedFrom, numerals))
            : FOLLOWUP_ROW_WORDS.copied}
          <button type="button" onClick={onConfirm}>
            {FOLLOWUP_ROW_WORDS.confirm}
          </button>
        </span>
      )}
      {children}
    </td>
  );
}

/**
 * ล้างแถว: on a row with a report (or one being typed), after ดูทั้งปี in both forms (Tab still goes
 * from one row's fields to the next row's status); one undo (Ctrl+Z) brings it back.
 */
export function ClearRowButton({ row, shown }: { row: MonthRow; shown: boolean }) {
  const { clearRow } = useRowEnv();
  if (!shown) return null;
  return (
    <button
      type="button"
      className="fu-clear"
      data-testid="clear-row"
      title={FOLLOWUP_ROW_WORDS.clearHint}
      onClick={() => clearRow(row.activityId)}
    >
      {CLEAR_ROW_NAME}
    </button>
  );
}

/** ดูทั้งปี: last in the row, so Tab still goes from one row's fields to the next row's status. */
export function YearButton({ row }: { row: MonthRow }) {
  const { openYear } = useRowEnv();
  return (
    <button
      type="button"
      className="fu-year-open"
      title={YEAR_WORDS.openHint}
      aria-label={FOLLOWUP_ROW_WORDS.year(row.itemCode, row.activityPosition)}
      onClick={() => openYear(row.activityId)}
    >
      {YEAR_WORDS.open}
    </button>
  );
}

/** The three texts of a report, in column order. */
export const TEXT_FIELDS = [
  ['result', FIELD_NAMES.result],
  ['problems', FIELD_NAMES.problems],
  ['directorRemark', FIELD_NAMES.directorRemark],
] as const;

/** The row's focusable elements in document order: a dormant row's stand-ins, or the live row's editors. */
export function rowFocusables(tr: HTMLElement): HTMLElement[] {
  return Array.from(tr.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex="0"]'));
}
