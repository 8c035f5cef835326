// App state (zustand). The store talks to nothing but the Api it is given (window.api in the app,
// a fake in tests and screenshots).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../electron/api/contract';
import type { Division, Numerals, PlanDetail, PlanSummary } from '../../electron/api/types';

export type Phase = 'loading' | 'ready' | 'error';

export interface AppState {
  phase: Phase;
  plans: PlanSummary[];
  planId: number | null;
  plan: PlanDetail | null;
  planLoading: boolean;
  divisions: Division[];
  numerals: Numerals;
  office: string;
  /** Thai message for the user, or null. */
  error: string | null;
  importing: boolean;

  load(): Promise<void>;
  selectPlan(planId: number): Promise<void>;
  importSample(): Promise<void>;
  dismissError(): void;
}

export const NO_API_MESSAGE = 'ไม่พบการเชื่อมต่อกับโปรแกรมหลัก กรุณาปิดแล้วเปิดโปรแกรมใหม่';
const GENERIC_MESSAGE = 'เกิดข้อผิดพลาด กรุณาลองใหม่อีกครั้ง';

/** The API's errors carry Thai messages; anything else (an English IPC error) gets a Thai one. */
export function messageOf(e: unknown): string {
  const msg = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return /[\u0E00-\u0E7F]/.test(msg) ? msg : GENERIC_MESSAGE;
}

/** The newest fiscal year first; within a year, by office. */
export function sortPlans(plans: readonly PlanSummary[]): PlanSummary[] {
  return [...plans].sort((a, b) => b.fiscalYear - a.fiscalYear || a.office.localeCompare(b.office, 'th'));
}

export function createAppStore(api: Api | undefined): StoreApi<AppState> {
  return createStore<AppState>()((set, get) => ({
    phase: 'loading',
    plans: [],
    planId: null,
    plan: null,
    planLoading: false,
    divisions: [],
    numerals: 'thai',
    office: '',
    error: null,
    importing: false,

    async load() {
      if (!api) {
        set({ phase: 'error', error: NO_API_MESSAGE });
        return;
      }
      set({ phase: 'loading', error: null });
      try {
        const [plans, divisions, settings] = await Promise.all([
          api.listPlans({}),
          api.listDivisions({}),
          api.getSettings({}),
        ]);
        const sorted = sortPlans(plans);
        set({ plans: sorted, divisions, numerals: settings.numerals, office: settings.office, phase: 'ready' });
        const keep = sorted.find((p) => p.id === get().planId) ?? sorted[0];
        if (keep) await get().selectPlan(keep.id);
        else set({ planId: null, plan: null });
      } catch (e) {
        set({ phase: 'error', error: messageOf(e) });
      }
    },

    async selectPlan(planId) {
      if (!api) return;
      set({ planId, planLoading: true, error: null });
      try {
        const plan = await api.getPlan({ planId });
        if (get().planId === planId) set({ plan, planLoading: false });
      } catch (e) {
        if (get().planId === planId) set({ plan: null, planLoading: false, error: messageOf(e) });
      }
    },

    async importSample() {
      if (!api || get().importing) return;
      set({ importing: true, error: null });
      try {
        const result = await api.importSamplePlan({});
        if (result.plan) set({ planId: result.plan.id });
        await get().load();
      } catch (e) {
        set({ error: messageOf(e) });
      } finally {
        set({ importing: false });
      }
    },

    dismissError() {
      set({ error: null });
    },
  }));
}
