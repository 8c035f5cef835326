// core/rules.ts: each business rule once, with the cases that drifted apart when it was written
// two to four times (screen, roll-up, PDF, Excel).
import { describe, expect, it } from 'vitest';
import {
  activityState,
  answersFor,
  asOfMonth,
  clampToFiscalYear,
  countStatuses,
  currentFiscalMonth,
  dueMonths,
  isMonthRun,
  isDueIn,
  isOverdue,
  latestStatus,
  monitoringText,
  openingMonth,
  percentDone,
  percentText,
  reportState,
  responsibleText,
  STATE_ORDER,
  STATUS_ORDER,
  targetText,
  timeframeText,
} from '../../core/rules';
import { FOLLOW_UP_STATUSES } from '../../core/enums';
import { isAppError } from '../../core/errors';
import { fiscalMonths } from '../../core/thai';
import type { Division, FollowUpStatus } from '../../core/types';

describe('due in a month', () => {
  it.each([
    ['2022-12', '2023-05', '2022-11', false],
    ['2022-12', '2023-05', '2022-12', true],
    ['2022-12', '2023-05', '2023-05', true],
    ['2022-12', '2023-05', '2023-06', false],
    [null, '2023-05', '2022-10', true],
    [null, '2023-05', '2023-06', false],
    ['2023-02', null, '2023-01', false],
    ['2023-02', null, '2023-09', true],
    [null, null, '2023-09', true],
  ])('start %s, end %s, month %s → %s', (startMonth, endMonth, month, due) => {
    expect(isDueIn(dueMonths({ startMonth, endMonth }), month)).toBe(due);
  });
});

describe('latest status as of a month', () => {
  const reports = [
    { month: '2022-10', status: 'inProgress' as const },
    { month: '2023-01', status: 'done' as const },
    { month: '2022-12', status: 'blocked' as const },
  ];
  it.each([
    ['2022-09', 'notStarted'],
    ['2022-10', 'inProgress'],
    ['2022-11', 'inProgress'],
    ['2022-12', 'blocked'],
    ['2023-01', 'done'],
    ['2023-09', 'done'],
  ])('as of %s → %s (order of the list does not matter)', (asOf, status) => {
    expect(latestStatus(reports, asOf)).toBe(status);
    expect(latestStatus([...reports].reverse(), asOf)).toBe(status);
  });
  it('never reported reads notStarted', () => expect(latestStatus([], '2023-09')).toBe('notStarted'));
});

describe('not reported is not "not started"', () => {
  it('a month row reads its saved status, else ยังไม่รายงาน', () => {
    expect(reportState(null)).toBe('notReported');
    expect(reportState(undefined)).toBe('notReported');
    expect(reportState({ status: 'notStarted' })).toBe('notStarted');
    expect(reportState({ status: 'done' })).toBe('done');
  });
  const reports = [{ month: '2022-12', status: 'inProgress' as const }];
  it.each([
    ['2022-11', null, 'notReported'], // an open start: due from the first month
    ['2022-11', '2022-10', 'notReported'],
    ['2022-11', '2022-11', 'notReported'],
    ['2022-11', '2022-12', 'notStarted'], // not due yet: nothing was asked of it
    ['2022-12', '2022-10', 'inProgress'],
    ['2023-09', '2023-06', 'inProgress'], // a report before its span still counts (as in the roll-up)
  ] as const)('as of %s, starting %s → %s', (asOf, startMonth, state) => {
    expect(activityState({ startMonth }, reports, asOf)).toBe(state);
  });
  it('counts ยังไม่รายงาน last, after every reported status', () => {
    expect(STATE_ORDER).toEqual([...STATUS_ORDER, 'notReported']);
  });
  it('a division answers for its own activities and every ทุกฝ่าย one', () => {
    expect(answersFor({ allDivisions: false, divisionIds: [3, 5] }, 5)).toBe(true);
    expect(answersFor({ allDivisions: false, divisionIds: [3] }, 5)).toBe(false);
    expect(answersFor({ allDivisions: true, divisionIds: [] }, 5)).toBe(true);
  });
});

