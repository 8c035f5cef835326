// The renderer's store and formatting, with a fake Api (no DOM needed).
import { describe, expect, it } from 'vitest';
import type { Api } from '../../core/contract';
import type { Activity, Division, PlanDetail, PlanSummary, Settings } from '../../core/types';
import { dueMonths, monitoringText, responsibleText, timeframeText } from '../../core/rules';
import { AppError } from '../../core/errors';
import { makeApiError } from '../../electron/shell-pure/envelope';
import { createAppStore, messageOf, NO_API_MESSAGE } from '../../renderer/src/store';

const summary = (id: number, fiscalYear: number): PlanSummary => ({
  id,
  fiscalYear,
  office: 'สำนักงานเขตดุสิต',
  title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  status: 'draft',
  approvedAt: null,
  itemCount: 0,
  activityCount: 0,
  updatedAt: '2026-01-01T00:00:00Z',
  criteriaSet: null,
});
const settings: Settings = {
  office: 'สำนักงานเขตดุสิต',
  directorTitle: '',
  directorName: '',
  headOfGovernance: '',
  reporterName: '',
  reporterTitle: '',
  headTitle: '',
  numerals: 'thai',
  reportFont: 'TH SarabunPSK',
  reportTextPt: 16,
  reportTablePt: 14,
  reportMarginMm: 20,
  reportBindingMm: 30,
  pageNumbers: 'fraction',
};

function fakeApi(plans: PlanSummary[], overrides: Partial<Record<keyof Api, unknown>> = {}): Api {
  return {
    listPlans: async () => plans,
    listDivisions: async () => [] as Division[],
    getSettings: async () => settings,
    getPlan: async ({ planId }: { planId: number }) =>
      ({ ...plans.find((p) => p.id === planId)!, tools: [], indicators: [] }) as PlanDetail,
    importSamplePlan: async () => {
      plans.push(summary(1, 2566));
      return { plan: plans[0] };
    },
    ...overrides,
  } as unknown as Api;
}

describe('renderer store', () => {
  it('loads the plans and opens the newest fiscal year', async () => {
    const store = createAppStore(fakeApi([summary(1, 2566), summary(2, 2567)]));
    await store.getState().load();
    const s = store.getState();
    expect(s.phase).toBe('ready');
    expect(s.plans.map((p) => p.fiscalYear)).toEqual([2567, 2566]);
    expect(s.plan?.id).toBe(2);
  });

  it('no plans: ready with nothing selected; importing the sample opens it', async () => {
    const store = createAppStore(fakeApi([]));
    await store.getState().load();
    expect(store.getState()).toMatchObject({ phase: 'ready', plans: [], plan: null });
    await store.getState().importSample();
    expect(store.getState().plan?.fiscalYear).toBe(2566);
  });

  it('without window.api: a Thai error, not a crash', async () => {
    const store = createAppStore(undefined);
    await store.getState().load();
    expect(store.getState()).toMatchObject({ phase: 'error', error: NO_API_MESSAGE });
  });

  it('API errors show their Thai message; anything in English becomes a generic Thai one', async () => {
    const store = createAppStore(
      fakeApi([], {
        listPlans: async () => {
          // As window.api throws it: the API's code and Thai message (electron/shell-pure/envelope.ts).
          throw makeApiError('cannotOpen', 'เปิดไฟล์ฐานข้อมูลไม่ได้');
        },
      }),
    );
    await store.getState().load();
    expect(store.getState().error).toBe('เปิดไฟล์ฐานข้อมูลไม่ได้');
    expect(messageOf(new Error("Error invoking remote method 'api:listPlans'"))).toMatch(/[\u0E00-\u0E7F]/);
  });

  it('reads the error code, not the alphabet of the message', () => {
    const generic = messageOf(new Error('x'));
    expect(messageOf(new AppError('locked', 'แผนนี้อนุมัติแล้ว'))).toBe('แผนนี้อนุมัติแล้ว');
    expect(messageOf(makeApiError('internal', 'เกิดข้อผิดพลาดภายในโปรแกรม'))).toBe('เกิดข้อผิดพลาดภายในโปรแกรม');
    // A Thai message without one of the API's codes is not the API speaking (a bug in the page).
    expect(messageOf(new Error('ข้อความไทยจากโค้ดหน้าจอ'))).toBe(generic);
    expect(messageOf(makeApiError('ERR_SOMETHING', 'ข้อความไทย'))).toBe(generic);
    // An English message with a code still says what the API said.
    expect(messageOf(makeApiError('notFound', 'not found'))).toBe('not found');
    expect(messageOf('ข้อความ')).toBe(generic);
    expect(messageOf(null)).toBe(generic);
  });
});

describe('renderer formatting', () => {
  const nb = (s: string) => s.replace(/\u00a0/g, ' ');
  // As the plan screen calls it: no-break spaces inside each month.
  const formatMonthRange = (startMonth: string | null, endMonth: string | null, style: 'thai' | 'arabic') =>
    timeframeText(dueMonths({ startMonth, endMonth }), style, '\u00a0');
  it('month ranges read like the paper form, in BE', () => {
    expect(nb(formatMonthRange('2022-12', '2023-05', 'thai'))).toBe('ธ.ค. ๖๕ – พ.ค. ๖๖');
    expect(nb(formatMonthRange('2022-12', '2023-05', 'arabic'))).toBe('ธ.ค. 65 – พ.ค. 66');
    expect(nb(formatMonthRange('2023-09', '2023-09', 'thai'))).toBe('ก.ย. ๖๖');
    expect(formatMonthRange(null, null, 'thai')).toBe('');
  });

  it('responsible: all divisions, else the linked names, else the text as written', () => {
    const divisions = new Map<number, Division>([
      [1, { id: 1, name: 'ฝ่ายปกครอง', position: 1, isStandard: true }],
      [10, { id: 10, name: 'ฝ่ายการศึกษา', position: 10, isStandard: true }],
    ]);
    const a = { responsibleText: 'ฝ่าย ปกครอง/ศึกษา', allDivisions: false, divisionIds: [1, 10] } as Activity;
    expect(responsibleText(a, divisions)).toBe('ฝ่ายปกครอง\nฝ่ายการศึกษา');
    expect(responsibleText({ ...a, allDivisions: true, divisionIds: [] }, divisions)).toBe('ทุกฝ่าย');
    expect(responsibleText({ ...a, divisionIds: [] }, divisions)).toBe('ฝ่าย ปกครอง/ศึกษา');
    expect(monitoringText({ monitoring: 'monthly', monitoringText: '' } as Activity)).toBe('ทุกเดือน');
  });
});
