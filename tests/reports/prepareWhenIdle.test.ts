// When the app prepares the reports (electron/reports/prepareWhenIdle.ts), driven through the watched
// API with the clock under the test's control: after the warm-up, once a plan is open and the page has
// been quiet for QUIET_MS; again after a saved change (once, however many saves), not after reads;
// never while an export runs (one arriving, or any call, stops a run, which runs again afterwards);
// failures are logged, a plan gone is not; stop() ends it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../core/contract';
import { METHOD_NAMES } from '../../core/methods';
import { AppError } from '../../core/errors';
import { prepareWhenIdle, QUIET_MS } from '../../electron/reports/prepareWhenIdle';

interface Run {
  planId: number;
  month: string | undefined;
  signal: AbortSignal;
  finish(): void;
  fail(e: unknown): void;
}

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function setup() {
  const runs: Run[] = [];
  const log = { error: vi.fn(), info: vi.fn() };
  const prep = prepareWhenIdle({
    log,
    measure: (planId, month, signal) => {
      const d = deferred();
      runs.push({ planId, month, signal, finish: d.resolve, fail: d.reject });
      return d.promise;
    },
  });
  /** Calls held open until released (an export printing, a dialog waiting for the user). */
  const held = new Map<string, () => void>();
  const raw = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      (input: unknown) =>
        name === 'exportReport' || name === 'chooseExportPath' || (name === 'listPlans' && held.has('hold'))
          ? new Promise((resolve) => held.set(name, () => resolve({ input })))
          : Promise.resolve({ input }),
    ]),
  ) as unknown as Api;
  const api = prep.watch(raw);
  const release = (name: string) => held.get(name)!();
  return { runs, log, prep, api, release, held };
}

