// App-wide state (zustand): plans, the open plan, divisions, settings, which screen and month are
// shown, and the save indicator. Screens keep their own working state in their folders and call
// the Api they are given (window.api in the app, a fake in tests).
import { fieldMessageOf, userMessageOf } from '../../core/errors';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../core/contract';
import type { Division, Numerals, PlanDetail, PlanSummary, Settings } from '../../core/types';
import { planOpeningMonth } from '../../core/rules';
import { fiscalMonths, messageDigits, type DigitStyle } from '../../core/thai';
import { SCREENS, type Screen } from '../../core/screens';
import { APP_SHELL_WORDS } from '../../core/terms';

export type Phase = 'loading' | 'ready' | 'error';
export { SCREENS, type Screen } from '../../core/screens';

export interface SaveState {
  status: 'idle' | 'saving' | 'saved' | 'error';
  /** Date.now() of the last change of status. */
  at: number;
  pending: number;
}

/** Where a click-through lands: the plan row of an item, an activity in the month grid, or one division's rows. */
export interface FocusTarget {
  itemId?: number;
  activityId?: number;
  /** The follow-up screen filtered to this division (the overview's division bars and chase list). */
  divisionId?: number;
}

export interface AppState {
  phase: Phase;
  plans: PlanSummary[];
  planId: number | null;
  plan: PlanDetail | null;
  planLoading: boolean;
  divisions: Division[];
  settings: Settings | null;
  numerals: Numerals;
  office: string;
  screen: Screen;
  /**
   * The month every screen shows (follow-up, overview, export; CE 'YYYY-MM'), kept within the open
   * plan's fiscal year: core/rules.ts openingMonth when the app opens, then what the user picks.
   */
  month: string | null;
  focus: FocusTarget | null;
  save: SaveState;
  /** Thai message for the user, or null. */
  error: string | null;
  importing: boolean;

  load(): Promise<void>;
  selectPlan(planId: number): Promise<void>;
  /** Re-reads the plan list and the open plan after a change. */
  refreshPlan(): Promise<void>;
  /** Re-reads the plan list and opens the given plan (a new, copied or imported one). */
  openPlan(planId: number): Promise<void>;
  /** Applies a saved row to the open plan without refetching it (keeps typing fast). */
  patchPlan(update: (plan: PlanDetail) => PlanDetail): void;
  refreshDivisions(): Promise<void>;
  setSettings(settings: Settings): void;
  importSample(): Promise<void>;
  setScreen(screen: Screen, focus?: FocusTarget | null): void;
  setMonth(month: string): void;
  clearFocus(): void;
  /** Runs a save, showing "กำลังบันทึก…" then "บันทึกแล้ว" (or the Thai error); rethrows failures. */
  track<T>(work: Promise<T>): Promise<T>;
  showError(message: string): void;
  dismissError(): void;
}

export const NO_API_MESSAGE = APP_SHELL_WORDS.noApi;
const GENERIC_MESSAGE = APP_SHELL_WORDS.genericError;
const UI_KEY = 'ita.ui';
/** The month picked, for this session only (sessionStorage): a new day opens on openingMonth. */
const MONTH_KEY = 'ita.month';

/**
 * What to tell the user about a failure: the API's own Thai message when the error carries one of
 * its codes (core/errors.ts), else a generic Thai one (an English IPC error, a bug in the page).
 */
export function messageOf(e: unknown): string {
  return messageDigits(userMessageOf(e) ?? GENERIC_MESSAGE, messageNumerals);
}

/**
 * What to say under one field of a form: the field's own message from the error's details when the
 * API refused that field (core/errors.ts fieldMessageOf, by its path, whatever the error's generic
 * wording), else the whole message as messageOf says it.
 */
export function fieldMessageOfError(e: unknown, field: string): string {
  const own = fieldMessageOf(e, field);
  return own !== null ? messageDigits(own, messageNumerals) : messageOf(e);
}

/** The digits the API's messages are shown in (the numerals setting; the API writes Arabic ones). */
let messageNumerals: DigitStyle = 'thai';

/** The newest fiscal year first; within a year, by office. */
export function sortPlans(plans: readonly PlanSummary[]): PlanSummary[] {
  return [...plans].sort((a, b) => b.fiscalYear - a.fiscalYear || a.office.localeCompare(b.office, 'th'));
}

