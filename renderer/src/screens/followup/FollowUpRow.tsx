// One activity's report for the month, live: status, quantity vs target, the three texts, evidence.
// Mounted in place of its DormantRow when first used. Memoized with small stable props: typing
// re-renders this row only.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Evidence, MonthRow, ReportState } from '../../../../core/types';
import { useApi, useApp } from '../../StoreContext';
import { EvidenceCell } from './EvidenceCell';
import { FOLLOW_UP_STATUSES } from '../../../../core/enums';
import { targetText } from '../../../../core/rules';
import { NOT_REPORTED, STATUS_NAMES, WORDS, FIELD_NAMES, UI_WORDS, FOLLOWUP_ROW_WORDS } from '../../../../core/terms';
import { ActivityCell, ClearRowButton, rowFocusables, YearButton } from './RowCells';
import { draftOf, parseQty, type DraftField, type PickedFile } from './model';
import { useRowEnv } from './rowEnv';
import { useRowAutosave, type RowSaveState, type SaveDraft } from './useAutosave';
import { useEvidence, useFileDrop } from './useEvidence';
import type { FocusAt } from './DormantRow';

const NO_EVIDENCE: Evidence[] = [];

/**
 * Enter in a quantity moves to the next visible row's quantity (Shift+Enter: the one above). A
 * dormant row's stand-in wakes its row on focus, and the live row focuses and selects its own.
 */
function moveQty(from: HTMLInputElement, step: number) {
  const table = from.closest('table');
  if (!table) return;
  const all = Array.from(table.querySelectorAll<HTMLElement>('.fu-qty-input, .fu-far-cell')).filter(
    (el) => el.offsetParent !== null,
  );
  const next = all[all.indexOf(from) + step];
  if (next) {
    // A far row's placeholder wakes its row live with focus in the quantity.
    if (next.classList.contains('fu-far-cell')) next.dataset.focus = 'qty';
    next.focus();
    if (next instanceof HTMLInputElement) next.select();
  }
}

function RowState({ state, onRetry }: { state: RowSaveState; onRetry(): void }) {
  switch (state.kind) {
    case 'clean':
      return null;
    case 'dirty':
      return (
        <span className="fu-state fu-state-dirty" title={FOLLOWUP_ROW_WORDS.unsavedHint}>
          {FOLLOWUP_ROW_WORDS.unsaved}
        </span>
      );
    case 'saving':
      return <span className="fu-state fu-state-saving">{UI_WORDS.saving}</span>;
    case 'saved':
      return <span className="fu-state fu-state-saved">{FOLLOWUP_ROW_WORDS.saved}</span>;
    case 'error':
      return (
        <span className="fu-state fu-state-error" role="alert">
          {state.message}{' '}
          <button type="button" className="fu-retry" onClick={onRetry}>
            {FOLLOWUP_ROW_WORDS.retry}
          </button>
        </span>
      );
  }
}

interface LiveRowProps {
  row: MonthRow;
  month: string;
  hidden: boolean;
  /** Woken by focus: the control to focus, as it stood in the dormant row (FocusAt). */
  focusIndex: FocusAt;
}

