// Inside one indicator of the structure editor: its sub-indicators (ตัวชี้วัดย่อยที่ 9.1 …) and its
// items by code — renamed, recoded, moved to another indicator or sub-indicator, reordered, deleted.
// A sub-indicator's label is edited as stored (imports match it as text); where it is only shown
// (the item's sub-indicator box) it follows the numerals setting, as in the plan table.
import type { Indicator, PlanDetail } from '../../../../core/types';
import { digits } from '../../format';
import { useApi } from '../../StoreContext';
import { usePlanEdit } from './PlanEditContext';
import { byPosition, moved } from './planModel';
import { DeleteButton, MoveButtons, SavingField, useStructureChange } from './structureEdit';
import { SUB_INDICATOR, PLAN_WORDS, STRUCTURE_EDIT_WORDS as W, STRUCTURE_WORDS } from '../../../../core/terms';

export function StructureIndicatorBody({ plan, ind }: { plan: PlanDetail; ind: Indicator }) {
  const api = useApi();
  const change = useStructureChange();
  const { locked, numerals } = usePlanEdit();
  const subs = byPosition(ind.subIndicators);
  const items = byPosition(ind.items);
  const ids = items.map((i) => i.id);
  return (
    <div className="st-body">
      {subs.length > 0 && (
        <ul className="st-subs" aria-label={W.subsOf(ind.number)}>
          {subs.map((sub) => (
            <li key={sub.id} className="st-row">
              <span className="st-label">{SUB_INDICATOR}</span>
              <SavingField
                className="st-number"
                label={W.subNumber(sub.label)}
                value={sub.label}
                disabled={locked}
                onSave={(label) => change(() => api.updateSubIndicator({ subIndicatorId: sub.id, label }))}
              />
              <SavingField
                className="st-name"
                label={W.subName(sub.label)}
                value={sub.name}
                disabled={locked}
                onSave={(name) => change(() => api.updateSubIndicator({ subIndicatorId: sub.id, name }))}
              />
              <DeleteButton onDelete={() => api.deleteSubIndicator({ subIndicatorId: sub.id })} />
            </li>
          ))}
        </ul>
      )}
      <ul className="st-items" aria-label={W.itemsOf(ind.number)}>
        {items.map((item, k) => (
          <li key={item.id} className="st-row st-item" data-code={item.code}>
            <SavingField
              className="st-code"
              label={STRUCTURE_WORDS.itemCode(item.code)}
              value={item.code}
              disabled={locked}
              onSave={(code) => change(() => api.updateItem({ itemId: item.id, code }))}
            />
            <span className="st-question" title={item.question}>
              {item.question.split('\n')[0] || <em className="muted">{W.noText}</em>}
            </span>
            {subs.length > 0 && (
              <select
                aria-label={W.itemSub(item.code)}
                value={item.subIndicatorId ?? ''}
                disabled={locked}
                onChange={(e) =>
                  void change(() =>
                    api.updateItem({ itemId: item.id, subIndicatorId: e.target.value ? Number(e.target.value) : null }),
                  )
                }
              >
                <option value="">—</option>
                {subs.map((s) => (
                  <option key={s.id} value={s.id}>
                    {digits(s.label, numerals)}
                  </option>
                ))}
              </select>
            )}
            <select
              aria-label={W.moveItemTo(item.code)}
              value={ind.id}
              disabled={locked}
              onChange={(e) =>
                void change(() => api.updateItem({ itemId: item.id, indicatorId: Number(e.target.value) }))
              }
            >
              {plan.indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.tool} {digits(i.number, numerals)}
                </option>
              ))}
            </select>
            <MoveButtons
              label={STRUCTURE_WORDS.item(item.code)}
              first={k === 0}
              last={k === items.length - 1}
              disabled={locked}
              onMove={(d) =>
                void change(() => api.reorderItems({ indicatorId: ind.id, itemIds: moved(ids, item.id, d) ?? ids }))
              }
            />
            <DeleteButton
              ask={{
                title: STRUCTURE_WORDS.deleteItem(item.code),
                message: STRUCTURE_WORDS.deleteItemAsk(item.code, digits(item.activities.length, numerals)),
                confirmLabel: PLAN_WORDS.deleteItem,
              }}
              onDelete={() => api.deleteItem({ itemId: item.id })}
            />
          </li>
        ))}
      </ul>
      {!locked && (
        <div className="st-adds">
          <button
            type="button"
            className="st-add"
            onClick={() => void change(() => api.createItem({ planId: plan.id, indicatorId: ind.id }))}
          >
            {PLAN_WORDS.addItem}
          </button>
          <button
            type="button"
            className="st-add"
            onClick={() => void change(() => api.createSubIndicator({ indicatorId: ind.id, name: '' }))}
          >
            {W.addSub}
          </button>
        </div>
      )}
    </div>
  );
}
