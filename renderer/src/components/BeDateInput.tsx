// The one date input of the app: day, Thai month and BE year (วันที่ ๓๑ มีนาคม ๒๕๖๖), in the
// office's digits. Every date a user enters goes through it (approval date, history filters); the
// value is the ISO day the API takes ('2023-03-31'), or '' while empty, incomplete or not a real day
// (๓๑ ก.พ. is said so, never turned into มี.ค.). Conversion: core/thai/beDate.ts.
import { useEffect, useId, useState } from 'react';
import {
  beDateToIso,
  isoToBeDate,
  parseBeYear,
  THAI_MONTHS_FULL,
  toArabicDigits,
  withDigits,
  type DigitStyle,
} from '../../../core/thai';
import { DATE_WORDS } from '../../../core/terms';
import './be-date.css';

interface BeDateInputProps {
  /** ISO 'YYYY-MM-DD', or '' for none. */
  value: string;
  onChange(iso: string): void;
  numerals: DigitStyle;
  /** What the date is (read out before each part: "วันที่อนุมัติ – เดือน"). */
  label: string;
  id?: string;
  /** Offers "ไม่กำหนด" (a filter's open end). */
  optional?: boolean;
}

interface Parts {
  day: string;
  month: string;
  year: string;
}

function partsOf(iso: string): Parts {
  const d = isoToBeDate(iso);
  return d ? { day: String(d.day), month: String(d.month), year: String(d.beYear) } : { day: '', month: '', year: '' };
}

/** What the parts say: an ISO day, nothing yet, or why not. */
function read(p: Parts): { iso: string } | { problem: 'incomplete' | 'year' | 'noSuchDay' | null } {
  if (!p.day && !p.month && !p.year) return { problem: null };
  const beYear = p.year ? parseBeYear(p.year) : null;
  if (p.year && beYear === null) return { problem: 'year' };
  if (!p.day || !p.month || beYear === null) return { problem: 'incomplete' };
  const iso = beDateToIso({ day: Number(p.day), month: Number(p.month), beYear });
  return iso ? { iso } : { problem: 'noSuchDay' };
}

export function BeDateInput({ value, onChange, numerals, label, id, optional }: BeDateInputProps) {
  const auto = useId();
  const base = id ?? auto;
  const [parts, setParts] = useState<Parts>(() => partsOf(value));
  // Red only after the user has typed the year and left it (never before anything is typed).
  const [yearTouched, setYearTouched] = useState(false);

  // A value set from outside (a filter cleared, a dialog reset) replaces what is shown.
  useEffect(() => {
    const shown = read(parts);
    if ('iso' in shown ? shown.iso === value : value === '') return;
    setParts(partsOf(value));
    setYearTouched(false);
  }, [value]);

  const change = (patch: Partial<Parts>) => {
    const next = { ...parts, ...patch };
    setParts(next);
    const r = read(next);
    const iso = 'iso' in r ? r.iso : '';
    if (iso !== value) onChange(iso);
  };

  const r = read(parts);
  const problem = 'problem' in r ? r.problem : null;
  const shownProblem = problem === 'year' && !yearTouched ? null : problem;
  const message =
    shownProblem === 'noSuchDay'
      ? `${withDigits(parts.day, numerals)} ${THAI_MONTHS_FULL[Number(parts.month) - 1]} ${withDigits(parts.year, numerals)}: ${DATE_WORDS.noSuchDay}`
      : shownProblem === 'year'
        ? withDigits(DATE_WORDS.yearHint, numerals)
        : shownProblem === 'incomplete' && yearTouched
          ? DATE_WORDS.incomplete
          : null;

  return (
    <span className="be-date" data-testid={`be-date-${base}`} data-value={value} role="group" aria-label={label}>
      <select
        id={base}
        className="be-date-day"
        aria-label={`${label} – ${DATE_WORDS.day}`}
        value={parts.day}
        aria-invalid={shownProblem === 'noSuchDay' || undefined}
        onChange={(e) => change({ day: e.target.value })}
      >
        <option value="">{DATE_WORDS.day}</option>
        {Array.from({ length: 31 }, (_, i) => (
          <option key={i + 1} value={String(i + 1)}>
            {withDigits(i + 1, numerals)}
          </option>
        ))}
      </select>
      <select
        className="be-date-month"
        aria-label={`${label} – ${DATE_WORDS.month}`}
        value={parts.month}
        aria-invalid={shownProblem === 'noSuchDay' || undefined}
        onChange={(e) => change({ month: e.target.value })}
      >
        <option value="">{DATE_WORDS.month}</option>
        {THAI_MONTHS_FULL.map((name, i) => (
          <option key={name} value={String(i + 1)}>
            {name}
          </option>
        ))}
      </select>
      <input
        className="be-date-year"
        aria-label={`${label} – ${DATE_WORDS.year}`}
        inputMode="numeric"
        maxLength={4}
        placeholder={DATE_WORDS.year}
        value={withDigits(parts.year, numerals)}
        aria-invalid={shownProblem === 'year' || undefined}
        onChange={(e) => change({ year: toArabicDigits(e.target.value).replace(/\D/g, '') })}
        onBlur={() => setYearTouched(parts.year !== '')}
      />
      {optional && (parts.day || parts.month || parts.year) && (
        <button type="button" className="be-date-clear" onClick={() => change({ day: '', month: '', year: '' })}>
          {DATE_WORDS.clear}
        </button>
      )}
      {message && (
        <span className="be-date-error" role="alert">
          {message}
        </span>
      )}
    </span>
  );
}
