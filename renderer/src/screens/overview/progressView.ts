// Pure wording for the overview (names, order and the percent are core's): "๑๒/๒๐ (๖๐%)" labels, month labels.
// No React here, so tests/renderer can check it and the e2e test can compute the expected text.
import { formatMonthLong, formatMonthShort, withDigits, type DigitStyle } from '../../../../core/thai';
import { percentText, STATE_ORDER } from '../../../../core/rules';
import { OVERVIEW_BAR_WORDS, REPORT_STATE_NAMES } from '../../../../core/terms';
import type { PlanDetail, StatusCounts } from '../../../../core/types';

/** '๑๒/๒๐ (๖๐%)' — the text beside every bar; 'ไม่มีกิจกรรม' when there is nothing to count. */
export function ratioLabel(counts: Pick<StatusCounts, 'done' | 'total'>, style: DigitStyle): string {
  if (counts.total === 0) return OVERVIEW_BAR_WORDS.none;
  return `${withDigits(counts.done, style)}/${withDigits(counts.total, style)} (${percentText(counts, style)})`;
}

/** What a screen reader hears for one bar: every status with its count. */
export function barDescription(name: string, counts: StatusCounts, style: DigitStyle): string {
  if (counts.total === 0) return OVERVIEW_BAR_WORDS.noneOf(name);
  const parts = STATE_ORDER.filter((s) => counts[s] > 0).map(
    (s) => `${REPORT_STATE_NAMES[s]} ${withDigits(counts[s], style)}`,
  );
  return OVERVIEW_BAR_WORDS.description(
    name,
    ratioLabel(counts, style),
    parts.join(' · '),
    withDigits(counts.total, style),
  );
}

export function monthShort(month: string, style: DigitStyle): string {
  try {
    return formatMonthShort(month, style);
  } catch {
    return month;
  }
}

export function monthLong(month: string, style: DigitStyle): string {
  try {
    return formatMonthLong(month, style);
  } catch {
    return month;
  }
}

export interface ItemRef {
  itemId: number;
  code: string;
  question: string;
}

/** Item code → the item (id for the click-through, question for the label), from the open plan. */
export function itemsByCode(plan: PlanDetail | null): Map<string, ItemRef> {
  const out = new Map<string, ItemRef>();
  for (const ind of plan?.indicators ?? []) {
    for (const item of ind.items) out.set(item.code, { itemId: item.id, code: item.code, question: item.question });
  }
  return out;
}

/** First line of a multi-line cell, for one-line lists. */
export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  );
}
