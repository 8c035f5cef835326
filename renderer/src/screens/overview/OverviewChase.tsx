// ภาพรวม: chasing the divisions — per division, what is due in the month shown and not yet reported
// (core/rules.ts lateDivisions); a division opens the follow-up screen filtered to it; "ส่งแบบฟอร์มให้ฝ่าย"
// makes every late division's form at once; the month prints as one page for the director.
import { useEffect, useState } from 'react';
import { itemCodesText, lateDivisions, type DivisionMonth } from '../../../../core/rules';
import { CHASE_WORDS, NOT_REPORTED, WORDS, ENTITY_NAMES } from '../../../../core/terms';
import { withDigits, type DigitStyle } from '../../../../core/thai';
import type { MonthRow } from '../../../../core/types';
import { messageOf } from '../../store';
import { useApi, useApp } from '../../StoreContext';
import { monthLong } from './progressView';
import { SendFormsDialog } from './SendFormsDialog';
import { SummaryButton } from './SummaryButton';

/** The first item codes of a division's unreported rows, once each: "I1, I3, O12 … อีก ๕ ข้อ". */
export function codesText(rows: readonly MonthRow[], numerals: DigitStyle, max = 8): string {
  return itemCodesText(
    rows.map((r) => r.itemCode),
    numerals,
    max,
  );
}

export function OverviewChase({ month, numerals }: { month: string; numerals: DigitStyle }) {
  const api = useApi();
  const plan = useApp((s) => s.plan);
  const divisions = useApp((s) => s.divisions);
  const setScreen = useApp((s) => s.setScreen);
  const [late, setLate] = useState<DivisionMonth<MonthRow>[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const planId = plan?.id;

  useEffect(() => {
    if (planId === undefined) return;
    let live = true;
    setError(null);
    api.listMonth({ planId, month }).then(
      (rows) => live && setLate(lateDivisions(rows, divisions)),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [api, planId, month, divisions]);

  return (
    <section className="ov-panel ov-chase" id="ov-chase" aria-labelledby="ov-chase-title">
      <header className="ov-chase-head">
        <h2 id="ov-chase-title">
          {CHASE_WORDS.title}
          {monthLong(month, numerals)} {late && <span className="ov-count">{withDigits(late.length, numerals)}</span>}
        </h2>
        <div className="ov-chase-actions">
          <button
            type="button"
            title={CHASE_WORDS.sendFormsHint}
            disabled={!late || late.length === 0}
            onClick={() => setSending(true)}
          >
            {CHASE_WORDS.sendForms}
          </button>
          <SummaryButton month={month} />
        </div>
      </header>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {late && late.length === 0 && <p className="ov-empty">{CHASE_WORDS.allReported}</p>}
      {late && late.length > 0 && (
        <ul className="ov-list ov-chase-list" data-testid="ov-chase-list">
          {late.map((d) => (
            <li key={d.divisionId}>
              <button
                type="button"
                className="ov-row ov-chase-grid"
                data-division-id={d.divisionId}
                title={CHASE_WORDS.openDivision}
                onClick={() => setScreen('followup', { divisionId: d.divisionId })}
              >
                <span className="ov-chase-name">{d.name}</span>
                <span className="ov-chase-count">
                  {NOT_REPORTED} <strong>{withDigits(d.missing.length, numerals)}</strong> {WORDS.of}{' '}
                  {withDigits(d.due, numerals)} {ENTITY_NAMES.activity}
                </span>
                <span className="ov-chase-codes">{codesText(d.missing, numerals)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {sending && late && plan && (
        <SendFormsDialog
          planId={plan.id}
          month={month}
          late={late}
          numerals={numerals}
          onClose={() => setSending(false)}
        />
      )}
    </section>
  );
}
