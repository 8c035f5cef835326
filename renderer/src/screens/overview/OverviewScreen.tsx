// ภาพรวม: how far the plan has come as of a month — headline figures, bars per indicator and per
// division (plain CSS, no chart library), and the three "needs attention" lists with click-through.
import { useCallback, useEffect, useState } from 'react';
import { fiscalMonths, formatFiscalYear } from '../../../../core/thai';
import type { Progress } from '../../../../core/types';
import { MonthSelect } from '../../components/MonthSelect';
import { messageOf } from '../../store';
import { useApi, useApp } from '../../StoreContext';
import { Cards } from './OverviewCards';
import { DivisionChart, IndicatorChart, Legend } from './OverviewCharts';
import { OverviewChase } from './OverviewChase';
import { OverviewCoverage } from './OverviewCoverage';
import { MissingMonths, OitWithoutUrl, OverdueList } from './OverviewLists';
import './overview.css';
import './overview-bars.css';
import './overview-lists.css';
import './chase.css';
import { OVERVIEW_WORDS, UI_WORDS, OVERVIEW_SCREEN_WORDS } from '../../../../core/terms';

// The last figures per plan and month: coming back to the tab shows them at once while a fresh
// copy loads (follow-ups may have changed meanwhile).
const cache = new Map<string, Progress>();

export function OverviewScreen() {
  const api = useApi();
  const plan = useApp((s) => s.plan);
  const planId = useApp((s) => s.planId);
  // The month every screen shows (the store's): the follow-up opens on the same one.
  const month = useApp((s) => s.month);
  const setMonth = useApp((s) => s.setMonth);
  const numerals = useApp((s) => s.numerals);
  const setScreen = useApp((s) => s.setScreen);

  const fiscalYear = plan?.fiscalYear ?? null;
  const asOf = fiscalYear !== null && month !== null && fiscalMonths(fiscalYear).includes(month) ? month : null;
  const key = planId !== null && asOf ? `${planId}|${asOf}` : null;
  const [progress, setProgress] = useState<Progress | null>(() => (key ? (cache.get(key) ?? null) : null));
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (planId === null || !asOf || plan?.id !== planId) return;
    const k = `${planId}|${asOf}`;
    const cached = cache.get(k);
    // With figures on screen the refresh is quiet: no extra render while switching tabs.
    if (cached) setProgress(cached);
    else setLoading(true);
    let live = true;
    setError(null);
    api.progress({ planId, month: asOf }).then(
      (p) => {
        cache.set(k, p);
        if (live) {
          setProgress(p);
          setLoading(false);
        }
      },
      (e: unknown) => {
        if (live) {
          setError(messageOf(e));
          setLoading(false);
        }
      },
    );
    return () => {
      live = false;
    };
  }, [api, planId, asOf, plan, attempt]);

  const choose = useCallback((m: string) => setMonth(m), [setMonth]);

  // Figures of another plan or month are never shown as this one's.
  const shown = progress && progress.planId === planId && progress.asOfMonth === asOf ? progress : null;
  const noActivities = shown !== null && shown.overall.total === 0;

  return (
    <section className="screen overview" data-screen="overview" aria-busy={loading}>
      <header className="ov-header">
        <div>
          <h1>{OVERVIEW_SCREEN_WORDS.title}</h1>
          {plan && (
            <p className="subtitle">
              {plan.office} · {formatFiscalYear(plan.fiscalYear, numerals)}
            </p>
          )}
        </div>
        {plan && (
          <label className="ov-asof">
            <span>{OVERVIEW_WORDS.asOfMonthEnd}</span>
            <MonthSelect
              fiscalYear={plan.fiscalYear}
              value={asOf}
              onChange={choose}
              numerals={numerals}
              label={OVERVIEW_WORDS.asOfMonthEnd}
              long
              id="ov-month"
            />
            <span className={`ov-loading${loading ? ' on' : ''}`} aria-live="polite">
              {loading ? OVERVIEW_SCREEN_WORDS.computing : ''}
            </span>
          </label>
        )}
      </header>

      {!plan && <p className="muted">{UI_WORDS.loadingPlan}</p>}
      {error && (
        <div className="ov-error" role="alert">
          <span>{OVERVIEW_SCREEN_WORDS.unavailable(error)}</span>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {UI_WORDS.retry}
          </button>
        </div>
      )}
      {plan && !shown && !error && <p className="muted">{OVERVIEW_SCREEN_WORDS.computingOverview}</p>}

      {shown && noActivities && (
        <div className="empty-inline">
          <p>{OVERVIEW_SCREEN_WORDS.noActivities}</p>
          <button type="button" className="primary" onClick={() => setScreen('plan')}>
            {OVERVIEW_SCREEN_WORDS.goToPlan}
          </button>
        </div>
      )}

      {plan && <OverviewCoverage plan={plan} numerals={numerals} />}

      {shown && !noActivities && (
        <div className={loading ? 'ov-body stale' : 'ov-body'}>
          <Cards p={shown} numerals={numerals} />
          <Legend />
          <div className="ov-charts">
            <IndicatorChart p={shown} numerals={numerals} />
            <DivisionChart p={shown} numerals={numerals} />
          </div>
          <OverviewChase month={shown.asOfMonth} numerals={numerals} />
          <div className="ov-lists">
            <OverdueList p={shown} numerals={numerals} />
            <div className="ov-lists-side">
              <MissingMonths p={shown} numerals={numerals} />
              <OitWithoutUrl p={shown} numerals={numerals} />
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