/** Lets the quiet time pass (and the promises it settles run). */
const quiet = (ms = QUIET_MS) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('prepareWhenIdle', () => {
  it('runs after start() once a plan is open and the page has been quiet; not before', async () => {
    const { runs, prep, api } = setup();
    await api.getPlan({ planId: 7 });
    await quiet(10 * QUIET_MS);
    expect(runs).toHaveLength(0); // the report window is not warm yet
    prep.start(); // the page has been quiet long enough: at once
    await quiet(0);
    expect(runs.map((r) => [r.planId, r.month])).toEqual([[7, undefined]]);
    runs[0]!.finish();
    await quiet(10 * QUIET_MS);
    expect(runs).toHaveLength(1); // nothing changed since
  });

  it('started soon after a call, waits out the rest of the quiet time', async () => {
    const { runs, prep, api } = setup();
    await api.getPlan({ planId: 7 });
    await quiet(QUIET_MS / 4);
    prep.start();
    await quiet((3 * QUIET_MS) / 4 - 1);
    expect(runs).toHaveLength(0);
    await quiet(1);
    expect(runs).toHaveLength(1);
  });

  it('follows the month the follow-up screen shows, and a plan switch', async () => {
    const { runs, prep, api } = setup();
    prep.start();
    await api.getPlan({ planId: 7 });
    await api.listMonth({ planId: 7, month: '2023-03' });
    await quiet();
    expect(runs.map((r) => [r.planId, r.month])).toEqual([[7, '2023-03']]);
    runs[0]!.finish();
    await api.listMonth({ planId: 7, month: '2023-03' }); // the same month again: nothing new
    await quiet();
    expect(runs).toHaveLength(1);
    await api.listMonth({ planId: 9, month: '2023-05' }); // another plan's month (not the open one)
    await quiet();
    expect(runs).toHaveLength(1);
    await api.getPlan({ planId: 9 });
    await quiet();
    expect(runs.map((r) => [r.planId, r.month])).toEqual([
      [7, '2023-03'],
      [9, undefined],
    ]);
  });

  it('after saved changes runs again once, when the saves have stopped; reads alone do not', async () => {
    const { runs, prep, api } = setup();
    prep.start();
    await api.getPlan({ planId: 7 });
    await quiet();
    runs[0]!.finish();
    await api.listPlans({});
    await api.progress({ planId: 7 });
    await quiet(5 * QUIET_MS);
    expect(runs).toHaveLength(1);
    for (let i = 0; i < 5; i++) {
      await api.saveFollowUp({ activityId: 1, month: '2023-03', status: 'done' });
      await quiet(QUIET_MS / 2); // typing: each save postpones the run
    }
    expect(runs).toHaveLength(1);
    await quiet(QUIET_MS / 2);
    expect(runs).toHaveLength(2);
  });

  it('a call under way postpones it; a dialog waiting for the user does not', async () => {
    const { runs, prep, api, release, held } = setup();
    prep.start();
    await api.getPlan({ planId: 7 });
    held.set('hold', () => undefined);
    const slow = api.listPlans({});
    await quiet(5 * QUIET_MS);
    expect(runs).toHaveLength(0);
    release('listPlans');
    await slow;
    await quiet();
    expect(runs).toHaveLength(1);
    runs[0]!.finish();
    held.delete('hold');

    await api.updateSettings({ office: 'สำนักงานเขตดุสิต' });
    const dialog = api.chooseExportPath({ defaultName: 'แผน.pdf', format: 'pdf' });
    await quiet();
    expect(runs).toHaveLength(2); // measured while the user picks where to save
    release('chooseExportPath');
    await dialog;
  });

  it('never runs while an export runs; an export arriving stops a run, which runs again after it', async () => {
    const { runs, prep, api, release, log } = setup();
    prep.start();
    await api.getPlan({ planId: 7 });
    const exporting = api.exportReport({ planId: 7, report: 'plan', format: 'pdf', outPath: '/tmp/x.pdf' });
    await quiet(10 * QUIET_MS);
    expect(runs).toHaveLength(0);
    release('exportReport');
    await exporting;
    await quiet();
    expect(runs).toHaveLength(1);

    // A run under way when an export starts is stopped (its signal aborted)…
    const second = api.exportReport({ planId: 7, report: 'month', month: '2023-03', format: 'pdf', outPath: '/x' });
    expect(runs[0]!.signal.aborted).toBe(true);
    runs[0]!.fail(runs[0]!.signal.reason);
    await quiet(10 * QUIET_MS);
    expect(runs).toHaveLength(1);
    expect(log.info).toHaveBeenCalledWith('preparing the reports gave way to exportReport');
    expect(log.error).not.toHaveBeenCalled();
    // …and runs again once the export is done and things are quiet.
    release('exportReport');
    await second;
    await quiet();
    expect(runs).toHaveLength(2);
    expect(runs[1]!.signal.aborted).toBe(false);
  });

  it('any call from the page stops a run under way (the user is at work again); it runs again once quiet', async () => {
    const { runs, prep, api, log } = setup();
    prep.start();
    await api.getPlan({ planId: 7 });
    await quiet();
    await api.listPlans({});
    expect(runs[0]!.signal.aborted).toBe(true);
    runs[0]!.fail(runs[0]!.signal.reason);
    await quiet(QUIET_MS - 1);
    expect(runs).toHaveLength(1);
    expect(log.info).toHaveBeenCalledWith('preparing the reports gave way to listPlans');
    await quiet(1);
    expect(runs).toHaveLength(2);
    // A dialog only waiting for the user does not stop one.
    const dialog = api.chooseExportPath({ defaultName: 'แผน.pdf', format: 'pdf' });
    expect(runs[1]!.signal.aborted).toBe(false);
    runs[1]!.finish();
    await quiet(0);
    expect(log.info).toHaveBeenLastCalledWith(expect.stringMatching(/^reports prepared: plan 7 in \d+ ms$/));
    void dialog;
  });

  it('a failure is logged (never thrown at the page); a plan gone is not an error', async () => {
    const { runs, prep, api, log } = setup();
    prep.start();
    await api.getPlan({ planId: 7 });
    await quiet();
    runs[0]!.fail(new Error('report window crashed'));
    await quiet(0);
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(String(log.error.mock.calls[0]![1])).toContain('report window crashed');

    await api.deletePlan({ planId: 7 });
    await quiet();
    runs[1]!.fail(new AppError('notFound', 'ไม่พบแผน'));
    await quiet(0);
    expect(log.error).toHaveBeenCalledTimes(1);
    await api.saveFollowUp({ activityId: 1, month: '2023-03', status: 'done' });
    await quiet(5 * QUIET_MS);
    expect(runs).toHaveLength(2); // no open plan until the page opens one
    await api.getPlan({ planId: 8 });
    await quiet();
    expect(runs[2]!.planId).toBe(8);
  });

  it('stop() stops a run under way, resolves once it has settled, and nothing runs afterwards', async () => {
    const { runs, prep, api, log } = setup();
    prep.start();
    await api.getPlan({ planId: 7 });
    await quiet();
    let stopped = false;
    const stopping = prep.stop().then(() => (stopped = true));
    expect(runs[0]!.signal.aborted).toBe(true);
    await quiet(0);
    expect(stopped).toBe(false);
    runs[0]!.fail(new Error('PDF printer is closed'));
    await stopping;
    expect(log.error).not.toHaveBeenCalled(); // quitting is not a failure
    expect(log.info).not.toHaveBeenCalled(); // nor an export it gave way to
    await api.saveFollowUp({ activityId: 1, month: '2023-03', status: 'done' });
    await quiet(10 * QUIET_MS);
    expect(runs).toHaveLength(1);
  });
});
