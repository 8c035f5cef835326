// The month's grid: one table, a body per indicator, one memoized row per activity due.
// Filtering hides rows (never unmounts them), so a draft being typed survives any filter.
// A new month mounts every row at once, but only the first rows as text (DormantRow); the others
// are one-cell placeholders until they come within a screen of the view (NearView), so opening
// a month of 300 activities lays out what is seen, not 300 rows. The table is complete
// (data-complete) once the rows in view have been drawn.
import { memo, useMemo, useRef } from 'react';
import { withDigits, type DigitStyle } from '../../../../core/thai';
import type { MonthRow } from '../../../../core/types';
import { NearViewContext, useNearViewRoot } from '../../progressive';
import { FollowUpRow } from './DormantRow';
import { ENTITY_NAMES, FIELD_NAMES, INDICATOR_NO, FOLLOWUP_ROW_WORDS } from '../../../../core/terms';

interface Group {
  number: number;
  rows: MonthRow[];
}

function groupByIndicator(rows: readonly MonthRow[]): Group[] {
  const groups: Group[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.number === row.indicatorNumber) last.rows.push(row);
    else groups.push({ number: row.indicatorNumber, rows: [row] });
  }
  return groups;
}

/** Rows drawn in the first frame without waiting for the observer: more than a screenful. */
const FIRST = 12;

interface FollowUpGridProps {
  rows: readonly MonthRow[];
  month: string;
  visible: ReadonlySet<number>;
  indicatorNames: ReadonlyMap<number, string>;
  numerals: DigitStyle;
}

export const FollowUpGrid = memo(function FollowUpGrid({
  rows,
  month,
  visible,
  indicatorNames,
  numerals,
}: FollowUpGridProps) {
  const table = useRef<HTMLTableElement>(null);
  const { view, settled } = useNearViewRoot(table);
  const groups = useMemo(() => groupByIndicator(rows), [rows]);
  const near = useMemo(() => new Set(rows.slice(0, FIRST).map((r) => r.activityId)), [rows]);
  return (
    <NearViewContext.Provider value={view}>
      <table ref={table} className="fu-table" data-month={month} data-complete={settled}>
        <colgroup>
          <col className="fu-c-activity" />
          <col className="fu-c-status" />
          <col className="fu-c-text" />
          <col className="fu-c-text" />
          <col className="fu-c-text" />
          <col className="fu-c-evidence" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{ENTITY_NAMES.activity}</th>
            <th scope="col">{FOLLOWUP_ROW_WORDS.statusQtyHead}</th>
            <th scope="col">{FIELD_NAMES.result}</th>
            <th scope="col">{FIELD_NAMES.problems}</th>
            <th scope="col">{FIELD_NAMES.directorRemark}</th>
            <th scope="col">{ENTITY_NAMES.evidence}</th>
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.number} hidden={!g.rows.some((r) => visible.has(r.activityId))}>
            <tr className="fu-group">
              <th colSpan={6} scope="rowgroup">
                {INDICATOR_NO} {withDigits(g.number, numerals)} {indicatorNames.get(g.number) ?? ''}
              </th>
            </tr>
            {g.rows.map((row) => (
              <FollowUpRow
                key={`${month}|${row.activityId}`}
                row={row}
                month={month}
                hidden={!visible.has(row.activityId)}
                near={near.has(row.activityId)}
              />
            ))}
          </tbody>
        ))}
      </table>
    </NearViewContext.Provider>
  );
});