export const LiveRow = memo(function LiveRow({ row, month, hidden, focusIndex }: LiveRowProps) {
  const api = useApi();
  const track = useApp((s) => s.track);
  const { numerals, onStatus } = useRowEnv();
  const { activityId, itemCode: code } = row;

  const server = useMemo(() => draftOf(row.followUp, numerals), [row.followUp, numerals]);
  // Copied from another month and not saved since: counts as not reported until checked.
  const [copied, setCopied] = useState(row.followUp?.draft === true);
  useEffect(() => setCopied(row.followUp?.draft === true), [row.followUp]);
  const save = useCallback<SaveDraft>(
    async (d, saved) => {
      const q = parseQty(d.qty);
      // A row first reported by typing in it is ยังไม่ดำเนินการ until a status is chosen.
      const status = d.status === 'notReported' ? 'notStarted' : d.status;
      await track(
        api.saveFollowUp({
          activityId,
          month,
          status,
          result: d.result,
          problems: d.problems,
          directorRemark: d.directorRemark,
          ...('value' in q ? { qty: q.value } : {}),
        }),
      );
      setCopied(false); // saved by someone: a report now, no longer a copied draft
      const stored = { ...d, status };
      return 'error' in q ? { saved: { ...stored, qty: saved.qty }, warning: q.error } : { saved: stored };
    },
    [api, track, activityId, month],
  );
  const autosave = useRowAutosave(`${month}|${activityId}`, server, save);
  const { draft, state, flush, adopt } = autosave;
  // Typing in a row nobody reported yet reports it (ยังไม่ดำเนินการ until a status is picked).
  const change = useCallback<typeof autosave.change>(
    (field, value) => {
      if (field !== 'status' && autosave.draft.status === 'notReported') autosave.change('status', 'notStarted');
      autosave.change(field, value);
    },
    [autosave],
  );

  // The counts at the top follow the status shown here (a copied draft: not reported).
  const shownState: ReportState = copied ? 'notReported' : draft.status;
  const reported = useRef<ReportState>(copied ? 'notReported' : server.status);
  useEffect(() => {
    if (reported.current === shownState) return;
    reported.current = shownState;
    onStatus(activityId, shownState);
  }, [shownState, activityId, onStatus]);

  /** "ยืนยัน" on a copied row: checked as it is, so saved as this month's report. */
  const confirm = useCallback(async () => {
    if (!(await flush())) return;
    const status = draft.status === 'notReported' ? 'notStarted' : draft.status;
    try {
      await track(api.saveFollowUp({ activityId, month, status }));
      setCopied(false);
    } catch {
      // the banner says why; the row stays a draft
    }
  }, [flush, draft.status, track, api, activityId, month]);

  const evidence = useEvidence(activityId, month, row.followUp?.evidence ?? NO_EVIDENCE);
  // Evidence attached to an unreported row starts its report on the server (ยังไม่ดำเนินการ).
  const evidenceCount = evidence.items.length;
  useEffect(() => {
    if (evidenceCount > 0 && draft.status === 'notReported') adopt('status', 'notStarted');
  }, [evidenceCount, draft.status, adopt]);
  const addFiles = useCallback((files: PickedFile[]) => void evidence.addFiles(files), [evidence]);
  const drop = useFileDrop(addFiles, evidence.reject);

  const blur = useCallback(() => void flush(), [flush]);
  const text = (field: Exclude<DraftField, 'status' | 'qty'>, label: string) => (
    <textarea
      className="fu-text"
      data-field={field}
      value={draft[field]}
      rows={2}
      maxLength={20_000}
      placeholder={label}
      aria-label={FOLLOWUP_ROW_WORDS.fieldOf(label, code)}
      onChange={(e) => change(field, e.target.value)}
      onBlur={blur}
    />
  );
  const onQtyKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void flush();
    moveQty(e.currentTarget, e.shiftKey ? -1 : 1);
  };

  const tr = useRef<HTMLTableRowElement>(null);
  useLayoutEffect(() => {
    if (focusIndex === null || !tr.current) return;
    const all = rowFocusables(tr.current);
    const el =
      typeof focusIndex === 'string'
        ? tr.current.querySelector<HTMLElement>(`[data-field="${focusIndex}"]`)
        : all[focusIndex < 0 ? all.length + focusIndex : focusIndex];
    el?.focus();
    if (el instanceof HTMLInputElement) el.select();
  }, []); // only as it mounts: the focus that woke the row

  const target = targetText(row, numerals);
  return (
    <tr
      ref={tr}
      className={`fu-row${drop.over ? ' fu-drop' : ''}${copied ? ' fu-draft' : ''}`}
      hidden={hidden}
      data-activity-id={activityId}
      data-status={draft.status}
      data-draft={copied || undefined}
      {...drop.handlers}
    >
      <ActivityCell row={row} copied={copied} onConfirm={() => void confirm()}>
        <RowState state={state} onRetry={blur} />
      </ActivityCell>
      <td className="fu-status">
        <select
          className={`fu-status-select st-${draft.status}`}
          data-field="status"
          value={draft.status}
          aria-label={FOLLOWUP_ROW_WORDS.status(code)}
          onChange={(e) => {
            change('status', e.target.value);
            void flush();
          }}
        >
          {draft.status === 'notReported' && (
            <option value="notReported" disabled>
              {NOT_REPORTED}
            </option>
          )}
          {FOLLOW_UP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_NAMES[s]}
            </option>
          ))}
        </select>
        <label className="fu-qty" title={FOLLOWUP_ROW_WORDS.qtyHint}>
          <span className="fu-qty-line">
            <input
              className="fu-qty-input"
              data-field="qty"
              inputMode="decimal"
              placeholder={WORDS.qty}
              value={draft.qty}
              aria-label={FOLLOWUP_ROW_WORDS.qty(code)}
              onChange={(e) => change('qty', e.target.value)}
              onBlur={blur}
              onKeyDown={onQtyKey}
            />
            {target && <span className="fu-target">/ {target}</span>}
          </span>
        </label>
      </td>
      <td>{text('result', FIELD_NAMES.result)}</td>
      <td>{text('problems', FIELD_NAMES.problems)}</td>
      <td>{text('directorRemark', FIELD_NAMES.directorRemark)}</td>
      <td className="fu-ev-cell">
        <EvidenceCell state={evidence} numerals={numerals} code={code} />
        {drop.over && <div className="fu-drop-hint">{FOLLOWUP_ROW_WORDS.dropHere}</div>}
        <YearButton row={row} />
        <ClearRowButton row={row} shown={row.followUp !== null || draft.status !== 'notReported'} />
      </td>
    </tr>
  );
});
