// The plan-level dialogs: new plan (from a criteria set or empty), copy to the next fiscal year,
// approve (with a date), reopen.
import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand';
import {
  fiscalYearOfMonth,
  formatDate,
  isoOfDay,
  formatFiscalYear,
  parseNumber,
  withDigits,
} from '../../../../core/thai';
import type { CriteriaSet, PlanDetail } from '../../../../core/types';
import { BeDateInput } from '../../components/BeDateInput';
import { Modal } from '../../components/Modal';
import { monthOf } from '../../../../core/rules';
import { DEFAULT_CRITERIA_SET } from '../../../../core/criteria';
import type { AppState } from '../../store';
import { useApi, useApp, useAppStore } from '../../StoreContext';
import { FIELD_NAMES, WORDS, UI_WORDS, PLAN_DIALOG_WORDS as W, PLAN_WORDS } from '../../../../core/terms';

/** Re-reads the plan list and opens the given plan (one getPlan). */
export async function openPlan(store: StoreApi<AppState>, planId: number): Promise<void> {
  await store.getState().openPlan(planId);
}

function todayIso(): string {
  return isoOfDay(new Date());
}

function Footer({
  busy,
  label,
  onOk,
  onCancel,
  disabled,
}: {
  busy: boolean;
  label: string;
  onOk(): void;
  onCancel(): void;
  disabled?: boolean;
}) {
  return (
    <>
      <button type="button" onClick={onCancel}>
        {UI_WORDS.cancel}
      </button>
      <button type="button" className="primary" disabled={busy || disabled} onClick={onOk}>
        {busy ? W.working : label}
      </button>
    </>
  );
}

/** Runs the work; on failure the store's banner shows the API's Thai message and the dialog stays. */
function useRun(onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      onClose();
    } catch {
      setBusy(false);
    }
  };
  return { busy, run };
}

export function CreatePlanDialog({ onClose }: { onClose(): void }) {
  const api = useApi();
  const store = useAppStore();
  const plans = useApp((s) => s.plans);
  const settings = useApp((s) => s.settings);
  const numerals = useApp((s) => s.numerals);
  const [year, setYear] = useState(() =>
    withDigits(
      plans.length ? Math.max(...plans.map((p) => p.fiscalYear)) + 1 : fiscalYearOfMonth(monthOf(new Date())),
      numerals,
    ),
  );
  const [office, setOffice] = useState(settings?.office ?? '');
  const [sets, setSets] = useState<CriteriaSet[]>([]);
  /** A criteria set's id, or '' for an empty plan. */
  const [start, setStart] = useState(DEFAULT_CRITERIA_SET);
  const [withItems, setWithItems] = useState(false);
  useEffect(() => {
    void api.listCriteriaSets({}).then(setSets, () => setSets([]));
  }, [api]);
  const { busy, run } = useRun(onClose);
  const fiscalYear = parseNumber(year);
  const problem =
    fiscalYear === null || fiscalYear < 2500 || fiscalYear > 2700 ? W.yearRule(withDigits(2567, numerals)) : null;
  const ok = () =>
    run(async () => {
      const { track } = store.getState();
      const plan = await track(
        api.createPlan({
          fiscalYear: fiscalYear!,
          office: office.trim() || undefined,
          criteriaSet: start || null,
          withItems: !!start && withItems,
        }),
      );
      await openPlan(store, plan.id);
    });
  return (
    <Modal
      title={PLAN_WORDS.newPlan}
      onClose={onClose}
      footer={<Footer busy={busy} label={W.create} onOk={() => void ok()} onCancel={onClose} disabled={!!problem} />}
    >
      <p className="muted">{W.createHint}</p>
      <div className="form-grid">
        <label htmlFor="new-plan-year">{PLAN_WORDS.fiscalYearBe}</label>
        <input id="new-plan-year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
        <label htmlFor="new-plan-office">{WORDS.office}</label>
        <input id="new-plan-office" value={office} onChange={(e) => setOffice(e.target.value)} />
        <label htmlFor="new-plan-start">{W.startFrom}</label>
        <select id="new-plan-start" value={start} onChange={(e) => setStart(e.target.value)}>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          <option value="">{W.emptyPlan}</option>
        </select>
        {start && (
          <label className="form-grid-wide">
            <input type="checkbox" checked={withItems} onChange={(e) => setWithItems(e.target.checked)} /> {W.withItems}
          </label>
        )}
      </div>
      {problem && <p className="field-error">{problem}</p>}
    </Modal>
  );
}

export function CopyPlanDialog({ plan, onClose }: { plan: PlanDetail; onClose(): void }) {
  const api = useApi();
  const store = useAppStore();
  const numerals = useApp((s) => s.numerals);
  const { busy, run } = useRun(onClose);
  const ok = () =>
    run(async () => {
      const copy = await store.getState().track(api.copyPlanToNextYear({ planId: plan.id }));
      await openPlan(store, copy.id);
    });
  return (
    <Modal
      title={PLAN_WORDS.copyToNextYear}
      onClose={onClose}
      footer={<Footer busy={busy} label={W.copy} onOk={() => void ok()} onCancel={onClose} />}
    >
      <p>
        {W.copyWhat}
        {formatFiscalYear(plan.fiscalYear, numerals)} {W.copyTo}
        <strong>{formatFiscalYear(plan.fiscalYear + 1, numerals)}</strong> {W.copyShift}
      </p>
      <p className="muted">{W.copyNote}</p>
    </Modal>
  );
}

export function ApproveDialog({ plan, onClose }: { plan: PlanDetail; onClose(): void }) {
  const api = useApi();
  const store = useAppStore();
  const numerals = useApp((s) => s.numerals);
  const [date, setDate] = useState(todayIso());
  const { busy, run } = useRun(onClose);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const ok = () =>
    run(async () => {
      const { track, refreshPlan } = store.getState();
      await track(api.approvePlan({ planId: plan.id, approvedAt: date }));
      await refreshPlan();
    });
  return (
    <Modal
      title={PLAN_WORDS.approve}
      onClose={onClose}
      footer={
        <Footer busy={busy} label={PLAN_WORDS.approve} onOk={() => void ok()} onCancel={onClose} disabled={!valid} />
      }
    >
      <p>{W.approveNote}</p>
      <div className="form-grid">
        <label htmlFor="approve-date">{FIELD_NAMES.approvedAt}</label>
        <div>
          <BeDateInput
            id="approve-date"
            label={FIELD_NAMES.approvedAt}
            value={date}
            onChange={setDate}
            numerals={numerals}
          />
          {valid && <span className="muted date-be">{formatDate(date, numerals)}</span>}
        </div>
      </div>
      {!valid && <p className="field-error">{W.pickApproveDate}</p>}
    </Modal>
  );
}

export function ReopenDialog({ plan, onClose }: { plan: PlanDetail; onClose(): void }) {
  const api = useApi();
  const store = useAppStore();
  const { busy, run } = useRun(onClose);
  const ok = () =>
    run(async () => {
      const { track, refreshPlan } = store.getState();
      await track(api.reopenPlan({ planId: plan.id }));
      await refreshPlan();
    });
  return (
    <Modal
      title={PLAN_WORDS.unapprove}
      onClose={onClose}
      footer={<Footer busy={busy} label={PLAN_WORDS.unapprove} onOk={() => void ok()} onCancel={onClose} />}
    >
      <p>{W.reopenNote}</p>
    </Modal>
  );
}
