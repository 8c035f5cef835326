// Above the table: find box (Ctrl+F), เลิกทำ (Ctrl+Z: the last save of the plan editor), the plan's
// structure, import, new plan, copy to next year, approve / reopen.
import { useRef, useState } from 'react';
import type { PlanDetail } from '../../../../core/types';
import { digits } from '../../format';
import { dispatchCommand, useCommand } from '../../shortcuts';
import { useUndo } from '../../useUndo';
import { PLAN_TOOLBAR_WORDS as W, UNDO_NAME, WORDS, PLAN_WORDS } from '../../../../core/terms';
import { useApp, useAppStore } from '../../StoreContext';
import { ImportDialog } from './ImportDialog';
import { ApproveDialog, CopyPlanDialog, CreatePlanDialog, ReopenDialog } from './PlanDialogs';
import { StructureDialog } from './StructureDialog';
import './plan-undo.css';

type Dialog = 'import' | 'create' | 'copy' | 'approve' | 'reopen' | 'structure' | null;

interface Props {
  plan: PlanDetail;
  query: string;
  onQuery(query: string): void;
  matches: number | null;
}

export function PlanToolbar({ plan, query, onQuery, matches }: Props) {
  const [dialog, onDialog] = useState<Dialog>(null);
  const numerals = useApp((s) => s.numerals);
  const plans = useApp((s) => s.plans);
  const search = useRef<HTMLInputElement>(null);
  useCommand('find', () => {
    search.current?.focus();
    search.current?.select();
  });
  const approved = plan.status === 'approved';
  const nextYearExists = plans.some((p) => p.fiscalYear === plan.fiscalYear + 1 && p.office === plan.office);
  const close = () => onDialog(null);
  const store = useAppStore();
  const [undone, setUndone] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const undoer = useUndo('plan', {
    // An open cell saves now (Ctrl+S); the undo waits for every save under way to land first.
    flush: async () => {
      dispatchCommand('save');
      await new Promise<void>((resolve) => {
        const done = () => store.getState().save.pending === 0;
        if (done()) return resolve();
        const stop = store.subscribe(() => {
          if (done()) {
            stop();
            resolve();
          }
        });
      });
      return store.getState().save.status !== 'error';
    },
    after: () => store.getState().refreshPlan(),
    say: (kind, text) => setUndone({ kind, text }),
  });

  return (
    <div className="plan-toolbar" role="toolbar" aria-label={W.toolbar}>
      <div className="find">
        <input
          ref={search}
          type="search"
          aria-label={W.find}
          placeholder={W.findPlaceholder}
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              onQuery('');
            }
          }}
        />
        {query.trim() && matches !== null && (
          <span className="find-count" role="status">
            {W.found} {digits(matches, numerals)} {WORDS.item}
          </span>
        )}
      </div>
      <div className="toolbar-actions">
        {undone && (
          <span className={`plan-undo-note ${undone.kind}`} role={undone.kind === 'error' ? 'alert' : 'status'}>
            {undone.text}
          </span>
        )}
        <button
          type="button"
          className="plan-undo"
          disabled={undoer.busy}
          title={W.undoTitle}
          onClick={() => void undoer.undo()}
        >
          <span aria-hidden="true">↶ </span>
          {UNDO_NAME}
        </button>
        <button type="button" onClick={() => onDialog('structure')}>
          {PLAN_WORDS.structure}
        </button>
        <button type="button" onClick={() => onDialog('import')}>
          {W.importPlan}
        </button>
        <button type="button" onClick={() => onDialog('create')}>
          {PLAN_WORDS.newPlan}
        </button>
        <button
          type="button"
          disabled={nextYearExists}
          title={nextYearExists ? W.nextYearExists : undefined}
          onClick={() => onDialog('copy')}
        >
          {PLAN_WORDS.copyToNextYear}
        </button>
        {approved ? (
          <button type="button" onClick={() => onDialog('reopen')}>
            {PLAN_WORDS.unapprove}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => onDialog('approve')}>
            {PLAN_WORDS.approve}
          </button>
        )}
      </div>
      {dialog === 'structure' && (
        <StructureDialog
          plan={plan}
          onClose={close}
          undo={{ run: () => void undoer.undo(), busy: undoer.busy, note: undone }}
        />
      )}
      {dialog === 'import' && <ImportDialog onClose={close} />}
      {dialog === 'create' && <CreatePlanDialog onClose={close} />}
      {dialog === 'copy' && <CopyPlanDialog plan={plan} onClose={close} />}
      {dialog === 'approve' && <ApproveDialog plan={plan} onClose={close} />}
      {dialog === 'reopen' && <ReopenDialog plan={plan} onClose={close} />}
    </div>
  );
}
