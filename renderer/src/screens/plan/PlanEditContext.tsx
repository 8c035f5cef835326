// What every row of the editor can do, in one stable context value: saves patch the open plan with
// the API's result (no re-read), structural changes re-read it. Also hosts the confirm dialog and
// the division picker, so rows stay light.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { withDigits, type DigitStyle } from '../../../../core/thai';
import type { Input } from '../../../../core/contract';
import type { Activity, Division, Item, PlanDetail } from '../../../../core/types';
import { Modal } from '../../components/Modal';
import { useApi, useApp, useAppStore } from '../../StoreContext';
import { openCellWhenShown } from './cellNav';
import { DivisionPicker } from './DivisionPicker';
import { byPosition, moved, withActivity, withItem } from './planModel';
import { PLAN_WORDS, UI_WORDS, STRUCTURE_WORDS } from '../../../../core/terms';

type ActivityPatch = Omit<Input<'updateActivity'>, 'activityId'>;
type ItemPatch = Omit<Input<'updateItem'>, 'itemId'>;

export interface ConfirmOptions {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
}

export interface PlanEdit {
  planId: number;
  fiscalYear: number;
  locked: boolean;
  numerals: DigitStyle;
  divisionsById: ReadonlyMap<number, Division>;
  saveActivity(activityId: number, patch: ActivityPatch): Promise<Activity>;
  saveItem(itemId: number, patch: ItemPatch): Promise<Item>;
  addItem(indicatorNumber: number): Promise<void>;
  addActivity(item: Item): Promise<void>;
  deleteItem(item: Item): Promise<void>;
  deleteActivity(activity: Activity): Promise<void>;
  moveItem(item: Item, direction: -1 | 1): Promise<void>;
  moveActivity(item: Item, activityId: number, direction: -1 | 1): Promise<void>;
  pickDivisions(activity: Activity): void;
  confirm(options: ConfirmOptions): Promise<boolean>;
}

const PlanEditContext = createContext<PlanEdit | null>(null);

export function usePlanEdit(): PlanEdit {
  const ctx = useContext(PlanEditContext);
  if (!ctx) throw new Error('PlanEditContext is missing');
  return ctx;
}

interface Pending extends ConfirmOptions {
  resolve(ok: boolean): void;
}

