// Filters of the month grid (division, status, search by code or words) and the counts by status.
import { memo, type Ref } from 'react';
import { withDigits, type DigitStyle } from '../../../../core/thai';
import type { Division, FollowUpStatus } from '../../../../core/types';
import { FOLLOW_UP_STATUSES } from '../../../../core/enums';
import { STATUS_ORDER } from '../../../../core/rules';
import { STATUS_NAMES } from '../../../../core/terms';
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
        <span>ฝ่าย</span>
        <select
          data-filter="division"
          value={filters.divisionId ?? ''}
          onChange={(e) => onChange({ ...filters, divisionId: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">ทุกฝ่าย</option>
          {divisions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>สถานะ</span>
        <select
          data-filter="status"
          value={filters.status ?? ''}
          onChange={(e) => onChange({ ...filters, status: (e.target.value || null) as FollowUpStatus | null })}
        >
          <option value="">ทุกสถานะ</option>
          {FOLLOW_UP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_NAMES[s]}
            </option>
          ))}
        </select>
      </label>
      <input
        ref={searchRef}
        type="search"
        className="fu-search"
        data-filter="search"
        placeholder="ค้นหารหัสข้อหรือกิจกรรม (Ctrl+F)"
        aria-label="ค้นหารหัสข้อหรือกิจกรรม"
        value={filters.search}
        onChange={(e) => onChange({ ...filters, search: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && filters.search) onChange({ ...filters, search: '' });
        }}
      />
      <span className="fu-shown" aria-live="polite">
        {hasFilters(filters)
          ? `แสดง ${withDigits(shown, numerals)} จาก ${withDigits(total, numerals)} กิจกรรม`
          : `${withDigits(total, numerals)} กิจกรรม`}
      </span>
      {hasFilters(filters) && (
        <button
          type="button"
          className="fu-link"
          onClick={() => onChange({ divisionId: null, status: null, search: '' })}
        >
          ล้างตัวกรอง
        </button>
      )}
    </div>
  );
});

interface StatusCountsProps {
  counts: Record<FollowUpStatus, number>;
  numerals: DigitStyle;
  active: FollowUpStatus | null;
  onPick(status: FollowUpStatus | null): void;
}

/** "ดำเนินการแล้ว ๓๐ · อยู่ระหว่างดำเนินการ ๑๒ · …"; a click filters by that status. */
export const StatusCounts = memo(function StatusCounts({ counts, numerals, active, onPick }: StatusCountsProps) {
  return (
    <div className="fu-counts" aria-label="จำนวนกิจกรรมตามสถานะของเดือนนี้">
      {STATUS_ORDER.map((s) => (
        <button
          key={s}
          type="button"
          className={`fu-count st-${s}${active === s ? ' active' : ''}`}
          data-count={s}
          aria-pressed={active === s}
          title={active === s ? 'แสดงทุกสถานะ' : `แสดงเฉพาะ “${STATUS_NAMES[s]}”`}
          onClick={() => onPick(active === s ? null : s)}
        >
          <span className="fu-count-dot" aria-hidden="true" />
          {STATUS_NAMES[s]} <strong>{withDigits(counts[s], numerals)}</strong>
        </button>
      ))}
    </div>
  );
});
