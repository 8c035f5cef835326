// "Due in a month" in SQL: the same rule as core/rules.ts isDueIn (tests/db/rules.test.ts checks
// the two agree), as one fragment the month list, "copy last month" and the roll-up all splice in.
import { raw, sql, type RawSql, type SqlFragment } from '../sql';

/**
 * Activity `a` is due in `month`: a bound 'YYYY-MM', or a column of the query (raw('m.value')).
 * An open start or end counts as due.
 */
export function dueIn(month: string | RawSql, a: RawSql = raw('a')): SqlFragment {
  return sql`(${a}.start_month IS NULL OR ${a}.start_month <= ${month}) AND (${a}.end_month IS NULL OR ${a}.end_month >= ${month})`;
}