describe('counts and percent done', () => {
  it('counts every status and the ratio', () => {
    const s: FollowUpStatus[] = ['done', 'done', 'blocked', 'inProgress', 'notStarted'];
    const none = { total: 0, done: 0, blocked: 0, inProgress: 0, notStarted: 0, notReported: 0, percentDone: 0 };
    expect(countStatuses(s)).toEqual({
      ...none,
      total: 5,
      done: 2,
      blocked: 1,
      inProgress: 1,
      notStarted: 1,
      percentDone: 0.4,
    });
    expect(countStatuses([])).toEqual(none);
    expect(countStatuses([...s, 'notReported'])).toMatchObject({ total: 6, notStarted: 1, notReported: 1 });
  });
  it.each([
    [0, 0, 0],
    [1, 3, 33],
    [2, 3, 67],
    [1, 8, 13],
    [1, 200, 1],
    [12, 20, 60],
    [7, 7, 100],
  ])('%i of %i done → %i%% (a whole percent everywhere)', (done, total, pct) => {
    expect(percentDone({ done, total })).toBe(pct);
  });
  it('prints in the office digits', () => {
    expect(percentText({ done: 2, total: 3 }, 'thai')).toBe('๖๗%');
    expect(percentText({ done: 2, total: 3 }, 'arabic')).toBe('67%');
  });
  it('lists statuses finished first, impossible last; the select keeps the workflow order', () => {
    expect(STATUS_ORDER).toEqual(['done', 'inProgress', 'notStarted', 'blocked']);
    expect([...FOLLOW_UP_STATUSES].sort()).toEqual([...STATUS_ORDER].sort());
  });
});

describe('overdue', () => {
  it.each([
    ['2022-12', 'inProgress', '2022-12', false], // still its last month
    ['2022-12', 'inProgress', '2023-01', true],
    ['2022-12', 'done', '2023-01', false],
    ['2022-12', 'notStarted', '2023-09', true],
    [null, 'notStarted', '2023-09', false],
  ] as const)('ending %s, %s, as of %s → %s', (endMonth, status, asOf, overdue) => {
    expect(isOverdue({ endMonth }, status, asOf)).toBe(overdue);
  });
});

describe('the month a view is as of', () => {
  const at = (y: number, m: number) => new Date(y, m - 1, 15);
  it.each([
    [at(2023, 3), null, '2023-03'],
    [at(2022, 5), null, '2022-10'], // before FY2566: its first month
    [at(2024, 1), null, '2023-09'], // after: its last
    [at(2024, 1), '2023-02', '2023-02'], // a remembered month inside the year wins
    [at(2023, 3), '2021-02', '2023-03'], // one outside it does not
  ])('now %s, remembered %s → %s', (now, remembered, month) => {
    expect(currentFiscalMonth(2566, remembered, now)).toBe(month);
  });
  // The sample's activities all run ธ.ค. ๖๕ – พ.ค. ๖๖; one more runs only in ก.พ. ๖๖.
  const spans = [
    { startMonth: '2022-12', endMonth: '2023-05' },
    { startMonth: '2023-02', endMonth: '2023-02' },
  ];
  it.each([
    [at(2023, 4), spans, '2023-04'], // inside the year: this month, due or not
    [at(2023, 8), spans, '2023-08'],
    [at(2026, 11), spans, '2023-05'], // a year gone by: its last month with something due (not ก.ย.)
    [at(2022, 6), spans, '2022-12'], // a year not begun: its first month with something due
    [at(2026, 11), [], '2023-09'], // nothing due at all: the nearest end
    [at(2022, 6), [], '2022-10'],
    [at(2026, 11), [{ startMonth: null, endMonth: null }], '2023-09'], // always due
  ] as const)('screens open on: now %s, spans %j → %s', (now, list, month) => {
    expect(openingMonth(2566, list.map(dueMonths), now)).toBe(month);
  });
  it('clamps and checks', () => {
    expect(clampToFiscalYear(2566, '2020-01')).toBe('2022-10');
    expect(clampToFiscalYear(2566, '2023-04')).toBe('2023-04');
    expect(asOfMonth(2566, '2023-04')).toBe('2023-04');
    expect(asOfMonth(2566, undefined, at(2030, 1))).toBe('2023-09');
    let error: unknown;
    try {
      asOfMonth(2566, '2023-10');
    } catch (e) {
      error = e;
    }
    expect(isAppError(error) && error.code).toBe('invalidInput');
    expect((error as Error).message).toBe('เดือน 2023-10 ไม่อยู่ในปีงบประมาณ พ.ศ. 2566');
  });
});

