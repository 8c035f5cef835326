// When the app measures the reports the user will most likely export (prepare.ts): once the report
// window is warm, whenever a plan is open and something changed since the last run (the plan opened
// or switched, its month sheet's month picked, any saved change), after QUIET_MS without a call from
// the page. So never while the user works, nor while an export or print runs (a call under way):
// a call arriving stops a run between measuring documents, and it runs again once things settle;
// what it had measured stays measured. What it needs to know it reads off the calls the page makes
// (watch): getPlan names the open plan (the renderer's store loads the plan it opens, or switches
// to, with it), listMonth the month the follow-up screen shows, and a mutating method
// (core/contract.ts `mutates`) that a change was saved. No channel of its own.
// Plain Node: electron/main wires it, tests drive it with a recording measure().
import { isAppError } from '../../core/errors';
import { mutationOf, type Api, type MethodName } from '../../core/contract';
import { METHOD_NAMES } from '../../core/methods';

/** Quiet time after the page's last call before measuring (ms): the user has stopped typing or clicking. */
export const QUIET_MS = 1000;

/** Calls that only wait for the user in a system dialog (e.g. where to save the export): not work. */
const waitsForUser = (name: MethodName) => name.startsWith('choose');

export interface PrepareLog {
  error(what: string, error?: unknown): void;
  info(what: string): void;
}

export interface IdlePrepOptions {
  /** Measures the reports of plan `planId` (month: the follow-up screen's, if the page showed one). */
  measure(planId: number, month: string | undefined, signal: AbortSignal): Promise<unknown>;
  log: PrepareLog;
  quietMs?: number;
}

export interface IdlePrep {
  /** The API as the page calls it: the same methods, each call also seen here. */
  watch(api: Api): Api;
  /** The report window is warm: preparations may run from now on. */
  start(): void;
  /** Quitting: no run from now on; one under way is stopped. Resolves once it has settled. */
  stop(): Promise<void>;
}

export function prepareWhenIdle(options: IdlePrepOptions): IdlePrep {
  const quietMs = options.quietMs ?? QUIET_MS;
  let started = false;
  let stopped = false;
  let planId: number | null = null;
  let month: string | undefined;
  /** Something changed since the last run began (or a plan was opened). */
  let dirty = false;
  let busy = 0; // the page's calls under way, exports among them (dialogs waiting for the user not counted)
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastCall = -Infinity; // when the page's last call began or ended (Date.now)
  let running: { abort: AbortController; done: Promise<void> } | null = null;

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!started || stopped || planId === null || !dirty || busy > 0 || running) return;
    timer = setTimeout(run, Math.max(0, quietMs - (Date.now() - lastCall)));
    timer.unref?.();
  };

  const run = () => {
    timer = null;
    if (stopped || planId === null || !dirty || busy > 0 || running) return;
    dirty = false;
    const abort = new AbortController();
    const [id, m] = [planId, month];
    const t0 = performance.now();
    const done = options.measure(id, m, abort.signal).then(
      () => options.log.info(`reports prepared: plan ${id} in ${Math.round(performance.now() - t0)} ms`),
      (e: unknown) => {
        if (stopped) return; // quitting closed the printer (and the database) under it
        if (abort.signal.aborted) {
          dirty = true; // again once things settle
          options.log.info(`preparing the reports gave way to ${String(abort.signal.reason)}`);
        } else if (isAppError(e) && e.code === 'notFound') {
          if (planId === id) planId = null; // the plan is gone; the page opens another
        } else options.log.error('preparing the reports failed', e);
      },
    );
    running = { abort, done };
    void done.finally(() => {
      running = null;
      schedule();
    });
  };

  const before = (name: MethodName) => {
    lastCall = Date.now();
    if (!waitsForUser(name)) {
      busy++;
      // The user is at work again: a run under way gives way (what it measured stays measured).
      if (running && !running.abort.signal.aborted) running.abort.abort(name);
    }
    schedule();
  };

  const after = (name: MethodName, input: unknown, ok: boolean) => {
    lastCall = Date.now();
    if (!waitsForUser(name)) busy--;
    const i = (input ?? {}) as { planId?: unknown; month?: unknown };
    if (ok && name === 'getPlan' && typeof i.planId === 'number' && i.planId !== planId) {
      planId = i.planId;
      month = undefined;
      dirty = true;
    }
    if (ok && name === 'listMonth' && i.planId === planId && typeof i.month === 'string' && i.month !== month) {
      month = i.month;
      dirty = true;
    }
    if (ok && mutationOf(name)) dirty = true;
    schedule();
  };

  return {
    watch(api) {
      const watched: Partial<Record<MethodName, (input: unknown) => Promise<unknown>>> = {};
      for (const name of METHOD_NAMES) {
        const method = (api[name] as (input: unknown) => Promise<unknown>).bind(api);
        watched[name] = async (input) => {
          before(name);
          let ok = false;
          try {
            const out = await method(input);
            ok = true;
            return out;
          } finally {
            after(name, input, ok);
          }
        };
      }
      return watched as Api;
    },
    start() {
      started = true;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      running?.abort.abort();
      await running?.done;
    },
  };
}
