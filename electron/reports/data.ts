// What every report is made of, read through the same Api the app uses. Pure data: the row model
// (rows.ts, rows/) turns it into what each cell says, which the PDF and the Excel file lay out.
import {
  activityState,
  countStatuses,
  cumulativeQty,
  divisionsDue,
  reportState,
  type Cumulative,
  type DivisionMonth,
} from '../../core/rules';
import { fiscalMonths } from '../../core/thai';
import { isOpenDataTool } from '../../core/criteria';
import type { Api } from '../../core/contract';
import type {
  Activity,
  Division,
  Evidence,
  FollowUp,
  Indicator,
  Item,
  MonthRow,
  PlanDetail,
  Progress,
  ReportFormat,
  ReportKind,
  ReportState,
  Settings,
  StatusCounts,
} from '../../core/types';

export type { ReportFormat, ReportKind };

export interface ReportBase {
  settings: Settings;
  plan: PlanDetail;
  divisions: Division[];
  /** When the report was made (ISO), printed in its footer. */
  generatedAt: string;
}

export type PlanReport = ReportBase;

export interface MonthReport extends ReportBase {
  month: string;
  /** Set for a division's own sheet; null for the whole office. */
  division: Division | null;
  rows: MonthRow[];
  counts: StatusCounts;
  /** Print only the activities reported that month (the summary still counts all). */
  onlyReported: boolean;
}

export interface ActivityResult {
  activity: Activity;
  /** Reports of the period, in month order. */
  followUps: FollowUp[];
  /** The quantities reported in the period, added up against the target (core/rules.ts cumulativeQty). */
  cumulative: Cumulative;
  /** Its status as of the period's last month (core/rules.ts activityState, as the roll-up has it). */
  status: ReportState;
  evidence: Evidence[];
}

export interface ItemResult {
  item: Item;
  indicatorNumber: number;
  tool: Indicator['tool'];
  activities: ActivityResult[];
}

export interface ResultsReport extends ReportBase {
  period: 'half-year' | 'annual';
  /** The months covered (first half = ต.ค.–มี.ค.). */
  months: string[];
  items: ItemResult[];
  progress: Progress;
}

export interface OitUrlRow {
  item: Item;
  urls: { url: string; label: string; month: string }[];
}

export interface OitUrlsReport extends ReportBase {
  rows: OitUrlRow[];
}

async function base(api: Api, planId: number): Promise<ReportBase> {
  const [settings, plan, divisions] = await Promise.all([
    api.getSettings({}),
    api.getPlan({ planId }),
    api.listDivisions({}),
  ]);
  return { settings, plan, divisions, generatedAt: new Date().toISOString() };
}

export async function loadPlanReport(api: Api, planId: number): Promise<PlanReport> {
  return base(api, planId);
}

export async function loadMonthReport(
  api: Api,
  planId: number,
  month: string,
  divisionId?: number,
  onlyReported = false,
): Promise<MonthReport> {
  const b = await base(api, planId);
  const rows = await api.listMonth({ planId, month, divisionId });
  const division = divisionId === undefined ? null : (b.divisions.find((d) => d.id === divisionId) ?? null);
  const counts = countStatuses(rows.map((r) => reportState(r.followUp)));
  return { ...b, month, division, rows, counts, onlyReported };
}

export function periodMonths(fiscalYear: number, period: 'half-year' | 'annual'): string[] {
  const months = fiscalMonths(fiscalYear);
  return period === 'half-year' ? months.slice(0, 6) : months;
}

/**
 * Every activity of the plan with every report of the period (each activity's history, so a report
 * saved for a month the activity was not due still counts, as it does in the roll-up).
 */
export async function loadResultsReport(
  api: Api,
  planId: number,
  period: 'half-year' | 'annual',
): Promise<ResultsReport> {
  const b = await base(api, planId);
  const months = periodMonths(b.plan.fiscalYear, period);
  const last = months[months.length - 1]!;
  const activities = b.plan.indicators.flatMap((ind) => ind.items.flatMap((item) => item.activities));
  const histories = await Promise.all(activities.map((a) => api.activityHistory({ activityId: a.id })));
  const reports = new Map<number, FollowUp[]>(activities.map((a, i) => [a.id, histories[i]!]));
  const items: ItemResult[] = b.plan.indicators.flatMap((ind) =>
    ind.items.map((item) => ({
      item,
      indicatorNumber: ind.number,
      tool: ind.tool,
      activities: item.activities.map((activity) => {
        const history = reports.get(activity.id) ?? [];
        const followUps = history.filter((f) => months.includes(f.month));
        return {
          activity,
          followUps,
          cumulative: cumulativeQty(followUps, activity.targetQty),
          status: activityState(activity, history, last),
          evidence: followUps.flatMap((f) => f.evidence),
        };
      }),
    })),
  );
  const progress = await api.progress({ planId, month: last });
  return { ...b, period, months, items, progress };
}

export async function loadOitUrlsReport(api: Api, planId: number): Promise<OitUrlsReport> {
  const b = await base(api, planId);
  const results = await loadResultsReport(api, planId, 'annual');
  const rows = results.items
    .filter((r) => isOpenDataTool(r.tool))
    .map((r) => ({
      item: r.item,
      urls: r.activities.flatMap((a) =>
        a.followUps.flatMap((f) =>
          f.evidence
            .filter((e) => e.kind === 'url' && e.url)
            .map((e) => ({ url: e.url!, label: e.label, month: f.month })),
        ),
      ),
    }));
  return { ...b, rows };
}

/** The overview on one page for the director: the roll-up as of a month and who still has to report it. */
export interface OverviewReport extends ReportBase {
  month: string;
  progress: Progress;
  /** Per division, what is due in the month and not reported yet (core/rules.ts divisionsDue). */
  divisionsDue: DivisionMonth<MonthRow>[];
}

export async function loadOverviewReport(api: Api, planId: number, month?: string): Promise<OverviewReport> {
  const b = await base(api, planId);
  const progress = await api.progress({ planId, month });
  const rows = await api.listMonth({ planId, month: progress.asOfMonth });
  return { ...b, month: progress.asOfMonth, progress, divisionsDue: divisionsDue(rows, b.divisions) };
}
