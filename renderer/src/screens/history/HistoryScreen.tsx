// ประวัติการแก้ไข: the audit log, newest first, filterable by date, user, kind of record and text;
// each entry opens to show the fields it changed, before and after; ย้อนกลับ… reverts an entry or its
// batch after a preview (RevertDialog), and a reverted entry says so.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AuditEntry } from '../../../../core/types';
import { BeDateInput } from '../../components/BeDateInput';
import { digits } from '../../format';
import { useCommand } from '../../shortcuts';
import { messageOf } from '../../store';
import { useApi, useApp, useAppStore } from '../../StoreContext';
import type { RevertResult } from '../../../../core/revert';
import { HistoryTable } from './HistoryTable';
import { RevertDialog } from './RevertDialog';
import { displaySummary, ENTITY_NAMES, type ActivityRef, type ValueContext } from './auditView';
import './history.css';
import './revert.css';
import { HISTORY_WORDS, UI_WORDS, SCREEN_NAMES, HISTORY_SCREEN_WORDS } from '../../../../core/terms';

const PAGE = 50;
const SEARCH_DEBOUNCE_MS = 300;

interface Filters {
  from: string;
  to: string;
  actor: string;
  entity: string;
  search: string;
}

const NO_FILTERS: Filters = { from: '', to: '', actor: '', entity: '', search: '' };

// Remembered between visits so the tab opens on what was there (then refreshes).
let lastView: { filters: Filters; entries: AuditEntry[]; hasMore: boolean } | null = null;
const seenActors = new Set<string>();

function filterInput(f: Filters, offset: number) {
  return {
    from: f.from || undefined,
    to: f.to || undefined,
    actor: f.actor || undefined,
    entity: f.entity || undefined,
    search: f.search.trim() || undefined,
    limit: PAGE,
    offset,
  };
}

