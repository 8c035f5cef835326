// ประวัติการแก้ไข: the audit log, newest first, filterable by date, user, kind of record and text;
// each entry opens to show the fields it changed, before and after.
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AuditEntry } from '../../../../core/types';
import { BeDateInput } from '../../components/BeDateInput';
import { digits } from '../../format';
import { useCommand } from '../../shortcuts';
import { messageOf } from '../../store';
import { useApi, useApp } from '../../StoreContext';
import {
  diffFields,
  displaySummary,
  ENTITY_NAMES,
  formatDateTime,
  type ActivityRef,
  type ValueContext,
} from './auditView';
import './history.css';

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

function DiffTable({ entry, ctx }: { entry: AuditEntry; ctx: ValueContext }) {
  const changes = diffFields(entry.before, entry.after, ctx);
  const kind = entry.before == null ? 'add' : entry.after == null ? 'remove' : 'change';
  if (changes.length === 0) return <p className="hi-nochange">ไม่มีช่องข้อมูลที่เปลี่ยนแปลง</p>;
  return (
    <table className="hi-diff" data-testid="hi-diff">
      <thead>
        <tr>
          <th scope="col">ช่องข้อมูล</th>
          <th scope="col">{kind === 'add' ? '–' : 'ก่อนแก้ไข'}</th>
          <th scope="col">{kind === 'remove' ? '–' : kind === 'add' ? 'ข้อมูลที่เพิ่ม' : 'หลังแก้ไข'}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.key} data-field={c.key}>
            <th scope="row">{c.label}</th>
            <td className={kind === 'add' ? 'hi-none' : 'hi-before'}>{c.before}</td>
            <td className={kind === 'remove' ? 'hi-none' : 'hi-after'}>{c.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
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
  }, [api, filters, badRange, remember]);

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
      <h1>ประวัติการแก้ไข</h1>
      <form className="hi-filters" role="search" onSubmit={(e) => e.preventDefault()} aria-label="ตัวกรองประวัติ">
        <div className="hi-filter">
          <span>ตั้งแต่วันที่</span>
          <BeDateInput
            label="ตั้งแต่วันที่"
            value={filters.from}
            optional
            numerals={numerals}
            onChange={(from) => set({ from })}
          />
        </div>
        <div className="hi-filter">
          <span>ถึงวันที่</span>
          <BeDateInput label="ถึงวันที่" value={filters.to} optional numerals={numerals} onChange={(to) => set({ to })} />
        </div>
        <label className="hi-filter">
          <span>ผู้แก้ไข</span>
          <select value={filters.actor} onChange={(e) => set({ actor: e.target.value })}>
            <option value="">ทุกคน</option>
            {actors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="hi-filter">
          <span>ประเภท</span>
          <select value={filters.entity} onChange={(e) => set({ entity: e.target.value })}>
            <option value="">ทุกประเภท</option>
            {Object.entries(ENTITY_NAMES).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="hi-filter hi-search">
          <span>ค้นหา (Ctrl+F)</span>
          <input
            ref={searchRef}
            type="search"
            value={search}
            placeholder="รหัสข้อ เช่น O12 หรือคำในรายการ"
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') set({ search });
            }}
          />
        </label>
        <button type="button" className="hi-clear" onClick={clear} disabled={!filtered && search === ''}>
          ล้างตัวกรอง
        </button>
      </form>

      {badRange && (
        <p className="hi-warn" role="alert">
          วันที่เริ่มต้องไม่อยู่หลังวันที่สิ้นสุด
        </p>
      )}
      {error && (
        <p className="hi-warn" role="alert">
          อ่านประวัติไม่ได้: {error}
        </p>
      )}

      {!loaded && !error && <p className="muted">กำลังโหลดประวัติ…</p>}
      {loaded && entries.length === 0 && (
        <div className="empty-inline">
          {filtered ? (
            <>
              ไม่พบรายการที่ตรงกับตัวกรอง{' '}
              <button type="button" className="hi-link" onClick={clear}>
                ล้างตัวกรอง
              </button>
            </>
          ) : (
            'ยังไม่มีประวัติการแก้ไข เมื่อมีการแก้ไขแผน ผลรายเดือน หรือการตั้งค่า รายการจะปรากฏที่นี่'
          )}
        </div>
      )}

      {entries.length > 0 && (
        <div className={loading ? 'hi-table-wrap stale' : 'hi-table-wrap'}>
          <table className="hi-table" aria-busy={loading}>
            <colgroup>
              <col className="hi-c-at" />
              <col className="hi-c-actor" />
              <col className="hi-c-entity" />
              <col />
              <col className="hi-c-toggle" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">วันเวลา</th>
                <th scope="col">ผู้แก้ไข</th>
                <th scope="col">ประเภท</th>
                <th scope="col">รายการ</th>
                <th scope="col">
                  <span className="sr-only">รายละเอียด</span>
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
                      className={isOpen ? 'hi-row open' : 'hi-row'}
                      data-audit-id={e.id}
                      onClick={expandable ? () => toggle(e.id) : undefined}
                    >
                      <td className="nowrap">{formatDateTime(e.at, numerals)}</td>
                      <td className="hi-actor">{e.actor}</td>
                      <td className="nowrap">{ENTITY_NAMES[e.entity] ?? e.entity}</td>
                      <td className="hi-summary">{displaySummary(e, numerals, activityRef)}</td>
                      <td>
                        {expandable && (
                          <button
                            type="button"
                            className="hi-toggle"
                            aria-expanded={isOpen}
                            aria-controls={`hi-detail-${e.id}`}
                            onClick={(ev) => {
                              ev.stopPropagation();
                              toggle(e.id);
                            }}
                          >
                            {isOpen ? 'ซ่อน' : 'ดูการเปลี่ยนแปลง'}
                          </button>
                        )}
                      </td>
                    </tr>
                    {isOpen && (
                      <tr className="hi-detail" id={`hi-detail-${e.id}`}>
                        <td colSpan={5}>
                          <DiffTable entry={e} ctx={ctx} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
          <div className="hi-footer">
            <span className="muted">แสดง {digits(entries.length, numerals)} รายการ ล่าสุดอยู่บนสุด</span>
            {hasMore && (
              <button type="button" className="hi-more" onClick={loadMore} disabled={loading}>
                {loading ? 'กำลังโหลด…' : 'โหลดเพิ่ม'}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
