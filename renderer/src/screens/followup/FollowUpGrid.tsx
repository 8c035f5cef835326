// The month's grid: one table, a body per indicator, one memoized row per activity due.
// Filtering hides rows (never unmounts them), so a draft being typed survives any filter.
// A new month shows its first rows at once and adds the rest over the next frames: the month
// opens within a frame or two on an old office PC instead of laying out ~112 rows in one go.
import { memo, useMemo } from 'react';
import { withDigits, type DigitStyle } from '../../../../core/thai';
import type { MonthRow } from '../../../../core/types';
import { useProgressiveCount } from '../../progressive';
import { FollowUpRow } from './DormantRow';
import { ENTITY_NAMES, FIELD_NAMES } from '../../../../core/terms';

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

/** A first screenful, then 25 rows a frame (the grid is keyed by month, so a new month starts over). */
const CHUNKS = { first: 8, step: 25 };

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
  const count = useProgressiveCount(rows.length, CHUNKS);
  const groups = useMemo(() => groupByIndicator(rows.slice(0, count)), [rows, count]);
  return (
    <table className="fu-table" data-month={month} data-complete={count >= rows.length}>
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
          <th scope="col">สถานะ / ผลที่ทำได้</th>
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
              ตัวชี้วัดที่ {withDigits(g.number, numerals)} {indicatorNames.get(g.number) ?? ''}
            </th>
          </tr>
          {g.rows.map((row) => (
            <FollowUpRow
              key={`${month}|${row.activityId}`}
              row={row}
              month={month}
              hidden={!visible.has(row.activityId)}
            />
          ))}
        </tbody>
      ))}
    </table>
  );
});
