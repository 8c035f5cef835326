// Filling the app's one BE date input (renderer/src/components/BeDateInput.tsx) as a user does:
// pick the day and the Thai month, type the BE year.
import type { Locator, Page } from 'playwright-core';
import { isoToBeDate } from '../../core/thai';

/** The date group named `label` (its aria-label). */
export function beDate(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('group', { name: label, exact: true });
}

export async function fillBeDate(scope: Page | Locator, label: string, iso: string): Promise<void> {
  const d = isoToBeDate(iso);
  if (!d) throw new Error(`not a date: ${iso}`);
  const g = beDate(scope, label);
  await g.getByLabel(`${label} – วันที่`, { exact: true }).selectOption(String(d.day));
  await g.getByLabel(`${label} – เดือน`, { exact: true }).selectOption(String(d.month));
  await g.getByLabel(`${label} – ปี พ.ศ.`, { exact: true }).fill(String(d.beYear));
}
