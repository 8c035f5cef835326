// ผลสะสม on a real SQLite file: the year panel's numbers (activityHistory + core/rules.ts
// cumulativeQty) and the results reports' (loadResultsReport) are the same, a copied draft adding nothing.
import { describe, expect, it } from 'vitest';
import { cumulativeQty } from '../../core/rules';
import { loadResultsReport } from '../../electron/reports/data';
import { makeApi } from '../helpers/api';

describe('cumulative quantity (API)', () => {
  it('adds the saved months, not a copied draft, alike in the activity history and the results reports', async () => {
    const { api } = makeApi();
    const planId = (await api.importSamplePlan({})).plan!.id;
    const row = (await api.listMonth({ planId, month: '2023-01' })).find((r) => r.targetQty !== null)!;
    const a = row.activityId;
    await api.saveFollowUp({ activityId: a, month: '2022-12', status: 'inProgress', qty: 2 });
    await api.saveFollowUp({ activityId: a, month: '2023-01', status: 'inProgress', qty: 0.5 });
    await api.saveFollowUp({ activityId: a, month: '2023-04', status: 'done', qty: 3 });
    await api.copyMonth({ planId, from: '2023-01', to: '2023-02' });
    const history = await api.activityHistory({ activityId: a });
    expect(history.find((f) => f.month === '2023-02')?.draft).toBe(true);

    const year = cumulativeQty(history, row.targetQty);
    expect(year).toMatchObject({ qty: 5.5, counted: 3 });
    const firstHalf = cumulativeQty(history, row.targetQty, (m) => m <= '2023-03');
    expect(firstHalf.qty).toBe(2.5);

    const find = (r: Awaited<ReturnType<typeof loadResultsReport>>) =>
      r.items.flatMap((i) => i.activities).find((x) => x.activity.id === a)!;
    expect(find(await loadResultsReport(api, planId, 'annual')).cumulative).toEqual(year);
    expect(find(await loadResultsReport(api, planId, 'half-year')).cumulative).toEqual(firstHalf);
  });
});
