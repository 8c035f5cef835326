// The history's table: one line per entry (when, who, what kind, what), its changes opened in place,
// ย้อนกลับ… on an entry that still stands, and the mark of one taken back.
import { Fragment } from 'react';
import { REVERT_NAME, WORDS, HISTORY_WORDS, HISTORY_TABLE_WORDS } from '../../../../core/terms';
import type { AuditEntry } from '../../../../core/types';
import { displaySummary, ENTITY_NAMES, formatDateTime, type ActivityRef, type ValueContext } from './auditView';
import { DiffTable } from './DiffTable';

interface HistoryTableProps {
  entries: readonly AuditEntry[];
  loading: boolean;
  open: ReadonlySet<number>;
  ctx: ValueContext;
  activityRef(id: number): ActivityRef | undefined;
  onToggle(id: number): void;
  onRevert(entry: AuditEntry): void;
}

export function HistoryTable({ entries, loading, open, ctx, activityRef, onToggle, onRevert }: HistoryTableProps) {
  const numerals = ctx.digits;
  return (
    <table className="hi-table" aria-busy={loading}>
      <colgroup>
        <col className="hi-c-at" />
        <col className="hi-c-actor" />
        <col className="hi-c-entity" />
        <col />
        <col className="hi-c-toggle" />
        <col className="hi-c-revert" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{HISTORY_TABLE_WORDS.at}</th>
          <th scope="col">{HISTORY_WORDS.editor}</th>
          <th scope="col">{HISTORY_WORDS.kind}</th>
          <th scope="col">{WORDS.entries}</th>
          <th scope="col">
            <span className="sr-only">{HISTORY_TABLE_WORDS.details}</span>
          </th>
          <th scope="col">
            <span className="sr-only">{REVERT_NAME}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          const expandable = e.before != null || e.after != null;
          const isOpen = open.has(e.id);
          return (
            <Fragment key={e.id}>
              <tr
                className={`hi-row${isOpen ? ' open' : ''}${e.revertedBy !== null ? ' reverted' : ''}`}
                data-audit-id={e.id}
                data-batch-id={e.batchId}
                onClick={expandable ? () => onToggle(e.id) : undefined}
              >
                <td className="nowrap">{formatDateTime(e.at, numerals)}</td>
                <td className="hi-actor">{e.actor}</td>
                <td className="nowrap">{ENTITY_NAMES[e.entity] ?? e.entity}</td>
                <td className="hi-summary">
                  {displaySummary(e, numerals, activityRef)}
                  {e.revertedBy !== null && (
                    <span className="hi-reverted" data-testid="hi-reverted">
                      {HISTORY_TABLE_WORDS.reverted}
                    </span>
                  )}
                </td>
                <td>
                  {expandable && (
                    <button
                      type="button"
                      className="hi-toggle"
                      aria-expanded={isOpen}
                      aria-controls={`hi-detail-${e.id}`}
                      onClick={(ev) => {
                        ev.stopPropagation();
                        onToggle(e.id);
                      }}
                    >
                      {isOpen ? HISTORY_TABLE_WORDS.hide : HISTORY_TABLE_WORDS.showChanges}
                    </button>
                  )}
                </td>
                <td>
                  {e.revertedBy === null && (
                    <button
                      type="button"
                      className="hi-revert-btn"
                      onClick={(ev) => {
                        ev.stopPropagation();
                        onRevert(e);
                      }}
                    >
                      {REVERT_NAME}…
                    </button>
                  )}
                </td>
              </tr>
              {isOpen && (
                <tr className="hi-detail" id={`hi-detail-${e.id}`}>
                  <td colSpan={6}>
                    <DiffTable entry={e} ctx={ctx} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
