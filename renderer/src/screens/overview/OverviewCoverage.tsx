// Which items of the plan's criteria set the plan does not list — information for the office (it
// lists the items it chose), never a warning. Shown only for a plan tied to a set.
import { useEffect, useState } from 'react';
import type { CriteriaCoverage, PlanDetail } from '../../../../core/types';
import { digits } from '../../format';
import { useApi } from '../../StoreContext';
import { PLAN_WORDS, COVERAGE_WORDS } from '../../../../core/terms';

export function OverviewCoverage({ plan, numerals }: { plan: PlanDetail; numerals: 'thai' | 'arabic' }) {
  const api = useApi();
  const [coverage, setCoverage] = useState<CriteriaCoverage | null>(null);
  useEffect(() => {
    let live = true;
    if (!plan.criteriaSet) {
      setCoverage(null);
      return;
    }
    void api.criteriaCoverage({ planId: plan.id }).then(
      (c) => live && setCoverage(c),
      () => live && setCoverage(null),
    );
    return () => {
      live = false;
    };
  }, [api, plan]);
  if (!coverage) return null;
  return (
    <section className="ov-coverage" aria-label={PLAN_WORDS.criteriaItems} data-testid="overview-coverage">
      <p>
        {PLAN_WORDS.coverage(coverage.name, digits(coverage.covered, numerals), digits(coverage.total, numerals))}
        {coverage.missing.length === 0 && COVERAGE_WORDS.complete}
      </p>
      {coverage.missing.length > 0 && (
        <details>
          <summary>{COVERAGE_WORDS.notChosen(digits(coverage.missing.length, numerals))}</summary>
          <ul>
            {coverage.missing.map((m) => (
              <li key={m.code}>
                <strong>{m.code}</strong> {m.title.split('\n')[0]}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
