// Pure helpers of the plan editor: patching the open plan with one saved row, search matching,
// moving a row, and reading import problems out of an API error. No React, no Api: unit-testable.
import { toArabicDigits } from '../../../../core/thai';
import type { Activity, ImportProblem, Item, PlanDetail } from '../../../../core/types';

/** The plan with one activity replaced (other items keep their identity, so their rows stay memoized). */
export function withActivity(plan: PlanDetail, activity: Activity): PlanDetail {
  let found = false;
  const indicators = plan.indicators.map((ind) => {
    if (!ind.items.some((i) => i.id === activity.itemId)) return ind;
    return {
      ...ind,
      items: ind.items.map((item) => {
        if (item.id !== activity.itemId) return item;
        found = true;
        return { ...item, activities: item.activities.map((a) => (a.id === activity.id ? activity : a)) };
      }),
    };
  });
  return found ? { ...plan, indicators } : plan;
}

/** The plan with one item's own fields replaced (its activities as the API returned them). */
export function withItem(plan: PlanDetail, item: Item): PlanDetail {
  if (item.planId !== plan.id) return plan;
  return {
    ...plan,
    indicators: plan.indicators.map((ind) =>
      ind.id === item.indicatorId ? { ...ind, items: ind.items.map((i) => (i.id === item.id ? item : i)) } : ind,
    ),
  };
}

/** Ids with one moved up (-1) or down (+1); null when it is already at that end. */
export function moved(ids: readonly number[], id: number, direction: -1 | 1): number[] | null {
  const from = ids.indexOf(id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const out = [...ids];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}

export function byPosition<T extends { position: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.position - b.position);
}

/** Search text as compared: Arabic digits, lower case, spaces collapsed. Thai digits map 1:1, so indexes agree. */
export function normalize(text: string): string {
  return toArabicDigits(text).toLowerCase();
}

/** An item code of any scheme (I1, O31, MOIT3): the find box then looks for that item only. */
const CODE_QUERY = /^[a-z]{1,8}\d{1,4}$/i;

/** Whether an item (its code, question, issue or any activity field) matches the find box. */
export function itemMatches(item: Item, query: string): boolean {
  const q = normalize(query.trim());
  if (!q) return true;
  if (CODE_QUERY.test(q)) return item.code.toLowerCase() === q;
  const fields = [
    item.code,
    item.question,
    item.issue,
    ...item.activities.flatMap((a) => [a.text, a.output, a.awareness, a.responsibleText, a.monitoringText]),
  ];
  return fields.some((f) => normalize(f).includes(q));
}

/** Pieces of a text with the parts matching the query marked (for <mark>). Codes are not highlighted inside text. */
export function splitMatches(text: string, query: string): { text: string; match: boolean }[] {
  const q = normalize(query.trim());
  if (!q || CODE_QUERY.test(q)) return [{ text, match: false }];
  const hay = normalize(text);
  const out: { text: string; match: boolean }[] = [];
  let at = 0;
  for (let i = hay.indexOf(q); i >= 0; i = hay.indexOf(q, i + q.length)) {
    if (i > at) out.push({ text: text.slice(at, i), match: false });
    out.push({ text: text.slice(i, i + q.length), match: true });
    at = i + q.length;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out.length > 0 ? out : [{ text, match: false }];
}

/**
 * The problems of a refused import: the desktop shell passes them as `details.problems`; any other
 * error is one problem, its whole message, about the whole document.
 */
export function problemsOfError(e: unknown, message: string): ImportProblem[] {
  const details = (e as { details?: { problems?: unknown } } | null)?.details;
  if (details && Array.isArray(details.problems)) return details.problems as ImportProblem[];
  return [{ line: 0, severity: 'error', message }];
}

/** Problems as listed: errors first, then by line; repeats dropped. */
export function listedProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  const out: ImportProblem[] = [];
  for (const p of problems) {
    const key = `${p.severity}|${p.line}|${p.column ?? ''}|${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out.sort((a, b) => (a.severity === b.severity ? a.line - b.line : a.severity === 'error' ? -1 : 1));
}

/** The first "พ.ศ. 2567" (Arabic or Thai digits) in a pasted plan, or null. */
export function yearInText(text: string): number | null {
  const m = /พ\.\s*ศ\.?\s*([0-9๐-๙]{4})/.exec(text.slice(0, 5000));
  if (!m) return null;
  const year = Number(toArabicDigits(m[1]!));
  return year >= 2500 && year <= 2700 ? year : null;
}

/** Item codes grouped by tool letter, in the order they were read. */
export function codesByTool(codes: readonly string[]): { tool: 'IIT' | 'EIT' | 'OIT'; codes: string[] }[] {
  const tools = [
    { tool: 'IIT' as const, prefix: 'I' },
    { tool: 'EIT' as const, prefix: 'E' },
    { tool: 'OIT' as const, prefix: 'O' },
  ];
  return tools
    .map((t) => ({ tool: t.tool, codes: codes.filter((c) => c.startsWith(t.prefix)) }))
    .filter((g) => g.codes.length > 0);
}
