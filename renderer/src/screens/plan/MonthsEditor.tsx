// ระยะเวลาแล้วเสร็จ being edited: the range shortcut (start and end month) and a toggle per month of
// the fiscal year (ต.ค. … ก.ย.), for plans that tick months with gaps (quarterly, every other month).
// The range fills the toggles; a toggle makes the range its first and last month. What is saved is
// the set of months (core/rules.ts dueMonths); with none ticked, only an open start or end.
import { useState } from 'react';
import { fiscalMonths, formatMonthAbbrev, formatMonthLong, type DigitStyle } from '../../../../core/thai';
import type { Activity } from '../../../../core/types';
import { dueMonths } from '../../../../core/rules';
import { FIELD_NAMES, TIMEFRAME_TERMS as T, WORDS } from '../../../../core/terms';
import { MonthSelect } from '../../components/MonthSelect';
import './months.css';

export interface MonthsDraft {
  start: string | null;
  end: string | null;
  months: string[];
}

export const draftOf = (a: Pick<Activity, 'startMonth' | 'endMonth' | 'months'>): MonthsDraft => ({
  start: a.startMonth,
  end: a.endMonth,
  months: [...a.months],
});

/**
 * A draft as the timeframe will be stored (core/rules.ts dueMonths): a closed range becomes its
 * months; months are sorted, their first and last the range.
 */
const stored = (t: Parameters<typeof dueMonths>[0]): MonthsDraft => {
  const d = dueMonths(t);
  return { start: d.startMonth, end: d.endMonth, months: [...d.months] };
};
const fromRange = (start: string | null, end: string | null) => stored({ startMonth: start, endMonth: end });
const fromMonths = (months: string[]) => stored({ startMonth: null, endMonth: null, months });

/** The draft's error, if any (a range backwards). */
export const draftError = (d: MonthsDraft): string | null =>
  d.months.length === 0 && d.start && d.end && d.start > d.end ? T.startAfterEnd : null;

/** What the API is sent: the months, or (none ticked) the open span. */
export const draftPatch = (d: MonthsDraft) =>
  d.months.length > 0 ? { months: d.months } : { startMonth: d.start, endMonth: d.end, months: [] };

export const sameDraft = (a: MonthsDraft, b: MonthsDraft) =>
  a.start === b.start && a.end === b.end && a.months.join() === b.months.join();

export function useMonthsDraft(activity: Activity) {
  return useState<MonthsDraft>(() => draftOf(activity));
}

export function MonthsEditor(props: {
  fiscalYear: number;
  numerals: DigitStyle;
  draft: MonthsDraft;
  onChange(d: MonthsDraft): void;
}) {
  const { fiscalYear, numerals, draft, onChange } = props;
  const year = fiscalMonths(fiscalYear);
  const toggle = (m: string) =>
    onChange(fromMonths(draft.months.includes(m) ? draft.months.filter((x) => x !== m) : [...draft.months, m]));
  // Months outside the fiscal year (a plan copied oddly) stay as they are.
  const outside = draft.months.filter((m) => !year.includes(m));
  return (
    <div className="month-range">
      <label>
        <span>{T.start}</span>
        <MonthSelect
          fiscalYear={fiscalYear}
          value={draft.start}
          onChange={(v) => onChange(fromRange(v || null, draft.end))}
          numerals={numerals}
          label={FIELD_NAMES.startMonth}
          allowEmpty
        />
      </label>
      <label>
        <span>{WORDS.to}</span>
        <MonthSelect
          fiscalYear={fiscalYear}
          value={draft.end}
          onChange={(v) => onChange(fromRange(draft.start, v || null))}
          numerals={numerals}
          label={FIELD_NAMES.endMonth}
          allowEmpty
        />
      </label>
      <div className="month-toggles" role="group" aria-label={T.months}>
        {year.map((m) => (
          <button
            key={m}
            type="button"
            className="month-toggle"
            aria-pressed={draft.months.includes(m)}
            title={formatMonthLong(m, numerals)}
            onClick={() => toggle(m)}
          >
            {formatMonthAbbrev(m)}
          </button>
        ))}
      </div>
      <div className="month-shortcuts">
        <button type="button" onClick={() => onChange(fromMonths([...outside, ...year]))}>
          {T.wholeYear}
        </button>
        <button type="button" onClick={() => onChange(fromMonths([...outside, ...year.filter((_, i) => i % 3 === 0)]))}>
          {T.quarterly}
        </button>
        <button type="button" onClick={() => onChange(fromMonths(outside))}>
          {T.clear}
        </button>
      </div>
    </div>
  );
}
