// "Due in a month" has two forms, core/rules.ts isDueIn and the SQL fragment db/queries/due.ts
// that the month list, "copy last month" and the roll-up share: on a real SQLite file, every
// activity shape in every month of the year, both forms must pick the same activities.
import { describe, expect, it } from 'vitest';
import { answersFor, isDueIn } from '../../core/rules';
import { fiscalMonths } from '../../core/thai';
import { dueIn, forDivision } from '../../db/queries/due';
import { all } from '../../db/queries/run';
import { raw, sql } from '../../db/sql';
import { makeApi } from '../helpers/api';

const SPANS: [string | null, string | null][] = [
  [null, null],
  ['2022-10', '2023-09'],
  ['2022-12', '2023-05'],
  ['2023-03', '2023-03'],
  [null, '2022-12'],
  ['2023-06', null],
  ['2021-01', '2022-10'], // ends in the year's first month
  ['2023-09', '2024-03'], // starts in its last
];
/** Month sets with gaps, as plans tick them. */
const SETS: string[][] = [
  ['2022-10', '2023-01', '2023-04', '2023-07'], // quarterly
  ['2022-11', '2023-01', '2023-03', '2023-05', '2023-07', '2023-09'], // every other month
  ['2023-02'], // one month
  ['2022-09', '2022-10', '2023-09', '2023-10'], // reaching past both ends of the year
];

describe('due in a month: the SQL fragment and isDueIn agree', () => {
  it('for every span, every month set with gaps, and every month, in the month list and the roll-up', async () => {
    const t = makeApi();
    const plan = await t.api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตทดสอบ' });
    const item = await t.api.createItem({ planId: plan.id, indicatorNumber: 1 });
    const acts = [];
    for (const [i, [startMonth, endMonth]] of SPANS.entries()) {
      acts.push(await t.api.createActivity({ itemId: item.id, text: `กิจกรรม ${i}`, startMonth, endMonth }));
    }
    for (const [i, months] of SETS.entries()) {
      acts.push(await t.api.createActivity({ itemId: item.id, text: `กิจกรรมเว้นเดือน ${i}`, months }));
    }
    // A set given with a range: the set wins, the range becomes its first and last month.
    acts.push(
      await t.api.createActivity({
        itemId: item.id,
        text: 'ช่วงกับเดือน',
        startMonth: '2022-10',
        endMonth: '2023-09',
        months: ['2022-12', '2023-06'],
      }),
    );
    expect(acts.at(-1)).toMatchObject({ startMonth: '2022-12', endMonth: '2023-06', months: ['2022-12', '2023-06'] });
    const months = fiscalMonths(2566);
    const progress = await t.api.progress({ planId: plan.id, month: months.at(-1) });
    for (const month of months) {
      const expected = acts.filter((a) => isDueIn(a, month)).map((a) => a.id);
      const listed = (await t.api.listMonth({ planId: plan.id, month })).map((r) => r.activityId);
      expect(listed, month).toEqual(expected);
      // Nothing is reported, so the roll-up's count of missing reports is the count of due activities.
      const rolled = progress.monthsNotReported.find((m) => m.month === month);
      expect(rolled?.due ?? 0, month).toBe(expected.length);
      // The fragment on its own, with the month bound and with the month as a column.
      const bound = all<{ id: number }>(t.db, sql`SELECT a.id FROM activity a WHERE ${dueIn(month)} ORDER BY a.id`);
      expect(bound.map((r) => r.id)).toEqual(expected);
      const column = all<{ id: number }>(
        t.db,
        sql`SELECT a.id FROM (SELECT ${month} AS value) m JOIN activity a ON ${dueIn(raw('m.value'))} ORDER BY a.id`,
      );
      expect(column.map((r) => r.id)).toEqual(expected);
    }
  });
});

describe('a division answers for an activity: the SQL fragment and answersFor agree', () => {
  it('linked to it, to another, to several, ทุกฝ่าย, to none', async () => {
    const t = makeApi();
    const plan = await t.api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตทดสอบ' });
    const item = await t.api.createItem({ planId: plan.id, indicatorNumber: 1 });
    const divisions = (await t.api.listDivisions({})).map((d) => d.id);
    const shapes = [
      { divisionIds: [divisions[0]!] },
      { divisionIds: [divisions[1]!] },
      { divisionIds: [divisions[1]!, divisions[0]!] },
      { allDivisions: true },
      { responsibleText: 'งานเทคนิค' },
    ];
    const acts = [];
    for (const [i, shape] of shapes.entries()) {
      acts.push(await t.api.createActivity({ itemId: item.id, text: `กิจกรรม ${i}`, ...shape }));
    }
    for (const divisionId of [...divisions.slice(0, 3), null]) {
      const expected = acts.filter((a) => divisionId === null || answersFor(a, divisionId)).map((a) => a.id);
      const picked = all<{ id: number }>(
        t.db,
        sql`SELECT a.id FROM activity a WHERE ${forDivision(divisionId)} ORDER BY a.id`,
      );
      expect(
        picked.map((r) => r.id),
        String(divisionId),
      ).toEqual(expected);
      if (divisionId === null) continue;
      const listed = await t.api.listMonth({ planId: plan.id, month: '2023-01', divisionId });
      expect(listed.map((r) => r.activityId)).toEqual(expected);
      const rolled = await t.api.progress({ planId: plan.id, month: '2023-01', divisionId });
      expect(rolled.overall.total).toBe(expected.length);
    }
  });
});

describe('sql fragments compose', () => {
  it('splices a fragment with its parameters in order', () => {
    const inner = sql`x = ${1} AND y = ${'b'}`;
    expect(sql`SELECT ${'a'} WHERE ${inner} AND z = ${3}`).toEqual([
      'SELECT ? WHERE x = ? AND y = ? AND z = ?',
      ['a', 1, 'b', 3],
    ]);
  });
});
