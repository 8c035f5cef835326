// One activity's six cells (กิจกรรม … ระยะเวลากำกับติดตาม), memoized: a save re-renders its row only.
import { memo, useCallback } from 'react';
import type { Activity, Item } from '../../../../core/types';
import { responsibleText } from '../../../../core/rules';
import { CellText } from './CellText';
import { EditableCell } from './EditableCell';
import { MonitoringCell, MonthRangeCell, TargetCell } from './ActivityFields';
import { usePlanEdit } from './PlanEditContext';
import {
  PLAN_ACTIVITY_WORDS as W,
  PLAN_COLUMN_NAMES,
  UI_WORDS,
  PLAN_WORDS,
  STRUCTURE_WORDS,
} from '../../../../core/terms';

const requiredActivity = (v: string) => (v.trim() ? null : W.required);

interface Props {
  activity: Activity;
  item: Item;
  number: number;
  first: boolean;
  last: boolean;
  query: string;
}

export const ActivityCells = memo(function ActivityCells({ activity, item, number, first, last, query }: Props) {
  const edit = usePlanEdit();
  const { locked, divisionsById, saveActivity } = edit;
  const id = activity.id;
  const save = useCallback(
    (field: 'text' | 'output' | 'awareness') => (value: string) => saveActivity(id, { [field]: value }),
    [id, saveActivity],
  );
  const where = STRUCTURE_WORDS.activityOf(item.code, number);
  const responsible = responsibleText(activity, divisionsById);
  return (
    <>
      <td>
        <EditableCell
          value={activity.text}
          field="text"
          label={W.text(where)}
          readOnly={locked}
          onSave={save('text')}
          validate={requiredActivity}
          query={query}
        />
      </td>
      <td>
        <EditableCell
          value={activity.output}
          field="output"
          label={W.output(where)}
          readOnly={locked}
          onSave={save('output')}
          query={query}
          placeholder={PLAN_COLUMN_NAMES.output}
        />
        <TargetCell activity={activity} />
      </td>
      <td>
        <EditableCell
          value={activity.awareness}
          field="awareness"
          label={W.awareness(where)}
          readOnly={locked}
          onSave={save('awareness')}
          query={query}
          placeholder={PLAN_COLUMN_NAMES.awareness}
        />
      </td>
      <td>
        <MonthRangeCell activity={activity} />
      </td>
      <td title={activity.responsibleText.trim() ? W.asWritten(activity.responsibleText) : undefined}>
        <div
          className={`ec picker-cell${locked ? ' ec-readonly' : ''}`}
          data-cell={locked ? undefined : 'picker'}
          data-field="divisions"
          tabIndex={locked ? undefined : 0}
          role={locked ? undefined : 'button'}
          aria-label={locked ? undefined : W.responsible(where, responsible)}
          onClick={() => !locked && edit.pickDivisions(activity)}
          onKeyDown={(e) => {
            if (!locked && e.target === e.currentTarget && (e.key === 'Enter' || e.key === 'F2' || e.key === ' ')) {
              e.preventDefault();
              edit.pickDivisions(activity);
            }
          }}
        >
          {responsible ? (
            <CellText value={responsible} query={query} />
          ) : (
            !locked && <span className="ec-placeholder">{W.pickDivision}</span>
          )}
        </div>
      </td>
      <td>
        <MonitoringCell activity={activity} />
      </td>
      {!locked && (
        <td className="cell-tools">
          <span className="row-tools" role="group" aria-label={W.tools(where)}>
            <button
              type="button"
              aria-label={W.moveUp(where)}
              title={UI_WORDS.moveUp}
              disabled={first}
              onClick={() => void edit.moveActivity(item, id, -1)}
            >
              ▲
            </button>
            <button
              type="button"
              aria-label={W.moveDown(where)}
              title={UI_WORDS.moveDown}
              disabled={last}
              onClick={() => void edit.moveActivity(item, id, 1)}
            >
              ▼
            </button>
            <button
              type="button"
              className="danger-icon"
              aria-label={W.delete(where)}
              title={PLAN_WORDS.deleteActivity}
              onClick={() => void edit.deleteActivity(activity)}
            >
              ✕
            </button>
          </span>
        </td>
      )}
    </>
  );
});
