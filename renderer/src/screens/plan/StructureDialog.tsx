// โครงสร้างแผน: the plan's own tools, indicators, sub-indicators and items — added, renamed,
// renumbered, reordered, moved and deleted here; each field saves itself (autosave, audited by the
// API); an approved plan shows it read-only. Below: the criteria set the plan follows, its coverage,
// and "save this structure as a criteria set".
import type { Indicator, PlanDetail, PlanTool } from '../../../../core/types';
import { parseNumber } from '../../../../core/thai';
import { UNDO_NAME, STRUCTURE_UNDO_TITLE as UNDO_TITLE } from '../../../../core/terms';
import { Modal } from '../../components/Modal';
import { digits } from '../../format';
import { useApi } from '../../StoreContext';
import { CriteriaPanel } from './CriteriaPanel';
import { usePlanEdit } from './PlanEditContext';
import { byPosition, moved } from './planModel';
import { StructureIndicatorBody } from './StructureItems';
import { DeleteButton, MoveButtons, SavingField, useStructureChange } from './structureEdit';
import './structure.css';
import { PLAN_WORDS, INDICATOR_NO, STRUCTURE_EDIT_WORDS as W, STRUCTURE_WORDS } from '../../../../core/terms';

function IndicatorRow({
  plan,
  tool,
  ind,
  order,
}: {
  plan: PlanDetail;
  tool: PlanTool;
  ind: Indicator;
  order: Indicator[];
}) {
  const api = useApi();
  const change = useStructureChange();
  const { locked, numerals } = usePlanEdit();
  const ids = order.map((i) => i.id);
  const at = ids.indexOf(ind.id);
  return (
    <li className="st-indicator" data-indicator={ind.number}>
      <div className="st-row">
        <span className="st-label">{INDICATOR_NO}</span>
        <SavingField
          className="st-number"
          label={W.indicatorNumber(ind.number)}
          value={digits(ind.number, numerals)}
          inputMode="numeric"
          disabled={locked}
          onSave={(next) => {
            const number = parseNumber(next);
            return change(() => api.updateIndicator({ indicatorId: ind.id, number: number ?? Number.NaN }));
          }}
        />
        <SavingField
          className="st-name"
          label={W.indicatorName(ind.number)}
          value={ind.name}
          disabled={locked}
          onSave={(name) => change(() => api.updateIndicator({ indicatorId: ind.id, name }))}
        />
        <select
          aria-label={W.indicatorTool(ind.number)}
          value={tool.id}
          disabled={locked}
          onChange={(e) =>
            void change(() => api.updateIndicator({ indicatorId: ind.id, toolId: Number(e.target.value) }))
          }
        >
          {plan.tools.map((t) => (
            <option key={t.id} value={t.id}>
              {t.code}
            </option>
          ))}
        </select>
        <MoveButtons
          label={STRUCTURE_WORDS.indicator(ind.number)}
          first={at === 0}
          last={at === ids.length - 1}
          disabled={locked}
          onMove={(d) =>
            void change(() => api.reorderIndicators({ toolId: tool.id, indicatorIds: moved(ids, ind.id, d) ?? ids }))
          }
        />
        <DeleteButton
          ask={{
            title: STRUCTURE_WORDS.deleteIndicator(digits(ind.number, numerals)),
            message: STRUCTURE_WORDS.deleteIndicatorAsk(
              digits(ind.number, numerals),
              digits(ind.items.length, numerals),
            ),
            confirmLabel: STRUCTURE_WORDS.deleteIndicatorLabel,
          }}
          onDelete={() => api.deleteIndicator({ indicatorId: ind.id })}
        />
      </div>
      <StructureIndicatorBody plan={plan} ind={ind} />
    </li>
  );
}

