// The criteria sets shipped with the program, one data file per scheme and year (this folder). An
// office adds its own (next year's set, its ministry's) by saving a plan's structure or loading a
// file: those live in the database (db/queries/criteria.ts). Each file is checked by the same
// schema as a saved one, once, when the program starts.
import { criteriaSetProblems } from '../../core/criteria';
import { criteriaSetBody } from '../../core/schemas';
import type { CriteriaSet } from '../../core/types';
import bkkDistrict2566 from './bkk-district-2566.json';

function builtIn(data: unknown): CriteriaSet {
  const body = criteriaSetBody.parse(data);
  const problems = criteriaSetProblems(body);
  if (problems.length > 0) throw new Error(`criteria set ${body.id}: ${problems.join('; ')}`);
  return { ...body, builtIn: true };
}

export const BUILT_IN_CRITERIA_SETS: readonly CriteriaSet[] = [builtIn(bkkDistrict2566)];

export { DEFAULT_CRITERIA_SET } from '../../core/criteria';
