// ติดตามรายเดือน: pick a month, report each activity due that month (status, quantity, texts,
// evidence), copy last month's entries, filter. Rows autosave; Ctrl+S saves all now; Ctrl+F finds;
// Ctrl+Z / เลิกทำ undoes the last save (a whole copy too); ล้างแถว clears a row's report.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fiscalMonths, formatMonthLong, withDigits } from '../../../../core/thai';
import type { CopyMonthResult, ReportState } from '../../../../core/types';
import { dueMonths, reportState, timeframeText } from '../../../../core/rules';
import { messageOf } from '../../store';
import { useApi, useApp } from '../../StoreContext';
import { useCommand } from '../../shortcuts';
import { useUndo } from '../../useUndo';
import { UNDO_NAME, UI_WORDS, DATA_FILE_WORDS, FOLLOWUP_WORDS } from '../../../../core/terms';
import { FilterBar, StatusCounts } from './FilterBar';
import { FollowUpGrid } from './FollowUpGrid';
import { MonthBar } from './MonthBar';
import {
  countShown,
  FILE_ACCEPT,
  hasFilters,
  NO_FILTERS,
  pickedFile,
  rowMatches,
  type Filters,
  type PickedFile,
} from './model';
import { CopyMonthDialog } from './CopyMonthDialog';
import { ActivityYearPanel } from './ActivityYearPanel';
import { RowEnvContext, type RowEnv } from './rowEnv';
import { AutosaveContext, AutosaveRegistry } from './useAutosave';
import { useClickThrough } from './useClickThrough';
import { useDueByMonth, useMissingMonths, useMonthRows } from './useMonthData';
import './followup.css';
import './followup-grid.css';
import './followup-evidence.css';
import './month.css';
import './undo.css';

interface Notice {
  kind: 'info' | 'error';
  text: string;
}

const UNSAVED = FOLLOWUP_WORDS.unsaved;
/** Keeps a dropped file that misses a row from opening in the window. */
const swallowDrop = (e: DragEvent) => e.preventDefault();

