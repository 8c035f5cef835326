// Criteria sets (เกณฑ์การประเมิน ITA ปี …) as data: what a plan's structure looks like as a set, and
// which of a set's items a plan does not list. Pure: the API, the importer and the screens use it.
import type { CriteriaCoverage, CriteriaSet, PlanDetail } from './types';
import { CRITERIA_PROBLEM_WORDS, FIELD_NAMES, INDICATOR_NO } from './terms';

/** A new plan's structure when none is chosen: the Bangkok district offices' FY2566 set (the sample's, db/criteria). */
export const DEFAULT_CRITERIA_SET = 'bkk-district-2566';

/**
 * The open-data checklist tools (the NACC's OIT, a ministry's MOIT …): their items are published on
 * the web, so the overview and the OIT URL report look for their links.
 */
export const isOpenDataTool = (code: string): boolean => /OIT$/i.test(code);

/** "Save this plan's structure as a criteria set": its tools, indicators, sub-indicators and item titles. */
export function structureAsCriteriaSet(
  plan: PlanDetail,
  meta: { id: string; name: string; scheme: string; fiscalYear: number | null; source: string },
): CriteriaSet {
  return {
    ...meta,
    builtIn: false,
    tools: plan.tools.map((t) => ({
      code: t.code,
      name: t.name,
      indicators: plan.indicators
        .filter((ind) => ind.toolId === t.id)
        .map((ind) => ({
          number: ind.number,
          name: ind.name,
          subIndicators: ind.subIndicators.map((s) => ({ label: s.label, name: s.name })),
          items: ind.items.map((item) => {
            const sub = ind.subIndicators.find((s) => s.id === item.subIndicatorId);
            return { code: item.code, title: item.question, ...(sub ? { subIndicator: sub.label } : {}) };
          }),
        })),
    })),
  };
}

/** The problems of a set as a whole (each field is checked by its schema): codes and numbers unique. */
export function criteriaSetProblems(set: Pick<CriteriaSet, 'tools'>): string[] {
  const out: string[] = [];
  const seen = (what: string, values: string[]) => {
    const dup = values.filter((v, i) => values.indexOf(v) !== i);
    if (dup.length > 0) out.push(CRITERIA_PROBLEM_WORDS.duplicated(what, [...new Set(dup)].join(', ')));
  };
  seen(
    CRITERIA_PROBLEM_WORDS.toolCode,
    set.tools.map((t) => t.code),
  );
  seen(
    `${INDICATOR_NO} `,
    set.tools.flatMap((t) => t.indicators.map((i) => String(i.number))),
  );
  seen(
    FIELD_NAMES.code,
    set.tools.flatMap((t) => t.indicators.flatMap((i) => i.items.map((it) => it.code))),
  );
  for (const t of set.tools) {
    for (const ind of t.indicators) {
      for (const it of ind.items) {
        if (it.subIndicator && !ind.subIndicators.some((s) => s.label === it.subIndicator)) {
          out.push(CRITERIA_PROBLEM_WORDS.noSubIndicator(it.code, it.subIndicator, ind.number));
        }
      }
    }
  }
  return out;
}

/** Which items of the set the plan's codes do not cover, and which codes the set does not have. */
export function coverageOf(set: CriteriaSet, codes: readonly string[]): CriteriaCoverage {
  const items = set.tools.flatMap((t) =>
    t.indicators.flatMap((ind) => ind.items.map((it) => ({ ...it, indicator: ind.number }))),
  );
  const have = new Set(codes);
  const known = new Set(items.map((i) => i.code));
  return {
    criteriaSet: set.id,
    name: set.name,
    total: items.length,
    covered: items.filter((i) => have.has(i.code)).length,
    missing: items
      .filter((i) => !have.has(i.code))
      .map((i) => ({ code: i.code, title: i.title, indicator: i.indicator })),
    extra: codes.filter((c) => !known.has(c)),
  };
}
