// Data of the follow-up screen: the month's rows (one listMonth per month), the months with
// unreported activities (api.progress), and how many activities each month has due (from the plan).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { answersFor, isDueIn } from '../../../../core/rules';
import { fiscalMonths } from '../../../../core/thai';
import type { MissingMonth, MonthRow, PlanDetail } from '../../../../core/types';
import { messageOf } from '../../store';
import { useApi } from '../../StoreContext';

export interface MonthData {
  planId: number;
  month: string;
  rows: MonthRow[];
}

export function useMonthRows(plan: PlanDetail | null, month: string | null) {
  const api = useApi();
  const [data, setData] = useState<MonthData | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A month picked in the month bar is asked for at the click, before the screen re-renders.
  const early = useRef<{ key: string; rows: Promise<MonthRow[]> } | null>(null);
  const planId = plan?.id ?? null;
  // The store keeps the month inside the open plan's year; wait for both to agree.
  const valid = plan !== null && month !== null && fiscalMonths(plan.fiscalYear).includes(month);

  const prefetch = useCallback(
    (pid: number, m: string) => {
      const rows = api.listMonth({ planId: pid, month: m });
      rows.catch(() => undefined); // reported when used
      early.current = { key: `${pid}|${m}`, rows };
    },
    [api],
  );

  const fetchRows = useCallback(
    async (pid: number, m: string, live: () => boolean = () => true) => {
      const pending = early.current?.key === `${pid}|${m}` ? early.current.rows : null;
      early.current = null;
      try {
        const rows = await (pending ?? api.listMonth({ planId: pid, month: m }));
        if (live()) {
          setData({ planId: pid, month: m, rows });
          setError(null);
        }
      } catch (e) {
        if (live()) setError(messageOf(e));
      }
    },
    [api],
  );

  useEffect(() => {
    if (!valid || planId === null || month === null) return;
    let live = true;
    void fetchRows(planId, month, () => live);
    return () => {
      live = false;
    };
  }, [valid, planId, month, fetchRows]);

  const reload = useCallback(async () => {
    if (valid && planId !== null && month !== null) await fetchRows(planId, month);
  }, [valid, planId, month, fetchRows]);

  const loading = valid && (data?.planId !== planId || data?.month !== month);
  return { data, error, loading, reload, prefetch };
}

/** Months with due activities still unreported (whole year as of its last month), of one division or all. */
export function useMissingMonths(
  plan: PlanDetail | null,
  divisionId: number | null,
  refreshKey: string,
): ReadonlyMap<string, MissingMonth> {
  const api = useApi();
  const [missing, setMissing] = useState<ReadonlyMap<string, MissingMonth>>(new Map());
  const planId = plan?.id ?? null;
  const last = plan ? fiscalMonths(plan.fiscalYear).at(-1)! : null;
  useEffect(() => {
    if (planId === null || last === null) return;
    let live = true;
    api.progress({ planId, month: last, divisionId: divisionId ?? undefined }).then(
      (p) => live && setMissing(new Map(p.monthsNotReported.map((m) => [m.month, m]))),
      () => undefined, // only the dots depend on it
    );
    return () => {
      live = false;
    };
  }, [api, planId, last, divisionId, refreshKey]);
  return missing;
}

/** How many activities of the plan (or of one division) are due in each month of its year. */
export function useDueByMonth(plan: PlanDetail | null, divisionId: number | null = null): ReadonlyMap<string, number> {
  return useMemo(() => {
    const due = new Map<string, number>();
    if (!plan) return due;
    const months = fiscalMonths(plan.fiscalYear);
    for (const ind of plan.indicators)
      for (const item of ind.items)
        for (const a of item.activities) {
          if (divisionId !== null && !answersFor(a, divisionId)) continue;
          for (const m of months) if (isDueIn(a, m)) due.set(m, (due.get(m) ?? 0) + 1);
        }
    return due;
  }, [plan, divisionId]);
}
