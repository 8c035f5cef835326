// "Due in a month" and "a division answers for it" in SQL: the same rules as core/rules.ts isDueIn
// and answersFor (tests/db/rules.test.ts checks each pair agrees), as fragments the month list,
// "copy last month" and the roll-up all splice in.
import { raw, sql, type RawSql, type SqlFragment } from '../sql';

/**
 * Activity `a` is due in `month`: a bound 'YYYY-MM', or a column of the query (raw('m.value')).
 * One of its months (activity_month) when it has them; without months, an open start or end counts as due.
 */
export function dueIn(month: string | RawSql, a: RawSql = raw('a')): SqlFragment {
  return sql`(CASE WHEN EXISTS (SELECT 1 FROM activity_month am WHERE am.activity_id = ${a}.id)
    THEN EXISTS (SELECT 1 FROM activity_month am WHERE am.activity_id = ${a}.id AND am.month = ${month})
    ELSE (${a}.start_month IS NULL OR ${a}.start_month <= ${month}) AND (${a}.end_month IS NULL OR ${a}.end_month >= ${month}) END)`;
}

/** The activity's months as one text ('2022-10,2023-01'; NULL when it has none): read with monthList. */
export function monthsOf(a: RawSql = raw('a')): SqlFragment {
  return sql`(SELECT group_concat(month) FROM (SELECT month FROM activity_month am WHERE am.activity_id = ${a}.id ORDER BY month))`;
}

/** monthsOf's text → the sorted months. */
export function monthList(text: string | null): string[] {
  return text ? text.split(',').sort() : [];
}

/**
 * The follow-up `f` (a LEFT JOIN's, so possibly absent) counts as reported: it exists and is not a
 * copied draft still to check. The SQL form of core/rules.ts isReported.
 */
export function reportedIn(f: RawSql = raw('f')): SqlFragment {
  return sql`(${f}.id IS NOT NULL AND ${f}.draft = 0)`;
}

/** What the row reads: its status when reported, else 'notReported' (core/rules.ts reportState). */
export function stateOf(f: RawSql = raw('f')): SqlFragment {
  return sql`(CASE WHEN ${reportedIn(f)} THEN ${f}.status ELSE 'notReported' END)`;
}

/**
 * Activity `a` is one the division answers for (linked to it, or ทุกฝ่าย); any activity when
 * divisionId is null.
 */
export function forDivision(divisionId: number | null, a: RawSql = raw('a')): SqlFragment {
  return sql`(${divisionId} IS NULL OR ${a}.all_divisions = 1
    OR EXISTS (SELECT 1 FROM activity_division d WHERE d.activity_id = ${a}.id AND d.division_id = ${divisionId}))`;
}
