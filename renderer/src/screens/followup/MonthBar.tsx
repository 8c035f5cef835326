// The twelve months of the fiscal year in fiscal order (ต.ค. … ก.ย.), BE labels, with ◀ ▶.
// A dot marks a past or current month that still has activities without a report.
import { memo } from 'react';
import { withDigits, type DigitStyle } from '../../../../core/thai';
import type { MissingMonth } from '../../../../core/types';
import { monthOf } from '../../../../core/rules';
import { monthOptions } from '../../months';
import { UI_WORDS, MONTH_BAR_WORDS } from '../../../../core/terms';

interface MonthBarProps {
  fiscalYear: number;
  month: string;
  numerals: DigitStyle;
  /** Months with activities due but not reported, from api.progress. */
  missing: ReadonlyMap<string, MissingMonth>;
  /** How many activities are due each month, from the plan. */
  due: ReadonlyMap<string, number>;
  onPick(month: string): void;
}

export const MonthBar = memo(function MonthBar({ fiscalYear, month, numerals, missing, due, onPick }: MonthBarProps) {
  const options = monthOptions(fiscalYear, numerals);
  const i = options.findIndex((o) => o.value === month);
  const now = monthOf(new Date());
  const n = (x: number) => withDigits(x, numerals);
  return (
    <nav className="fu-months" aria-label={UI_WORDS.pickMonth}>
      <button
        type="button"
        className="fu-month-step"
        aria-label={UI_WORDS.prevMonth}
        title={UI_WORDS.prevMonth}
        disabled={i <= 0}
        onClick={() => i > 0 && onPick(options[i - 1]!.value)}
      >
        ◀
      </button>
      {options.map((o) => {
        const gap = o.value <= now ? missing.get(o.value) : undefined;
        const count = due.get(o.value) ?? 0;
        const title =
          count === 0
            ? MONTH_BAR_WORDS.noneDue(o.long)
            : gap
              ? MONTH_BAR_WORDS.missing(o.long, n(gap.missing), n(gap.due))
              : MONTH_BAR_WORDS.due(o.long, n(count));
        const active = o.value === month;
        return (
          <button
            key={o.value}
            type="button"
            className={`fu-month${active ? ' active' : ''}${count === 0 ? ' none-due' : ''}`}
            aria-pressed={active}
            data-month={o.value}
            title={title}
            onClick={() => onPick(o.value)}
          >
            {o.short}
            {gap && <span className="fu-dot" aria-label={MONTH_BAR_WORDS.incomplete} />}
          </button>
        );
      })}
      <button
        type="button"
        className="fu-month-step"
        aria-label={UI_WORDS.nextMonth}
        title={UI_WORDS.nextMonth}
        disabled={i < 0 || i >= options.length - 1}
        onClick={() => i < options.length - 1 && onPick(options[i + 1]!.value)}
      >
        ▶
      </button>
    </nav>
  );
});
