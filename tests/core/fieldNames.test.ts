// One name per field (core/terms/fields.ts FIELD_NAMES): the API's validation message names the box the
// same way the history names its change, and the history names every field a record really has
// (settings, activities, follow-ups, evidence) in Thai — none shown as its programming name.
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../core/types';
import { diffFields } from '../../renderer/src/screens/history/auditView';
import { makeApi } from '../helpers/api';
import { sampleText } from '../helpers/tmp';

const ctx = { digits: 'arabic' as const };
const THAI = /^[\u0E00-\u0E7F]/;

/** The field name an API refusal starts with: "ข้อมูลไม่ถูกต้อง — NAME: why". */
async function refusedField(call: Promise<unknown>): Promise<string> {
  const e = (await call.then(
    () => null,
    (err: unknown) => err,
  )) as { code?: string; message?: string } | null;
  expect(e?.code).toBe('invalidInput');
  const m = /^ข้อมูลไม่ถูกต้อง — ([^:]+):/.exec(e?.message ?? '');
  expect(m, e?.message).not.toBeNull();
  return m![1]!;
}

const historyLabel = (key: string, before: unknown, after: unknown) =>
  diffFields({ [key]: before }, { [key]: after }, ctx)[0]?.label;

async function setUp() {
  const t = makeApi();
  const planId = (await t.api.importPlanText({ text: sampleText() })).plan!.id;
  const plan = await t.api.getPlan({ planId });
  const activity = plan.indicators[0]!.items[0]!.activities[0]!;
  return { ...t, planId, activity };
}

describe('field names', () => {
  it('a refused box and its change in the history say the same name', async () => {
    const { api, activity } = await setUp();
    const cases: [string, Promise<unknown>, unknown, unknown][] = [
      ['endMonth', api.updateActivity({ activityId: activity.id, endMonth: 'มีนา' }), '2023-01', '2023-02'],
      ['startMonth', api.updateActivity({ activityId: activity.id, startMonth: '2023-13' }), '2023-01', '2023-02'],
      ['targetQty', api.updateActivity({ activityId: activity.id, targetQty: -1 }), 1, 2],
      ['qty', api.saveFollowUp({ activityId: activity.id, month: '2023-03', status: 'done', qty: -1 }), 1, 2],
      [
        'url',
        api.addEvidenceUrl({ activityId: activity.id, month: '2023-03', url: 'ftp://x' }),
        'https://a.th',
        'https://b.th',
      ],
      ['office', api.updateSettings({ office: '' }), 'ก', 'ข'],
      ['reportTablePt', api.updateSettings({ reportTablePt: 99 }), 14, 16],
      ['reportBindingMm', api.updateSettings({ reportBindingMm: 1 }), 30, 35],
    ];
    for (const [key, call, before, after] of cases) {
      const named = await refusedField(call);
      expect(named, key).toMatch(THAI);
      expect(historyLabel(key, before, after), key).toBe(named);
    }
  });

  it('the history names in Thai every field a settings, activity, follow-up and evidence record has', async () => {
    const { api, activity, planId } = await setUp();
    await api.saveFollowUp({ activityId: activity.id, month: '2023-03', status: 'done', qty: 1, result: 'ทำแล้ว' });
    await api.addEvidenceUrl({ activityId: activity.id, month: '2023-03', url: 'https://www.bangkok.go.th' });
    await api.updateSettings({ reportTablePt: 15 });
    const entries: AuditEntry[] = await api.listAudit({ planId, limit: 1000 });
    const records: Record<string, unknown>[] = [
      (await api.getSettings({})) as unknown as Record<string, unknown>,
      activity as unknown as Record<string, unknown>,
      ...entries
        .flatMap((e) => [e.before, e.after])
        .filter((r): r is Record<string, unknown> => !!r && typeof r === 'object'),
    ];
    const unnamed = new Set<string>();
    for (const r of records) {
      for (const change of diffFields(null, r, ctx)) if (!THAI.test(change.label)) unnamed.add(change.key);
    }
    expect([...unnamed].sort()).toEqual([]);
  });
});
