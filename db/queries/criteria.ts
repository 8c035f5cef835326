// Criteria sets: the shipped ones (db/criteria) and those an office saved (table criteria_set).
import { criteriaSetProblems } from '../../core/criteria';
import { AppError } from '../../core/errors';
import { criteriaSetBody } from '../../core/schemas';
import type { CriteriaSet } from '../../core/types';
import { BUILT_IN_CRITERIA_SETS } from '../criteria';
import type { Db } from '../open';
import { sql } from '../sql';
import { all, get, nowIso, run } from './run';
import { NOT_FOUND, RECORD_MESSAGES } from '../../core/terms';

function fromRow(body: string): CriteriaSet {
  return { ...criteriaSetBody.parse(JSON.parse(body)), builtIn: false };
}

/** Shipped sets first, then the office's, newest year first within each. */
export function listCriteriaSets(db: Db): CriteriaSet[] {
  const own = all<{ body: string }>(db, sql`SELECT body FROM criteria_set ORDER BY id`).map((r) => fromRow(r.body));
  const byYear = (a: CriteriaSet, b: CriteriaSet) =>
    (b.fiscalYear ?? 0) - (a.fiscalYear ?? 0) || a.id.localeCompare(b.id);
  return [...[...BUILT_IN_CRITERIA_SETS].sort(byYear), ...own.sort(byYear)];
}

export function findCriteriaSet(db: Db, id: string): CriteriaSet | null {
  const shipped = BUILT_IN_CRITERIA_SETS.find((s) => s.id === id);
  if (shipped) return shipped;
  const r = get<{ body: string }>(db, sql`SELECT body FROM criteria_set WHERE id = ${id}`);
  return r ? fromRow(r.body) : null;
}

export function getCriteriaSet(db: Db, id: string): CriteriaSet {
  const set = findCriteriaSet(db, id);
  if (!set) throw new AppError('notFound', NOT_FOUND.criteriaSet(id));
  return set;
}

/** Saves (or replaces) an office's own set; a shipped set's id is never overwritten. */
export function putCriteriaSet(db: Db, set: Omit<CriteriaSet, 'builtIn'>): CriteriaSet {
  if (BUILT_IN_CRITERIA_SETS.some((s) => s.id === set.id)) {
    throw new AppError('conflict', RECORD_MESSAGES.builtInId(set.id));
  }
  const problems = criteriaSetProblems(set);
  if (problems.length > 0) throw new AppError('invalidInput', RECORD_MESSAGES.criteriaUnusable(problems.join('; ')));
  const body = JSON.stringify({ ...set, builtIn: undefined });
  const now = nowIso();
  run(
    db,
    sql`INSERT INTO criteria_set (id, body, created_at, updated_at) VALUES (${set.id}, ${body}, ${now}, ${now})
        ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  );
  return getCriteriaSet(db, set.id);
}

export function deleteCriteriaSet(db: Db, id: string): void {
  if (BUILT_IN_CRITERIA_SETS.some((s) => s.id === id)) throw new AppError('conflict', RECORD_MESSAGES.builtInDelete);
  if (run(db, sql`DELETE FROM criteria_set WHERE id = ${id}`).changes === 0) {
    throw new AppError('notFound', NOT_FOUND.criteriaSet(id));
  }
}
