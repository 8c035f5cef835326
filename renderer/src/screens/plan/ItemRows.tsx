// One item as on the paper form: code + question and issue span its activities' rows. Its own
// <tbody>, so hovering any of its rows shows its tools, and memoized so other items stay put.
import { memo, useRef, type FocusEvent, type KeyboardEvent, type Ref } from 'react';
import { flushSync } from 'react-dom';
import type { Item } from '../../../../core/types';
import { focusFromBelow, useNearView } from '../../progressive';
import { focusCell, takeOpenOnFocus } from './cellNav';
import { ActivityCells } from './ActivityRow';
import { EditableCell } from './EditableCell';
import { usePlanEdit } from './PlanEditContext';
import { byPosition } from './planModel';
import { PLAN_COLUMN_NAMES, PLAN_ITEM_WORDS as W, UI_WORDS, PLAN_WORDS, STRUCTURE_WORDS } from '../../../../core/terms';

interface Props {
  item: Item;
  first: boolean;
  last: boolean;
  query: string;
}

const requiredCode = (v: string) => (/^[IEO][1-9]\d?$/.test(v.trim()) ? null : W.codeRule);

/**
 * One item: a placeholder while far from the view (FarItem), its cells as text once near it.
 * `near`: drawn at once (the first items, and every item a search shows).
 */
export const ItemRows = memo(function ItemRows({ near, ...props }: Props & { near: boolean }) {
  const far = useRef<HTMLTableSectionElement>(null);
  const [seen, wake] = useNearView(far, near);
  if (!seen) return <FarItem item={props.item} ref={far} onWake={() => flushSync(wake)} />;
  return <ItemBody {...props} />;
});

/** About one activity row's height on the form, for a far item's placeholder rows. */
const ROW_PX = 88;

/**
 * An item far from the view: its rows (data-activity-id kept) as empty cells about their usual
 * height. Its first cell stands in the Tab order (data-cell="far"): focused, the item wakes and
 * focus moves on to its first cell (its last, from below), opening it when Tab came from an editor.
 */
function FarItem({ item, ref, onWake }: { item: Item; ref: Ref<HTMLTableSectionElement>; onWake(): void }) {
  const { locked } = usePlanEdit();
  const activities = byPosition(item.activities);
  const focusIn = (e: FocusEvent<HTMLTableCellElement>) => {
    const open = takeOpenOnFocus(e.currentTarget);
    const fromBelow = focusFromBelow(e);
    onWake();
    const cells = document.querySelectorAll<HTMLElement>(`tbody[data-item-id="${item.id}"] [data-cell]`);
    const to = fromBelow ? cells[cells.length - 1] : cells[0];
    if (to) focusCell(to, open);
  };
  const rows = activities.length > 0 ? activities.map((a) => a.id) : [undefined];
  return (
    <tbody ref={ref} className="item-group item-far" data-item-id={item.id} data-code={item.code}>
      {rows.map((id, i) => (
        <tr key={id ?? 'none'} data-activity-id={id}>
          <td
            colSpan={locked ? 8 : 9}
            className="plan-far-cell"
            style={{ height: ROW_PX }}
            data-cell={i === 0 && !locked ? 'far' : undefined}
            tabIndex={i === 0 && !locked ? 0 : undefined}
            aria-label={i === 0 ? `${STRUCTURE_WORDS.item(item.code)} ${item.question}` : undefined}
            onFocus={i === 0 && !locked ? focusIn : undefined}
          />
        </tr>
      ))}
    </tbody>
  );
}

function ItemBody({ item, first, last, query }: Props) {
  const edit = usePlanEdit();
  const { locked, saveItem } = edit;
  const activities = byPosition(item.activities);
  const span = Math.max(1, activities.length);
  const [head, ...rest] = activities;

  // Alt+↑/↓ on a focused cell moves its row: the item from its own cells, an activity from the others.
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (locked || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    const target = e.target as HTMLElement;
    if (target.closest('textarea, input, select')) return;
    e.preventDefault();
    const direction = e.key === 'ArrowUp' ? -1 : 1;
    if (target.closest('td')?.dataset.scope === 'item') void edit.moveItem(item, direction);
    else {
      const activityId = Number(target.closest('tr')?.dataset.activityId);
      if (activityId) void edit.moveActivity(item, activityId, direction);
    }
  };

  const cells = (i: number) => {
    const a = activities[i]!;
    return (
      <ActivityCells
        key={a.id}
        activity={a}
        item={item}
        number={i + 1}
        first={i === 0}
        last={i === activities.length - 1}
        query={query}
      />
    );
  };

  return (
    <tbody className="item-group" data-item-id={item.id} data-code={item.code} onKeyDown={onKeyDown}>
      <tr className="item-first" data-activity-id={head?.id}>
        <td rowSpan={span} data-scope="item" className="cell-question">
          <div className="item-head">
            <EditableCell
              value={item.code}
              field="code"
              label={STRUCTURE_WORDS.itemCode(item.code)}
              readOnly={locked}
              singleLine
              validate={requiredCode}
              onSave={(code) => saveItem(item.id, { code: code.trim() })}
            />
            {!locked && (
              <span className="item-tools" role="group" aria-label={W.tools(item.code)}>
                <button type="button" className="add-activity" onClick={() => void edit.addActivity(item)}>
                  {W.addActivityShort}
                </button>
                <button
                  type="button"
                  aria-label={W.moveUp(item.code)}
                  title={UI_WORDS.moveUp}
                  disabled={first}
                  onClick={() => void edit.moveItem(item, -1)}
                >
                  ▲
                </button>
                <button
                  type="button"
                  aria-label={W.moveDown(item.code)}
                  title={UI_WORDS.moveDown}
                  disabled={last}
                  onClick={() => void edit.moveItem(item, 1)}
                >
                  ▼
                </button>
                <button
                  type="button"
                  className="danger-icon"
                  aria-label={STRUCTURE_WORDS.deleteItem(item.code)}
                  title={PLAN_WORDS.deleteItem}
                  onClick={() => void edit.deleteItem(item)}
                >
                  ✕
                </button>
              </span>
            )}
          </div>
          <EditableCell
            value={item.question}
            field="question"
            label={W.question(item.code)}
            readOnly={locked}
            firstIsLead
            query={query}
            placeholder={W.questionPlaceholder}
            onSave={(question) => saveItem(item.id, { question })}
          />
        </td>
        <td rowSpan={span} data-scope="item">
          <EditableCell
            value={item.issue}
            field="issue"
            label={W.issue(item.code)}
            readOnly={locked}
            query={query}
            placeholder={PLAN_COLUMN_NAMES.issue}
            onSave={(issue) => saveItem(item.id, { issue })}
          />
        </td>
        {head ? (
          cells(0)
        ) : (
          <td colSpan={locked ? 6 : 7} className="no-activity">
            <span className="muted">{W.noActivity}</span>{' '}
            {!locked && (
              <button type="button" className="link" onClick={() => void edit.addActivity(item)}>
                {W.addActivity}
              </button>
            )}
          </td>
        )}
      </tr>
      {rest.map((a, i) => (
        <tr key={a.id} data-activity-id={a.id}>
          {cells(i + 1)}
        </tr>
      ))}
    </tbody>
  );
}