function ToolSection({ plan, tool, index }: { plan: PlanDetail; tool: PlanTool; index: number }) {
  const api = useApi();
  const change = useStructureChange();
  const { locked, numerals } = usePlanEdit();
  const tools = byPosition(plan.tools);
  const ids = tools.map((t) => t.id);
  const indicators = byPosition(plan.indicators.filter((i) => i.toolId === tool.id));
  return (
    <section className="st-tool" data-tool={tool.code} aria-label={STRUCTURE_WORDS.tool(tool.code)}>
      <div className="st-row st-tool-row">
        <SavingField
          className="st-code"
          label={W.toolCode(tool.code)}
          value={tool.code}
          disabled={locked}
          onSave={(code) => change(() => api.updateTool({ toolId: tool.id, code }))}
        />
        <SavingField
          className="st-name"
          label={W.toolName(tool.code)}
          value={tool.name}
          disabled={locked}
          onSave={(name) => change(() => api.updateTool({ toolId: tool.id, name }))}
        />
        <MoveButtons
          label={STRUCTURE_WORDS.tool(tool.code)}
          first={index === 0}
          last={index === tools.length - 1}
          disabled={locked}
          onMove={(d) =>
            void change(() => api.reorderTools({ planId: plan.id, toolIds: moved(ids, tool.id, d) ?? ids }))
          }
        />
        <DeleteButton
          ask={{
            title: STRUCTURE_WORDS.deleteTool(tool.code),
            message: STRUCTURE_WORDS.deleteToolAsk(tool.code, digits(indicators.length, numerals)),
            confirmLabel: STRUCTURE_WORDS.deleteToolLabel,
          }}
          onDelete={() => api.deleteTool({ toolId: tool.id })}
        />
      </div>
      <ul className="st-indicators">
        {indicators.map((ind) => (
          <IndicatorRow key={ind.id} plan={plan} tool={tool} ind={ind} order={indicators} />
        ))}
      </ul>
      {!locked && (
        <button
          type="button"
          className="st-add"
          onClick={() => void change(() => api.createIndicator({ toolId: tool.id, name: '' }))}
        >
          {W.addIndicatorIn(tool.code)}
        </button>
      )}
    </section>
  );
}

/** The plan editor's one undo (Ctrl+Z reaches it with the dialog open), shown in the dialog too. */
export interface DialogUndo {
  run(): void;
  busy: boolean;
  note: { kind: 'info' | 'error'; text: string } | null;
}

export function StructureDialog({ plan, onClose, undo }: { plan: PlanDetail; onClose(): void; undo: DialogUndo }) {
  const api = useApi();
  const change = useStructureChange();
  const { locked } = usePlanEdit();
  const tools = byPosition(plan.tools);
  const addTool = () => {
    const taken = new Set(plan.tools.map((t) => t.code));
    let n = plan.tools.length + 1;
    while (taken.has(`T${n}`)) n++;
    void change(() => api.createTool({ planId: plan.id, code: `T${n}`, name: W.newTool }));
  };
  return (
    <Modal
      title={PLAN_WORDS.structure}
      onClose={onClose}
      wide
      footer={
        <>
          {undo.note && (
            <span className={`plan-undo-note ${undo.note.kind}`} role={undo.note.kind === 'error' ? 'alert' : 'status'}>
              {undo.note.text}
            </span>
          )}
          <button
            type="button"
            className="plan-undo"
            disabled={undo.busy || locked}
            title={UNDO_TITLE}
            onClick={undo.run}
          >
            <span aria-hidden="true">↶ </span>
            {UNDO_NAME}
          </button>
          <button type="button" className="primary" onClick={onClose}>
            {W.done}
          </button>
        </>
      }
    >
      <div className="structure-dialog" data-testid="structure-dialog">
        {locked ? <p className="banner-approved">{W.locked}</p> : <p className="muted">{W.howTo}</p>}
        {tools.length === 0 && <p className="empty-inline">{W.noTools}</p>}
        {tools.map((tool, i) => (
          <ToolSection key={tool.id} plan={plan} tool={tool} index={i} />
        ))}
        {!locked && (
          <button type="button" className="st-add" onClick={addTool}>
            {W.addTool}
          </button>
        )}
        <CriteriaPanel plan={plan} />
      </div>
    </Modal>
  );
}
