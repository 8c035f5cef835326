// แผนมาตรการ: the open plan as the paper form's table, edited in place, with the plan's toolbar.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { formatDate, formatFiscalYear } from '../../../../core/thai';
import {
  PLAN_SCREEN_WORDS,
  PLAN_STATUS_NAMES,
  PLAN_TITLE,
  ENTITY_NAMES,
  UI_WORDS,
  WORDS,
} from '../../../../core/terms';
import { digits } from '../../format';
import { scrollIntoViewKept } from '../../progressive';
import { useApp } from '../../StoreContext';
import { PlanEditProvider } from './PlanEditContext';
import { itemMatches } from './planModel';
import { PlanTable } from './PlanTable';
import { PlanToolbar } from './PlanToolbar';
import './plan.css';
import './plan-cells.css';
import './plan-dialogs.css';

function PlanHeader() {
  const plan = useApp((s) => s.plan);
  const numerals = useApp((s) => s.numerals);
  if (!plan) return null;
  return (
    <div className="plan-header">
      <div>
        <h1>{plan.title || PLAN_TITLE}</h1>
        <p className="subtitle">
          {plan.office} · {formatFiscalYear(plan.fiscalYear, numerals)}
        </p>
      </div>
      <div className="plan-meta">
        <span className={`status status-${plan.status}`}>{PLAN_STATUS_NAMES[plan.status]}</span>
        <span>
          {digits(plan.itemCount, numerals)} {WORDS.item} · {digits(plan.activityCount, numerals)}{' '}
          {ENTITY_NAMES.activity}
        </span>
      </div>
    </div>
  );
}

/** Click-through from the overview: scroll the item into view, flash it, then forget the target. */
function useFocusItem(ready: boolean, clearQuery: () => void) {
  const focus = useApp((s) => s.focus);
  const clearFocus = useApp((s) => s.clearFocus);
  useEffect(() => {
    const itemId = focus?.itemId;
    if (!ready || !itemId) return;
    clearQuery();
    let tries = 30;
    let frame = 0;
    const find = () => {
      const el = document.querySelector<HTMLElement>(`[data-screen="plan"] [data-item-id="${itemId}"]`);
      if (!el) {
        if (tries-- > 0) frame = requestAnimationFrame(find);
        else clearFocus();
        return;
      }
      scrollIntoViewKept(el); // the items around it wake after the scroll
      el.classList.remove('flash');
      void el.offsetWidth; // restart the animation when the same item is asked for again
      el.classList.add('flash');
      setTimeout(() => el.classList.remove('flash'), 2200);
      el.querySelector<HTMLElement>('[data-field="question"]')?.focus({ preventScroll: true });
      clearFocus();
    };
    frame = requestAnimationFrame(find);
    return () => cancelAnimationFrame(frame);
  }, [focus, ready, clearFocus, clearQuery]);
}

const noop = () => {};

export function PlanScreen() {
  const plan = useApp((s) => s.plan);
  const planLoading = useApp((s) => s.planLoading);
  const numerals = useApp((s) => s.numerals);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const clearQuery = useMemo(() => () => setQuery(''), []);
  useFocusItem(!!plan, plan ? clearQuery : noop);

  const matches = useMemo(() => {
    if (!plan || !deferred.trim()) return null;
    return plan.indicators.reduce((n, ind) => n + ind.items.filter((i) => itemMatches(i, deferred)).length, 0);
  }, [plan, deferred]);

  return (
    <section className="screen plan-screen" data-screen="plan">
      <PlanHeader />
      {planLoading && !plan && <p className="muted">{UI_WORDS.loadingPlan}</p>}
      {plan && (
        <>
          {plan.status === 'approved' && (
            <div className="banner-approved" role="status" data-testid="approved-banner">
              <span>{PLAN_SCREEN_WORDS.approvedOn(plan.approvedAt ? formatDate(plan.approvedAt, numerals) : '–')}</span>
            </div>
          )}
          <PlanEditProvider plan={plan}>
            <PlanToolbar plan={plan} query={query} onQuery={setQuery} matches={matches} />
            <PlanTable key={plan.id} plan={plan} query={deferred} />
          </PlanEditProvider>
        </>
      )}
    </section>
  );
}
