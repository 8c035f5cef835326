// One activity across its fiscal year (the year panel): each month, whether it was due, what its
// report said, and the cumulative quantity up to it — by core's rules (isDueIn, reportState,
// cumulativeQty), so the panel adds up as the results reports do. Pure: no React.
import { cumulativeQty, isDueIn, reportState, type Cumulative, type MonthSpan } from '../../../../core/rules';
import { fiscalMonths } from '../../../../core/thai';
import type { FollowUp, ReportState } from '../../../../core/types';

export interface YearMonth {
  month: string;
  due: boolean;
  /** The month's report as it reads (a copied draft: ยังไม่รายงาน). */
  state: ReportState;
  report: FollowUp | null;
  /** ผลสะสม up to and including this month. */
  running: number;
}

export interface ActivityYear {
  months: YearMonth[];
  /** The whole year's cumulative quantity against the target. */
  total: Cumulative;
}

/**
 * The plan's fiscal months that were due or have a report (a report saved for a month the activity
 * was not due still counts, as in the roll-up).
 */
export function activityYear(
  activity: MonthSpan & { targetQty: number | null },
  fiscalYear: number,
  reports: readonly FollowUp[],
): ActivityYear {
  const byMonth = new Map(reports.map((r) => [r.month, r]));
  const months = fiscalMonths(fiscalYear)
    .map((month) => {
      const report = byMonth.get(month) ?? null;
      return {
        month,
        due: isDueIn(activity, month),
        state: reportState(report),
        report,
        running: cumulativeQty(reports, activity.targetQty, (m) => m <= month).qty,
      };
    })
    .filter((m) => m.due || m.report !== null);
  const inYear = new Set(fiscalMonths(fiscalYear));
  return { months, total: cumulativeQty(reports, activity.targetQty, (m) => inYear.has(m)) };
}