interface SavedUi {
  screen?: Screen;
  planId?: number;
}

/** Screen, plan and month survive a reload (localStorage of the app's own page). */
function readUi(storage: Storage | undefined): SavedUi {
  try {
    const raw = storage?.getItem(UI_KEY);
    return raw ? (JSON.parse(raw) as SavedUi) : {};
  } catch {
    return {};
  }
}

function readMonth(session: Storage | undefined): string | null {
  try {
    return session?.getItem(MONTH_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * storage keeps the screen and plan between runs (localStorage); session keeps the month picked
 * through a reload, but not into the next run (sessionStorage).
 */
export function createAppStore(api: Api | undefined, storage?: Storage, session?: Storage): StoreApi<AppState> {
  const saved = readUi(storage);
  const store = createStore<AppState>()((set, get) => ({
    phase: 'loading',
    plans: [],
    planId: saved.planId ?? null,
    plan: null,
    planLoading: false,
    divisions: [],
    settings: null,
    numerals: 'thai',
    office: '',
    screen: SCREENS.some((s) => s.id === saved.screen) ? saved.screen! : 'plan',
    month: readMonth(session),
    focus: null,
    save: { status: 'idle', at: 0, pending: 0 },
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
        messageNumerals = settings.numerals;
        set({
          plans: sorted,
          divisions,
          settings,
          numerals: settings.numerals,
          office: settings.office,
          phase: 'ready',
        });
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
        if (get().planId !== planId) return;
        const kept = get().month;
        const month = kept !== null && fiscalMonths(plan.fiscalYear).includes(kept) ? kept : planOpeningMonth(plan);
        set({ plan, planLoading: false, month });
      } catch (e) {
        if (get().planId === planId) set({ plan: null, planLoading: false, error: messageOf(e) });
      }
    },

    async refreshPlan() {
      if (!api) return;
      const plans = sortPlans(await api.listPlans({}));
      set({ plans });
      const id = get().planId;
      const keep = plans.find((p) => p.id === id) ?? plans[0];
      if (keep) await get().selectPlan(keep.id);
      else set({ planId: null, plan: null });
    },

    async openPlan(planId) {
      set({ planId });
      await get().refreshPlan();
    },

    patchPlan(update) {
      const plan = get().plan;
      if (plan) set({ plan: update(plan) });
    },

    async refreshDivisions() {
      if (!api) return;
      set({ divisions: await api.listDivisions({}) });
    },

    setSettings(settings) {
      messageNumerals = settings.numerals;
      set({ settings, numerals: settings.numerals, office: settings.office });
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

    setScreen(screen, focus = null) {
      set({ screen, focus });
    },

    setMonth(month) {
      set({ month });
    },

    clearFocus() {
      set({ focus: null });
    },

    async track<T>(work: Promise<T>): Promise<T> {
      set((s) => ({ save: { status: 'saving', at: Date.now(), pending: s.save.pending + 1 } }));
      try {
        const out = await work;
        set((s) => {
          const pending = Math.max(0, s.save.pending - 1);
          return { save: { status: pending > 0 ? 'saving' : 'saved', at: Date.now(), pending } };
        });
        return out;
      } catch (e) {
        set((s) => ({
          save: { status: 'error', at: Date.now(), pending: Math.max(0, s.save.pending - 1) },
          error: messageOf(e),
        }));
        throw e;
      }
    },

    showError(message) {
      set({ error: message });
    },

    dismissError() {
      // The user has read the failure; the indicator stops saying "not saved" until the next save.
      set((s) => ({ error: null, save: s.save.status === 'error' ? { ...s.save, status: 'idle' } : s.save }));
    },
  }));

  store.subscribe((s, prev) => {
    if (s.screen === prev.screen && s.planId === prev.planId && s.month === prev.month) return;
    try {
      storage?.setItem(UI_KEY, JSON.stringify({ screen: s.screen, planId: s.planId }));
      if (s.month) session?.setItem(MONTH_KEY, s.month);
    } catch {
      // A full or disabled storage only costs the remembered screen.
    }
  });
  return store;
}
