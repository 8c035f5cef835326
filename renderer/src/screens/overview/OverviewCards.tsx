// ภาพรวม: the headline figures; the two alert cards jump to their lists.
import { withDigits, type DigitStyle } from '../../../../core/thai';
import type { Progress } from '../../../../core/types';
import { StackedBar } from './OverviewCharts';
import { percentText, STATE_ORDER } from '../../../../core/rules';
import {
  REPORT_STATE_NAMES,
  STATUS_NAMES,
  WORDS,
  ENTITY_NAMES,
  OVERVIEW_WORDS,
  FOLLOWUP_FILTER_WORDS,
  OVERVIEW_CARD_WORDS,
} from '../../../../core/terms';
import { monthLong } from './progressView';

function jumpTo(id: string) {
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

export function Cards({ p, numerals }: { p: Progress; numerals: DigitStyle }) {
  const o = p.overall;
  return (
    <div className="ov-cards">
      <div className="ov-card ov-card-main">
        <span className="ov-card-label">{OVERVIEW_CARD_WORDS.overall}</span>
        <span className="ov-big" data-testid="ov-overall-percent">
          {percentText(o, numerals)}
        </span>
        <span className="ov-card-note" data-testid="ov-overall-ratio">
          {STATUS_NAMES.done} {withDigits(o.done, numerals)} {WORDS.of} {withDigits(o.total, numerals)}{' '}
          {ENTITY_NAMES.activity}
        </span>
        <StackedBar counts={o} label={OVERVIEW_CARD_WORDS.wholePlan} numerals={numerals} />
      </div>
      <div className="ov-card ov-card-status">
        <span className="ov-card-label">{FOLLOWUP_FILTER_WORDS.counts}</span>
        <ul className="ov-status-list">
          {STATE_ORDER.map((s) => (
            <li key={s} data-testid={`ov-count-${s}`}>
              <span className={`ov-swatch ov-seg-${s}`} aria-hidden="true" />
              <span className="ov-status-name">{REPORT_STATE_NAMES[s]}</span>
              <strong>{withDigits(o[s], numerals)}</strong>
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className={`ov-card ov-card-alert${p.overdue.length > 0 ? ' warn' : ''}`}
        onClick={() => jumpTo('ov-overdue')}
      >
        <span className="ov-card-label">{OVERVIEW_CARD_WORDS.overdue}</span>
        <span className="ov-big" data-testid="ov-overdue-count">
          {withDigits(p.overdue.length, numerals)}
        </span>
        <span className="ov-card-note">{OVERVIEW_CARD_WORDS.overdueNote}</span>
      </button>
      <button
        type="button"
        className={`ov-card ov-card-alert${p.monthsNotReported.length > 0 ? ' warn' : ''}`}
        onClick={() => jumpTo('ov-missing')}
      >
        <span className="ov-card-label">{OVERVIEW_WORDS.monthsNotReported}</span>
        <span className="ov-big" data-testid="ov-missing-count">
          {withDigits(p.monthsNotReported.length, numerals)}
        </span>
        <span className="ov-card-note">
          {WORDS.to}
          {monthLong(p.asOfMonth, numerals)}
        </span>
      </button>
    </div>
  );
}
