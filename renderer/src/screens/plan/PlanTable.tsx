// The plan as on the paper form: tool → indicator → item (code, question, issue) → activities.
// Band rows carry "+ เพิ่มข้อ"; items are memoized <tbody>s, filtered by the find box.
import { useMemo, useRef } from 'react';
import type { Item, PlanDetail, Tool } from '../../../../core/types';
import { PLAN_SCREEN_WORDS, toolLabel, SUB_INDICATOR, INDICATOR_NO, PLAN_WORDS } from '../../../../core/terms';
import { NearViewContext, useNearViewRoot } from '../../progressive';
import { digits } from '../../format';
import { ItemRows } from './ItemRows';
import { usePlanEdit } from './PlanEditContext';
import { byPosition, itemMatches } from './planModel';
import { PLAN_COLUMNS } from '../../../../core/terms';

const COLUMNS = PLAN_COLUMNS;

/**
 * Opening the screen must answer within 100 ms and never block input for over 50 ms, and a big
 * plan's ~2,000 cells take longer than that to mount and lay out. So every item mounts at once but
 * only the first (about a screenful, counted in table rows) as text; the others are placeholders
 * until they come within a screen of the view (FarItem, NearView). A search draws every item it shows.
 */
const FIRST_ROWS = 12;

const rowsOf = (item: Item) => Math.max(1, item.activities.length);

export function PlanTable({ plan, query }: { plan: PlanDetail; query: string }) {
  const { numerals, locked, addItem } = usePlanEdit();
  // In the plan's own order: its tools in theirs, each tool's indicators in theirs (getPlan's order).
  const indicators = plan.indicators;
  const q = query.trim();
  const shown = useMemo(
    () =>
      indicators
        .map((ind) => {
          const items = byPosition(ind.items);
          return { ind, items, visible: q ? items.filter((i) => itemMatches(i, q)) : items };
        })
        .filter((g) => !q || g.visible.length > 0),
    [indicators, q],
  );

  const tableRef = useRef<HTMLTableElement>(null);
  const { view, settled } = useNearViewRoot(tableRef);

  if (q && shown.length === 0) {
    return <p className="empty-inline">{PLAN_SCREEN_WORDS.noMatch(q)}</p>;
  }
  const span = locked ? 8 : 9;
  const empty = indicators.every((i) => i.items.length === 0);
  let lastTool: Tool | null = null;
  let before = 0; // table rows above the item
  return (
    <NearViewContext.Provider value={view}>
      <div className="table-wrap">
        {empty && !locked && <p className="empty-inline table-hint">{PLAN_SCREEN_WORDS.noItems}</p>}
        <table ref={tableRef} className={`plan-table${locked ? ' locked' : ''}`} data-complete={settled}>
          <colgroup>
            <col className="c-question" />
            <col className="c-issue" />
            <col className="c-activity" />
            <col className="c-output" />
            <col className="c-awareness" />
            <col className="c-months" />
            <col className="c-responsible" />
            <col className="c-monitoring" />
            {!locked && <col className="c-tools" />}
          </colgroup>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
              {!locked && (
                <th scope="col" className="th-tools">
                  <span className="sr-only">{PLAN_SCREEN_WORDS.tools}</span>
                </th>
              )}
            </tr>
          </thead>
          {shown.map(({ ind, items, visible }) => {
            const toolRow = ind.tool !== lastTool;
            lastTool = ind.tool;
            return [
              <tbody key={`band-${ind.id}`} className="band">
                {toolRow && (
                  <tr className="tool-row">
                    <th colSpan={span} scope="rowgroup">
                      {toolLabel({ code: ind.tool, name: ind.toolName }, 'name')}
                    </th>
                  </tr>
                )}
                <tr className="indicator-row" data-indicator={ind.number}>
                  <th colSpan={span} scope="rowgroup">
                    <span>
                      {INDICATOR_NO} {digits(ind.number, numerals)} {ind.name}
                    </span>
                    {!locked && (
                      <button
                        type="button"
                        className="add-item"
                        aria-label={PLAN_SCREEN_WORDS.addItemTo(ind.number)}
                        onClick={() => void addItem(ind.number)}
                      >
                        {PLAN_WORDS.addItem}
                      </button>
                    )}
                  </th>
                </tr>
              </tbody>,
              ...visible.flatMap((item, k) => {
                // ตัวชี้วัดย่อยที่ 9.1 …: a heading where the items' sub-indicator changes.
                const sub = ind.subIndicators.find((s) => s.id === item.subIndicatorId);
                const prev = k > 0 ? visible[k - 1]!.subIndicatorId : undefined;
                const head =
                  sub && sub.id !== prev ? (
                    <tbody key={`sub-${sub.id}-${item.id}`} className="band">
                      <tr className="sub-indicator-row" data-sub-indicator={sub.label}>
                        <th colSpan={span} scope="rowgroup">
                          {SUB_INDICATOR} {digits(sub.label, numerals)} {sub.name}
                        </th>
                      </tr>
                    </tbody>
                  ) : null;
                const near = q !== '' || before < FIRST_ROWS;
                before += rowsOf(item);
                const rows = (
                  <ItemRows
                    key={item.id}
                    near={near}
                    item={item}
                    first={item.id === items[0]?.id}
                    last={item.id === items[items.length - 1]?.id}
                    query={q}
                  />
                );
                return head ? [head, rows] : [rows];
              }),
            ];
          })}
        </table>
      </div>
    </NearViewContext.Provider>
  );
}
