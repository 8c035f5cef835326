// Filters of the month grid (division, status, search by code or words) and the counts by status.
import { memo, type Ref } from 'react';
import { withDigits, type DigitStyle } from '../../../../core/thai';
import type { Division, ReportState } from '../../../../core/types';
import { REPORT_STATES } from '../../../../core/enums';
import { STATE_ORDER } from '../../../../core/rules';
import {
  REPORT_STATE_NAMES,
  ENTITY_NAMES,
  ALL_DIVISIONS,
  FIELD_NAMES,
  UI_WORDS,
  FOLLOWUP_FILTER_WORDS,
} from '../../../../core/terms';
import { hasFilters, type Filters } from './model';

interface FilterBarProps {
  filters: Filters;
  divisions: readonly Division[];
  numerals: DigitStyle;
  shown: number;
  total: number;
  searchRef: Ref<HTMLInputElement>;
  onChange(filters: Filters): void;
}

export const FilterBar = memo(function FilterBar({
  filters,
  divisions,
  numerals,
  shown,
  total,
  searchRef,
  onChange,
}: FilterBarProps) {
  return (
    <div className="fu-filters" role="search">
      <label>
        <span>{ENTITY_NAMES.division}</span>
        <select
          data-filter="division"
          value={filters.divisionId ?? ''}
          onChange={(e) => onChange({ ...filters, divisionId: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{ALL_DIVISIONS}</option>
          {divisions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{FIELD_NAMES.status}</span>
        <select
          data-filter="status"
          value={filters.status ?? ''}
          onChange={(e) => onChange({ ...filters, status: (e.target.value || null) as ReportState | null })}
        >
          <option value="">{FOLLOWUP_FILTER_WORDS.allStatuses}</option>
          {REPORT_STATES.map((s) => (
            <option key={s} value={s}>
              {REPORT_STATE_NAMES[s]}
            </option>
          ))}
        </select>
      </label>
      <input
        ref={searchRef}
        type="search"
        className="fu-search"
        data-filter="search"
        placeholder={FOLLOWUP_FILTER_WORDS.searchHint}
        aria-label={FOLLOWUP_FILTER_WORDS.search}
        value={filters.search}
        onChange={(e) => onChange({ ...filters, search: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && filters.search) onChange({ ...filters, search: '' });
        }}
      />
      <span className="fu-shown" aria-live="polite">
        {hasFilters(filters)
          ? FOLLOWUP_FILTER_WORDS.shown(withDigits(shown, numerals), withDigits(total, numerals))
          : `${withDigits(total, numerals)} ${ENTITY_NAMES.activity}`}
      </span>
      {hasFilters(filters) && (
        <button
          type="button"
          className="fu-link"
          onClick={() => onChange({ divisionId: null, status: null, search: '' })}
        >
          {UI_WORDS.clearFilters}
        </button>
      )}
    </div>
  );
});

interface StatusCountsProps {
  counts: Record<ReportState, number>;
  numerals: DigitStyle;
  active: ReportState | null;
  /** What the counts cover when a division or a search narrows the month ("ฝ่ายโยธา"), else null. */
  scope: string | null;
  onPick(status: ReportState | null): void;
}

/**
 * "ดำเนินการแล้ว ๓๐ · อยู่ระหว่างดำเนินการ ๑๒ · … · ยังไม่รายงาน ๙๘" of what the division and search
 * filters show; a click filters by that status.
 */
export const StatusCounts = memo(function StatusCounts({ counts, numerals, active, scope, onPick }: StatusCountsProps) {
  return (
    <div
      className="fu-counts"
      data-scope={scope ?? 'month'}
      aria-label={scope ? FOLLOWUP_FILTER_WORDS.countsOf(scope) : FOLLOWUP_FILTER_WORDS.countsOfMonth}
    >
      {scope && <span className="fu-counts-scope">{scope}:</span>}
      {STATE_ORDER.map((s) => (
        <button
          key={s}
          type="button"
          className={`fu-count st-${s}${active === s ? ' active' : ''}`}
          data-count={s}
          aria-pressed={active === s}
          title={active === s ? FOLLOWUP_FILTER_WORDS.showAll : FOLLOWUP_FILTER_WORDS.showOnly(REPORT_STATE_NAMES[s])}
          onClick={() => onPick(active === s ? null : s)}
        >
          <span className="fu-count-dot" aria-hidden="true" />
          {REPORT_STATE_NAMES[s]} <strong>{withDigits(counts[s], numerals)}</strong>
        </button>
      ))}
    </div>
  );
});
