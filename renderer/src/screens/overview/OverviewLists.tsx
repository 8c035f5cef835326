// ภาพรวม: the three "needs attention" lists, each row opening the screen where it is fixed.
import { useMemo } from 'react';
import { withDigits, type DigitStyle } from '../../../../core/thai';
import type { Progress } from '../../../../core/types';
import { currentFiscalMonth } from '../../../../core/rules';
import { useApp } from '../../StoreContext';
import {
  REPORT_STATE_NAMES,
  WORDS,
  ENTITY_NAMES,
  FIELD_NAMES,
  OVERVIEW_WORDS,
  OVERVIEW_LIST_WORDS,
  notReportedOf,
} from '../../../../core/terms';
import { firstLine, itemsByCode, monthLong, monthShort } from './progressView';

export function OverdueList({ p, numerals }: { p: Progress; numerals: DigitStyle }) {
  const setScreen = useApp((s) => s.setScreen);
  const setMonth = useApp((s) => s.setMonth);
  const plan = useApp((s) => s.plan);
  const open = (activityId: number, endMonth: string) => {
    // The activity is listed in the follow-up grid of the months it is due; its last one is where
    // the late report belongs.
    if (plan) setMonth(currentFiscalMonth(plan.fiscalYear, endMonth));
    setScreen('followup', { activityId });
  };
  return (
    <section className="ov-panel ov-list-panel" id="ov-overdue" aria-labelledby="ov-overdue-title">
      <h2 id="ov-overdue-title">
        {OVERVIEW_LIST_WORDS.overdueTitle} <span className="ov-count">{withDigits(p.overdue.length, numerals)}</span>
      </h2>
      {p.overdue.length === 0 ? (
        <p className="ov-empty">{OVERVIEW_LIST_WORDS.noOverdue(monthLong(p.asOfMonth, numerals))}</p>
      ) : (
        <>
          <div className="ov-list-head ov-overdue-grid" aria-hidden="true">
            <span>{WORDS.item}</span>
            <span>{ENTITY_NAMES.activity}</span>
            <span>{OVERVIEW_LIST_WORDS.dueBy}</span>
            <span>{FIELD_NAMES.status}</span>
          </div>
          <ul className="ov-list" data-testid="ov-overdue-list">
            {p.overdue.map((a) => (
              <li key={a.activityId}>
                <button
                  type="button"
                  className="ov-row ov-overdue-grid"
                  data-activity-id={a.activityId}
                  onClick={() => open(a.activityId, a.endMonth)}
                  title={OVERVIEW_LIST_WORDS.openRow}
                >
                  <span className="code">{a.itemCode}</span>
                  <span className="ov-text">{firstLine(a.activityText)}</span>
                  <span className="nowrap" data-testid="ov-overdue-end">
                    {monthShort(a.endMonth, numerals)}
                  </span>
                  <span className={`ov-badge ov-badge-${a.status}`}>{REPORT_STATE_NAMES[a.status]}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function MissingMonths({ p, numerals }: { p: Progress; numerals: DigitStyle }) {
  const setScreen = useApp((s) => s.setScreen);
  const setMonth = useApp((s) => s.setMonth);
  return (
    <section className="ov-panel ov-list-panel" id="ov-missing" aria-labelledby="ov-missing-title">
      <h2 id="ov-missing-title">
        {OVERVIEW_WORDS.monthsNotReported}{' '}
        <span className="ov-count">{withDigits(p.monthsNotReported.length, numerals)}</span>
      </h2>
      {p.monthsNotReported.length === 0 ? (
        <p className="ov-empty">{OVERVIEW_LIST_WORDS.allReported(monthLong(p.asOfMonth, numerals))}</p>
      ) : (
        <ul className="ov-list" data-testid="ov-missing-list">
          {p.monthsNotReported.map((m) => (
            <li key={m.month}>
              <button
                type="button"
                className="ov-row ov-missing-grid"
                data-month={m.month}
                onClick={() => {
                  setMonth(m.month);
                  setScreen('followup');
                }}
                title={OVERVIEW_LIST_WORDS.openMonth}
              >
                <span className="ov-month">{monthLong(m.month, numerals)}</span>
                <span className="ov-missing-bar" aria-hidden="true">
                  <span style={{ width: `${m.due ? ((m.due - m.missing) / m.due) * 100 : 0}%` }} />
                </span>
                <span className="ov-missing-text">
                  {notReportedOf(withDigits(m.missing, numerals), withDigits(m.due, numerals))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function OitWithoutUrl({ p, numerals }: { p: Progress; numerals: DigitStyle }) {
  const setScreen = useApp((s) => s.setScreen);
  const plan = useApp((s) => s.plan);
  const items = useMemo(() => itemsByCode(plan), [plan]);
  return (
    <section className="ov-panel ov-list-panel" id="ov-oit" aria-labelledby="ov-oit-title">
      <h2 id="ov-oit-title">
        {OVERVIEW_LIST_WORDS.oitTitle} <span className="ov-count">{withDigits(p.oitWithoutUrl.length, numerals)}</span>
      </h2>
      {p.oitWithoutUrl.length === 0 ? (
        <p className="ov-empty">
          {[...items.keys()].some((c) => c.startsWith('O'))
            ? OVERVIEW_LIST_WORDS.oitAllLinked
            : OVERVIEW_LIST_WORDS.noOit}
        </p>
      ) : (
        <ul className="ov-list" data-testid="ov-oit-list">
          {p.oitWithoutUrl.map((code) => {
            const item = items.get(code);
            return (
              <li key={code}>
                <button
                  type="button"
                  className="ov-row ov-oit-grid"
                  data-code={code}
                  disabled={!item}
                  onClick={() => item && setScreen('plan', { itemId: item.itemId })}
                  title={OVERVIEW_LIST_WORDS.openItem}
                >
                  <span className="code">{code}</span>
                  <span className="ov-text">{item ? firstLine(item.question) : ''}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {p.oitWithoutUrl.length > 0 && <p className="ov-hint">{OVERVIEW_LIST_WORDS.oitHint}</p>}
    </section>
  );
}