export function FollowUpScreen() {
  const api = useApi();
  const plan = useApp((s) => s.plan);
  const month = useApp((s) => s.month);
  const numerals = useApp((s) => s.numerals);
  const divisions = useApp((s) => s.divisions);
  const setMonth = useApp((s) => s.setMonth);

  const [registry] = useState(() => new AutosaveRegistry());
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [copying, setCopying] = useState(false);
  const [yearOf, setYearOf] = useState<number | null>(null);
  const setScreen = useApp((s) => s.setScreen);
  // Bumped after an undo or a cleared row: the rows start again from what is stored.
  const [generation, setGeneration] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  const { data, error, loading, reload, prefetch } = useMonthRows(plan, month);
  // The month bar follows the division filter too (its dots and counts are that division's).
  const due = useDueByMonth(plan, filters.divisionId);
  const missing = useMissingMonths(
    plan,
    filters.divisionId,
    data ? `${data.month}|${copying}|${data.rows.length}` : '',
  );
  const rows = useMemo(() => data?.rows ?? [], [data]);

  // Statuses as shown in the rows (drafts included), for the counts. Reset with each load.
  const statuses = useRef(new Map<number, ReportState>());
  const [statusTick, setStatusTick] = useState(0);
  const loadedFor = useRef<typeof data>(null);
  if (loadedFor.current !== data) {
    loadedFor.current = data;
    statuses.current = new Map(rows.map((r) => [r.activityId, reportState(r.followUp)]));
  }
  const onStatus = useCallback((activityId: number, status: ReportState) => {
    statuses.current.set(activityId, status);
    setStatusTick((n) => n + 1);
  }, []);
  const stateOf = useCallback((id: number) => statuses.current.get(id) ?? 'notReported', []);
  // The chips count what the division and search filters show. statusTick stands for the ref's contents.
  const counts = useMemo(() => countShown(rows, stateOf, filters), [rows, stateOf, filters, statusTick]);
  // Rows are matched against the status seen when the filter was set: a row being edited stays put.
  const visible = useMemo(
    () => new Set(rows.filter((r) => rowMatches(r, stateOf(r.activityId), filters)).map((r) => r.activityId)),
    [rows, stateOf, filters],
  );

  const divisionMap = useMemo(() => new Map(divisions.map((d) => [d.id, d])), [divisions]);
  const scope = useMemo(() => {
    const parts: string[] = [];
    if (filters.divisionId !== null)
      parts.push(divisionMap.get(filters.divisionId)?.name ?? FOLLOWUP_WORDS.chosenDivision);
    if (filters.search.trim()) parts.push(`“${filters.search.trim()}”`);
    return parts.length > 0 ? parts.join(' · ') : null;
  }, [filters.divisionId, filters.search, divisionMap]);
  const fileInput = useRef<HTMLInputElement>(null);
  const onPicked = useRef<((files: PickedFile[]) => void) | null>(null);
  // The desktop app's own open dialog (it starts in the folder used last); elsewhere the browser's.
  const pickFiles = useCallback(
    (onFiles: (files: PickedFile[]) => void) => {
      onPicked.current = onFiles;
      api.chooseEvidenceFiles({}).then(
        (r) => {
          if (r.files) onFiles(r.files.map(pickedFile));
        },
        (e: unknown) => {
          if ((e as { code?: unknown } | null)?.code === 'unsupported') fileInput.current?.click();
          else setNotice({ kind: 'error', text: messageOf(e) });
        },
      );
    },
    [api],
  );
  // The year panel shows what is saved: the rows' pending edits go first.
  const openYear = useCallback(
    (activityId: number) => void registry.flushAll().then(() => setYearOf(activityId)),
    [registry],
  );
  const flushRef = useRef<() => Promise<boolean>>(async () => true);
  const restart = useCallback(async () => {
    await reload();
    setGeneration((g) => g + 1);
  }, [reload]);
  /** ล้างแถว: the month's report of one activity removed (its links too), one undo away. */
  const clearRow = useCallback(
    async (activityId: number) => {
      if (!month || !(await flushRef.current())) return;
      try {
        const r = await api.clearFollowUp({ activityId, month });
        await restart();
        setNotice({
          kind: 'info',
          text: r.cleared ? FOLLOWUP_WORDS.rowCleared : FOLLOWUP_WORDS.nothingToClear,
        });
      } catch (e) {
        setNotice({ kind: 'error', text: messageOf(e) });
      }
    },
    [api, month, restart],
  );
  const env = useMemo<RowEnv>(
    () => ({ numerals, divisions: divisionMap, onStatus, pickFiles, openYear, clearRow: (id) => void clearRow(id) }),
    [numerals, divisionMap, onStatus, pickFiles, openYear, clearRow],
  );
  const indicatorNames = useMemo(
    () => new Map((plan?.indicators ?? []).map((i) => [i.number, i.name])),
    [plan?.indicators],
  );

  const flushAll = useCallback(async () => {
    const ok = await registry.flushAll();
    if (!ok) setNotice({ kind: 'error', text: UNSAVED });
    else setNotice((n) => (n?.text === UNSAVED ? null : n));
    return ok;
  }, [registry]);
  flushRef.current = flushAll;
  const undoer = useUndo('followUp', {
    flush: flushAll,
    after: restart,
    say: (kind, text) => setNotice({ kind, text }),
  });

  const pickMonth = useCallback(
    async (m: string) => {
      if (m === month) return;
      if (!(await flushAll())) return;
      if (plan) prefetch(plan.id, m);
      setNotice(null);
      setMonth(m);
    },
    [month, plan, flushAll, prefetch, setMonth],
  );

  // Copy from last month: saved rows first, then the preview dialog; its result reloads the month.
  const openCopy = async () => {
    if (!plan || !data || copying) return;
    if (!(await flushAll())) return;
    setCopying(true);
  };
  const copied = async (result: CopyMonthResult) => {
    setCopying(false);
    await reload();
    setNotice({
      kind: 'info',
      text:
        result.copied > 0
          ? FOLLOWUP_WORDS.copied(formatMonthLong(result.from, numerals), withDigits(result.copied, numerals))
          : FOLLOWUP_WORDS.nothingCopied,
    });
  };

  const onNotDue = useCallback(
    (m: string) => setNotice({ kind: 'info', text: FOLLOWUP_WORDS.notDue(formatMonthLong(m, numerals)) }),
    [numerals],
  );
  const clearFilters = useCallback(() => setFilters(NO_FILTERS), []);

  useCommand('save', () => void flushAll());
  useCommand('find', () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  });

  useEffect(() => {
    const onUnload = () => void registry.flushAll();
    window.addEventListener('beforeunload', onUnload);
    window.addEventListener('dragover', swallowDrop);
    window.addEventListener('drop', swallowDrop);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      window.removeEventListener('dragover', swallowDrop);
      window.removeEventListener('drop', swallowDrop);
    };
  }, [registry]);

  useClickThrough({ data, loading, visible, gridRef, onNotDue, onHidden: clearFilters });
  // From the overview's division bars and chase list: this division's rows only.
  const focusDivision = useApp((s) => s.focus?.divisionId);
  const clearFocus = useApp((s) => s.clearFocus);
  useEffect(() => {
    if (focusDivision === undefined) return;
    setFilters({ ...NO_FILTERS, divisionId: focusDivision });
    clearFocus();
  }, [focusDivision, clearFocus]);

  if (!plan || !month) return <section className="screen" data-screen="followup" />;
  const months = fiscalMonths(plan.fiscalYear);
  const previous = months.indexOf(month) > 0 ? months[months.indexOf(month) - 1]! : null;
  const prevExists = previous !== null;

  let body: React.ReactNode;
  if (error && !data) body = <p className="empty-inline">{error}</p>;
  else if (!data) body = <p className="muted fu-loading">{FOLLOWUP_WORDS.loading}</p>;
  else if (data.rows.length === 0) {
    const months = fiscalMonths(plan.fiscalYear).filter((m) => (due.get(m) ?? 0) > 0);
    body = (
      <div className="empty-inline fu-empty" data-empty="month">
        <strong>{FOLLOWUP_WORDS.noneDue(formatMonthLong(data.month, numerals))}</strong>
        <p>
          {months.length > 0
            ? FOLLOWUP_WORDS.dueIn(timeframeText(dueMonths({ startMonth: null, endMonth: null, months }), numerals))
            : FOLLOWUP_WORDS.noTimeframes}
        </p>
      </div>
    );
  } else {
    body = (
      <>
        <FollowUpGrid
          key={`${data.planId}|${data.month}|${generation}`}
          rows={data.rows}
          month={data.month}
          visible={visible}
          indicatorNames={indicatorNames}
          numerals={numerals}
        />
        {visible.size === 0 && (
          <div className="empty-inline fu-empty" data-empty="filters">
            <strong>{FOLLOWUP_WORDS.noMatch}</strong>
            <p>
              {FOLLOWUP_WORDS.tryOther}{' '}
              <button type="button" className="fu-link" onClick={() => setFilters(NO_FILTERS)}>
                {UI_WORDS.clearFilters}
              </button>
            </p>
          </div>
        )}
      </>
    );
  }

  return (
    <section className="screen fu-screen" data-screen="followup" aria-busy={loading}>
      <AutosaveContext.Provider value={registry}>
        <RowEnvContext.Provider value={env}>
          <div className="fu-top">
            <div className="fu-title">
              <h1>
                {FOLLOWUP_WORDS.title}
                <span className="fu-month-name">{formatMonthLong(month, numerals)}</span>
              </h1>
              {data && data.rows.length > 0 && (
                <StatusCounts
                  counts={counts}
                  numerals={numerals}
                  active={filters.status}
                  scope={scope}
                  onPick={(status) => setFilters((f) => ({ ...f, status }))}
                />
              )}
            </div>
            <div className="fu-bar">
              <MonthBar
                fiscalYear={plan.fiscalYear}
                month={month}
                numerals={numerals}
                missing={missing}
                due={due}
                onPick={(m) => void pickMonth(m)}
              />
              <button
                type="button"
                className="fu-copy"
                disabled={!prevExists || !data || data.rows.length === 0 || loading || copying}
                title={prevExists ? FOLLOWUP_WORDS.copyHint : FOLLOWUP_WORDS.firstMonth}
                onClick={() => void openCopy()}
              >
                {FOLLOWUP_WORDS.copy}
              </button>
              <button
                type="button"
                className="fu-undo"
                disabled={!data || undoer.busy}
                title={FOLLOWUP_WORDS.undoHint}
                onClick={() => void undoer.undo()}
              >
                <span aria-hidden="true">↶ </span>
                {UNDO_NAME}
              </button>
            </div>
            <FilterBar
              filters={filters}
              divisions={divisions}
              numerals={numerals}
              shown={visible.size}
              total={rows.length}
              searchRef={searchRef}
              onChange={setFilters}
            />
            {notice && (
              <div className={`fu-notice fu-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
                <span>{notice.text}</span>
                <button type="button" className="icon" aria-label={UI_WORDS.dismiss} onClick={() => setNotice(null)}>
                  ×
                </button>
              </div>
            )}
          </div>
          {copying && previous && data && (
            <CopyMonthDialog
              planId={plan.id}
              from={previous}
              to={data.month}
              numerals={numerals}
              onClose={() => setCopying(false)}
              onCopied={(r) => void copied(r)}
            />
          )}
          {yearOf !== null && (
            <ActivityYearPanel
              plan={plan}
              activityId={yearOf}
              numerals={numerals}
              onClose={() => setYearOf(null)}
              onGoTo={(m) => {
                setYearOf(null);
                void pickMonth(m).then(() => setScreen('followup', { activityId: yearOf }));
              }}
            />
          )}
          <input
            ref={fileInput}
            type="file"
            multiple
            hidden
            accept={FILE_ACCEPT}
            aria-label={DATA_FILE_WORDS.pickEvidence}
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = '';
              if (files.length > 0) onPicked.current?.(files);
            }}
          />
          <div className={`fu-scroll${hasFilters(filters) ? ' fu-filtered' : ''}`} ref={gridRef}>
            {body}
          </div>
        </RowEnvContext.Provider>
      </AutosaveContext.Provider>
    </section>
  );
}