describe('how a cell reads', () => {
  it.each([
    ['2022-12', '2023-05', 'thai', 'ธ.ค. ๖๕ – พ.ค. ๖๖'],
    ['2022-12', '2023-05', 'arabic', 'ธ.ค. 65 – พ.ค. 66'],
    ['2023-09', '2023-09', 'thai', 'ก.ย. ๖๖'],
    ['2022-12', null, 'thai', 'ตั้งแต่ ธ.ค. ๖๕'],
    [null, '2023-05', 'thai', 'ภายใน พ.ค. ๖๖'],
    [null, null, 'thai', ''],
  ] as const)('timeframe %s–%s (%s) → %j', (startMonth, endMonth, digits, text) => {
    expect(timeframeText(dueMonths({ startMonth, endMonth }), digits)).toBe(text);
  });
  it('a screen keeps each month on one line', () => {
    expect(timeframeText(dueMonths({ startMonth: '2022-12', endMonth: '2023-05' }), 'thai', '\u00a0')).toBe(
      'ธ.ค.\u00a0๖๕ – พ.ค.\u00a0๖๖',
    );
  });

  const divisions: Division[] = [
    { id: 1, name: 'ฝ่ายปกครอง', position: 1, isStandard: true },
    { id: 10, name: 'ฝ่ายการศึกษา', position: 10, isStandard: true },
  ];
  const byId = new Map(divisions.map((d) => [d.id, d]));
  it.each([
    // Issue 14: the plan's words print where they say more than the divisions set in the app.
    [{ allDivisions: true, divisionIds: [], responsibleText: 'ทุกฝ่าย ยกเว้นฝ่ายโยธา' }, 'ทุกฝ่าย ยกเว้นฝ่ายโยธา'],
    [{ allDivisions: true, divisionIds: [], responsibleText: 'ทุกฝ่าย' }, 'ทุกฝ่าย'],
    [{ allDivisions: false, divisionIds: [10, 1], responsibleText: 'ฝ่าย ศึกษา/ปกครอง' }, 'ฝ่ายการศึกษา\nฝ่ายปกครอง'],
    [{ allDivisions: false, divisionIds: [], responsibleText: 'งานเทคนิค' }, 'งานเทคนิค'],
    [{ allDivisions: false, divisionIds: [99], responsibleText: 'ฝ่ายที่ถูกลบ' }, 'ฝ่ายที่ถูกลบ'],
  ])('responsible %j → %j (a list or a map of divisions)', (a, text) => {
    expect(responsibleText(a, divisions)).toBe(text);
    expect(responsibleText(a, byId)).toBe(text);
  });
  it('responsible on one line', () => {
    expect(responsibleText({ allDivisions: false, divisionIds: [1, 10], responsibleText: '' }, byId, ' / ')).toBe(
      'ฝ่ายปกครอง / ฝ่ายการศึกษา',
    );
  });

  it.each([
    ['monthly', '', 'ทุกเดือน'],
    ['daily', '', 'ทุกวัน'],
    ['none', '', ''],
    ['other', '', ''],
    ['monthly', ' ๑ ครั้ง/เดือน ', '๑ ครั้ง/เดือน'],
    ['other', 'ทุก ๓ เดือน', 'ทุก ๓ เดือน'],
  ] as const)('monitoring %s with text %j → %j', (monitoring, written, text) => {
    expect(monitoringText({ monitoring, monitoringText: written })).toBe(text);
  });

  it.each([
    [1, 'ครั้ง', 'thai', '๑ ครั้ง'],
    [1500, 'คน', 'arabic', '1,500 คน'],
    [2, null, 'thai', '๒'],
    [null, 'ครั้ง', 'thai', ''],
  ] as const)('target %s %s (%s) → %j', (targetQty, targetUnit, digits, text) => {
    expect(targetText({ targetQty, targetUnit }, digits)).toBe(text);
  });
});

