// ภาพรวม: the bars (plain CSS, no chart library) — per indicator and per division, and their legend.
import type { ReactNode } from 'react';
import { withDigits, type DigitStyle } from '../../../../core/thai';
import type { Progress, StatusCounts, Tool } from '../../../../core/types';
import { STATE_ORDER } from '../../../../core/rules';
import { CHASE_WORDS, REPORT_STATE_NAMES, toolLabel, OVERVIEW_BAR_WORDS } from '../../../../core/terms';
import { useApp } from '../../StoreContext';
import { barDescription, ratioLabel } from './progressView';

export function StackedBar({ counts, label, numerals }: { counts: StatusCounts; label: string; numerals: DigitStyle }) {
  return (
    <div className="ov-bar" role="img" aria-label={barDescription(label, counts, numerals)}>
      {counts.total > 0 &&
        STATE_ORDER.filter((s) => counts[s] > 0).map((s) => (
          <span
            key={s}
            className={`ov-seg ov-seg-${s}`}
            style={{ width: `${(counts[s] / counts.total) * 100}%` }}
            title={`${REPORT_STATE_NAMES[s]} ${withDigits(counts[s], numerals)}`}
          />
        ))}
    </div>
  );
}

function BarRow(props: {
  name: ReactNode;
  title: string;
  counts: StatusCounts;
  numerals: DigitStyle;
  testId: string;
  /** Makes the whole row a button (a division's bar opens its follow-up rows). */
  onOpen?: () => void;
  openHint?: string;
}) {
  const { name, title, counts, numerals, testId, onOpen, openHint } = props;
  const cells = (
    <>
      <span className="ov-bar-name" title={title}>
        {name}
      </span>
      <StackedBar counts={counts} label={title} numerals={numerals} />
      <span className="ov-bar-value" data-testid={`${testId}-value`}>
        {ratioLabel(counts, numerals)}
      </span>
    </>
  );
  if (!onOpen) {
    return (
      <li className="ov-bar-row" data-testid={testId}>
        {cells}
      </li>
    );
  }
  return (
    <li data-testid={testId}>
      <button type="button" className="ov-bar-row ov-bar-open" title={openHint} onClick={onOpen}>
        {cells}
      </button>
    </li>
  );
}

export function Legend() {
  return (
    <ul className="ov-legend" aria-label={OVERVIEW_BAR_WORDS.legend}>
      {STATE_ORDER.map((s) => (
        <li key={s}>
          <span className={`ov-swatch ov-seg-${s}`} aria-hidden="true" />
          {REPORT_STATE_NAMES[s]}
        </li>
      ))}
    </ul>
  );
}

export function IndicatorChart({ p, numerals }: { p: Progress; numerals: DigitStyle }) {
  // In the plan's own order (tools, then their indicators), grouped by tool.
  const groups: { tool: Tool; name: string; rows: Progress['byIndicator'] }[] = [];
  for (const row of p.byIndicator) {
    const last = groups[groups.length - 1];
    if (last && last.tool === row.tool) last.rows.push(row);
    else groups.push({ tool: row.tool, name: row.toolName, rows: [row] });
  }
  return (
    <section className="ov-panel" aria-labelledby="ov-ind-title">
      <h2 id="ov-ind-title">{OVERVIEW_BAR_WORDS.byIndicator}</h2>
      {groups.map((g) => (
        <div key={g.tool} className="ov-group">
          <h3>{toolLabel({ code: g.tool, name: g.name }, 'short')}</h3>
          <ul className="ov-bars">
            {g.rows.map((r) => {
              const title = OVERVIEW_BAR_WORDS.indicator(withDigits(r.number, numerals), r.name);
              return (
                <BarRow
                  key={r.number}
                  testId={`ov-ind-${r.number}`}
                  title={title}
                  name={
                    <>
                      <span className="ov-num">{withDigits(r.number, numerals)}</span> {r.name}
                    </>
                  }
                  counts={r}
                  numerals={numerals}
                />
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function DivisionChart({ p, numerals }: { p: Progress; numerals: DigitStyle }) {
  const setScreen = useApp((s) => s.setScreen);
  return (
    <section className="ov-panel" aria-labelledby="ov-div-title">
      <h2 id="ov-div-title">{OVERVIEW_BAR_WORDS.byDivision}</h2>
      <p className="ov-hint">{OVERVIEW_BAR_WORDS.divisionHint}</p>
      {p.byDivision.length === 0 ? (
        <p className="ov-empty">{OVERVIEW_BAR_WORDS.noDivisions}</p>
      ) : (
        <ul className="ov-bars">
          {p.byDivision.map((d) => (
            <BarRow
              key={d.divisionId}
              testId={`ov-div-${d.divisionId}`}
              title={d.name}
              name={d.name}
              counts={d}
              numerals={numerals}
              onOpen={() => setScreen('followup', { divisionId: d.divisionId })}
              openHint={CHASE_WORDS.openDivision}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