export function HistoryScreen() {
  const api = useApi();
  const numerals = useApp((s) => s.numerals);
  const divisions = useApp((s) => s.divisions);
  const plan = useApp((s) => s.plan);

  const [filters, setFilters] = useState<Filters>(lastView?.filters ?? NO_FILTERS);
  const [search, setSearch] = useState(filters.search);
  const [entries, setEntries] = useState<AuditEntry[]>(lastView?.entries ?? []);
  const [hasMore, setHasMore] = useState(lastView?.hasMore ?? false);
  const [loaded, setLoaded] = useState(lastView !== null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [, setActorsVersion] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const request = useRef(0);
  const store = useAppStore();
  const [reverting, setReverting] = useState<AuditEntry | null>(null);
  const [reverted, setReverted] = useState<string | null>(null);
  // Bumped after a revert: the first page is read again.
  const [reloads, setReloads] = useState(0);
  const revertDone = (r: RevertResult) => {
    setReverting(null);
    setReverted(
      HISTORY_SCREEN_WORDS.revertedNotice(
        displaySummary({ action: '', summary: r.summary, before: null, after: null }, numerals),
      ),
    );
    setReloads((n) => n + 1);
    void store.getState().refreshPlan(); // the plan and the month show what is stored now
  };

  useCommand('find', () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  });

  const badRange = filters.from !== '' && filters.to !== '' && filters.from > filters.to;

  const remember = useCallback((list: AuditEntry[]) => {
    const before = seenActors.size;
    for (const e of list) seenActors.add(e.actor);
    if (seenActors.size !== before) setActorsVersion((n) => n + 1);
  }, []);

  // First page whenever the filters change.
  useEffect(() => {
    if (badRange) return;
    const id = ++request.current;
    // Coming back to the same filters refreshes quietly behind what is shown.
    if (lastView?.filters !== filters) setLoading(true);
    setError(null);
    api.listAudit(filterInput(filters, 0)).then(
      (list) => {
        if (id !== request.current) return;
        remember(list);
        setEntries(list);
        setHasMore(list.length === PAGE);
        setLoaded(true);
        setLoading(false);
        lastView = { filters, entries: list, hasMore: list.length === PAGE };
      },
      (e: unknown) => {
        if (id !== request.current) return;
        setError(messageOf(e));
        setLoading(false);
      },
    );
  }, [api, filters, badRange, remember, reloads]);

  // Typing in the search box waits for a pause before asking.
  useEffect(() => {
    if (search === filters.search) return;
    const t = setTimeout(() => setFilters((f) => ({ ...f, search })), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [search, filters.search]);

  const loadMore = () => {
    const id = ++request.current;
    setLoading(true);
    api.listAudit(filterInput(filters, entries.length)).then(
      (list) => {
        if (id !== request.current) return;
        remember(list);
        const next = [...entries, ...list.filter((e) => !entries.some((x) => x.id === e.id))];
        setEntries(next);
        setHasMore(list.length === PAGE);
        setLoading(false);
        lastView = { filters, entries: next, hasMore: list.length === PAGE };
      },
      (e: unknown) => {
        if (id !== request.current) return;
        setError(messageOf(e));
        setLoading(false);
      },
    );
  };

  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const filtered = Object.entries(filters).some(([, v]) => v !== '');
  const clear = () => {
    setSearch('');
    setFilters(NO_FILTERS);
  };

  const toggle = (id: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const ctx = useMemo<ValueContext>(() => {
    const names = new Map(divisions.map((d) => [d.id, d.name]));
    return { digits: numerals, divisionName: (id) => names.get(id) };
  }, [divisions, numerals]);

  const activityRef = useMemo(() => {
    const refs = new Map<number, ActivityRef>();
    for (const ind of plan?.indicators ?? [])
      for (const item of ind.items)
        for (const a of item.activities) refs.set(a.id, { itemCode: item.code, position: a.position });
    return (id: number) => refs.get(id);
  }, [plan]);

  const actors = [...seenActors, ...(filters.actor && !seenActors.has(filters.actor) ? [filters.actor] : [])].sort(
    (a, b) => a.localeCompare(b, 'th'),
  );

  return (
    <section className="screen history" data-screen="history">
      <h1>{SCREEN_NAMES.history}</h1>
      <form
        className="hi-filters"
        role="search"
        onSubmit={(e) => e.preventDefault()}
        aria-label={HISTORY_SCREEN_WORDS.filters}
      >
        <div className="hi-filter">
          <span>{HISTORY_WORDS.fromDate}</span>
          <BeDateInput
            label={HISTORY_WORDS.fromDate}
            value={filters.from}
            optional
            numerals={numerals}
            onChange={(from) => set({ from })}
          />
        </div>
        <div className="hi-filter">
          <span>{HISTORY_WORDS.toDate}</span>
          <BeDateInput
            label={HISTORY_WORDS.toDate}
            value={filters.to}
            optional
            numerals={numerals}
            onChange={(to) => set({ to })}
          />
        </div>
        <label className="hi-filter">
          <span>{HISTORY_WORDS.editor}</span>
          <select value={filters.actor} onChange={(e) => set({ actor: e.target.value })}>
            <option value="">{HISTORY_SCREEN_WORDS.everyone}</option>
            {actors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="hi-filter">
          <span>{HISTORY_WORDS.kind}</span>
          <select value={filters.entity} onChange={(e) => set({ entity: e.target.value })}>
            <option value="">{HISTORY_SCREEN_WORDS.allKinds}</option>
            {Object.entries(ENTITY_NAMES).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="hi-filter hi-search">
          <span>{HISTORY_SCREEN_WORDS.search}</span>
          <input
            ref={searchRef}
            type="search"
            value={search}
            placeholder={HISTORY_SCREEN_WORDS.searchHint}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') set({ search });
            }}
          />
        </label>
        <button type="button" className="hi-clear" onClick={clear} disabled={!filtered && search === ''}>
          {UI_WORDS.clearFilters}
        </button>
      </form>

      {badRange && (
        <p className="hi-warn" role="alert">
          {HISTORY_SCREEN_WORDS.badRange}
        </p>
      )}
      {error && (
        <p className="hi-warn" role="alert">
          {HISTORY_SCREEN_WORDS.unreadable(error)}
        </p>
      )}

      {reverted && (
        <p className="hi-notice" role="status">
          {reverted}
          <button type="button" className="icon" aria-label={UI_WORDS.dismiss} onClick={() => setReverted(null)}>
            ×
          </button>
        </p>
      )}
      {reverting && (
        <RevertDialog
          entry={reverting}
          batchSize={entries.filter((x) => x.batchId === reverting.batchId).length}
          ctx={ctx}
          onClose={() => setReverting(null)}
          onDone={revertDone}
        />
      )}
      {!loaded && !error && <p className="muted">{HISTORY_SCREEN_WORDS.loading}</p>}
      {loaded && entries.length === 0 && (
        <div className="empty-inline">
          {filtered ? (
            <>
              {HISTORY_SCREEN_WORDS.noMatch}{' '}
              <button type="button" className="hi-link" onClick={clear}>
                {UI_WORDS.clearFilters}
              </button>
            </>
          ) : (
            HISTORY_SCREEN_WORDS.empty
          )}
        </div>
      )}

      {entries.length > 0 && (
        <div className={loading ? 'hi-table-wrap stale' : 'hi-table-wrap'}>
          <HistoryTable
            entries={entries}
            loading={loading}
            open={open}
            ctx={ctx}
            activityRef={activityRef}
            onToggle={toggle}
            onRevert={setReverting}
          />
          <div className="hi-footer">
            <span className="muted">{HISTORY_SCREEN_WORDS.shown(digits(entries.length, numerals))}</span>
            {hasMore && (
              <button type="button" className="hi-more" onClick={loadMore} disabled={loading}>
                {loading ? UI_WORDS.loading : HISTORY_SCREEN_WORDS.more}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