export function PlanEditProvider({ plan, children }: { plan: PlanDetail; children: ReactNode }) {
  const api = useApi();
  const store = useAppStore();
  const numerals = useApp((s) => s.numerals);
  const divisions = useApp((s) => s.divisions);
  const [pending, setPending] = useState<Pending | null>(null);
  const [picking, setPicking] = useState<Activity | null>(null);
  const busy = useRef<Promise<unknown>>(Promise.resolve());
  const divisionsById = useMemo(() => new Map(divisions.map((d) => [d.id, d])), [divisions]);

  const patchPlan = useCallback((f: (p: PlanDetail) => PlanDetail) => store.getState().patchPlan(f), [store]);

  /** Structural changes one at a time (a double click must not reorder twice from a stale order). */
  const serial = useCallback((work: () => Promise<unknown>): Promise<void> => {
    const next = busy.current.then(work).then(
      () => undefined,
      () => undefined, // the store's banner already shows the API's Thai message
    );
    busy.current = next;
    return next;
  }, []);

  const confirm = useCallback(
    (options: ConfirmOptions) => new Promise<boolean>((resolve) => setPending({ ...options, resolve })),
    [],
  );

  const planId = plan.id;
  const locked = plan.status === 'approved';
  const value = useMemo<PlanEdit>(() => {
    const { track, refreshPlan } = store.getState();
    const current = () => store.getState().plan;
    return {
      planId,
      fiscalYear: plan.fiscalYear,
      locked,
      numerals,
      divisionsById,
      confirm,
      async saveActivity(activityId, patch) {
        const a = await track(api.updateActivity({ activityId, ...patch }));
        patchPlan((p) => withActivity(p, a));
        return a;
      },
      async saveItem(itemId, patch) {
        const item = await track(api.updateItem({ itemId, ...patch }));
        patchPlan((p) => withItem(p, item));
        return item;
      },
      addItem: (indicatorNumber) =>
        serial(async () => {
          const item = await track(api.createItem({ planId, indicatorNumber }));
          await refreshPlan();
          openCellWhenShown(`[data-item-id="${item.id}"]`, '[data-field="question"]');
        }),
      addActivity: (item) =>
        serial(async () => {
          const last = byPosition(item.activities).at(-1);
          const a = await track(
            api.createActivity({
              itemId: item.id,
              text: PLAN_WORDS.newActivity,
              startMonth: last?.startMonth ?? null,
              endMonth: last?.endMonth ?? null,
              months: last?.months ?? [],
              allDivisions: last?.allDivisions ?? false,
              divisionIds: last?.divisionIds ?? [],
              monitoring: last?.monitoring ?? 'monthly',
              monitoringText: last?.monitoringText ?? '',
            }),
          );
          await refreshPlan();
          openCellWhenShown(`[data-activity-id="${a.id}"]`, '[data-field="text"]');
        }),
      deleteItem: async (item) => {
        const ok = await confirm({
          title: STRUCTURE_WORDS.deleteItem(item.code),
          message: STRUCTURE_WORDS.deleteItemFromPlanAsk(item.code, withDigits(item.activities.length, numerals)),
          confirmLabel: PLAN_WORDS.deleteItem,
          danger: true,
        });
        if (ok) await serial(() => track(api.deleteItem({ itemId: item.id })).then(refreshPlan));
      },
      deleteActivity: async (activity) => {
        const text = activity.text.length > 80 ? `${activity.text.slice(0, 80)}…` : activity.text;
        const ok = await confirm({
          title: PLAN_WORDS.deleteActivity,
          message: STRUCTURE_WORDS.deleteActivityAsk(text),
          confirmLabel: PLAN_WORDS.deleteActivity,
          danger: true,
        });
        if (ok) await serial(() => track(api.deleteActivity({ activityId: activity.id })).then(refreshPlan));
      },
      moveItem: (item, direction) =>
        serial(async () => {
          const ind = current()?.indicators.find((i) => i.id === item.indicatorId);
          const ids =
            ind &&
            moved(
              byPosition(ind.items).map((i) => i.id),
              item.id,
              direction,
            );
          if (!ids) return;
          const items = await track(api.reorderItems({ indicatorId: item.indicatorId, itemIds: ids }));
          patchPlan((p) => ({
            ...p,
            indicators: p.indicators.map((i) => (i.id === item.indicatorId ? { ...i, items } : i)),
          }));
        }),
      moveActivity: (item, activityId, direction) =>
        serial(async () => {
          const fresh = current()
            ?.indicators.flatMap((i) => i.items)
            .find((i) => i.id === item.id);
          const ids =
            fresh &&
            moved(
              byPosition(fresh.activities).map((a) => a.id),
              activityId,
              direction,
            );
          if (!ids) return;
          const activities = await track(api.reorderActivities({ itemId: item.id, activityIds: ids }));
          patchPlan((p) => withItem(p, { ...fresh, activities }));
        }),
      pickDivisions: (activity) => setPicking(activity),
    };
  }, [api, store, planId, plan.fiscalYear, locked, numerals, divisionsById, confirm, patchPlan, serial]);

  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };

  return (
    <PlanEditContext.Provider value={value}>
      {children}
      {picking && (
        <DivisionPicker activity={picking} saveActivity={value.saveActivity} onClose={() => setPicking(null)} />
      )}
      {pending && (
        <Modal
          title={pending.title}
          onClose={() => answer(false)}
          footer={
            <>
              <button type="button" onClick={() => answer(false)}>
                {UI_WORDS.cancel}
              </button>
              <button type="button" className={pending.danger ? 'danger' : 'primary'} onClick={() => answer(true)}>
                {pending.confirmLabel}
              </button>
            </>
          }
        >
          <p className="confirm-text">{pending.message}</p>
        </Modal>
      )}
    </PlanEditContext.Provider>
  );
}