describe('due months are a set: gaps are not due', () => {
  const quarterly = dueMonths({
    startMonth: null,
    endMonth: null,
    months: ['2023-04', '2022-10', '2023-01', '2023-07'],
  });
  it('months given: sorted, deduplicated, start and end are the first and last', () => {
    expect(quarterly).toEqual({
      startMonth: '2022-10',
      endMonth: '2023-07',
      months: ['2022-10', '2023-01', '2023-04', '2023-07'],
    });
    expect(dueMonths({ startMonth: '2022-12', endMonth: '2023-02', months: ['2023-03', '2023-03'] })).toEqual({
      startMonth: '2023-03',
      endMonth: '2023-03',
      months: ['2023-03'],
    });
  });
  it('a closed range becomes its months, across the new year; an open one has none', () => {
    expect(dueMonths({ startMonth: '2022-11', endMonth: '2023-02' }).months).toEqual([
      '2022-11',
      '2022-12',
      '2023-01',
      '2023-02',
    ]);
    expect(dueMonths({ startMonth: '2022-11', endMonth: null, months: [] }).months).toEqual([]);
  });
  it('only the ticked months are due', () => {
    const due = fiscalMonths(2566).filter((m) => isDueIn(quarterly, m));
    expect(due).toEqual(['2022-10', '2023-01', '2023-04', '2023-07']);
    expect(isDueIn(quarterly, '2022-11')).toBe(false);
    expect(isDueIn(quarterly, '2023-08')).toBe(false);
  });
  it('reads as a run when it is one, as a list when it has gaps', () => {
    expect(isMonthRun(['2022-12', '2023-01'])).toBe(true);
    expect(isMonthRun(['2022-12', '2023-02'])).toBe(false);
    expect(timeframeText(quarterly, 'thai')).toBe('ต.ค., ม.ค., เม.ย., ก.ค.');
    const bimonthly = dueMonths({ startMonth: null, endMonth: null, months: ['2022-11', '2023-01', '2023-03'] });
    expect(timeframeText(bimonthly, 'arabic')).toBe('พ.ย., ม.ค., มี.ค.');
    expect(timeframeText(dueMonths({ startMonth: '2022-10', endMonth: '2023-09' }), 'thai')).toBe('ต.ค. ๖๕ – ก.ย. ๖๖');
    expect(timeframeText(dueMonths({ startMonth: null, endMonth: null, months: ['2023-03'] }), 'thai')).toBe('มี.ค. ๖๖');
    // Two fiscal years: each month with its year, so none is ambiguous.
    const across = dueMonths({ startMonth: null, endMonth: null, months: ['2023-09', '2023-11'] });
    expect(timeframeText(across, 'thai', '\u00a0')).toBe('ก.ย.\u00a0๖๖, พ.ย.\u00a0๖๖');
  });
  it('the first month still decides "not reported yet", the last one "overdue"', () => {
    expect(activityState(quarterly, [], '2022-11')).toBe('notReported');
    expect(isOverdue(quarterly, 'inProgress', '2023-08')).toBe(true);
    expect(isOverdue(quarterly, 'inProgress', '2023-07')).toBe(false);
  });
});
